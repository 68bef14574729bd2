"""Admission control for submissions: a flood of articles slows ingest down, it never fills memory.

Two bounds, both checked *before* an article is appended to the inbox:

- **backlog**: when the ingest group has more than `max_inbox_backlog` inbox entries it
  has not handled yet (lag + pending), a submitter waits (polling) until the backlog is
  below the bound again; after `wait_s` seconds it gives up with `Overloaded`, a clear
  error (the CLI prints it and exits 1; an HTTP endpoint answers 503 with it).
- **rate**: a token bucket of `rate` articles per second (burst: one second's worth)
  per submitting process; a submitter past it waits for tokens.

So Redis holds at most about `max_inbox_backlog` + one chunk of unread submissions,
and every worker holds at most `max_in_flight` entries per subscription: memory is
bounded end to end, and the producer is the one who waits.
"""
from __future__ import annotations

import asyncio
import time

from redis.asyncio import Redis

from contracts.streams import INBOX, INGEST_GROUP


class Overloaded(RuntimeError):
    """The inbox backlog stayed above its bound for longer than the submitter may wait."""


async def inbox_backlog(redis: Redis) -> int:
    """Inbox entries the ingest group has not handled: never read (lag) plus read but not acked."""
    from claimlog.runtime import group_backlog

    lag, pending = (await group_backlog(redis, [(INBOX, INGEST_GROUP)]))[(INBOX, INGEST_GROUP)]
    return lag + pending


class Admission:
    """`await admission.admit(n)` before appending n submissions; raises `Overloaded` when it must."""

    def __init__(self, redis: Redis, *, max_backlog: int = 10_000, wait_s: float = 60.0,
                 rate: float = 1000.0, poll_s: float = 0.2) -> None:
        self.redis, self.max_backlog, self.wait_s, self.rate, self.poll_s = redis, max_backlog, wait_s, rate, poll_s
        self._tokens = max(rate, 1.0)
        self._stamp = time.monotonic()
        self.waited_s = 0.0
        """Total time spent waiting for the backlog or the rate (for the CLI's summary and tests)."""

    @classmethod
    def from_settings(cls, redis: Redis, settings) -> "Admission":
        return cls(redis, max_backlog=settings.max_inbox_backlog, wait_s=settings.ingest_wait_s,
                   rate=settings.ingest_rate)

    async def admit(self, n: int = 1) -> None:
        await self._rate(n)
        if self.max_backlog <= 0:
            return
        deadline = time.monotonic() + self.wait_s
        while True:
            backlog = await inbox_backlog(self.redis)
            if backlog + n <= self.max_backlog or backlog == 0:
                return
            if time.monotonic() >= deadline:
                raise Overloaded(f"inbox backlog is {backlog} entries (limit {self.max_backlog}) "
                                 f"after waiting {self.wait_s:.0f}s: the pipeline is not keeping up; retry later")
            started = time.monotonic()
            await asyncio.sleep(self.poll_s)
            self.waited_s += time.monotonic() - started

    async def _rate(self, n: int) -> None:
        if self.rate <= 0:
            return
        burst = max(self.rate, float(n))
        while True:
            now = time.monotonic()
            self._tokens = min(burst, self._tokens + (now - self._stamp) * self.rate)
            self._stamp = now
            if self._tokens >= n:
                self._tokens -= n
                return
            pause = (n - self._tokens) / self.rate
            await asyncio.sleep(pause)
            self.waited_s += pause
