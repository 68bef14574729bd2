"""The reconcile service after a server restart that lost the last events it acknowledged.

Redis under `appendfsync everysec` may lose the writes it acknowledged last when its process dies
(a slow disk postpones the AOF write by up to two seconds). The reconciler in memory is then ahead
of the log: a claim can sit in one surviving fact event while its other fact changes were lost,
and its redelivery changes nothing in memory. The service must notice the restart (the server's
run id), rebuild from the log and append what the log is missing, so that the facts folded from
the log are again those of a clean run. Against real servers; the loss is simulated by deleting
the last fact entries (and their dedupe ids) before a real restart.
"""
from __future__ import annotations

import orjson
import pytest
from redis.asyncio import Redis

from claimlog.runtime import Runtime
from claimlog.wire import DATA_FIELD, decode_entry
from contracts.events import ClaimExtracted
from contracts.streams import CLAIMS, FACTS, dedupe_key
from services.reconcile.app import ReconcileService
from services.reconcile.engine import Reconciler
from tests.conftest import reconnected, restart_server
from tests.delivery.harness import live_facts, settings
from tests.reconcile.test_service_reports import report_events

pytestmark = pytest.mark.anyio


async def fed(url: str, slot_ms: int = 0) -> tuple[Runtime, ReconcileService, list]:
    events = report_events()
    rt = Runtime(settings(reconcile_slot_ms=slot_ms), Redis.from_url(url))
    await rt.redis.flushdb()
    ids = await rt.store.append(CLAIMS, events)
    svc = ReconcileService(rt)
    await svc.start()
    return rt, svc, list(zip(events, ids))


async def test_a_healthy_log_is_restored_without_appending(server):
    rt, svc, items = await fed(server.url)
    for i in range(0, len(items), 9):
        assert await svc.on_batch(items[i:i + 9]) == {}
    before = await rt.redis.xlen(FACTS)
    again = ReconcileService(rt)
    await again.start()
    assert await rt.redis.xlen(FACTS) == before > 20
    assert again.reconciler.facts() == svc.reconciler.facts()
    await rt.redis.aclose()


async def lose_and_restart(rt: Runtime, server, events: int):
    """The server "loses" its last `events` fact entries (and their dedupe ids), then restarts from its AOF."""
    tail = await rt.redis.xrevrange(FACTS, count=events)
    await rt.redis.xdel(FACTS, *[eid for eid, _ in tail])
    await rt.redis.srem(dedupe_key(FACTS), *[event_id(fields) for _, fields in tail])
    server.stop()
    server = restart_server(server)
    await reconnected(rt.redis)
    return server


async def redeliver_all_and_check(rt: Runtime, svc: ReconcileService, items: list) -> None:
    """Every claim again (redelivered: their acks may be lost too), then the log's facts == a clean run's."""
    for i in range(0, len(items), 9):
        assert await svc.on_batch(items[i:i + 9]) == {}
    claims = [ev.payload for ev, _ in items if isinstance(ev, ClaimExtracted)]
    clean = {f.fact_id: f.model_dump_json() for f in Reconciler(claims).facts()}
    assert len(clean) > 10
    assert await live_facts(rt.store) == clean


async def test_a_restart_mid_stream_rebuilds_from_the_log(server):
    """Lost: the last appends of the first half. Without the run-id check the reconciler keeps
    counting those claims and their redelivery changes nothing."""
    rt, svc, items = await fed(server.url)
    for i in range(0, len(items) // 2, 9):
        assert await svc.on_batch(items[i:i + 9]) == {}
    server = await lose_and_restart(rt, server, 15)
    try:
        await redeliver_all_and_check(rt, svc, items)
    finally:
        await rt.redis.aclose()
        server.stop()


@pytest.mark.parametrize("lost", [1, 3, 8, 30])
async def test_a_restart_that_cut_an_append_is_repaired(server, monkeypatch, lost):
    """Appends of more than `APPEND_CHUNK` events are several scripts (here one per event), so a loss
    can cut one: a claim then sits in a surviving fact event while its other changes are gone, and
    the rebuilt reconciler, which holds it, would never append them again (`_repairs`)."""
    monkeypatch.setattr("claimlog.store.APPEND_CHUNK", 1)
    rt, svc, items = await fed(server.url)
    for i in range(0, len(items), 9):
        assert await svc.on_batch(items[i:i + 9]) == {}
    server = await lose_and_restart(rt, server, lost)
    try:
        await redeliver_all_and_check(rt, svc, items)
    finally:
        await rt.redis.aclose()
        server.stop()


def event_id(fields: dict) -> str:
    """The event id of a stream entry (what the store's dedupe set holds)."""
    return orjson.loads(decode_entry(fields[DATA_FIELD]))["event_id"]


async def test_a_change_is_caused_by_a_claim_its_unit_added(server):
    """A reclaimed claim is reconciled before the claims ahead of it in its slot (the reclaimer reads ahead,
    never back); when those come, the unit holds it again. Their changes must not be recorded as caused by
    it: its own events may already hold the same state of a fact (A -> B -> A), and the event id (cause and
    state) would be taken for a duplicate and dropped. CI lost a fact that way after a server restart."""
    rt, svc, items = await fed(server.url, slot_ms=1000)  # one slot holds (nearly) every report
    claims = [(ev, eid) for ev, eid in items if isinstance(ev, ClaimExtracted)]
    last = claims[-1]
    assert await svc.on_batch([last]) == {}  # the reclaimer's single entry: reads ahead, nothing after it
    first = {ev.event_id async for _, ev in rt.store.read(FACTS)}
    assert first, "the lone claim made no fact"
    assert await svc.on_batch(claims) == {}  # all of them, the known one last
    later = [ev async for _, ev in rt.store.read(FACTS) if ev.event_id not in first]
    assert len(later) > 10
    assert all(ev.causation_id != last[0].event_id for ev in later)
    claims_only = [ev.payload for ev, _ in claims]
    clean = {f.fact_id: f.model_dump_json() for f in Reconciler(claims_only).facts()}
    assert await live_facts(rt.store) == clean
    await rt.redis.aclose()


async def test_a_user_without_info_still_reconciles(server):
    """Restart detection asks INFO for the server's run id; an ACL user refused INFO keeps working without it."""
    admin = Redis.from_url(server.url)
    await admin.flushdb()
    await admin.execute_command("ACL", "SETUSER", "noinfo", "on", ">pw", "~*", "&*", "+@all", "-info")
    host = server.url.split("//", 1)[1]
    rt = Runtime(settings(reconcile_slot_ms=0), Redis.from_url(f"redis://noinfo:pw@{host}"))
    events = report_events()
    ids = await rt.store.append(CLAIMS, events)
    svc = ReconcileService(rt)
    await svc.start()
    assert await rt.server_id() == ""
    items = list(zip(events, ids))
    for i in range(0, len(items), 9):
        assert await svc.on_batch(items[i:i + 9]) == {}
    claims = [ev.payload for ev in events if isinstance(ev, ClaimExtracted)]
    assert await live_facts(rt.store) == {f.fact_id: f.model_dump_json() for f in Reconciler(claims).facts()}
    await rt.redis.aclose()
    await admin.execute_command("ACL", "DELUSER", "noinfo")
    await admin.aclose()
