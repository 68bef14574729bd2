"""Domain events: an envelope around a typed, versioned payload.

Every entry of every stream is one of these, serialised as JSON. The envelope
ties an event to its cause (`causation_id`: the event it was made from) and to
the article it stems from (`correlation_id`), so one report can be followed from
submission to the picture.

Old versions are never rewritten in the log: `decode_event` upcasts them when read
(see `UPCASTERS`), the way John Bywater's eventsourcing library does.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from typing import Any, Callable, ClassVar, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from contracts.articles import Article
from contracts.claims import Claim, infer_date_source
from contracts.facts import Fact, FactRetired


class EventError(ValueError):
    """An entry that is not a valid event of any known type and version (it is dead-lettered)."""


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def stable_hash(*parts: object, length: int = 24) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:length]


class _Payload(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ArticleSubmission(_Payload):
    """What a client sends: text and whatever it knows about it. Ingest checks and normalises it."""

    text: str
    uri: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None


class ArticleExtraction(_Payload):
    """Extraction of one article is finished: "no claims" differs from "not yet"."""

    article_id: str
    extractor_version: str
    claim_ids: list[str]


class DeadLetter(_Payload):
    """A message that failed `deliveries` times, parked with its error so the worker can go on."""

    service: str
    stream: str
    group: str
    entry_id: str
    deliveries: int
    error: str
    fields: dict[str, str]
    """The original entry's fields, decoded as UTF-8 with replacement (for reading)."""
    raw_fields: dict[str, str] | None = None
    """The original entry's fields byte for byte, base64 encoded, so `dead-letters retry` sends back
    exactly what arrived (faststream's binary entries are not valid UTF-8). None in older letters."""


class Event(BaseModel):
    """The envelope. Subclasses fix `type`, `version` and the payload model."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    TYPE: ClassVar[str]
    VERSION: ClassVar[int] = 1

    event_id: str
    type: str
    version: int
    recorded_at: str = Field(default_factory=utc_now)
    causation_id: str | None = None
    correlation_id: str | None = None
    """The article id this event stems from (None for events about no one article)."""
    payload: Any

    def encode(self) -> bytes:
        return orjson.dumps(self.model_dump(mode="json"))

    @classmethod
    def create(cls, *, event_id: str, payload: Any, causation_id: str | None = None,
               correlation_id: str | None = None) -> "Event":
        return cls(event_id=event_id, type=cls.TYPE, version=cls.VERSION, payload=payload,
                   causation_id=causation_id, correlation_id=correlation_id)


class ArticleSubmitted(Event):
    TYPE = "ArticleSubmitted"
    type: Literal["ArticleSubmitted"] = "ArticleSubmitted"
    payload: ArticleSubmission


class ArticleReceived(Event):
    TYPE = "ArticleReceived"
    type: Literal["ArticleReceived"] = "ArticleReceived"
    payload: Article


class ClaimExtracted(Event):
    TYPE = "ClaimExtracted"
    VERSION = 2
    type: Literal["ClaimExtracted"] = "ClaimExtracted"
    payload: Claim


class ArticleExtracted(Event):
    TYPE = "ArticleExtracted"
    type: Literal["ArticleExtracted"] = "ArticleExtracted"
    payload: ArticleExtraction


class FactUpdated(Event):
    TYPE = "FactUpdated"
    type: Literal["FactUpdated"] = "FactUpdated"
    payload: Fact


class FactWasRetired(Event):
    TYPE = "FactRetired"
    type: Literal["FactRetired"] = "FactRetired"
    payload: FactRetired


class MessageDeadLettered(Event):
    TYPE = "MessageDeadLettered"
    type: Literal["MessageDeadLettered"] = "MessageDeadLettered"
    payload: DeadLetter


EVENT_TYPES: dict[str, type[Event]] = {
    cls.TYPE: cls
    for cls in (ArticleSubmitted, ArticleReceived, ClaimExtracted, ArticleExtracted, FactUpdated,
                FactWasRetired, MessageDeadLettered)
}

Upcaster = Callable[[dict], dict]
UPCASTERS: dict[tuple[str, int], Upcaster] = {}
"""(type, version) -> function turning that version's payload into the next version's.

Register one whenever a payload changes shape and bump the class's VERSION; the
log keeps the old events as they were written.
"""


def upcaster(event_type: str, from_version: int) -> Callable[[Upcaster], Upcaster]:
    def register(fn: Upcaster) -> Upcaster:
        UPCASTERS[(event_type, from_version)] = fn
        return fn
    return register


@upcaster("ClaimExtracted", 0)
def _claim_v0_to_v1(payload: dict) -> dict:
    """Version 0 (the prototype) had a flat `speaker` string and no `polarity`."""
    payload = dict(payload)
    if isinstance(payload.get("speaker"), str) or payload.get("speaker") is None:
        payload["speaker"] = {"name": payload.get("speaker"), "affiliation": payload.pop("affiliation", None)}
    payload.setdefault("polarity", "asserted")
    return payload


@upcaster("ClaimExtracted", 1)
def _claim_v1_to_v2(payload: dict) -> dict:
    """Version 1 had no `date_source`: it is inferred from the date, its words and the publication day, and the
    bracketed marker of a guessed day that version 1 kept in `date_text` moves there ("article-guess")."""
    payload = dict(payload)
    article = payload.get("article") if isinstance(payload.get("article"), dict) else {}
    source = infer_date_source(payload.get("date"), payload.get("date_text"), article.get("published"))
    payload["date_source"] = source
    if source == "article-guess":
        payload["date_text"] = None
    return payload


def decode_event(raw: bytes | str | dict) -> Event:
    """Parse, upcast and validate one event; raise `EventError` with a clear reason otherwise."""
    try:
        data = raw if isinstance(raw, dict) else orjson.loads(raw)
    except orjson.JSONDecodeError as e:
        raise EventError(f"not JSON: {e}") from None
    if not isinstance(data, dict):
        raise EventError(f"not an event: a JSON {type(data).__name__}, expected an object")
    event_type, version = data.get("type"), data.get("version")
    cls = EVENT_TYPES.get(event_type) if isinstance(event_type, str) else None
    if cls is None:
        raise EventError(f"unknown event type {event_type!r}")
    if not isinstance(version, int) or version < 0:
        raise EventError(f"{event_type}: bad schema version {version!r}")
    if version > cls.VERSION:
        raise EventError(f"{event_type}: schema version {version} is newer than this code knows ({cls.VERSION})")
    payload = data.get("payload")
    while version < cls.VERSION:
        step = UPCASTERS.get((event_type, version))
        if step is None or not isinstance(payload, dict):
            raise EventError(f"{event_type}: no upcaster from schema version {version}")
        payload, version = step(payload), version + 1
    try:
        return cls.model_validate({**data, "payload": payload, "version": version})
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise EventError(f"{event_type} v{version}: invalid at {where}: {first['msg']} "
                         f"({e.error_count()} error(s))") from None
