"""Stop the Redis server in the middle of a stream (kill -9, then a clean stop) and start it again
from its AOF, same port and folder: no acknowledged event lost, the workers reconnect by themselves."""
from __future__ import annotations

import asyncio
import time

import pytest
from redis.asyncio import Redis

from claimlog.runtime import wait_drained
from contracts.streams import ARTICLES, CLAIMS, DEAD_LETTERS, FACTS, INBOX
from tests.conftest import restart_server
from tests.delivery.harness import compare, which_layer, duplicates, record, signature, submit_raw

pytestmark = [pytest.mark.anyio, pytest.mark.slow]

N_ARTICLES = 60
STREAMS = (INBOX, ARTICLES, CLAIMS, FACTS, DEAD_LETTERS)


async def _snapshot(redis: Redis) -> dict[str, set[bytes]]:
    """Every entry id the server has acknowledged so far, per stream."""
    return {s: {eid for eid, _ in await redis.xrange(s)} for s in STREAMS}


async def _wait_for_claims(redis: Redis, at_least: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while await redis.xlen(FACTS) < at_least:
        assert time.monotonic() < deadline, "the pipeline made no progress"
        await asyncio.sleep(0.01)


async def test_redis_restart_from_aof_mid_stream(redis7, workers, clean_run):
    t0 = time.monotonic()
    inputs, expected = await clean_run(N_ARTICLES)
    t0 = time.monotonic()
    srv = redis7
    redis = Redis.from_url(srv.url)
    workers.start_all()
    await workers.wait_ready()
    lost: dict[str, int] = {}
    halves = [inputs[: N_ARTICLES // 2], inputs[N_ARTICLES // 2:]]
    try:
        for how, wave in zip(("kill -9", "stop"), halves):
            await submit_raw(redis, wave)
            await _wait_for_claims(redis, await redis.xlen(FACTS) + 20)
            before = await _snapshot(redis)
            if how == "kill -9":
                srv.kill()
            else:
                srv.stop()
            await redis.aclose()
            await asyncio.sleep(1.5)  # the workers see the server gone
            srv = restart_server(srv)
            redis = Redis.from_url(srv.url)
            after = await _snapshot(redis)
            lost[how] = sum(len(before[s] - after[s]) for s in STREAMS)
        await wait_drained(redis, timeout=180)
        workers.assert_alive()
        got = await signature(redis)
        dups = await duplicates(redis)
        problems = compare(expected, got)
        if problems:
            problems += await which_layer(redis)
            # "Asynchronous AOF fsync is taking too long": the server replied before its AOF write
            log = srv.data_dir / "redis.log"
            if log.exists():
                problems += [ln for ln in log.read_text(errors="replace").splitlines() if "AOF" in ln][-10:]
    finally:
        await redis.aclose()
        srv.stop()
    record("redis server killed / stopped mid-stream, restarted from AOF", articles=N_ARTICLES,
           faults_injected=2, survived=2 if not problems and not any(lost.values()) else 0,
           acknowledged_entries_lost=sum(lost.values()), events_lost=len(set(expected["claims"]) - set(got["claims"])),
           duplicates=sum(dups.values()), seconds=round(time.monotonic() - t0, 1))
    assert not any(lost.values()), lost
    if problems:
        print("\n".join(problems))
    assert not problems, problems
    assert sum(dups.values()) == 0, dups
