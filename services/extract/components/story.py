"""story: the names an article mentions most, for reconcile to tell which reports tell one story.

Two reports of one event share the names of its people, places and bodies ("Brenko", "Estrel",
"Via Sarto"); reports of different events rarely share two. The extractor reads the whole text, so
it writes them on every claim's `ArticleRef.names`; reconcile, which sees claims only, compares them
(`engine._names_tied`). Not a component of the claim pipeline: it reads the text, not the mentions.
"""
from __future__ import annotations

import re
from collections import Counter

TOP_NAMES = 8
"""How many names an article keeps (most frequent first; ties alphabetical). Measured on the project's
eval sets (slug = story): 8 names, two shared, tie every pair of reports of one story (32 of 32) and 3
pairs of different stories."""

_NAME_RE = re.compile(r"[A-Z][A-Za-z'\u2019\-]+")
_OPENERS = " \t\"'\u2018\u201c("
_SENTENCE_ENDS = ".!?\n:\u2014\u2013-"
NAME_STOPWORDS = frozenset("""
the this that these those a an and but or if in on at by for from to of with as after before since until during
while when where who what which why how monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december he she they it we i you his her their its
our mr mrs ms dr sir police president minister ministry officials official government department council agency
office service services according some more most many several about around nearly almost over under least there
here also yet still now then meanwhile however although though because reuters ap associated press afp news red
cross united nations un national international state federal regional local city county province district north
south east west northern southern eastern western central one two three four five six seven eight nine ten dozens
hundreds thousands health interior defence defense foreign home public general deputy chief senior spokesman
spokeswoman spokesperson director head mayor governor
""".split())
"""Capitalised words that name no particular story: function words, days, months, titles, generic bodies."""

_SUFFIXES = ("ians", "ian", "ia", "ans", "ese", "s")


def name_stem(word: str) -> str:
    """"Karvonia", "Karvonian", "Karvonians" -> "karvon": a place and its people are one name."""
    w = word.lower().split("'")[0].split("\u2019")[0]
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def article_names(text: str, *, top: int = TOP_NAMES) -> list[str]:
    """The `top` most frequent names of an article's body (the header line, which holds the date and the
    headline, is skipped): capitalised words that do not open a sentence, not in `NAME_STOPWORDS`, stemmed."""
    body = text.split("\n", 1)[1] if "\n" in text else ""
    counts: Counter[str] = Counter()
    for m in _NAME_RE.finditer(body):
        j = m.start() - 1
        while j >= 0 and body[j] in _OPENERS:
            j -= 1
        if j < 0 or body[j] in _SENTENCE_ENDS:
            continue        # a sentence's first word is capitalised whatever it is
        word = m.group(0)
        stem = name_stem(word)
        if len(stem) >= 3 and word.lower().split("'")[0] not in NAME_STOPWORDS and stem not in NAME_STOPWORDS:
            counts[stem] += 1
    return sorted(counts, key=lambda n: (-counts[n], n))[:top]
