"""Wiring: a service is a set of handlers on (stream, group); this module runs them on faststream.

Each subscription gets two faststream subscribers on one consumer group:
- the normal one reads new entries (`XREADGROUP >`), one at a time, or — for a
  subscription with `batch` — up to `max_in_flight` at a time as one batch;
- a reclaiming one (`min_idle_time`) takes over entries that stayed pending longer
  than `reclaim_idle_ms` — left by a worker that died, or by a failed delivery —
  via XAUTOCLAIM (faststream's normal subscriber never sees those again). It always
  delivers one entry at a time, so a failing entry is retried, counted and
  dead-lettered on its own.
A handler acks by returning (its output is appended by then); failures are handled
by the middlewares in `claimlog.middleware`.

Batches (`Subscription.batch` / `batch_handler`; see `_subscribe_batch`):
- each entry of a batch is parsed and decoded on its own; an entry that is not a
  valid event, or whose handling fails with a permanent error (`EventError`,
  `PermanentError`), is dead-lettered and XACKed alone, and the rest go on;
- the batch handler appends the outputs of all its entries (one `store.append`),
  then returns the entries that failed; the entries that did not fail are acked
  together, only after that; an entry that failed transiently is not acked: it stays
  pending, and the reclaimer delivers it again, alone, after `reclaim_idle_ms` (so
  `DeadLetters` counts its deliveries as before: the batch was delivery 1). If the
  handler raises, nothing of the batch is acked.
- ordered subscriptions (`Subscription.ordered`): an entry is handled only when no
  earlier entry of its stream is pending in the group (`_turn`): a batch waits for
  that (the reclaimer is draining them), the reclaimer leaves an entry that is out of
  turn pending (`OutOfTurn`, never dead-lettered for it) and comes back to it. A batch
  handler of an ordered subscription stops at its first transient failure and reports
  the entries after it as `NotAttempted`. So entries are applied in stream order
  whatever fails, and whichever consumer holds the earlier ones.
"""
from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import structlog
from faststream.middlewares import AckPolicy
from faststream.redis import RedisBroker, StreamSub
from faststream.redis.annotations import RedisBatchStreamMessage, RedisStreamMessage
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from claimlog.config import Settings
from claimlog.middleware import (PARSE_ERROR_HEADER, PERMANENT, RETRY_FOR, DeadLetters, LogContext, OutOfTurn,
                                 dead_letter_event, entry_body, log_dead_letter, raw_decoder, tolerant_parser)
from claimlog.store import EventStore
from contracts.events import Event, EventError, decode_event
from contracts.streams import CLAIMS, DEAD_LETTERS, FACTS, SUBSCRIPTIONS

log = structlog.get_logger()

Handler = Callable[[Event, str], Awaitable[None]]
"""A service's handler: the decoded event and its stream entry id. Raise to fail the delivery."""

BatchHandler = Callable[[Sequence[tuple[Event, str]]], Awaitable[Mapping[str, BaseException] | None]]
"""A service's batch handler: (event, entry id) pairs in stream order. It appends the outputs
of all of them, then returns the entries that failed, by entry id, with their error (their
outputs not appended; a permanent error is dead-lettered, any other leaves the entry pending).
Entries not in the answer are done and get acked. Raise to fail the whole batch (nothing acked).
For an ordered subscription it must stop at the first transient failure (`NotAttempted` for the rest)."""


class NotAttempted(Exception):
    """An entry of an ordered batch after one that failed transiently: left pending, in its turn."""


@dataclass(frozen=True)
class Subscription:
    stream: str
    group: str
    handler: Handler
    ordered: bool = False
    """Handle entries in stream order: an entry is handled only when no earlier entry of the
    stream is pending in the group, whoever holds it (`_turn`). Without this, the reclaiming
    subscriber could hand this handler an entry ahead of an older pending one (the projection
    folds the fact stream in order and skips what is at or before its position; the other
    handlers do not care about order)."""
    batch: bool = False
    """Read up to `max_in_flight` entries per delivery, as one batch (see the module docstring);
    `handler` is called for each entry unless `batch_handler` is given."""
    batch_handler: BatchHandler | None = None
    """Handle a batch at once (implies `batch`); the reclaimer calls it with one entry."""

    @property
    def batched(self) -> bool:
        return self.batch or self.batch_handler is not None

    def run_batch(self) -> BatchHandler:
        """The batch handler, or one that calls `handler` for each entry (stopping at the first
        transient failure if ordered)."""
        if self.batch_handler is not None:
            return self.batch_handler
        handler, ordered = self.handler, self.ordered

        async def each(items: Sequence[tuple[Event, str]]) -> dict[str, BaseException]:
            failures: dict[str, BaseException] = {}
            stopped = False
            for event, entry_id in items:
                if stopped:
                    failures[entry_id] = NotAttempted("an earlier entry of this batch failed")
                    continue
                try:
                    await handler(event, entry_id)
                except Exception as exc:  # noqa: BLE001 - reported per entry
                    failures[entry_id] = exc
                    stopped = ordered and not isinstance(exc, PERMANENT)
            return failures
        return each


@dataclass
class Runtime:
    """What every handler needs: settings, one Redis client and the event store over it."""

    settings: Settings
    redis: Redis
    store: EventStore = field(init=False)

    def __post_init__(self) -> None:
        self.store = EventStore(self.redis)
        self._no_info = False

    @classmethod
    def connect(cls, url: str, settings: Settings) -> "Runtime":
        return cls(settings, Redis.from_url(url, health_check_interval=10, socket_keepalive=True))

    async def server_id(self) -> str:
        """The Redis server's `run_id`: a new one each time the server starts.

        Why a stateful service asks: a server restarted from its AOF under `appendfsync
        everysec` may have lost the writes it acknowledged last (up to a second or two, more
        when a slow disk postpones the AOF write). A service whose memory is derived from the
        log can then be ahead of the log, and must rebuild from the log before it goes on."""
        if self._no_info:
            return ""
        try:
            info = await self.redis.info("server")
        except ResponseError as e:  # e.g. an ACL user without INFO: no restart detection, said once
            log.warning("INFO is refused: a server restart will not be noticed", error=str(e))
            self._no_info = True
            return ""
        return str(info.get("run_id", ""))


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


async def prune_consumers(redis: Redis, subscriptions: Iterable[tuple[str, str]], *, idle_ms: int,
                          keep: str) -> list[tuple[str, str, str]]:
    """Delete the consumers (other than `keep`) idle at least `idle_ms` with nothing pending.

    Every worker process joins its groups under its own name (host-pid by default), so
    restarts leave dead names behind in XINFO CONSUMERS. Deleting one with no pending
    entries loses nothing (a live consumer that was only idle is re-created by its next
    read); one that still holds entries is left for the reclaimer. Returns what it deleted."""
    deleted = []
    for stream, group in subscriptions:
        try:
            consumers = await redis.xinfo_consumers(stream, group)
        except ResponseError:
            continue
        for c in consumers:
            name = _text(c["name"])
            if name != keep and int(c.get("pending", 0)) == 0 and int(c.get("idle", 0)) >= idle_ms:
                await redis.xgroup_delconsumer(stream, group, name)
                deleted.append((stream, group, name))
    return deleted


def build_broker(url: str, services: Sequence[Service], settings: Settings, store: EventStore) -> RedisBroker:
    """A broker with every service's subscriptions (normal + reclaiming) and the delivery middlewares."""
    dead_letters = _GroupDeadLetters.factory(store=store, max_deliveries=settings.max_deliveries)
    broker = RedisBroker(url, middlewares=[LogContext, dead_letters], logger=None)
    for service in services:
        for sub in service.subscriptions():
            if sub.batched:
                _subscribe_batch(broker, sub, settings, store)
            else:
                _subscribe(broker, sub, settings, store, reclaim=False)
            _subscribe(broker, sub, settings, store, reclaim=True)
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


def _text(x) -> str:
    return x.decode() if isinstance(x, bytes) else str(x)


def _name(sub: Subscription, kind: str) -> str:
    return f"{sub.group}_{kind}_{sub.stream.split('{')[-1].rstrip('}')}"


async def _earlier_pending(redis: Redis, sub: Subscription, entry_id: str) -> str | None:
    """The first entry before `entry_id` still pending in the group (any consumer), or None."""
    rows = await redis.xpending_range(sub.stream, sub.group, min="-", max=f"({entry_id}", count=1)
    return _text(rows[0]["message_id"]) if rows else None


async def _turn(redis: Redis, sub: Subscription, entry_id: str, *, wait: float) -> None:
    """Return once no entry before `entry_id` is pending in the group; `OutOfTurn` after `wait` s.

    Entries are delivered in stream order, so an earlier entry is either acked (handled or
    dead-lettered) or pending (being handled, or failed and waiting for the reclaimer)."""
    deadline = time.monotonic() + wait
    while (earlier := await _earlier_pending(redis, sub, entry_id)) is not None:
        if time.monotonic() >= deadline:
            raise OutOfTurn(f"{entry_id} waits for the earlier pending entry {earlier}")
        await asyncio.sleep(0.05)


def _turn_wait(settings: Settings) -> float:
    """How long a normal reader waits for earlier pending entries (a reclaim and a retry or two)
    before it leaves its own entries pending too (they are then reclaimed one by one, in turn)."""
    return 2 * settings.reclaim_idle_ms / 1000 + 1


def _subscribe(broker: RedisBroker, sub: Subscription, settings: Settings, store: EventStore, *,
               reclaim: bool) -> None:
    # max_records bounds the work in flight: XREADGROUP without COUNT would read the whole
    # backlog into memory and leave all of it pending (and reclaimable) at once.
    stream = StreamSub(sub.stream, group=sub.group, consumer=settings.consumer, polling_interval=100,
                       max_records=1 if sub.ordered else settings.max_in_flight,
                       min_idle_time=settings.reclaim_idle_ms if reclaim else None)
    run = sub.run_batch() if sub.batched else None

    async def handle(msg: RedisStreamMessage) -> None:
        entry_id = _text(msg.raw_message["message_ids"][0])
        unparseable = (msg.headers or {}).get(PARSE_ERROR_HEADER)
        if unparseable:
            raise EventError(unparseable)
        retry_for = (msg.raw_message.get("data") or {}).get(RETRY_FOR)
        if retry_for is not None and retry_for.decode("utf-8", "replace") != sub.group:
            return  # a dead letter sent back to another group of this stream: not ours
        event = decode_event(msg.body)
        if sub.ordered:
            # The reclaimer does not wait: an entry out of turn stays pending and comes round again.
            await _turn(store.redis, sub, entry_id, wait=0 if reclaim else _turn_wait(settings))
        if run is None:
            await sub.handler(event, entry_id)
            return
        failures = await run([(event, entry_id)]) or {}
        if entry_id in failures:
            raise failures[entry_id]

    handle.__name__ = _name(sub, "reclaim" if reclaim else "read")
    broker.subscriber(stream=stream, parser=tolerant_parser, decoder=raw_decoder)(handle)


def _subscribe_batch(broker: RedisBroker, sub: Subscription, settings: Settings, store: EventStore) -> None:
    """The normal subscriber of a batched subscription: up to `max_in_flight` new entries at a time.

    Acks are manual (`AckPolicy.MANUAL`): the entries that are done (handled, skipped, or
    dead-lettered) are XACKed after the batch handler has appended their outputs; the ones
    that failed transiently stay pending for the reclaimer. Per entry: `RETRY_FOR` skipping,
    parsing (`entry_body`) and decoding, as the single-entry subscriber does."""
    stream = StreamSub(sub.stream, group=sub.group, consumer=settings.consumer, polling_interval=100,
                       batch=True, max_records=_batch_size(sub, settings))
    run = sub.run_batch()
    redis = store.redis

    async def handle(msg: RedisBatchStreamMessage) -> None:
        raw = msg.raw_message
        ids = [_text(i) for i in raw["message_ids"]]
        entries = dict(zip(ids, raw["data"]))
        done: list[str] = []
        failed: dict[str, BaseException] = {}
        items: list[tuple[Event, str]] = []
        for entry_id, fields in entries.items():
            retry_for = fields.get(RETRY_FOR)
            if retry_for is not None and retry_for.decode("utf-8", "replace") != sub.group:
                done.append(entry_id)  # a dead letter sent back to another group of this stream
                continue
            try:
                items.append((decode_event(entry_body(fields)[0]), entry_id))
            except EventError as exc:
                failed[entry_id] = exc
        if items:
            if sub.ordered:
                await _turn(redis, sub, ids[0], wait=_turn_wait(settings))
            try:
                failures = await run(items) or {}
            except Exception as exc:
                # the whole batch failed (e.g. Redis went away mid-batch): nothing is acked, all is redelivered
                log.warning("batch failed; will be redelivered", service=sub.group, stream=sub.stream,
                            entries=len(ids), error=f"{type(exc).__name__}: {exc}")
                raise
            failed.update(failures)
            done += [entry_id for _, entry_id in items if entry_id not in failures]
        # A batch is the first delivery of each of its entries (XREADGROUP >).
        park = {e: x for e, x in failed.items() if isinstance(x, PERMANENT) or settings.max_deliveries <= 1}
        if park:
            letters = []
            for entry_id, exc in park.items():
                pending = await redis.xpending_range(sub.stream, sub.group, min=entry_id, max=entry_id, count=1)
                letters.append(dead_letter_event(
                    service=sub.group, stream=sub.stream, group=sub.group, entry_id=entry_id,
                    fields=entries[entry_id], exc=exc,
                    deliveries=int(pending[0]["times_delivered"]) if pending else 1,
                    correlation_id=_correlation_id(entries[entry_id])))
            await store.append(DEAD_LETTERS, letters)
            for letter in letters:
                log_dead_letter(letter, isinstance(park[letter.payload.entry_id], PERMANENT))
            done += list(park)
        if done:
            await redis.xack(sub.stream, sub.group, *done)
        for entry_id, exc in failed.items():
            if entry_id not in park and not isinstance(exc, NotAttempted):
                log.warning("handler failed; will be redelivered", service=sub.group, stream=sub.stream,
                            entry_id=entry_id, article_id=_correlation_id(entries[entry_id]),
                            deliveries=1, max_deliveries=settings.max_deliveries,
                            error=f"{type(exc).__name__}: {exc}")

    handle.__name__ = _name(sub, "batch")
    broker.subscriber(stream=stream, parser=tolerant_parser, decoder=raw_decoder,
                      ack_policy=AckPolicy.MANUAL)(handle)


def _batch_size(sub: Subscription, settings: Settings) -> int:
    """Entries per batch: `max_in_flight` for streams of whole articles, `max_in_flight_events` for
    the claims and facts streams (small events, many per article)."""
    return settings.max_in_flight_events if sub.stream in (CLAIMS, FACTS) else settings.max_in_flight


def _correlation_id(fields: dict) -> str | None:
    try:
        return entry_body(fields)[1].get("correlation_id")
    except EventError:
        return None


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
        if self.settings.prune_consumers_after_s > 0:
            pruned = await prune_consumers(
                self.rt.redis, sorted({(sub.stream, sub.group) for s in self.services for sub in s.subscriptions()}),
                idle_ms=int(self.settings.prune_consumers_after_s * 1000), keep=self.settings.consumer)
            if pruned:
                log.info("idle consumers removed", consumers=len(pruned), names=sorted({n for _, _, n in pruned}))
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
