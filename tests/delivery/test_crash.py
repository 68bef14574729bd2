"""kill -9 each worker in turn in the middle of its batch; restart it; the picture is the clean run's.

Workers are separate processes with distinct consumer names per life (`extract-1`,
`extract-2`, ...), so what a dead worker left pending can only come back through
reclaim (XAUTOCLAIM after CLAIMLOG_RECLAIM_IDLE_MS = 1 s) by another consumer.
"""
from __future__ import annotations

import asyncio
import os
import signal
import time

import pytest
from redis.asyncio import Redis

from tests.delivery.harness import (SERVICES, compare, duplicates, pending_of, record, signature, submit_raw,
                                    which_layer)
from claimlog.runtime import wait_drained

pytestmark = [pytest.mark.anyio, pytest.mark.slow]

N_ARTICLES = int(os.environ.get("CLAIMLOG_FAULT_ARTICLES", "300"))
"""Articles of the crash test. Its cost is dominated by reconcile (see docs/delivery.md)."""


async def _kill_mid_batch(redis: Redis, workers, name: str, timeout: float = 60.0) -> int:
    """SIGKILL `name` as soon as its consumer holds entries in flight; how many it left pending."""
    worker = workers.running[name]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if await pending_of(redis, name, worker.consumer):
            # Freeze it first (SIGSTOP): a stopped process cannot ack, so what is pending now is
            # what the kill leaves behind; if it acked in between, let it go on and try again.
            worker.proc.send_signal(signal.SIGSTOP)
            n = await pending_of(redis, name, worker.consumer)
            if n:
                workers.kill(name)
                return n
            worker.proc.send_signal(signal.SIGCONT)
        await asyncio.sleep(0.002)
    raise AssertionError(f"{name} never had an entry in flight")


async def test_kill_9_each_worker_mid_batch(redis7, workers, clean_run):
    t0 = time.monotonic()
    inputs, expected = await clean_run(N_ARTICLES)
    clean_s = time.monotonic() - t0
    t0 = time.monotonic()
    assert len(expected["articles"]) == N_ARTICLES and expected["facts"]

    redis = Redis.from_url(redis7.url)
    workers.start_all()
    await workers.wait_ready(redis)
    waves = [inputs[i::len(SERVICES)] for i in range(len(SERVICES))]
    left_pending = {}
    for victim, wave in zip(SERVICES, waves):
        await submit_raw(redis, wave)
        left_pending[victim] = await _kill_mid_batch(redis, workers, victim)
        workers.start(victim)  # a new consumer name: the old one's entries must be reclaimed
        await workers.wait_ready(redis, [victim])
    await wait_drained(redis, timeout=180)
    workers.assert_alive()

    got = await signature(redis)
    dups = await duplicates(redis)
    problems = compare(expected, got)
    if problems:
        problems += await which_layer(redis)
    lost_articles = len(set(expected["articles"]) - set(got["articles"]))
    lost_claims = len(set(expected["claims"]) - set(got["claims"]))
    record("kill -9 each worker mid-batch", articles=N_ARTICLES, faults_injected=len(left_pending),
           survived=len(left_pending) if not problems else 0,
           entries_left_pending_by_kills=sum(left_pending.values()),
           events_lost=lost_articles + lost_claims, duplicates=sum(dups.values()),
           facts=len(got["facts"]), seconds=round(time.monotonic() - t0, 1), clean_run_seconds=round(clean_s, 1))
    await redis.aclose()
    assert all(left_pending.values()), f"a kill did not catch its worker mid-batch: {left_pending}"
    assert not problems, problems
    assert sum(dups.values()) == 0, dups
