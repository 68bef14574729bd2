"""The read model ends equal to a replay of the log even when two of its writes land out of order.

The projection follows three streams at once (articles, claims, facts), so two of its
batches can each write a view of the same fact: a `FactUpdated` applied before its
claims arrived gives a view without them; the claims' batch then writes the full view.
If the first transaction reached Redis after the second (a slow connection, a busy
machine), the stale view would stay in the read model for good: CI once showed a fact
with no claims this way. Here the facts batch's write is held back on purpose.
"""
from __future__ import annotations

import asyncio

import pytest
from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from claimlog.runtime import Runtime
from contracts.streams import ARTICLES, CLAIMS, FACTS
from services.projection import readmodel
from services.projection.app import ProjectionService, fold_log

from .conftest import settings_for
from .story import append_all, story

pytestmark = pytest.mark.anyio


async def test_slow_stale_write_does_not_overwrite_a_fresher_view(server, monkeypatch):
    rt = Runtime(settings_for(server.url), Redis.from_url(server.url))
    svc = ProjectionService(rt)
    await svc.start()  # an empty log: everything below comes through the handlers
    events = story()
    positions = await append_all(rt.store, events)
    batches = {s.stream: s.batch_handler for s in svc.subscriptions()}
    of = {stream: [(ev, positions[ev.event_id]) for st, ev in events if st == stream]
          for stream in (ARTICLES, CLAIMS, FACTS)}

    execute, held = Pipeline.execute, asyncio.Event()

    async def hold_first(self, *args, **kwargs):
        if not held.is_set():  # the first write (the facts batch, with claim-less views) is slow
            held.set()
            await asyncio.sleep(0.2)
        return await execute(self, *args, **kwargs)

    await batches[ARTICLES](of[ARTICLES])
    monkeypatch.setattr(Pipeline, "execute", hold_first)
    facts_batch = asyncio.create_task(batches[FACTS](of[FACTS]))
    await held.wait()  # the facts are applied, their stale views on the way
    assert not await batches[CLAIMS](of[CLAIMS])
    assert not await facts_batch
    monkeypatch.undo()

    live = await readmodel.picture_json(rt.redis)
    replayed = (await fold_log(rt.store)).to_json()
    await svc.stop()
    await rt.redis.aclose()
    assert live.count(b'"claim_id"') == replayed.count(b'"claim_id"') > 3
    assert live == replayed
