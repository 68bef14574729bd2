"""Batch subscribers (`Subscription.batch_handler`): per-entry dead letters, transient failures left
pending and reclaimed one by one, and ordered streams that a failed (or a dead worker's) entry is never
overtaken in — first on a probe service whose failures are scripted, then on the real services."""
from __future__ import annotations

import time
from collections import Counter

import pytest

import services.extract.app as extract_app
from claimlog.middleware import PermanentError
from claimlog.runtime import Runtime, Service, Stack, Subscription, build_broker, ensure_groups, wait_drained
from contracts.events import ArticleSubmission, ArticleSubmitted
from contracts.streams import ARTICLES, CLAIMS, FACTS
from services.projection.picture import Picture
from tests.delivery.harness import compare, dead_letters, duplicates, record, settings, signature, submit_raw

pytestmark = pytest.mark.anyio

STREAM, OUT, GROUP = "claimlog:{probe-in}", "claimlog:{probe-out}", "probe"


def _event(i: int) -> ArticleSubmitted:
    return ArticleSubmitted.create(event_id=f"p_{i:03d}", correlation_id=f"a{i:03d}",
                                   payload=ArticleSubmission(text=f"entry {i}"))


class Probe(Service):
    """Appends one output per input entry; `fail(n, attempt)` may return an exception for input n."""

    name = GROUP

    def __init__(self, rt, *, ordered=False, fail=lambda n, attempt: None, raise_batch_once=False):
        super().__init__(rt)
        self.ordered, self.fail, self.raise_batch_once = ordered, fail, raise_batch_once
        self.attempts: Counter = Counter()
        self.batches: list[int] = []
        self.applied: list[str] = []  # entry ids whose output was appended, in the order of appending

    def subscriptions(self):
        return [Subscription(STREAM, GROUP, self.one, ordered=self.ordered, batch_handler=self.batch)]

    async def one(self, event, entry_id):
        raise AssertionError("the batch handler is used for single entries too")

    async def batch(self, items):
        self.batches.append(len(items))
        if self.raise_batch_once and len(items) > 1:
            self.raise_batch_once = False
            for event, _ in items:
                self.attempts[event.event_id] += 1
            raise ConnectionError("the whole batch fails (e.g. Redis went away)")
        failures, out, ids = {}, [], []
        for event, entry_id in items:
            n = int(event.event_id[2:])
            self.attempts[event.event_id] += 1
            if failures and self.ordered:
                failures[entry_id] = RuntimeError("not attempted")
                continue
            exc = self.fail(n, self.attempts[event.event_id])
            if exc is not None:
                failures[entry_id] = exc
                continue
            out.append(ArticleSubmitted.create(event_id=f"o_{n:03d}", correlation_id=event.correlation_id,
                                               payload=ArticleSubmission(text=f"out {n}")))
            ids.append(entry_id)
        await self.rt.store.append(OUT, out)
        # first applications only: an entry reclaimed while its batch was waiting may be handled twice
        # (harmless: outputs are deduplicated), but never before an earlier one
        self.applied += [i for i in ids if i not in self.applied]
        return failures


async def _run(url, probe_kw, *, entries: int, extra=None, cfg=None, before_start=None, timeout=60):
    cfg = cfg or settings(reclaim_idle_ms=300, max_in_flight=16)
    rt = Runtime.connect(url, cfg)
    await ensure_groups(rt.redis, [(STREAM, GROUP)])
    ids = await rt.store.append(STREAM, [_event(i) for i in range(entries)])
    for fields in extra or []:
        await rt.redis.xadd(STREAM, fields)
    if before_start:
        await before_start(rt)
    probe = Probe(rt, **probe_kw)
    broker = build_broker(url, [probe], cfg, rt.store)
    await broker.start()
    try:
        await wait_drained(rt.redis, timeout=timeout, subscriptions=[(STREAM, GROUP)])
        outputs = [f[b"__data__"] for _, f in await rt.redis.xrange(OUT)]
        letters = [letter for letter in await dead_letters(rt.redis) if letter.stream == STREAM]
        for eid in ids:  # acked: gone from the pending list
            assert not await rt.redis.xpending_range(STREAM, GROUP, min=eid, max=eid, count=1)
    finally:
        await broker.stop()
        await rt.redis.aclose()
    return probe, ids, outputs, letters, None


async def test_poison_entries_of_a_batch_are_dead_lettered_alone(server):
    junk = [{b"__data__": b"[1, 2, 3]"}, {b"\xff\xfe": b"\x00"}]
    probe, ids, outputs, letters, _ = await _run(
        server.url, {"fail": lambda n, a: PermanentError(f"bad entry {n}") if n == 5 else None},
        entries=12, extra=junk)
    assert probe.batches[0] == 12, probe.batches  # the 12 events in one batch (the 2 junk entries never reach it)
    assert len(outputs) == 11 and probe.attempts["p_005"] == 1
    assert all(n == 1 for n in probe.attempts.values()), probe.attempts  # nothing redelivered
    by_entry = {letter.entry_id: letter.error for letter in letters}
    assert len(letters) == 3 and by_entry[ids[5]] == "PermanentError: bad entry 5"
    assert any("not an event: a JSON list" in e for e in by_entry.values()), by_entry
    assert all(letter.deliveries == 1 and letter.group == GROUP for letter in letters)
    assert any("unparseable stream entry" in letter.error for letter in letters)
    record(f"batch: poison entries dead-lettered alone ({type(server).__name__})", batch=probe.batches[0] + 2,
           dead_letters=len(letters), others_through=len(outputs), redeliveries=0)


@pytest.mark.parametrize("whole_batch", [False, True], ids=["two-entries", "whole-batch"])
async def test_transient_failure_in_a_batch_is_reclaimed_one_by_one(server, whole_batch):
    fail = (lambda n, a: RuntimeError(f"flaky {n}") if n in (3, 8) and a == 1 else None)
    probe, ids, outputs, letters, _ = await _run(
        server.url, {"fail": fail, "raise_batch_once": whole_batch}, entries=12)
    assert probe.batches[0] == 12
    assert len(outputs) == 12 and len(set(outputs)) == 12 and not letters  # nothing lost, nothing twice
    again = sorted(e for e, n in probe.attempts.items() if n > 1)
    if whole_batch:
        assert again == [f"p_{i:03d}" for i in range(12)]
    else:
        assert again == ["p_003", "p_008"]
    assert probe.batches[1:] == [1] * len(again)  # redelivered by the reclaimer, one entry at a time
    record(f"batch: transient failure ({'whole batch' if whole_batch else '2 entries'}, "
           f"{type(server).__name__})", entries=12, redelivered_one_by_one=len(again), lost=0, duplicates=0)


async def test_ordered_batches_never_overtake_a_failed_entry(server):
    """Entry 4 fails twice; with batches of 8, later entries and batches wait for it."""
    cfg = settings(reclaim_idle_ms=300, max_in_flight=8, max_deliveries=5)
    fail = (lambda n, a: RuntimeError(f"flaky {n}") if n == 4 and a <= 2 else None)
    probe, ids, outputs, letters, _ = await _run(server.url, {"fail": fail, "ordered": True},
                                                 entries=30, cfg=cfg)
    assert probe.applied == ids, "applied out of stream order"
    assert len(outputs) == 30 and not letters
    assert probe.attempts["p_004"] == 3


async def test_ordered_batches_wait_for_a_dead_workers_pending_entry(server):
    """A consumer read the first entries and died (they stay pending on it): the live worker's
    normal reader must not apply the entries after them before the reclaimer has taken them over."""
    async def dead_worker_reads(rt):
        await rt.redis.xreadgroup(GROUP, "dead-worker", {STREAM: ">"}, count=3)

    probe, ids, outputs, letters, _ = await _run(server.url, {"ordered": True}, entries=20,
                                                 cfg=settings(reclaim_idle_ms=500, max_in_flight=8),
                                                 before_start=dead_worker_reads)
    assert probe.applied == ids, "applied out of stream order"
    assert len(outputs) == 20 and not letters
    assert probe.batches[:3] == [1, 1, 1]  # the dead worker's three, reclaimed one by one, first


async def test_real_services_poison_article_in_a_batch(server, clean_run, monkeypatch):
    """extract refuses one article permanently: that article alone is dead-lettered, at once."""
    inputs, _ = await clean_run(30)
    from contracts.articles import article_id_for
    poison = article_id_for(inputs[11][1])
    real = extract_app.extract

    def refusing(article):
        if article.id == poison:
            raise PermanentError(f"unusable article {article.id}")
        return real(article)

    monkeypatch.setattr(extract_app, "extract", refusing)
    async with Stack(server.url, ["all"], settings(max_in_flight=16)) as stack:
        redis = stack.rt.redis
        await submit_raw(redis, inputs)
        await wait_drained(redis, timeout=120)
        letters = await dead_letters(redis)
        extracted = Counter()
        for _, fields in await redis.xrange(CLAIMS):
            import orjson
            from claimlog.wire import decode_entry
            ev = orjson.loads(decode_entry(fields[b"__data__"]))
            if ev["type"] == "ArticleExtracted":
                extracted[ev["payload"]["article_id"]] += 1
    assert [(x.stream, x.group, x.deliveries) for x in letters] == [(ARTICLES, "extract", 1)]
    assert letters[0].error == f"PermanentError: unusable article {poison}"
    assert set(extracted) == {article_id_for(t) for _, t in inputs} - {poison}
    assert set(extracted.values()) == {1}


async def test_real_projection_fact_stream_in_order_under_failure(server, clean_run, monkeypatch):
    """The projection fails (transiently) on some fact events and on a read-model write: the picture
    is still exactly the clean run's, and no fact event was applied out of its turn."""
    inputs, expected = await clean_run(30)
    real_apply = Picture.apply
    seen: dict[str, int] = Counter()
    order: list[str] = []
    raised: list[str] = []

    def flaky_apply(self, stream, entry_id, event):
        if stream == FACTS:
            seen[entry_id] += 1
            if seen[entry_id] == 1 and len(seen) in (5, 17, 40):
                raised.append(entry_id)
                raise RuntimeError(f"projection hiccup at {entry_id}")
            if not self.seen(stream, entry_id):
                order.append(entry_id)
        return real_apply(self, stream, entry_id, event)

    monkeypatch.setattr(Picture, "apply", flaky_apply)
    t0 = time.monotonic()
    async with Stack(server.url, ["all"], settings(reclaim_idle_ms=300, max_in_flight=8)) as stack:
        redis = stack.rt.redis
        await submit_raw(redis, inputs)
        await wait_drained(redis, timeout=180)
        got = await signature(redis)
        dups = await duplicates(redis)
        letters = await dead_letters(redis)
        facts_len = await redis.xlen(FACTS)
    problems = compare(expected, got)
    assert not problems, problems
    assert sum(dups.values()) == 0 and not letters and len(raised) == 3
    from claimlog.store import entry_key
    assert order == sorted(order, key=entry_key), "a fact event was applied out of order"
    assert len(order) == facts_len
    record(f"batch: projection fact stream, 3 transient failures ({type(server).__name__})", articles=30,
           fact_events=facts_len, applied_in_order=True, events_lost=0, duplicates=0,
           seconds=round(time.monotonic() - t0, 1))
