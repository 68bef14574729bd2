"""Graceful shutdown (SIGTERM / SIGINT mid-stream: exit 0 promptly, restart finishes the work) and a
redelivery storm (every message of every group delivered again: the same picture, nothing appended)."""
from __future__ import annotations

import asyncio
import signal
import time

import pytest
from redis.asyncio import Redis

from claimlog.runtime import Stack, wait_drained
from contracts.streams import ARTICLES, CLAIMS, DEAD_LETTERS, FACTS, INBOX, SUBSCRIPTIONS
from tests.delivery.harness import (compare, duplicates, pending_of, record, settings, signature, submit_raw)

pytestmark = pytest.mark.anyio

N_ARTICLES = 60


@pytest.mark.slow
async def test_sigterm_and_sigint_mid_stream(redis7, workers, clean_run):
    inputs, expected = await clean_run(N_ARTICLES)
    t0 = time.monotonic()
    redis = Redis.from_url(redis7.url)
    workers.start_all()
    await workers.wait_ready()
    stops = {}
    for (name, sig), wave in zip((("extract", signal.SIGTERM), ("reconcile", signal.SIGINT)),
                                 (inputs[: N_ARTICLES // 2], inputs[N_ARTICLES // 2:])):
        consumer = workers.running[name].consumer
        await submit_raw(redis, wave)
        deadline = time.monotonic() + 60
        while not await pending_of(redis, name, consumer):
            assert time.monotonic() < deadline, f"{name} never had work in flight"
            await asyncio.sleep(0.002)
        code, took = workers.signal(name, sig)
        stops[name] = (code, round(took, 2))
        workers.start(name, consumer)  # the same consumer name: it resumes where it stopped
        await workers.wait_ready(names=[name])
    await wait_drained(redis, timeout=120)
    workers.assert_alive()
    got = await signature(redis)
    dups = await duplicates(redis)
    problems = compare(expected, got)
    await redis.aclose()
    ok = all(code == 0 and took < 10 for code, took in stops.values())
    record("SIGTERM/SIGINT a worker mid-stream, restart", articles=N_ARTICLES, faults_injected=len(stops),
           survived=len(stops) if ok and not problems else 0, exit_codes_and_seconds=stops,
           events_lost=len(set(expected["claims"]) - set(got["claims"])), duplicates=sum(dups.values()),
           seconds=round(time.monotonic() - t0, 1))
    assert ok, stops
    assert not problems, problems
    assert sum(dups.values()) == 0, dups


async def test_redelivery_storm(server, clean_run):
    """Rewind every consumer group to 0 (XGROUP SETID): each message is delivered a second time."""
    inputs, expected = await clean_run(30)
    async with Stack(server.url, ["all"], settings()) as stack:
        redis = stack.rt.redis
        await submit_raw(redis, inputs)
        await wait_drained(redis, timeout=120)
        first = await signature(redis)
        lengths = {s: await redis.xlen(s) for s in (INBOX, ARTICLES, CLAIMS, FACTS, DEAD_LETTERS)}
        redelivered = 0
        for stream, group in SUBSCRIPTIONS:
            await redis.xgroup_setid(stream, group, "0")
            redelivered += await redis.xlen(stream)
        await asyncio.sleep(0.5)
        await wait_drained(redis, timeout=120)
        again = {s: await redis.xlen(s) for s in lengths}
        second = await signature(redis)
        dups = await duplicates(redis)
    # ... and once more through a fresh stack (restored state, then the whole log redelivered).
    async with Stack(server.url, ["all"], settings(consumer="inproc-2")) as stack:
        redis = stack.rt.redis
        for stream, group in SUBSCRIPTIONS:
            await redis.xgroup_setid(stream, group, "0")
            redelivered += await redis.xlen(stream)
        await asyncio.sleep(0.5)
        await wait_drained(redis, timeout=120)
        third = await signature(redis)
        again2 = {s: await redis.xlen(s) for s in lengths}
    problems = compare(expected, first) + compare(first, second) + compare(first, third)
    appended = sum(again[s] - lengths[s] for s in lengths) + sum(again2[s] - lengths[s] for s in lengths)
    record(f"redelivery storm ({type(server).__name__})", articles=30, messages_redelivered=redelivered,
           events_appended_by_redeliveries=appended, duplicates=sum(dups.values()),
           survived=1 if not problems and not appended else 0)
    assert not problems, problems
    assert appended == 0, (lengths, again, again2)
    assert sum(dups.values()) == 0
