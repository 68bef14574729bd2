"""The event store: append-only Redis streams with idempotent appends.

`append` runs one Lua script per batch: for each event it adds the event id to the
stream's dedupe set and appends the entry only if the id was new, atomically. So a
redelivered message whose handler runs twice appends nothing the second time, and
no crash between "appended" and "acked" can make a duplicate. Nothing here ever
trims or edits a stream.
"""
from __future__ import annotations

import heapq
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass

from redis.asyncio import Redis

from claimlog.wire import DATA_FIELD, decode_entry, encode_entry
from contracts.events import Event, decode_event
from contracts.streams import LOG_STREAMS, dedupe_key

_APPEND = """
local out = {}
for i = 1, #ARGV, 2 do
  if redis.call('SADD', KEYS[2], ARGV[i]) == 1 then
    out[#out + 1] = redis.call('XADD', KEYS[1], '*', '__data__', ARGV[i + 1])
  else
    out[#out + 1] = false
  end
end
return out
"""

APPEND_CHUNK = 500
"""Events per script call: large enough to amortise the round trip, small enough not to block Redis."""


def entry_key(entry_id: str | bytes) -> tuple[int, int]:
    """A stream entry id as a sortable pair: "1700000000000-3" -> (1700000000000, 3)."""
    if isinstance(entry_id, bytes):
        entry_id = entry_id.decode()
    ms, _, seq = entry_id.partition("-")
    return int(ms), int(seq or 0)


@dataclass(frozen=True, slots=True)
class Recorded:
    """An event as read back from the log, with its position."""

    stream: str
    entry_id: str
    event: Event


class EventStore:
    """Append to and read from the log. One instance per process; safe to share between tasks."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self._append = redis.register_script(_APPEND)

    async def append(self, stream: str, events: Sequence[Event]) -> list[str | None]:
        """Append `events` in order; return each one's entry id, or None where it was a duplicate."""
        out: list[str | None] = []
        for i in range(0, len(events), APPEND_CHUNK):
            chunk = events[i:i + APPEND_CHUNK]
            argv: list[bytes | str] = []
            for ev in chunk:
                argv += [ev.event_id, encode_entry(ev.encode(), message_id=ev.event_id,
                                                   correlation_id=ev.correlation_id)]
            res = await self._append(keys=[stream, dedupe_key(stream)], args=argv)
            out += [r.decode() if isinstance(r, bytes) else (r or None) for r in res]
        return out

    async def read(self, stream: str, *, after: str = "-", until: str = "+", page: int = 1000,
                   decode: bool = True) -> AsyncIterator[tuple[str, Event | bytes]]:
        """Read `stream` forward from just after `after` (exclusive) up to `until` (inclusive)."""
        start = after if after == "-" else f"({after}"
        while True:
            rows = await self.redis.xrange(stream, min=start, max=until, count=page)
            if not rows:
                return
            for entry_id, fields in rows:
                eid = entry_id.decode() if isinstance(entry_id, bytes) else entry_id
                body = decode_entry(fields[DATA_FIELD])
                yield eid, (decode_event(body) if decode else body)
            if len(rows) < page:
                return
            start = f"({eid}"

    async def read_log(self, streams: Iterable[str] = LOG_STREAMS, *,
                       until: str = "+") -> AsyncIterator[Recorded]:
        """All events of `streams` merged into one order: by entry id (server time), then stream order.

        Entry ids come from one server clock, so this is the order in which the
        events were recorded; it is the order a replay folds them in.
        """
        streams = list(streams)
        rank = {s: i for i, s in enumerate(streams)}
        iters = {s: self.read(s, until=until).__aiter__() for s in streams}
        heap: list[tuple[tuple[int, int], int, str, Event]] = []

        async def push(s: str) -> None:
            try:
                eid, ev = await iters[s].__anext__()
            except StopAsyncIteration:
                return
            heapq.heappush(heap, (entry_key(eid), rank[s], eid, ev))

        for s in streams:
            await push(s)
        while heap:
            _, r, eid, ev = heapq.heappop(heap)
            s = streams[r]
            yield Recorded(s, eid, ev)
            await push(s)

    async def length(self, stream: str) -> int:
        return await self.redis.xlen(stream)
