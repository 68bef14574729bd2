"""The reconcile service works a report (or a time slot of the log) at a time, and its fact events do not
depend on batch cuts.

Against a real server: newsgen reports are extracted as the extract service appends them
(each report's claims, then its `ArticleExtracted`), and the reconcile service's batch
handler is fed the claims stream cut in different places, including inside reports.
The FACTS stream must come out entry for entry the same, with one fact change per fact
per report; `Reconciler.add_many` must equal `add` one by one.
"""
from __future__ import annotations

import hashlib

import pytest
from redis.asyncio import Redis

from claimlog.runtime import Runtime
from contracts.events import ArticleExtracted, ArticleExtraction, ClaimExtracted, FactUpdated
from contracts.streams import CLAIMS, FACTS, dedupe_key
from services.extract.pipeline import extract
from services.ingest.normalize import read_article
from services.reconcile.app import ReconcileService
from services.reconcile.engine import Reconciler
from tests.delivery.harness import settings

pytestmark = pytest.mark.anyio


def report_events(n: int = 24) -> list:
    from ops.newsgen import generate
    events = []
    for i, text in enumerate(generate(n, seed=12)):
        article = read_article(text, uri=f"gen/{i:03d}.txt")
        claims = extract(article)
        events += [ClaimExtracted.create(event_id="ce_" + c.claim_id, payload=c, correlation_id=article.id)
                   for c in claims]
        events.append(ArticleExtracted.create(
            event_id="ax_" + hashlib.sha1(article.id.encode()).hexdigest()[:8], correlation_id=article.id,
            payload=ArticleExtraction(article_id=article.id, extractor_version="test",
                                      claim_ids=[c.claim_id for c in claims])))
    return events


async def facts_after(url: str, events: list, cut: int) -> list[tuple[str, str | None]]:
    """(event id, causation id) of the FACTS stream after feeding the claims stream in batches of `cut`."""
    redis = Redis.from_url(url)
    await redis.flushdb()
    rt = Runtime(settings(reconcile_slot_ms=0), redis)   # one report at a time
    ids = await rt.store.append(CLAIMS, events)
    svc = ReconcileService(rt)
    await svc.start()
    items = list(zip(events, ids))
    for i in range(0, len(items), cut):
        assert await svc.on_batch(items[i:i + cut]) == {}
    out = [(ev.event_id, ev.causation_id) async for _, ev in rt.store.read(FACTS)]
    await redis.aclose()
    return out


async def test_fact_events_do_not_depend_on_batch_cuts(server):
    events = report_events()
    whole = await facts_after(server.url, events, len(events))
    assert len(whole) > 20
    for cut in (1, 5, 13):  # 5 and 13 cut inside reports
        assert await facts_after(server.url, events, cut) == whole, cut


async def test_one_change_per_fact_per_report(server):
    events = report_events()
    await facts_after(server.url, events, 7)
    redis = Redis.from_url(server.url)
    rt = Runtime(settings(reconcile_slot_ms=0), redis)
    article_of = {ev.event_id: ev.correlation_id for ev in events}
    claims_of: dict[str, set[str]] = {}
    for ev in events:
        if isinstance(ev, ClaimExtracted):
            claims_of.setdefault(ev.correlation_id, set()).add(ev.payload.claim_id)
    seen = set()
    async for _, ev in rt.store.read(FACTS):
        if isinstance(ev, FactUpdated):
            key = (ev.payload.fact_id, article_of[ev.causation_id])
            assert key not in seen, key
            seen.add(key)
            # the recorded cause is a claim of that report, one the fact holds if it holds any
            held = claims_of[key[1]] & set(ev.payload.claim_ids)
            assert not held or ev.causation_id.removeprefix("ce_") in held
    await redis.aclose()
    assert len(seen) > 20


SLOT_MS = 40


async def slotted_log(url: str, events: list, reports_per_append: int = 3) -> list[tuple]:
    """Append the reports a few at a time, each append in a later slot of `SLOT_MS` than the one before; the
    (event, entry id) pairs of the claims stream as the broker would deliver them."""
    import asyncio
    redis = Redis.from_url(url)
    await redis.flushdb()
    rt = Runtime(settings(), redis)
    chunk: list = []
    done = 0
    for ev in events:
        chunk.append(ev)
        done += isinstance(ev, ArticleExtracted)
        if isinstance(ev, ArticleExtracted) and done % reports_per_append == 0:
            await rt.store.append(CLAIMS, chunk)
            chunk = []
            await asyncio.sleep(SLOT_MS * 1.5 / 1000)
    if chunk:
        await rt.store.append(CLAIMS, chunk)
    items = [(ev, eid) async for eid, ev in rt.store.read(CLAIMS)]
    await redis.aclose()
    return items


async def slot_facts(url: str, items: list, cut: int) -> list:
    """FACTS (event id, causation id, fact id) after the slot-mode service is fed `items` in batches of `cut`."""
    redis = Redis.from_url(url)
    await redis.delete(FACTS, dedupe_key(FACTS))
    rt = Runtime(settings(reconcile_slot_ms=SLOT_MS), redis)
    svc = ReconcileService(rt)
    await svc.start()
    for i in range(0, len(items), cut):
        assert await svc.on_batch(items[i:i + cut]) == {}
    out = [(ev.event_id, ev.causation_id, ev.payload.fact_id) async for _, ev in rt.store.read(FACTS)]
    await redis.aclose()
    return out


async def test_slot_mode_fact_events_do_not_depend_on_batch_cuts(server):
    events = report_events()
    items = await slotted_log(server.url, events)
    slots = {int(eid.split("-")[0]) // SLOT_MS for ev, eid in items if isinstance(ev, ClaimExtracted)}
    assert len(slots) >= 6     # eight appends of three reports, each in a later slot
    whole = await slot_facts(server.url, items, len(items))
    for cut in (1, 7, 50):     # cuts inside reports and inside slots
        assert await slot_facts(server.url, items, cut) == whole, cut
    # one regrouping per slot: a fact changes at most once per slot, and the final state is the batch one
    slot_of_claim = {ev.event_id: int(eid.split("-")[0]) // SLOT_MS for ev, eid in items}
    per_slot = [(fact_id, slot_of_claim[cause]) for _eid, cause, fact_id in whole]
    assert len(per_slot) == len(set(per_slot))
    assert len(per_slot) < sum(1 for ev, _ in items if isinstance(ev, ClaimExtracted))


async def test_slot_mode_ends_in_the_batch_state(server):
    events = report_events(12)
    items = await slotted_log(server.url, events, reports_per_append=4)
    await slot_facts(server.url, items, 5)
    redis = Redis.from_url(server.url)
    rt = Runtime(settings(), redis)
    state: dict = {}
    async for _, ev in rt.store.read(FACTS):
        if isinstance(ev, FactUpdated):
            state[ev.payload.fact_id] = ev.payload
        else:
            state.pop(ev.payload.fact_id, None)
    await redis.aclose()
    expected = Reconciler([ev.payload for ev, _ in items if isinstance(ev, ClaimExtracted)]).facts()
    assert sorted(state.values(), key=lambda f: f.fact_id) == expected


def test_add_many_equals_add_one_by_one():
    claims = [ev.payload for ev in report_events() if isinstance(ev, ClaimExtracted)]
    one, many = Reconciler(), Reconciler()
    for c in claims:
        one.add(c)
    for i in range(0, len(claims), 9):
        many.add_many(claims[i:i + 9] + claims[max(0, i - 3):i])  # with repeats: no-ops
    assert [f.model_dump() for f in many.facts()] == [f.model_dump() for f in one.facts()]
