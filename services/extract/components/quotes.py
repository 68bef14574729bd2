"""Component `quotes`: find the spans of text inside quotation marks.

Curly quotes open with “ and close with ”; straight quotes alternate within a
paragraph. News style leaves a quotation open at the end of a paragraph when the
next paragraph continues it (and opens with “ again): such a quote runs on until it
is closed. A quote left open otherwise ends with its paragraph.
"""
from __future__ import annotations

from services.extract.doc import Doc

MAX_QUOTES = 5000


def find_quotes(text: str, start: int = 0) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    straight_open: int | None = None
    i, n = start, len(text)
    while i < n and len(spans) < MAX_QUOTES:
        ch = text[i]
        if ch == "\n":
            # paragraph end: an open curly quote continues only if the next paragraph opens one
            j = i
            while j < n and text[j] in "\n \t\r":
                j += 1
            if open_at is not None and not (j < n and text[j] in "“\""):
                spans.append((open_at, i))
                open_at = None
            if straight_open is not None:
                if j < n and text[j] == "\"":
                    open_at, straight_open = straight_open, None   # run on, as a curly quote would
                else:
                    spans.append((straight_open, i))
                    straight_open = None
            i = j
            if open_at is not None and i < n and text[i] in "“\"":
                i += 1   # the continuing paragraph's opening mark
            continue
        if ch == "“":
            if open_at is None:
                open_at = i + 1
        elif ch == "”":
            if open_at is not None:
                spans.append((open_at, i))
                open_at = None
        elif ch == "\"":
            if open_at is not None:
                spans.append((open_at, i))
                open_at = None
            elif straight_open is None:
                straight_open = i + 1
            else:
                spans.append((straight_open, i))
                straight_open = None
        i += 1
    if open_at is not None:
        spans.append((open_at, n))
    if straight_open is not None:
        spans.append((straight_open, n))
    return sorted(spans)


def quote_at(doc: Doc, pos: int) -> int | None:
    """Index of the quote span holding character `pos`, or None."""
    for k, (a, b) in enumerate(doc.quotes):
        if a <= pos < b:
            return k
        if a > pos:
            break
    return None


def run(doc: Doc) -> Doc:
    doc.quotes = find_quotes(doc.text, doc.body_start)
    return doc
