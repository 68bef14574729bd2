"""Helpers for the extraction tests: build an article from invented text, run the extractor."""
from __future__ import annotations

from services.extract.pipeline import extract
from services.ingest.normalize import read_article


def claims_of(text: str, published: str | None = None, headline: str | None = None):
    if published:
        text = f" date {published} {headline or 'Invented headline'}\n\n{text}"
    return extract(read_article(text, uri="invented.txt"))


THU = "2031-03-13"
"""The date tests' paper: a Thursday (Wednesday 12, Tuesday 11, Monday 10, Saturday 8 March 2031)."""


def by_value(text: str, value, published: str | None = THU, nth: int | None = None):
    """The one claim of `value` in `text` (published on `published`), or its `nth` when there are several."""
    cs = [c for c in claims_of(text, published) if c.quantity.value == value]
    if nth is not None:
        return cs[nth]
    assert len(cs) == 1, [(c.quantity.text, c.quantity.value) for c in claims_of(text, published)]
    return cs[0]


def check(claim, exp: dict) -> list[str]:
    """Differences between a claim and the expected fields (v, lo, hi, ax, u, sp, af, su, d, pol, ev)."""
    bad = []
    q = claim.quantity
    for key, got in (("v", q.value), ("lo", q.low), ("hi", q.high), ("ax", q.approx), ("u", q.unit),
                     ("af", claim.speaker.affiliation), ("d", claim.date), ("pol", claim.polarity),
                     ("ev", claim.event)):
        if key in exp and exp[key] != got:
            bad.append(f"{key}: expected {exp[key]!r}, got {got!r}")
    if "sp" in exp:
        want, name = exp["sp"], claim.speaker.name
        if want is None:
            if name is not None:
                bad.append(f"sp: expected the article's own voice, got {name!r}")
        elif name is None or want.lower() not in name.lower():
            bad.append(f"sp: expected a name holding {want!r}, got {name!r}")
    if "su" in exp:
        got = claim.subject.lower()
        want = exp["su"].lower()
        if not (got == want or got.rstrip("s") == want.rstrip("s") or got.startswith(want)):
            bad.append(f"su: expected {want!r}, got {claim.subject!r}")
    return bad
