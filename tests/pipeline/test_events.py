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
    assert ev.version == 2
    assert ev.payload.speaker.name == "Ann Ode" and ev.payload.speaker.affiliation == "Testland"
    assert ev.payload.polarity == "asserted"
    assert ev.payload.date_source is None          # no date, no source


@pytest.mark.parametrize("date, date_text, source, text_after", [
    ("2031-03-08", "on Saturday", "text", "on Saturday"),                              # words of its sentence
    ("2031-03-03", "(the story's day, from its second paragraph)", "article-guess", None),  # v1's marker
    ("2031-03-09", None, "publication", None),                                          # the publication day
    ("2031-03-07", None, "article", None),                                              # the article's other dating
    (None, "2019", None, "2019"),                                                       # a year, no day
])
def test_version_1_gets_its_date_source_when_read(date, date_text, source, text_after):
    old = {**_claim_payload(), "polarity": "asserted", "date": date, "date_text": date_text,
           "article": {"id": "a_1", "uri": "x.txt", "published": "2031-03-09"}}
    raw = orjson.dumps({"event_id": "ce_c_1", "type": "ClaimExtracted", "version": 1,
                        "recorded_at": "2031-03-09T00:00:00Z", "payload": old})
    ev = decode_event(raw)
    assert ev.version == 2
    assert (ev.payload.date_source, ev.payload.date_text) == (source, text_after)


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
