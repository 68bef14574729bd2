"""The claim extractor: an article in, its attributed figures out.

Built like a spaCy pipeline of named components over one shared `Doc`
(see `services/extract/components/`): sentences -> quantities -> quotes -> speakers ->
affiliation -> subjects -> places -> dates. Pure and deterministic: the same article gives
the same claims, in the same order (evidence start, then figure start), with the same ids.

Bad input never crashes or hangs it: empty text gives no claims; text that is mostly
markup or binary gives no claims; a very long text is read up to `MAX_CHARS` only
(every regex is linear, sentences are capped at 3,000 characters, figures at 2,000).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from contracts.articles import Article
from contracts.claims import Claim, Quantity, Span, Speaker, claim_id_for, infer_date_source
from services.extract.components import (affiliation, dates, places, quantities, quotes, sentences, speakers,
                                         subjects)
from services.extract.doc import Doc, Mention

EXTRACTOR_VERSION = "rules-1.18"
MAX_CHARS = 200_000
"""Only this many characters of an article are read (a news report is 2-20 kB)."""

COMPONENTS: list[tuple[str, Callable[[Doc], Doc]]] = [
    ("sentences", sentences.run),
    ("quantities", quantities.run),
    ("quotes", quotes.run),
    ("speakers", speakers.run),
    ("affiliation", affiliation.run),
    ("subjects", subjects.run),
    ("places", places.run),
    ("dates", dates.run),
]
_TAG_RE = re.compile(r"<[a-zA-Z/!][^<>]{0,500}>")


def looks_unreadable(text: str) -> str | None:
    """Why a text cannot be read as a news report (markup, binary), or None."""
    sample = text[:20_000]
    if not sample.strip():
        return "empty"
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    if "\x00" in sample or bad > max(10, len(sample) // 100):
        return "binary"
    tags = _TAG_RE.findall(sample)
    if len(tags) >= 5 and sum(map(len, tags)) > len(sample) * 0.15:
        return "markup"
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters < len(sample) * 0.3:
        return "not prose"
    return None


def make_doc(text: str, published: str | None) -> Doc:
    pub = None
    if published:
        try:
            pub = date.fromisoformat(published)
        except ValueError:
            pub = None
    return Doc(text=text[:MAX_CHARS], published=pub)


def analyse(text: str, published: str | None = None) -> Doc:
    """Run every component over a text; the `Doc` holds what each learned (for tests and debugging)."""
    doc = make_doc(text, published)
    if looks_unreadable(doc.text):
        return doc
    for _name, component in COMPONENTS:
        doc = component(doc)
    return doc


def _claim(article: Article, doc: Doc, m: Mention) -> Claim:
    sent = doc.sentences[m.sent]
    evidence = Span(start=sent.start, end=sent.end, text=doc.text[sent.start:sent.end])
    qspan = Span(start=m.start, end=m.end, text=m.text)
    att = m.speaker
    sp_span = None
    if att and att.name and 0 <= att.start < att.end and doc.text[att.start:att.end] == att.name:
        sp_span = Span(start=att.start, end=att.end, text=att.name)
    speaker = Speaker(name=att.name if att else None, affiliation=att.affiliation if att else None, span=sp_span)
    value, low, high = m.value, m.low, m.high
    quantity = Quantity(value=value, low=low, high=high, approx=m.approx, unit=m.unit, text=m.text, span=qspan)
    cid = claim_id_for(article_id=article.id, quantity_span=qspan, value=value, low=low, high=high,
                       extractor_version=EXTRACTOR_VERSION)
    return Claim(claim_id=cid, article=article.ref(), speaker=speaker, quantity=quantity,
                 subject=m.subject or "people", event=m.event, places=m.places, date=m.date,
                 date_text=m.date_text,
                 date_source=m.date_source or infer_date_source(m.date, m.date_text, article.published),
                 polarity="denied" if att and att.denied else "asserted",
                 evidence=evidence, extractor_version=EXTRACTOR_VERSION)


def extract(article: Article) -> list[Claim]:
    """Every attributed figure of `article`, sorted by evidence start then figure start."""
    if not isinstance(article.text, str) or not article.text.strip():
        return []
    doc = analyse(article.text, article.published)
    claims = [_claim(article, doc, m) for m in doc.mentions]
    claims.sort(key=lambda c: (c.evidence.start, c.quantity.span.start))
    return claims
