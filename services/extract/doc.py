"""The working document the extraction components share (like a spaCy `Doc`).

Each component reads what earlier ones wrote and adds its own layer: sentences
and tokens, quantity mentions, quotations, speakers, subjects, places, dates.
Everything is plain data so a component can be tested alone on a hand-built Doc.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

TOKEN_RE = re.compile(
    r"\d+(?:[.,]\d+)*(?=pc\b)"              # 46.2pc: the figure, then "pc" (per cent) as a word of its own
    r"|\d+(?:[.,:/]\d+)*[A-Za-z]*"          # 20,000  4,18,480  3.4  5:30  1/20/13  11am  193k
    r"|[A-Za-z]+(?:['’][A-Za-z]+)?(?:-[A-Za-z]+)*"  # words, Russia's, forty-six, pro-Russian
    r"|\S"
)


@dataclass
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in TOKEN_RE.finditer(text)]


@dataclass
class Sentence:
    idx: int
    start: int
    end: int
    para: int
    headline: bool = False
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Attribution:
    """Who a sentence (or part of it) is attributed to."""
    name: str | None
    start: int = -1           # where the speaker's words are in the text
    end: int = -1
    kind: str = "none"        # leading, trailing, according, quote, carry, pronoun, agent, official, ...
    say_type: bool = True     # a verb of saying (carries to the next sentence) rather than "recorded"
    denied: bool = False
    affiliation: str | None = None


@dataclass
class Mention:
    """One figure in the text and what the components learn about it."""
    sent: int
    tok_start: int            # token indices in the sentence, [tok_start, tok_end)
    tok_end: int
    start: int
    end: int
    text: str
    value: float | int | None
    low: float | int | None
    high: float | int | None
    approx: str = "exact"
    unit: str = "count"
    speaker: Attribution | None = None
    subject: str | None = None
    event: str | None = None
    places: list[str] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    date_source: str | None = None      # set where the rule knows better than `infer_date_source` ("article-guess")


@dataclass
class Doc:
    text: str
    published: date | None = None
    body_start: int = 0                 # where the text proper starts (after a ` date YYYY-MM-DD` prefix)
    has_headline: bool = False
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)   # char spans inside quotation marks
    quote_speakers: dict[int, Attribution] = field(default_factory=dict)  # quote index -> speaker
    sentence_speakers: dict[int, list[Attribution]] = field(default_factory=dict)

    def sentence_text(self, s: Sentence) -> str:
        return self.text[s.start:s.end]
