"""Event envelopes: round trips, upcasting of old versions, clear errors for what is not an event."""
from __future__ import annotations

import orjson
import pytest

from contracts.events import ClaimExtracted, EventError, decode_event


def _claim_payload() -> dict:
    return {
        "claim_id": "c_1", "article": {"id": "a_1", "uri": "x.txt"},
        "speaker": {"name": "Ann Ode", "affiliation": "Testland"},
        "quantity": {"value": 5, "low": 5, "high": 5, "approx": "exact", "text": "5",
                     "span": {"start": 0, "end": 1, "text": "5"}},
        "subject": "boats", "evidence": {"start": 0, "end": 7, "text": "5 boats"},
        "extractor_version": "t",
    }


def test_round_trip():
    ev = ClaimExtracted.create(event_id="ce_c_1", payload=_claim_payload(), correlation_id="a_1")
    assert decode_event(ev.encode()) == ev


def test_version_0_is_upcast_when_read():
    old = _claim_payload()
    old["speaker"], old["affiliation"] = "Ann Ode", "Testland"
    raw = orjson.dumps({"event_id": "ce_c_1", "type": "ClaimExtracted", "version": 0,
                        "recorded_at": "2024-01-01T00:00:00Z", "payload": old})
    ev = decode_event(raw)
    assert ev.version == 1
    assert ev.payload.speaker.name == "Ann Ode" and ev.payload.speaker.affiliation == "Testland"
    assert ev.payload.polarity == "asserted"


@pytest.mark.parametrize("raw, message", [
    (b"", "not JSON"),
    (b"\xff\xfe\x00", "not JSON"),
    (b"[1, 2]", "expected an object"),
    (b'{"type": "Nope", "version": 1}', "unknown event type"),
    (b'{"type": "ClaimExtracted", "version": 9, "event_id": "x", "payload": {}}', "newer than this code"),
    (b'{"type": "ClaimExtracted", "version": 1, "event_id": "x", "payload": {"claim_id": 3}}', "invalid at"),
    (b'{"type": "ClaimExtracted", "version": "1", "event_id": "x"}', "bad schema version"),
])
def test_bad_entries_give_clear_errors(raw, message):
    with pytest.raises(EventError, match=message):
        decode_event(raw)
