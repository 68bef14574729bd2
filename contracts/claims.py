"""The claim: one attributed figure read out of one article.

This is the shape `claimlog extract` prints (one JSON object a line) and the
shape every `ClaimExtracted` event carries. It matches what
`../shared/eval/README.md` reads: `claim_id`, `article.uri`, `evidence.start/end`,
`speaker.name/affiliation`, `quantity.value/low/high`, `subject`, `date`.
"""
from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Approx = Literal["exact", "approximate", "at_least", "at_most", "vague"]
"""How a figure is qualified: "46" exact; "some 40" approximate; "more than 80%"
at_least; "up to 100" / "only 20"... at_most; "hundreds of" vague (an interval, no value)."""

Unit = Literal["count", "percent"]
DateSource = Literal["text", "article", "article-guess", "publication"]
"""Where a claim's `date` comes from: "text", words of its own sentence (`date_text` holds them: "on Saturday",
"yesterday"); "article", the article's dating of its story or of the disaster it counts, told elsewhere in it (the
lead's day, the sentence before); "article-guess", the story's day taken from the paragraph after an undated lead (a
guess, which the reconciler does not let split facts); "publication", no date words at all: the publication day, which
only bounds the event from above."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Frozen):
    """Character offsets into the article text *as read* (UTF-8 decoded, header line included)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class ArticleRef(_Frozen):
    """Which article a claim came from; `uri` is the path or URL it was ingested from."""

    id: str
    uri: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    """ISO date (YYYY-MM-DD) the article was published, when known."""


class Speaker(_Frozen):
    """Who makes the claim. `name` is None when the article says it in its own voice."""

    name: str | None = None
    role: str | None = None
    """E.g. "Deputy Defence Minister", "correspondent"."""
    affiliation: str | None = None
    """The side the speaker speaks for: "Russia", "Ukraine", "UN", "Media", ... or None."""
    span: Span | None = None
    """Where the speaker is named, when named in the text."""


class Quantity(_Frozen):
    """The figure. `value` is None for vague amounts ("hundreds of"); low/high bound the wording."""

    value: float | int | None = None
    low: float | int | None = None
    high: float | int | None = None
    approx: Approx = "exact"
    unit: Unit = "count"
    text: str
    """The words of the figure as written ("some 40", "tens of thousands", "90%")."""
    span: Span


class Claim(_Frozen):
    """One attributed figure. Immutable; its id is a hash of what makes it this claim."""

    claim_id: str
    article: ArticleRef
    speaker: Speaker
    quantity: Quantity
    subject: str
    """The counted thing, as a head noun ("civilians", "fighters", "buses")."""
    event: str | None = None
    """What happened to the counted thing ("evacuated", "killed", "damaged")."""
    places: list[str] = Field(default_factory=list)
    date: str | None = None
    """ISO date the counted event happened, resolved against the article's date; None if unknown."""
    date_text: str | None = None
    """The words that gave the date ("on Saturday"), when any; for a figure set in another time with no day, the year
    that did ("In 2019, 23 people died": date None, date_text "2019")."""
    date_source: DateSource | None = None
    """How `date` was found (`DateSource`); None when there is no date. Added in `ClaimExtracted` version 2."""
    polarity: Literal["asserted", "denied"] = "asserted"
    evidence: Span
    extractor_version: str


def claim_id_for(*, article_id: str, quantity_span: Span, value: object, low: object, high: object,
                 extractor_version: str) -> str:
    """A claim's id: the same article, figure position, value and extractor give the same id.

    Deterministic so that re-running extraction (a redelivered message, a replay)
    produces no second copy of a claim; the extractor version is part of it so that
    a new extractor's claims stand beside the old ones instead of overwriting them.
    """
    key = f"{article_id}|{quantity_span.start}:{quantity_span.end}|{value}|{low}|{high}|{extractor_version}"
    return "c_" + hashlib.sha256(key.encode()).hexdigest()[:20]


def infer_date_source(date: str | None, date_text: str | None, published: str | None) -> DateSource | None:
    """The `date_source` that a claim written before the field existed had, from its other fields: its date words
    ("text"), none and the publication day ("publication"), none and another day ("article"). A `date_text` in
    brackets was the marker of a guess ("(the story's day, from its second paragraph)", "article-guess")."""
    if not date:
        return None
    text = (date_text or "").strip()
    if text.startswith("("):
        return "article-guess"
    if text:
        return "text"
    if published and date.strip() == published.strip()[:10]:
        return "publication"
    return "article"
