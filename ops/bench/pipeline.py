"""Pipeline, latency, scale-out and service memory: the four services at work on newsgen reports.

- extractor alone: `services.extract.pipeline.extract` looping over the same
  articles in this process (articles built beforehand): the ceiling.
- stack: the four services in this process (`claimlog.runtime.Stack`), all the
  reports submitted at once to the inbox; articles/s until every consumer group
  is drained (the picture holds everything). Ratio to the extractor alone.
- workers: the same with each service in its own process (`claimlog worker NAME`),
  whose peak RSS (VmHWM) is read before they stop.
- latency: the stack again, reports submitted one by one at half the stack's
  measured capacity; per report, from its append to the inbox to the moment the
  projection has applied (and written to the read model) the last event that
  report caused — its facts included. p50 and p99.
- scale-out: the articles stream filled beforehand, then 1 and then 2 extract
  worker processes in one consumer group; articles/s until the group is drained.
"""
from __future__ import annotations

import asyncio
import math
import os
import statistics
import subprocess
import sys
import time
from dataclasses import replace

from redis.asyncio import Redis

from claimlog.config import Settings
from claimlog.runtime import Stack, ensure_groups, wait_drained
from claimlog.store import EventStore
from contracts.articles import article_id_for
from contracts.events import ArticleReceived, ArticleSubmission, ArticleSubmitted
from contracts.streams import ARTICLES, EXTRACT_GROUP, INBOX, RECONCILE_GROUP, SUBSCRIPTIONS
from ops.bench import common
from ops.newsgen import generate


def reports(n: int, *, seed: int = 5) -> list[str]:
    return generate(n, seed=seed)


def submissions(texts: list[str]) -> list[ArticleSubmitted]:
    out = []
    for i, text in enumerate(texts):
        aid = article_id_for(text)
        out.append(ArticleSubmitted.create(event_id="s_" + aid, correlation_id=aid,
                                           payload=ArticleSubmission(text=text, uri=f"bench/{i:06d}.txt")))
    return out


def extractor_alone(texts: list[str]) -> dict:
    from services.extract.pipeline import extract
    from services.ingest.normalize import read_article

    articles = [read_article(t, uri=f"bench/{i:06d}.txt") for i, t in enumerate(texts)]
    extract(articles[0])
    # the best of REPEATS passes: one pass takes well under a second, and a burst of another process on a shared
    # machine would otherwise halve the baseline (and double the ratio); the best pass is the extractor's speed
    best = math.inf
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        claims = sum(len(extract(a)) for a in articles)
        best = min(best, time.perf_counter() - t0)
    return {"articles": len(articles), "claims": claims, "per_s": len(articles) / best}


REPEATS = 3
"""Passes of `extractor_alone` over the same articles; the fastest is reported."""


def _settings(**kw) -> Settings:
    return replace(Settings.from_env(), api_port=0, log_level="warning", **kw)


async def stack_run(url: str, texts: list[str]) -> dict:
    """All reports submitted at once to a Stack of the four services; articles/s until drained."""
    common.flush(url)
    subs = submissions(texts)
    async with Stack(url, ["all"], _settings(consumer="bench-stack")) as stack:
        t0 = time.perf_counter()
        for i in range(0, len(subs), 500):
            await stack.rt.store.append(INBOX, subs[i:i + 500])
        await wait_drained(stack.rt.redis, timeout=1800, interval=0.02)
        secs = time.perf_counter() - t0
        events = sum([await stack.rt.redis.xlen(s) for s in {s for s, _ in SUBSCRIPTIONS}])
    return {"articles": len(texts), "per_s": len(texts) / secs, "seconds": secs, "events": events}


def _instrument(stack: Stack, done: dict[str, float]) -> None:
    """Record, per article id, when the projection finished handling an event that article caused
    (for a batch: when the whole batch was applied and written to the read model)."""
    proj = next(s for s in stack.services if s.name == "projection")
    make = proj._batch

    def traced(stream: str):
        handle = make(stream)

        async def wrapped(items):
            failures = await handle(items)
            now = time.perf_counter()
            for event, entry_id in items:
                if event.correlation_id and entry_id not in (failures or {}):
                    done[event.correlation_id] = now
            return failures
        return wrapped

    proj._batch = traced


async def latency_run(url: str, texts: list[str], rate: float) -> dict:
    """Reports submitted one at a time, `rate` a second; latency from submit to picture updated."""
    common.flush(url)
    subs = submissions(texts)
    done: dict[str, float] = {}
    sent: dict[str, float] = {}
    stack = Stack(url, ["all"], _settings(consumer="bench-latency"))
    _instrument(stack, done)  # before the broker subscribes (Stack.start builds it)
    await stack.start()
    try:
        interval = 1.0 / rate
        t_next = time.perf_counter()
        for ev in subs:
            now = time.perf_counter()
            if t_next > now:
                await asyncio.sleep(t_next - now)
            sent[ev.correlation_id] = time.perf_counter()
            await stack.rt.store.append(INBOX, [ev])
            t_next += interval
        await wait_drained(stack.rt.redis, timeout=600, interval=0.02)
    finally:
        await stack.stop()
    lat = sorted((done[a] - t) * 1000 for a, t in sent.items() if a in done)
    if not lat:
        return {"rate": rate, "p50_ms": 0.0, "p99_ms": 0.0, "max_ms": 0.0, "samples": 0}
    p99 = lat[min(len(lat) - 1, int(round(0.99 * (len(lat) - 1))))]
    return {"rate": round(rate, 1), "samples": len(lat), "p50_ms": round(statistics.median(lat), 1),
            "p99_ms": round(p99, 1), "max_ms": round(lat[-1], 1)}


# -- separate processes -----------------------------------------------------------------------
def _spawn(url: str, name: str, consumer: str) -> subprocess.Popen:
    env = dict(os.environ, REDIS_URL=url, CLAIMLOG_API_PORT="0", CLAIMLOG_LOG_LEVEL="warning",
               CLAIMLOG_CONSUMER=consumer)
    return subprocess.Popen([sys.executable, "-m", "claimlog.cli", "worker", name], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


async def _wait_consumers(redis: Redis, pairs: list[tuple[str, str]], consumers: int = 1,
                          timeout: float = 60) -> None:
    """Until every (stream, group) has `consumers` consumers (they appear on their first read)."""
    deadline = time.monotonic() + timeout
    while True:
        ok = True
        for stream, group in pairs:
            try:
                have = await redis.xinfo_consumers(stream, group)
            except Exception:  # noqa: BLE001 - group not created yet
                have = []
            ok &= len(have) >= consumers
        if ok:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"workers did not start reading {pairs}")
        await asyncio.sleep(0.05)


def _stop(procs: dict[str, subprocess.Popen]) -> dict[str, float]:
    rss = {name: round(common.peak_rss_mb(p.pid), 1) for name, p in procs.items() if p.poll() is None}
    for p in procs.values():
        if p.poll() is None:
            p.terminate()
    for p in procs.values():
        try:
            p.wait(20)
        except subprocess.TimeoutExpired:
            p.kill()
    return rss


SERVICES = ("ingest", "extract", "reconcile", "projection")


async def workers_run(url: str, texts: list[str], services: tuple[str, ...] = SERVICES) -> dict:
    """Each service in its own process; articles/s until drained; each one's peak RSS and CPU share.

    `services` may leave "reconcile" out: the queue and the log with a reconciler that costs nothing (no
    fact is made; the projection folds articles and claims), the ceiling the other services set. The CPU
    share of the Redis server (INFO cpu) and of this process are reported beside the services'."""
    common.flush(url)
    redis = Redis.from_url(url)
    await ensure_groups(redis)
    subscriptions = [(s, g) for s, g in SUBSCRIPTIONS if g != RECONCILE_GROUP or "reconcile" in services]
    procs = {name: _spawn(url, name, f"bench-{name}") for name in services}
    try:
        await _wait_consumers(redis, subscriptions)
        store = EventStore(redis)
        subs = submissions(texts)
        cpu0 = {name: common.cpu_seconds(p.pid) for name, p in procs.items()}
        server0, own0 = await _server_cpu(redis), time.process_time()
        t0 = time.perf_counter()
        for i in range(0, len(subs), 500):
            await store.append(INBOX, subs[i:i + 500])
        await wait_drained(redis, timeout=1800, interval=0.02, subscriptions=subscriptions)
        secs = time.perf_counter() - t0
        # how busy each process was while the articles went through: the busiest is the bottleneck
        busy = {name: round((common.cpu_seconds(p.pid) - cpu0[name]) / secs, 2) for name, p in procs.items()}
        busy["redis-server"] = round((await _server_cpu(redis) - server0) / secs, 2)
        busy["bench"] = round((time.process_time() - own0) / secs, 2)
    finally:
        rss = _stop(procs)
        await redis.aclose()
    return {"articles": len(texts), "per_s": len(texts) / secs, "seconds": secs, "rss_mb": rss, "cpu_share": busy}


async def _server_cpu(redis: Redis) -> float:
    """CPU seconds the Redis server has used (user + system), from INFO cpu."""
    info = await redis.info("cpu")
    return float(info["used_cpu_user"]) + float(info["used_cpu_sys"])


async def scale_run(url: str, texts: list[str], workers: int) -> dict:
    """Extraction alone as the bottleneck: the articles stream filled first, then `workers` extract
    processes in one consumer group; articles/s until the group has read and acked everything."""
    from services.ingest.normalize import read_article

    common.flush(url)
    redis = Redis.from_url(url)
    await ensure_groups(redis, [(ARTICLES, EXTRACT_GROUP)])
    store = EventStore(redis)
    events = []
    for i, t in enumerate(texts):
        a = read_article(t, uri=f"bench/{i:06d}.txt")
        events.append(ArticleReceived.create(event_id="ar_" + a.id, payload=a, correlation_id=a.id))
    await store.append(ARTICLES, events)
    # start the workers on an empty group first, so start-up time is not counted
    procs = {f"extract{i}": _spawn(url, "extract", f"bench-x{i}") for i in range(workers)}
    try:
        # a group created at the end ("$") makes the workers come up idle; then point it at the start
        await redis.xgroup_setid(ARTICLES, EXTRACT_GROUP, id="$")
        await _wait_consumers(redis, [(ARTICLES, EXTRACT_GROUP)], consumers=workers)
        t0 = time.perf_counter()
        await redis.xgroup_setid(ARTICLES, EXTRACT_GROUP, id="0")
        await wait_drained(redis, timeout=1800, interval=0.02, subscriptions=[(ARTICLES, EXTRACT_GROUP)])
        secs = time.perf_counter() - t0
    finally:
        _stop(procs)
        await redis.aclose()
    return {"workers": workers, "articles": len(texts), "per_s": len(texts) / secs}
