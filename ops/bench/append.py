"""Append: events/s through `EventStore.append` vs raw pipelined XADD, same payloads, same run.

Both sides write the same realistic events (articles with their text, claims,
facts: ~1 KB on average) in batches of 500, to fresh streams. The raw side
pipelines plain `XADD` of entries encoded beforehand; the store side is the real
call with `Event` objects — encoding, the dedupe set and the Lua script included.
Rounds alternate (raw, store, raw, store, raw, store) and the best of each is kept, so a
noisy neighbour hurts both alike.
"""
from __future__ import annotations

import time

from redis.asyncio import Redis

from claimlog.store import EventStore
from claimlog.wire import encode_entry
from contracts.events import decode_event
from contracts.streams import dedupe_key

BATCH = 500


async def run(url: str, events: list[tuple[str, str, bytes, str]], *, rounds: int = 3) -> dict:
    redis = Redis.from_url(url)
    store = EventStore(redis)
    objs = [decode_event(body) for _, _, body, _ in events]
    entries = [encode_entry(body, message_id=eid, correlation_id=corr) for _, eid, body, corr in events]
    raw_rates, store_rates = [], []
    for r in range(rounds):
        stream = f"bench:{{append-raw-{r}}}"
        t0 = time.perf_counter()
        for i in range(0, len(entries), BATCH):
            async with redis.pipeline(transaction=False) as p:
                for e in entries[i:i + BATCH]:
                    p.xadd(stream, {b"__data__": e})
                await p.execute()
        raw_rates.append(len(entries) / (time.perf_counter() - t0))
        await redis.delete(stream)

        stream = f"bench:{{append-store-{r}}}"
        t0 = time.perf_counter()
        for i in range(0, len(objs), BATCH):
            await store.append(stream, objs[i:i + BATCH])
        store_rates.append(len(objs) / (time.perf_counter() - t0))
        assert await redis.xlen(stream) == len(objs)
        await redis.delete(stream, dedupe_key(stream))
    await redis.aclose()
    raw, st = max(raw_rates), max(store_rates)
    return {"append_events": len(events), "append_raw_xadd_per_s": round(raw), "append_store_per_s": round(st),
            "append_ratio": round(st / raw, 3),
            "append_payload_bytes_avg": round(sum(len(e) for e in entries) / len(entries))}
