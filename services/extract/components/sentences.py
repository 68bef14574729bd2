"""Component `sentences`: split the text into paragraphs, sentences and tokens.

Rule based: a sentence ends at . ! ? (and any closing quote or bracket) followed by
space and a capital, a digit or an opening quote — unless the dot ends a known
abbreviation ("Mr.", "U.S.", "a.m.") or a single initial ("George W. Bush").
Every line is a paragraph; the first line, after a ` date YYYY-MM-DD` header, is a headline.
"""
from __future__ import annotations

import re
from datetime import date

from services.extract.doc import Doc, Sentence, tokenize

HEADER_RE = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*")
BOUNDARY_RE = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "prof", "jr", "sr",
    "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mt", "ft", "maj", "cmdr", "adm", "brig", "rev", "hon", "pres", "approx",
    "est", "dept", "govt", "u.s", "u.n", "u.k", "a.m", "p.m", "d.c", "e.g", "i.e", "ave",
    # ranks and titles of police, armies and officials in the world's English press ("Sr. Comr. Agus Wiratma",
    # "Supt. Daniel Osei", "Engr. Bello", "Atty. Reyes"; rules-1.18)
    "comr", "supt", "insp", "cpl", "pvt", "cdr", "cmdt", "engr", "atty", "asst", "amb", "rtd",
}
MAX_SENTENCE_CHARS = 3000


def _is_abbreviation(text: str, dot: int) -> bool:
    """Does the '.' at `dot` end an abbreviation or an initial rather than a sentence?"""
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower().rstrip(".")
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and text[dot - 1].isupper()  # an initial: "W."


def split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside one paragraph, whitespace trimmed."""
    spans, cur = [], start
    for m in BOUNDARY_RE.finditer(text, start, end):
        dot = m.start()
        if text[dot] == "." and m.group().startswith(".") and len(m.group().rstrip("\"”’')]")) == 1 \
                and _is_abbreviation(text, dot):
            continue
        spans.append((cur, m.end()))
        cur = m.end()
    spans.append((cur, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        # very long "sentences" (junk, tables) are cut into bounded pieces
        while b - a > MAX_SENTENCE_CHARS:
            out.append((a, a + MAX_SENTENCE_CHARS))
            a += MAX_SENTENCE_CHARS
        if b > a:
            out.append((a, b))
    return out


def run(doc: Doc, *, published: str | None = None) -> Doc:
    text = doc.text
    m = HEADER_RE.match(text)
    if m:
        doc.body_start = m.end()
        doc.has_headline = True
        if doc.published is None:
            try:
                doc.published = date.fromisoformat(m.group(1))
            except ValueError:
                pass
    if published and doc.published is None:
        try:
            doc.published = date.fromisoformat(published)
        except ValueError:
            pass
    para, pos, idx = 0, doc.body_start, 0
    for line in re.finditer(r"[^\n]+", text[doc.body_start:]):
        a, b = line.start() + doc.body_start, line.end() + doc.body_start
        if not text[a:b].strip():
            continue
        headline = doc.has_headline and para == 0
        spans = [(a, b)] if headline else split_paragraph(text, a, b)
        if headline:
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            spans = [(a, b)]
        for s, e in spans:
            doc.sentences.append(Sentence(idx, s, e, para, headline, tokenize(text[s:e], s)))
            idx += 1
        para += 1
    del pos
    return doc
