"""Dead workers' consumer names are pruned on start, but never one that still holds pending entries."""
from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from redis.asyncio import Redis

from claimlog.runtime import Stack, ensure_groups, prune_consumers
from contracts.streams import INBOX, INGEST_GROUP
from tests.delivery.harness import settings

pytestmark = pytest.mark.anyio


async def consumers(redis: Redis, stream: str, group: str) -> dict[str, int]:
    return {(c["name"].decode() if isinstance(c["name"], bytes) else c["name"]): int(c["pending"])
            for c in await redis.xinfo_consumers(stream, group)}


async def test_idle_consumers_without_pending_entries_are_pruned(server):
    redis = Redis.from_url(server.url)
    await ensure_groups(redis)
    await redis.xadd(INBOX, {"x": "1"})
    await redis.xadd(INBOX, {"x": "2"})
    await redis.xadd(INBOX, {"x": "3"})
    [(_, [(first, _)])] = await redis.xreadgroup(INGEST_GROUP, "dead-done", {INBOX: ">"}, count=1)
    await redis.xack(INBOX, INGEST_GROUP, first)
    await redis.xreadgroup(INGEST_GROUP, "dead-holding", {INBOX: ">"}, count=1)  # left pending
    [(_, [(mine, _)])] = await redis.xreadgroup(INGEST_GROUP, "me", {INBOX: ">"}, count=1)
    await redis.xack(INBOX, INGEST_GROUP, mine)  # (Redis 7.0 lists a consumer once it was given an entry)
    await asyncio.sleep(0.1)
    assert await prune_consumers(redis, [(INBOX, INGEST_GROUP)], idle_ms=10_000, keep="me") == []
    deleted = await prune_consumers(redis, [(INBOX, INGEST_GROUP)], idle_ms=50, keep="me")
    assert deleted == [(INBOX, INGEST_GROUP, "dead-done")]
    assert await consumers(redis, INBOX, INGEST_GROUP) == {"dead-holding": 1, "me": 0}
    await redis.aclose()


async def test_a_starting_stack_prunes_its_groups(server):
    redis = Redis.from_url(server.url)
    await ensure_groups(redis)
    await redis.xadd(INBOX, {"x": "1"})
    [(_, [(entry, _)])] = await redis.xreadgroup(INGEST_GROUP, "ghost", {INBOX: ">"}, count=1)
    await redis.xack(INBOX, INGEST_GROUP, entry)  # a dead worker's name, nothing pending
    assert "ghost" in await consumers(redis, INBOX, INGEST_GROUP)
    await asyncio.sleep(0.1)
    async with Stack(server.url, ["ingest"], replace(settings(consumer="alive"), prune_consumers_after_s=0.05)):
        names = await consumers(redis, INBOX, INGEST_GROUP)
    assert "ghost" not in names
    await redis.aclose()
