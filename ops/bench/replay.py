"""Replay: a full rebuild of the picture from the log vs raw XRANGE + decode, same log, same run.

- raw: every entry of the three streams the projection folds, read with XRANGE in
  pages of 1000, its JSON body sliced out of the entry and parsed with orjson —
  the least any replay must do.
- rebuild: `services.projection.app.fold_log` (what `claimlog replay` and the
  projection's start run): read, merge the streams in log order, decode, fold
  into a `Picture`, settle the facts, then serialise the whole picture once
  (`to_json`), so nothing lazy is left uncounted.
The two alternate (raw, rebuild, raw, rebuild) and the best of each is kept.
"""
from __future__ import annotations

import gc
import time

import orjson
from redis.asyncio import Redis

from claimlog.store import EventStore
from claimlog.wire import DATA_FIELD, decode_entry
from contracts.streams import ARTICLES, CLAIMS, FACTS
from ops.bench import common, synth

STREAMS = (ARTICLES, CLAIMS, FACTS)


async def raw_read(redis: Redis) -> int:
    n = 0
    loads = orjson.loads
    for stream in STREAMS:
        start = "-"
        while True:
            rows = await redis.xrange(stream, min=start, max="+", count=1000)
            for _, fields in rows:
                loads(decode_entry(fields[DATA_FIELD]))
            n += len(rows)
            if len(rows) < 1000:
                break
            start = "(" + rows[-1][0].decode()
    return n


async def rebuild(store: EventStore):
    from services.projection.app import fold_log

    picture = await fold_log(store)
    picture.to_json()
    return picture


async def build_log(url: str, n_events: int) -> dict:
    """Flush the server and write a synthetic log of about `n_events` events (in slices, to keep the
    generator's memory small). Returns the load figures."""
    common.flush(url)
    redis = Redis.from_url(url)
    store = EventStore(redis)
    loaded, t = 0, 0.0
    seed = 11
    # reports are generated in slices; one seed, one world: see synth.reports_events
    gen = synth.reports_events(n_events // 6 + 10, seed=seed)
    checked = False
    while loaded < n_events:
        batch: list = []
        for evs in gen:
            batch += evs
            if len(batch) >= 60_000 or loaded + len(batch) >= n_events:
                break
        if not batch:
            break
        if not checked:
            synth.check_sample([b for _, _, b, _ in batch[:: max(1, len(batch) // 100)]])
            checked = True
        t0 = time.perf_counter()
        loaded += await synth.load(store, batch)
        t += time.perf_counter() - t0
    await redis.aclose()
    return {"events": loaded, "load_per_s": round(loaded / t) if t else 0}


async def run(url: str, *, rounds: int = 2, check_identity: bool = False) -> dict:
    """Measure raw read and rebuild on the log currently in the server."""
    redis = Redis.from_url(url)
    store = EventStore(redis)
    raw_rates, rebuild_rates, rebuild_secs, rss = [], [], [], []
    picture = None
    for _ in range(rounds):
        t0 = time.perf_counter()
        n = await raw_read(redis)
        raw_rates.append(n / (time.perf_counter() - t0))
        picture = None
        gc.collect()
        before = common.rss_mb()
        t0 = time.perf_counter()
        picture = await rebuild(store)
        secs = time.perf_counter() - t0
        rss.append(common.rss_mb() - before)
        rebuild_secs.append(secs)
        rebuild_rates.append(picture.events_applied / secs)
    out = {"events": n, "raw_per_s": round(max(raw_rates)), "rebuild_per_s": round(max(rebuild_rates)),
           "rebuild_s": round(min(rebuild_secs), 2), "ratio": round(max(rebuild_rates) / max(raw_rates), 3),
           "picture_mb": round(max(rss), 1), "facts": len(picture.facts), "claims": len(picture.claims),
           "articles": len(picture.articles), "server_mb": common.used_memory_mb(url)}
    if check_identity:
        from services.projection.app import fold_log_slow

        t0 = time.perf_counter()
        slow = await fold_log_slow(store)
        slow_s = time.perf_counter() - t0
        out["slow_rebuild_per_s"] = round(slow.events_applied / slow_s)
        out["identical_to_slow_path"] = (slow.to_json() == picture.to_json()
                                         and slow.articles == picture.articles and slow.claims == picture.claims
                                         and dict(slow.history) == dict(picture.history)
                                         and slow.retired == picture.retired
                                         and slow.events_applied == picture.events_applied)
    del picture
    gc.collect()
    await redis.aclose()
    return out
