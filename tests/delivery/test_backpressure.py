"""Backpressure: each worker holds a bounded number of entries in flight; a flood of submissions waits
for the inbox backlog (and a rate limit) and is refused with a clear error when it does not shrink."""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time

import pytest
from redis.asyncio import Redis

from claimlog.runtime import Stack, ensure_groups, wait_drained
from contracts.streams import ARTICLES, EXTRACT_GROUP, INBOX, INGEST_GROUP
from services.ingest.admission import Admission, Overloaded, inbox_backlog
from tests.delivery.harness import ROOT, articles, record, settings, submit_raw

pytestmark = pytest.mark.anyio


async def test_in_flight_is_bounded_per_worker(server, tmp_path):
    inputs = articles(150, tmp_path / "a", seed=11)
    cfg = settings(max_in_flight=4, reclaim_idle_ms=30_000)
    redis = Redis.from_url(server.url)
    await submit_raw(redis, inputs)  # the flood is there before the workers start
    peak = 0
    async with Stack(server.url, ["ingest", "extract"], cfg):
        done = asyncio.Event()

        async def sample():
            nonlocal peak
            while not done.is_set():
                for stream, group in ((INBOX, INGEST_GROUP), (ARTICLES, EXTRACT_GROUP)):
                    peak = max(peak, (await redis.xpending(stream, group))["pending"])
                await asyncio.sleep(0.001)

        task = asyncio.create_task(sample())
        await wait_drained(redis, subscriptions=[(INBOX, INGEST_GROUP), (ARTICLES, EXTRACT_GROUP)], timeout=120)
        done.set()
        await task
    await redis.aclose()
    record(f"bounded in-flight work ({type(server).__name__})", flood=len(inputs), max_in_flight=4,
           peak_pending_per_group=peak)
    assert 0 < peak <= 4, peak


async def test_flood_waits_then_is_refused(server, tmp_path):
    redis = Redis.from_url(server.url)
    await ensure_groups(redis)
    inputs = articles(120, tmp_path / "a", seed=12)
    # No ingest worker: the backlog never shrinks, so the second chunk waits, then is refused.
    adm = Admission(redis, max_backlog=50, wait_s=0.5, rate=0)
    from claimlog.cli import submit
    from claimlog.store import EventStore
    with pytest.raises(Overloaded, match="inbox backlog is 100 entries"):
        await submit(EventStore(redis), inputs, adm)
    assert await inbox_backlog(redis) == 100 and adm.waited_s >= 0.4

    # The CLI says so clearly and exits 1.
    env = {**os.environ, "REDIS_URL": server.url, "CLAIMLOG_MAX_INBOX_BACKLOG": "50", "CLAIMLOG_INGEST_WAIT_S": "0.5"}
    out = subprocess.run([sys.executable, "-m", "claimlog.cli", "ingest", str(tmp_path / "a")], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 1 and "refused: inbox backlog" in out.stderr, out.stderr

    # With ingest running, the same flood just waits for the backlog to shrink, and gets in.
    await redis.flushdb()
    await ensure_groups(redis)
    async with Stack(server.url, ["ingest"], settings()):
        adm = Admission(redis, max_backlog=30, wait_s=60, rate=0)
        from claimlog.cli import SUBMIT_CHUNK
        import claimlog.cli as cli_mod
        cli_mod.SUBMIT_CHUNK = 10
        try:
            new = await submit(EventStore(redis), inputs, adm)
        finally:
            cli_mod.SUBMIT_CHUNK = SUBMIT_CHUNK
    assert new == len(inputs)

    # The rate limit: 60 articles at 100/s (burst 100) then 60 more take about 0.2 s more.
    adm = Admission(redis, max_backlog=0, rate=100)
    t = time.monotonic()
    for _ in range(12):
        await adm.admit(10)
    took = time.monotonic() - t
    await redis.aclose()
    record(f"flood of submissions ({type(server).__name__})", refused_when_backlog_stuck=True,
           admitted_when_ingest_keeps_up=new, rate_limit_seconds_for_120_at_100_per_s=round(took, 2))
    assert 0.15 <= took < 1.0, took
