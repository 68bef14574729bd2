"""faststream middlewares: one delivery concern each, hooked into the message lifecycle.

Modelled on dramatiq's `Retries` and `AgeLimit`: a small class per concern, its
parameters documented with units and defaults, nothing special-cased inside the
handlers. A handler just raises; these decide what happens to the message.

- `LogContext` binds the article id (the message's correlation id) and the event
  id to structlog's context for everything the handler logs; for a batch it binds
  the entry ids (the handlers log each event with its own article id).
- `DeadLetters` parks a message in the dead-letter stream, with its error, once it
  has failed `max_deliveries` times, or at once when the failure is permanent
  (the entry is not a valid event, the article is unusable): then acks it, so the
  worker goes on. Below the limit it lets the failure stand: the entry stays
  pending and the reclaiming subscriber (see `claimlog.runtime`) delivers it again
  after `reclaim_idle_ms`.

A batch (`RedisBatchStreamMessage`, a subscription with `batch`) is not decided here:
`claimlog.runtime` decodes, dead-letters and acks its entries one by one, with
`dead_letter_event` below; `DeadLetters` lets a batch's failure stand, so its entries
stay pending and the (single-entry) reclaiming subscriber delivers them again.
"""
from __future__ import annotations

import base64
import functools
from typing import Any

import structlog
from faststream import BaseMiddleware
from faststream._internal._compat import dump_json
from faststream.redis.parser.binary import BinaryMessageFormatV1

from contracts.events import DeadLetter, EventError, MessageDeadLettered, stable_hash
from contracts.streams import DEAD_LETTERS

log = structlog.get_logger()


class PermanentError(Exception):
    """A failure that another delivery cannot fix (bad input); the message is dead-lettered at once."""


PERMANENT = (PermanentError, EventError)


class OutOfTurn(Exception):
    """An entry of an ordered subscription whose earlier entries are still pending: it is left
    pending (never dead-lettered for this) and delivered again once they are done."""

PARSE_ERROR_HEADER = "x-claimlog-unparseable"
"""Set by `tolerant_parser` on an entry faststream could not parse; the handler dead-letters it."""

_DATA_KEY = b"__data__"

RETRY_FOR = b"__retry_for__"
"""Field added by `claimlog dead-letters retry`: the one consumer group the entry is sent back to.
A stream read by several groups (articles: extract and projection) must not hand a retried
entry to the groups that had already handled it; they ack and skip it."""


async def tolerant_parser(msg, original):
    """faststream's stream parser, except that it never raises.

    faststream parses an entry *before* any middleware's `consume_scope`, and a parsing
    error leaves the entry pending for ever (reclaimed, failing again, never dead-lettered).
    An entry that cannot be parsed (e.g. a field name that is not UTF-8) is parsed as an
    empty body with `PARSE_ERROR_HEADER` set, so the handler fails it as a permanent error.

    A batch (`"bstream"`) is not parsed here at all: faststream would parse every entry and
    re-encode the list as one JSON body, and one bad entry would blank the whole batch.
    The message gets an empty body and keeps its raw entries; `claimlog.runtime` parses
    each entry with `entry_body`, so a bad one fails alone.
    """
    if msg.get("type") == "bstream":
        parsed = await original({**msg, "data": []})
        parsed.raw_message = msg
        return parsed
    try:
        return await original(msg)
    except Exception as exc:  # noqa: BLE001 - any parse failure is the same dead letter
        parsed = await original({**msg, "data": {}})
        parsed.headers[PARSE_ERROR_HEADER] = f"unparseable stream entry: {type(exc).__name__}: {exc}"
        parsed.raw_message = msg
        return parsed


def entry_body(fields: dict) -> tuple[bytes, dict]:
    """(body, headers) of one stream entry, exactly as faststream's single-entry parser reads it
    (the `__data__` field in faststream's binary format, else the fields as JSON); raises
    `EventError("unparseable stream entry: ...")` where `tolerant_parser` would set its header."""
    try:
        return BinaryMessageFormatV1.parse(fields.get(_DATA_KEY) or dump_json(fields))
    except Exception as exc:  # noqa: BLE001 - as in `tolerant_parser`
        raise EventError(f"unparseable stream entry: {type(exc).__name__}: {exc}") from None


async def raw_decoder(msg, original):
    """The body as bytes: events are decoded (and refused with a reason) by `decode_event`."""
    return msg.body


class LogContext(BaseMiddleware):
    """Bind `article_id` and `event_id` for the duration of one message (for a batch: `entry_ids`)."""

    async def consume_scope(self, call_next, msg) -> Any:
        raw = getattr(msg, "raw_message", None) or {}
        ids = raw.get("message_ids") or []
        if raw.get("type") == "bstream":
            with structlog.contextvars.bound_contextvars(entry_ids=[_text(i) for i in ids]):
                return await call_next(msg)
        headers = getattr(msg, "headers", {}) or {}
        with structlog.contextvars.bound_contextvars(
            article_id=headers.get("correlation_id"), event_id=headers.get("message_id"),
            entry_id=ids[0].decode() if ids and isinstance(ids[0], bytes) else None,
        ):
            return await call_next(msg)


class DeadLetters(BaseMiddleware):
    """Dead-letter a message after `max_deliveries` failed deliveries (or one permanent failure).

    Parameters (keyword-only, bound with `DeadLetters.factory`):
      store: the `EventStore` the dead letter is appended to.
      service: the service name recorded with the dead letter.
      max_deliveries: deliveries before giving up (default 5; from CLAIMLOG_MAX_DELIVERIES).
    """

    def __init__(self, msg, /, *, context, store, service: str, max_deliveries: int = 5) -> None:
        super().__init__(msg, context=context)
        self.store = store
        self.service = service
        self.max_deliveries = max_deliveries

    @classmethod
    def factory(cls, *, store, service: str, max_deliveries: int = 5):
        return functools.partial(cls, store=store, service=service, max_deliveries=max_deliveries)

    async def consume_scope(self, call_next, msg) -> Any:
        try:
            return await call_next(msg)
        except Exception as exc:  # noqa: BLE001 - deciding about every failure is this class's job
            raw = getattr(msg, "raw_message", None) or {}
            if not raw.get("message_ids") or not getattr(msg, "group", None) or raw.get("type") == "bstream":
                raise  # a batch: its entries stay pending, the reclaimer delivers them one by one
            if isinstance(exc, OutOfTurn):
                log.debug("entry out of turn; left pending", service=self.service, error=str(exc))
                raise
            permanent = isinstance(exc, PERMANENT)
            deliveries = await msg.get_delivery_count() if hasattr(msg, "get_delivery_count") else 1
            if not permanent and deliveries < self.max_deliveries:
                log.warning("handler failed; will be redelivered", service=self.service,
                            deliveries=deliveries, max_deliveries=self.max_deliveries,
                            error=f"{type(exc).__name__}: {exc}")
                raise
            await self._park(msg, raw, exc, deliveries, permanent)
            await msg.ack()
            return None

    async def _park(self, msg, raw: dict, exc: Exception, deliveries: int, permanent: bool) -> None:
        data = raw.get("data") or {}
        if isinstance(data, list):  # a batch (not parked here; kept for safety): the first entry
            data = data[0] if data else {}
        event = dead_letter_event(service=self.service, stream=raw["channel"], group=msg.group,
                                  entry_id=_text(raw["message_ids"][0]), fields=data, exc=exc,
                                  deliveries=deliveries,
                                  correlation_id=(msg.headers or {}).get("correlation_id"))
        await self.store.append(DEAD_LETTERS, [event])
        log_dead_letter(event, permanent)


def dead_letter_event(*, service: str, stream: str, group: str, entry_id: str, fields: dict,
                      exc: BaseException, deliveries: int, correlation_id: str | None) -> MessageDeadLettered:
    """The `MessageDeadLettered` event for one stream entry: its fields as text and byte for byte.

    One letter per (stream, group, entry) — its id hashes them — so parking again after a
    crash between the append and the ack appends nothing twice."""
    error = f"{type(exc).__name__}: {exc}"
    letter = DeadLetter(service=service, stream=stream, group=group, entry_id=entry_id,
                        deliveries=deliveries, error=error[:2000],
                        fields={_text(k): _text(v) for k, v in fields.items()},
                        raw_fields={base64.b64encode(_raw(k)).decode(): base64.b64encode(_raw(v)).decode()
                                    for k, v in fields.items()})
    return MessageDeadLettered.create(event_id="dl_" + stable_hash(stream, group, entry_id),
                                      payload=letter, correlation_id=correlation_id)


def log_dead_letter(event: MessageDeadLettered, permanent: bool) -> None:
    p = event.payload
    log.error("message dead-lettered", service=p.service, stream=p.stream, entry_id=p.entry_id,
              deliveries=p.deliveries, permanent=permanent, error=p.error[:500])


def _raw(x: Any) -> bytes:
    return x if isinstance(x, bytes) else str(x).encode()


def _text(x: Any) -> str:
    return x.decode("utf-8", "replace") if isinstance(x, bytes) else str(x)


def original_fields(letter: DeadLetter) -> dict[bytes, bytes]:
    """The dead-lettered entry's fields as they arrived (from `raw_fields`; older letters: `fields`)."""
    if letter.raw_fields is not None:
        return {base64.b64decode(k): base64.b64decode(v) for k, v in letter.raw_fields.items()}
    return {k.encode(): v.encode() for k, v in letter.fields.items()}
