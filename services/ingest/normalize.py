"""Turn raw bytes into an `Article`: decode, read the header line, give it its content id.

Pure functions, no Redis: `claimlog extract` uses them too, so offsets printed by
the extractor point into the same text the pipeline stores.
"""
from __future__ import annotations

import re
from datetime import date

from contracts.articles import Article, article_id_for

MAX_ARTICLE_BYTES = 2_000_000
"""Default size limit of one article in bytes (2 MB); longer input is refused, not truncated."""

_HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*(.*)$")


class BadArticle(ValueError):
    """The input cannot be an article; the message says why, for the user and the dead-letter stream."""


def decode(raw: bytes) -> str:
    """UTF-8 (a BOM is dropped); anything else is refused with the byte position that failed."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise BadArticle(f"not UTF-8 text: invalid byte 0x{raw[e.start]:02x} at offset {e.start}") from None


def parse_header(text: str) -> tuple[str | None, str | None]:
    """Published date and headline from a first line like ` date 2022-05-01 <headline>`."""
    first = text.split("\n", 1)[0]
    m = _HEADER.match(first)
    if not m:
        return None, None
    try:
        published = date.fromisoformat(m.group(1)).isoformat()
    except ValueError:
        return None, m.group(2).strip() or None
    return published, (m.group(2).strip() or None)


def check_text(text: str, *, max_bytes: int = MAX_ARTICLE_BYTES) -> None:
    """Refuse what cannot be a news report: empty, too large, or binary."""
    if not text.strip():
        raise BadArticle("empty article: no text after decoding")
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise BadArticle(f"article too large: {size} bytes, the limit is {max_bytes} bytes")
    controls = sum(1 for ch in text[:10_000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if "\x00" in text or controls > 10:
        raise BadArticle("binary data, not text: it holds NUL or control characters")


def read_article(text: str, *, uri: str | None = None, outlet: str | None = None,
                 published: str | None = None, title: str | None = None,
                 max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Build the `Article` for a text. Explicit `published`/`title` win over the header line."""
    check_text(text, max_bytes=max_bytes)
    head_published, head_title = parse_header(text)
    return Article(id=article_id_for(text), uri=uri, title=title or head_title, outlet=outlet,
                   published=published or head_published, text=text)


def read_article_bytes(raw: bytes, **kwargs) -> Article:
    """`read_article` for raw bytes, decoding them first."""
    return read_article(decode(raw), **kwargs)
