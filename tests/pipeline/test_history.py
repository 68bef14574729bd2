"""History and time travel: seed 002, then seed 000; the picture as it stood in between."""
from __future__ import annotations

from dataclasses import replace

import orjson
import pytest

from claimlog.cli import submit
from claimlog.config import Settings
from claimlog.runtime import Stack, wait_drained
from contracts.streams import FACTS
from services.projection import readmodel
from services.projection.app import fold_log
from tests.conftest import SEEDS

pytestmark = pytest.mark.anyio


def _about(fact: dict, word: str) -> bool:
    return any(word in c["subject"] for c in fact["claims"])


async def test_civilians_first_fighters_later_and_the_view_in_between(server):
    seed_002, seed_000 = SEEDS / "002_d4194d2ed2408015.txt", SEEDS / "000_afbf514d25b62775.txt"
    settings = replace(Settings(), api_port=0, consumer="history-test")
    async with Stack(server.url, ["all"], settings) as stack:
        await submit(stack.rt.store, [(str(seed_002), seed_002.read_text(encoding="utf-8"))])
        await wait_drained(stack.rt.redis, timeout=120)
        (between, _), = await stack.rt.redis.xrevrange(FACTS, count=1)
        between = between.decode()

        await submit(stack.rt.store, [(str(seed_000), seed_000.read_text(encoding="utf-8"))])
        await wait_drained(stack.rt.redis, timeout=120)
        now = orjson.loads(await readmodel.picture_json(stack.rt.redis))
        then = orjson.loads((await fold_log(stack.rt.store, until=between)).to_json())

    def first_seen(fact: dict) -> str:
        return min(h["position"] for h in fact["history"])

    civilians = [f for f in now["facts"] if _about(f, "civilian")
                 and all(seed_002.name in c["article"]["uri"] for c in f["claims"])]
    fighters = [f for f in now["facts"] if _about(f, "fighter")]
    assert civilians and fighters
    key = lambda pos: tuple(int(x) for x in pos.split("-"))  # noqa: E731
    assert max(key(first_seen(f)) for f in civilians) < min(key(first_seen(f)) for f in fighters)

    # as of the moment between the two reports: the civilians' facts, no fighters' fact
    assert any(_about(f, "civilian") for f in then["facts"])
    assert not any(_about(f, "fighter") for f in then["facts"])
    assert {f["id"] for f in then["facts"]} < {f["id"] for f in now["facts"]} | {f["id"] for f in then["facts"]}
