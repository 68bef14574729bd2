"""Wiring: a service is a set of handlers on (stream, group); this module runs them on faststream.

Each subscription gets two faststream subscribers on one consumer group:
- the normal one reads new entries (`XREADGROUP >`);
- a reclaiming one (`min_idle_time`) takes over entries that stayed pending longer
  than `reclaim_idle_ms` — left by a worker that died, or by a failed delivery —
  via XAUTOCLAIM (faststream's normal subscriber never sees those again).
A handler acks by returning (its output is appended by then); failures are handled
by the middlewares in `claimlog.middleware`.
"""
from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field

import structlog
from faststream.redis import RedisBroker, StreamSub
from faststream.redis.annotations import RedisStreamMessage
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from claimlog.config import Settings
from claimlog.middleware import (PARSE_ERROR_HEADER, RETRY_FOR, DeadLetters, LogContext, raw_decoder,
                                 tolerant_parser)
from claimlog.store import EventStore
from contracts.events import Event, EventError, decode_event
from contracts.streams import SUBSCRIPTIONS

log = structlog.get_logger()

Handler = Callable[[Event, str], Awaitable[None]]
"""A service's handler: the decoded event and its stream entry id. Raise to fail the delivery."""


@dataclass(frozen=True)
class Subscription:
    stream: str
    group: str
    handler: Handler
    ordered: bool = False
    """Read one entry at a time, so that no later entry is pending behind a slow one: the
    reclaiming subscriber can then never hand this handler an entry ahead of its turn (the
    projection folds the fact stream in order; the other handlers do not care about order)."""


@dataclass
class Runtime:
    """What every handler needs: settings, one Redis client and the event store over it."""

    settings: Settings
    redis: Redis
    store: EventStore = field(init=False)

    def __post_init__(self) -> None:
        self.store = EventStore(self.redis)

    @classmethod
    def connect(cls, url: str, settings: Settings) -> "Runtime":
        return cls(settings, Redis.from_url(url, health_check_interval=10, socket_keepalive=True))


class Service:
    """Base of the four services. A service lists its subscriptions and may restore state on start."""

    name: str = "service"

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.log = structlog.get_logger().bind(service=self.name)

    def subscriptions(self) -> list[Subscription]:
        raise NotImplementedError

    async def start(self) -> None:
        """Restore in-memory state from the log before the first message (default: nothing)."""

    async def stop(self) -> None:
        """Release what `start` took (default: nothing)."""


async def ensure_groups(redis: Redis, subscriptions: Iterable[tuple[str, str]] = SUBSCRIPTIONS) -> None:
    """Create every consumer group at the start of its stream, so no entry is ever skipped."""
    for stream, group in subscriptions:
        try:
            await redis.xgroup_create(stream, group, id="0", mkstream=True)
        except ResponseError as e:
            if "BUSYGROUP" not in str(e):
                raise


def build_broker(url: str, services: Sequence[Service], settings: Settings, store: EventStore) -> RedisBroker:
    """A broker with every service's subscriptions (normal + reclaiming) and the delivery middlewares."""
    dead_letters = _GroupDeadLetters.factory(store=store, max_deliveries=settings.max_deliveries)
    broker = RedisBroker(url, middlewares=[LogContext, dead_letters], logger=None)
    for service in services:
        for sub in service.subscriptions():
            _subscribe(broker, sub, settings, reclaim=False)
            _subscribe(broker, sub, settings, reclaim=True)
    return broker


class _GroupDeadLetters(DeadLetters):
    """`DeadLetters` with the service named after the consumer group (groups are named after services)."""

    def __init__(self, msg, /, *, context, store, max_deliveries: int = 5) -> None:
        super().__init__(msg, context=context, store=store, service="?", max_deliveries=max_deliveries)

    @classmethod
    def factory(cls, *, store, max_deliveries: int = 5):  # type: ignore[override]
        import functools
        return functools.partial(cls, store=store, max_deliveries=max_deliveries)

    async def consume_scope(self, call_next, msg):
        self.service = getattr(msg, "group", None) or "?"
        return await super().consume_scope(call_next, msg)


def _subscribe(broker: RedisBroker, sub: Subscription, settings: Settings, *, reclaim: bool) -> None:
    # max_records bounds the work in flight: XREADGROUP without COUNT would read the whole
    # backlog into memory and leave all of it pending (and reclaimable) at once.
    stream = StreamSub(sub.stream, group=sub.group, consumer=settings.consumer, polling_interval=100,
                       max_records=1 if sub.ordered else settings.max_in_flight,
                       min_idle_time=settings.reclaim_idle_ms if reclaim else None)

    async def handle(msg: RedisStreamMessage) -> None:
        entry_id = msg.raw_message["message_ids"][0]
        entry_id = entry_id.decode() if isinstance(entry_id, bytes) else str(entry_id)
        unparseable = (msg.headers or {}).get(PARSE_ERROR_HEADER)
        if unparseable:
            raise EventError(unparseable)
        retry_for = (msg.raw_message.get("data") or {}).get(RETRY_FOR)
        if retry_for is not None and retry_for.decode("utf-8", "replace") != sub.group:
            return  # a dead letter sent back to another group of this stream: not ours
        event = decode_event(msg.body)
        await sub.handler(event, entry_id)

    handle.__name__ = f"{sub.group}_{'reclaim' if reclaim else 'read'}_{sub.stream.split('{')[-1].rstrip('}')}"
    broker.subscriber(stream=stream, parser=tolerant_parser, decoder=raw_decoder)(handle)


async def group_backlog(redis: Redis, subscriptions: Iterable[tuple[str, str]] = SUBSCRIPTIONS) -> dict:
    """(stream, group) -> (lag, pending): what each group has not yet read, and read but not acked."""
    out = {}
    by_stream: dict[str, list[str]] = {}
    for stream, group in subscriptions:
        by_stream.setdefault(stream, []).append(group)
    for stream, groups in by_stream.items():
        try:
            infos = await redis.xinfo_groups(stream)
        except ResponseError:
            infos = []
        have = {(i["name"].decode() if isinstance(i["name"], bytes) else i["name"]): i for i in infos}
        for group in groups:
            info = have.get(group)
            if info is None:
                out[(stream, group)] = (await redis.xlen(stream), 0)
                continue
            lag = info.get("lag")
            if lag is None:  # Redis < 7 or an inexact counter: compare ids instead
                last = info.get("last-delivered-id")
                tail = await redis.xrevrange(stream, count=1)
                lag = 0 if not tail or tail[0][0] == last else 1
            out[(stream, group)] = (int(lag), int(info.get("pending", 0)))
    return out


async def wait_drained(redis: Redis, *, timeout: float = 600.0, interval: float = 0.05,
                       subscriptions: Iterable[tuple[str, str]] = SUBSCRIPTIONS) -> None:
    """Return once every group has read and acked everything, twice in a row; TimeoutError otherwise."""
    subscriptions = list(subscriptions)
    deadline = time.monotonic() + timeout
    calm = 0
    while True:
        backlog = await group_backlog(redis, subscriptions)
        calm = calm + 1 if all(lag == 0 and pending == 0 for lag, pending in backlog.values()) else 0
        if calm >= 3:
            return
        if time.monotonic() > deadline:
            busy = {f"{s}/{g}": v for (s, g), v in backlog.items() if v != (0, 0)}
            raise TimeoutError(f"streams not drained after {timeout:.0f}s: (lag, pending) {busy}")
        await asyncio.sleep(interval)


def make_services(names: Sequence[str], rt: Runtime) -> list[Service]:
    """Instantiate services by name ("all" = the four)."""
    from services.extract.app import ExtractService
    from services.ingest.app import IngestService
    from services.projection.app import ProjectionService
    from services.reconcile.app import ReconcileService

    known = {s.name: s for s in (IngestService, ExtractService, ReconcileService, ProjectionService)}
    if "all" in names:
        names = list(known)
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SystemExit(f"claimlog: unknown service {unknown[0]!r}; choose from {', '.join(known)} or all")
    return [known[n](rt) for n in names]


class Stack:
    """Services running in this process on one broker: `async with Stack(...) as stack: ...`."""

    def __init__(self, url: str, names: Sequence[str], settings: Settings) -> None:
        self.url, self.names, self.settings = url, list(names), settings
        self.rt = Runtime.connect(url, settings)
        self.services = make_services(self.names, self.rt)
        self.broker: RedisBroker | None = None

    async def __aenter__(self) -> "Stack":
        await self.start()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.stop()

    async def start(self) -> None:
        await ensure_groups(self.rt.redis)
        for s in self.services:
            await s.start()
        self.broker = build_broker(self.url, self.services, self.settings, self.rt.store)
        await self.broker.start()
        log.info("services started", services=[s.name for s in self.services], consumer=self.settings.consumer)

    async def stop(self) -> None:
        """Stop reading, let the handlers in flight finish (they ack or stay pending), then close."""
        if self.broker is not None:
            await self.broker.stop()
            self.broker = None
        for s in self.services:
            await s.stop()
        await self.rt.redis.aclose()
        log.info("services stopped", services=[s.name for s in self.services])

    def service(self, name: str) -> Service:
        return next(s for s in self.services if s.name == name)
