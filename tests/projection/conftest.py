"""Fixtures: the invented story in a real server's log, a started ProjectionService over it, API clients."""
from __future__ import annotations

from dataclasses import replace

import httpx
import pytest
from redis.asyncio import Redis

from claimlog.config import Settings
from claimlog.runtime import Runtime
from services.projection.api import create_app
from services.projection.app import ProjectionService

from .story import append_all, story


def settings_for(url: str, **kw) -> Settings:
    return replace(Settings(), **{"redis_url": url, "api_port": 0, "consumer": "test", **kw})


@pytest.fixture
async def projection(server):
    """(service, positions): the story appended to a fresh server, then the projection started over it
    (it folds the log on start); positions maps each story event id to its entry id."""
    rt = Runtime(settings_for(server.url), Redis.from_url(server.url))
    positions = await append_all(rt.store, story())
    svc = ProjectionService(rt)
    await svc.start()
    yield svc, positions
    await svc.stop()
    await rt.redis.aclose()


@pytest.fixture
def client_for():
    """client_for(service, **settings) -> an httpx client on create_app, no real server in between."""
    clients = []

    def make(svc, **kw) -> httpx.AsyncClient:
        settings = replace(svc.rt.settings, **kw)
        c = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(svc, settings)),
                              base_url="http://127.0.0.1")
        clients.append(c)
        return c

    yield make


@pytest.fixture
async def api(projection, client_for):
    svc, _ = projection
    async with client_for(svc) as c:
        yield c
