"""The event store against a real server: idempotent appends, ordered reads, the wire format."""
from __future__ import annotations

import pytest
from redis.asyncio import Redis

from claimlog.store import EventStore
from claimlog.wire import decode_entry, encode_entry
from contracts.events import ArticleSubmission, ArticleSubmitted, decode_event

pytestmark = pytest.mark.anyio


def _event(i: int) -> ArticleSubmitted:
    return ArticleSubmitted.create(event_id=f"s_{i}", correlation_id=f"a_{i}",
                                   payload=ArticleSubmission(text=f"text {i}", uri=f"f{i}.txt"))


async def test_append_is_idempotent_and_reads_forward(server):
    r = Redis.from_url(server.url)
    store = EventStore(r)
    first = await store.append("t:{s}", [_event(i) for i in range(5)])
    assert all(first)
    again = await store.append("t:{s}", [_event(i) for i in range(7)])
    assert again[:5] == [None] * 5 and all(again[5:])
    assert await r.xlen("t:{s}") == 7
    read = [(eid, ev.event_id) async for eid, ev in store.read("t:{s}", page=3)]
    assert [e for _, e in read] == [f"s_{i}" for i in range(7)]
    after = [ev.event_id async for _, ev in store.read("t:{s}", after=read[3][0])]
    assert after == ["s_4", "s_5", "s_6"]
    await r.aclose()


async def test_read_log_merges_streams_in_recorded_order(server):
    """Entry ids carry the server's millisecond clock: events a few ms apart merge in recorded order.
    (Within one millisecond the stream order decides, which is the pipeline's causal order.)"""
    import asyncio

    r = Redis.from_url(server.url)
    store = EventStore(r)
    order = []
    for i in range(6):
        stream = "t:{a}" if i % 2 else "t:{b}"
        await store.append(stream, [_event(i)])
        order.append(f"s_{i}")
        await asyncio.sleep(0.003)
    merged = [rec.event.event_id async for rec in store.read_log(["t:{a}", "t:{b}"])]
    assert merged == order
    await r.aclose()


def test_wire_format_is_what_faststream_parses():
    from faststream.redis.parser.binary import BinaryMessageFormatV1

    ev = _event(1)
    raw = encode_entry(ev.encode(), message_id=ev.event_id, correlation_id="a_1")
    body, headers = BinaryMessageFormatV1.parse(raw)
    assert decode_event(body) == ev
    assert headers["correlation_id"] == "a_1" and headers["message_id"] == "s_1"
    assert decode_entry(raw) == body


@pytest.mark.parametrize("message_id, correlation_id, body", [
    ("s_1", "a_1", b"{}"), ("fu_0123456789abcdef", None, b'{"x": 1}'), ("é-ü-✓", "a_ß", "ünï".encode() * 50),
    ("m", "", b""),
])
def test_encode_entry_is_the_reference_encoding(message_id, correlation_id, body):
    """The fast encoder (constant parts built once) writes the very bytes of the plain one, which faststream parses."""
    from faststream.redis.parser.binary import BinaryMessageFormatV1

    from claimlog.wire import _encode_entry_reference

    raw = encode_entry(body, message_id=message_id, correlation_id=correlation_id)
    assert raw == _encode_entry_reference(body, message_id=message_id, correlation_id=correlation_id)
    parsed, headers = BinaryMessageFormatV1.parse(raw)
    assert parsed == body and headers["message_id"] == message_id
    assert headers["correlation_id"] == (correlation_id or message_id)
