"""The projection after a server restart that lost the read-model writes it acknowledged last.

Redis under `appendfsync everysec` may lose what it acknowledged last when its process dies. The
projection's picture in memory still holds those events and skips their redelivery (it has seen
them), so the lost views would stay missing for good. The projection notices the restart (the
server's run id), folds the log again and rewrites the read model. Against real servers; the loss
is simulated by deleting the views the last batch wrote, before a real restart.
"""
from __future__ import annotations

import pytest
from redis.asyncio import Redis

from claimlog.runtime import Runtime
from contracts.streams import ARTICLES, CLAIMS, FACTS, READ_MODEL_ARTICLES, READ_MODEL_FACTS
from services.projection import readmodel
from services.projection.app import ProjectionService, fold_log
from tests.conftest import reconnected, restart_server

from .conftest import settings_for
from .story import append_all, late, story

pytestmark = pytest.mark.anyio


async def test_a_restart_that_lost_read_model_writes_is_refolded(server):
    rt = Runtime(settings_for(server.url, api_port=0), Redis.from_url(server.url))
    await append_all(rt.store, story())
    svc = ProjectionService(rt)
    await svc.start()
    positions = await append_all(rt.store, late())
    batches = {s.stream: s.batch_handler for s in svc.subscriptions()}
    of = {stream: [(ev, positions[ev.event_id]) for st, ev in late() if st == stream]
          for stream in (ARTICLES, CLAIMS, FACTS)}
    for stream in (ARTICLES, CLAIMS, FACTS):
        assert not await batches[stream](of[stream])
    assert await rt.redis.hexists(READ_MODEL_FACTS, "f_fighters")

    # The server "loses" the last writes (the late article's and fact's views), then restarts.
    await rt.redis.hdel(READ_MODEL_FACTS, "f_fighters")
    await rt.redis.hdel(READ_MODEL_ARTICLES, "a_late")
    server.stop()
    server = restart_server(server)
    try:
        await reconnected(rt.redis)
        # The acks were lost too: the facts batch is redelivered (and skipped: already in the picture).
        assert not await batches[FACTS](of[FACTS])
        live = await readmodel.picture_json(rt.redis)
        assert b"f_fighters" in live
        assert live == (await fold_log(rt.store)).to_json()
        assert "a_late" in {a["id"] for a in await readmodel.articles(rt.redis)}
    finally:
        await svc.stop()
        await rt.redis.aclose()
        server.stop()
