"""The fast replay (`fold_log`: undecoded pages, orjson dicts) builds exactly what the slow one does.

`fold_log_slow` folds `EventStore.read_log` model by model through `Picture.apply`;
the fast path must give the same picture on any log — including entries that are
not in the shape `Event.encode` writes (old schema versions to upcast, raw JSON
without faststream's header, entries that are no events at all).
"""
from __future__ import annotations

import orjson
import pytest
from redis.asyncio import Redis

from claimlog.store import EventStore
from contracts.facts import FactRetired
from contracts.events import FactWasRetired
from contracts.streams import ARTICLES, CLAIMS, FACTS
from ops.bench import synth
from services.projection.app import fold_log, fold_log_slow

pytestmark = pytest.mark.anyio


def _same(a, b) -> None:
    assert a.to_json() == b.to_json()
    assert a.articles == b.articles and a.claims == b.claims and a.retired == b.retired
    assert dict(a.history) == dict(b.history) and a.fact_of_claim == b.fact_of_claim
    assert a.positions == b.positions and a.events_applied == b.events_applied
    assert list(a.facts) == list(b.facts) and a.facts == b.facts


async def test_fast_fold_equals_slow_fold_on_a_mixed_log(server):
    r = Redis.from_url(server.url)
    store = EventStore(r)
    events = synth.events_for(1500)
    half = len(events) // 2
    await synth.load(store, events[:half])
    # entries not in the canonical shape, in the middle of the log
    claim = next(orjson.loads(b) for s, _, b, _ in events if s == CLAIMS and b"ClaimExtracted" in b)
    old = dict(claim, event_id="ce_old", version=0,
               payload={**{k: v for k, v in claim["payload"].items() if k not in ("speaker", "polarity")},
                        "claim_id": "c_old", "speaker": "Someone", "affiliation": "Veloria"})
    await r.xadd(CLAIMS, {b"__data__": orjson.dumps(old)})            # v0: upcast, raw JSON (no header)
    await r.xadd(CLAIMS, {b"__data__": b"not json"})                  # skipped by both
    await r.xadd(CLAIMS, {b"other": b"field"})                        # no event at all: skipped by both
    later = {orjson.loads(b)["payload"]["fact_id"] for s, _, b, _ in events[half:] if s == FACTS}
    first_fact = next(f for f in (orjson.loads(b)["payload"]["fact_id"] for s, _, b, _ in events[:half]
                                  if s == FACTS) if f not in later)
    await store.append(FACTS, [FactWasRetired.create(
        event_id="fr_test", payload=FactRetired(fact_id=first_fact, merged_into=None, reason="test"))])
    await synth.load(store, events[half:])
    fast, slow = await fold_log(store), await fold_log_slow(store)
    _same(fast, slow)
    assert first_fact in fast.retired and "c_old" in fast.claims
    # as-of folds cut the same place
    cut = fast.positions[ARTICLES]
    _same(await fold_log(store, until=cut), await fold_log_slow(store, until=cut))
    await r.aclose()


async def test_apply_raw_skips_what_is_already_applied(server):
    r = Redis.from_url(server.url)
    store = EventStore(r)
    await synth.load(store, synth.events_for(300))
    pic = await fold_log(store)
    n = pic.events_applied
    async for rows in store.read_log_raw((ARTICLES, CLAIMS, FACTS)):
        pic.apply_raw(rows)
    assert pic.events_applied == n
    await r.aclose()
