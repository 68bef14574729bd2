"""How an event sits in a stream entry: one field, `__data__`, in faststream's binary format.

faststream's `BinaryMessageFormatV1` is a magic header, a version, two offsets, a
few string headers and the body. Writing entries in it from our own append script
lets faststream subscribers parse them natively (with `correlation_id` = article id
and `message_id` = event id in their context), while replay can slice the body out
without a JSON round-trip through faststream.
"""
from __future__ import annotations

from struct import pack, unpack_from

from faststream.redis.parser.binary import BinaryMessageFormatV1

DATA_FIELD = b"__data__"
_MAGIC: bytes = BinaryMessageFormatV1.IDENTITY_HEADER
_VERSION = 1


def _string(value: str) -> bytes:
    raw = value.encode()
    return pack(">H", len(raw)) + raw


_PREFIX = _MAGIC + pack(">H", _VERSION)
_HEADERS_START = len(_MAGIC) + 2 + 8
_CONTENT_TYPE = _string("content-type") + _string("application/json")
_MESSAGE_ID = _string("message_id")
_CORRELATION_ID = _string("correlation_id")


def encode_entry(body: bytes, *, message_id: str, correlation_id: str | None) -> bytes:
    """`body` with faststream's binary header: content-type, message_id and correlation_id (= the
    message id when None). The constant parts are built once: this runs for every appended event."""
    mid = message_id.encode()
    cid = (correlation_id or message_id).encode()
    head = b"".join((_CONTENT_TYPE, _MESSAGE_ID, pack(">H", len(mid)), mid,
                     _CORRELATION_ID, pack(">H", len(cid)), cid))
    return b"".join((_PREFIX, pack(">IIH", _HEADERS_START, _HEADERS_START + 2 + len(head), 3), head, body))


def _encode_entry_reference(body: bytes, *, message_id: str, correlation_id: str | None) -> bytes:
    """The straightforward version of `encode_entry`, kept for the test that they agree byte for byte."""
    headers = {"content-type": "application/json", "message_id": message_id,
               "correlation_id": correlation_id or message_id}
    head = b"".join(_string(k) + _string(v) for k, v in headers.items())
    data_start = _HEADERS_START + 2 + len(head)
    return (_PREFIX + pack(">II", _HEADERS_START, data_start) + pack(">H", len(headers)) + head + body)


def decode_entry(raw: bytes) -> bytes:
    """The event body (JSON) of an entry's `__data__` field; raw JSON is accepted as it is."""
    if raw.startswith(_MAGIC):
        (data_start,) = unpack_from(">I", raw, len(_MAGIC) + 2 + 4)
        return raw[data_start:]
    return raw
