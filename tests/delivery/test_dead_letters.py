"""A handler that raises on one article: after N deliveries the message is in the dead-letter stream
with its error, every other article goes through; `claimlog dead-letters` lists it and `retry` sends
it back, to its own group only, and then it is processed."""
from __future__ import annotations

import os
import subprocess
import sys

import orjson
import pytest
from redis.asyncio import Redis

import services.extract.app as extract_app
from claimlog.runtime import Stack, wait_drained
from contracts.streams import ARTICLES, CLAIMS
from services.projection import readmodel
from tests.delivery.harness import ROOT, dead_letters, record, settings, submit_raw

pytestmark = pytest.mark.anyio

MAX_DELIVERIES = 3


def cli(url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "REDIS_URL": url}
    return subprocess.run([sys.executable, "-m", "claimlog.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


async def _extracted(redis: Redis) -> dict[str, int]:
    """article id -> how many ArticleExtracted events it has in the log."""
    out: dict[str, int] = {}
    for _, fields in await redis.xrange(CLAIMS):
        from claimlog.wire import decode_entry
        ev = orjson.loads(decode_entry(fields[b"__data__"]))
        if ev["type"] == "ArticleExtracted":
            out[ev["payload"]["article_id"]] = out.get(ev["payload"]["article_id"], 0) + 1
    return out


async def test_poison_article_is_dead_lettered_then_retried(server, clean_run, monkeypatch):
    inputs, _ = await clean_run(30)
    from contracts.articles import article_id_for
    poison = article_id_for(inputs[7][1])
    real_extract = extract_app.extract
    calls = {"poison": 0}

    def flaky_extract(article):
        if article.id == poison:
            calls["poison"] += 1
            raise RuntimeError(f"extractor exploded on {article.id}")
        return real_extract(article)

    monkeypatch.setattr(extract_app, "extract", flaky_extract)
    cfg = settings(max_deliveries=MAX_DELIVERIES, reclaim_idle_ms=200)
    async with Stack(server.url, ["all"], cfg) as stack:
        redis = stack.rt.redis
        await submit_raw(redis, inputs)
        await wait_drained(redis, timeout=120)
        letters = await dead_letters(redis)
        extracted = await _extracted(redis)
        assert len(letters) == 1, letters
        letter = letters[0]
        assert (letter.service, letter.stream, letter.group) == ("extract", ARTICLES, "extract")
        assert letter.deliveries == MAX_DELIVERIES and calls["poison"] == MAX_DELIVERIES
        assert letter.error == f"RuntimeError: extractor exploded on {poison}"
        assert poison not in extracted
        assert set(extracted) == {article_id_for(t) for _, t in inputs} - {poison}
        assert all(n == 1 for n in extracted.values())

        listing = cli(server.url, "dead-letters")
        assert listing.returncode == 0 and "extractor exploded" in listing.stdout, listing
        as_json = [orjson.loads(line) for line in cli(server.url, "dead-letters", "--json").stdout.splitlines()]
        assert as_json[0]["payload"]["deliveries"] == MAX_DELIVERIES

        monkeypatch.setattr(extract_app, "extract", real_extract)  # the bug is fixed: retry it
        retried = cli(server.url, "dead-letters", "retry", as_json[0]["entry_id"])
        assert retried.returncode == 0, retried.stderr
        articles_before = len(await readmodel.articles(redis))
        await wait_drained(redis, timeout=60)
        extracted = await _extracted(redis)
        assert extracted.get(poison) == 1, "the retried article was not extracted"
        assert len(await readmodel.articles(redis)) == articles_before  # projection skipped the retry
        assert len(await dead_letters(redis)) == 1
    record(f"poison article dead-lettered and retried ({type(server).__name__})", articles=30,
           faults_injected=MAX_DELIVERIES, deliveries_before_dead_letter=letter.deliveries,
           other_articles_through=len(inputs) - 1, retried_and_processed=1, events_lost=0, duplicates=0)
