"""Component `affiliation`: which side a speaker speaks for, from `knowledge/sides.toml`.

1. a name or organisation of the knowledge file inside the speaker's words ("TASS" -> Russia,
   "Reuters news agency" -> Media), the most specific (longest) first;
2. a country or nationality word ("Russia's defense ministry", "Ukrainian forces") -> that country;
3. an institutional speaker with no country of its own ("Deputy Defence Minister …", "army chiefs",
   "officials") takes the side of the nearest institution named with a country before it
   ("Ukraine's defence ministry has confirmed …");
4. otherwise None.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from services.extract.doc import Attribution, Doc

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge" / "sides.toml"
INSTITUTION_WORDS = {
    "minister", "ministry", "army", "military", "chiefs", "chief", "officials", "official", "government",
    "forces", "troops", "spokesman", "spokeswoman", "spokesperson", "authorities", "police", "commander",
    "general", "staff", "governor", "president", "leader", "presidency", "parliament", "command",
    "defence", "defense", "soldiers", "navy", "ministers", "administration", "officers", "guard", "intelligence",
}


@lru_cache(maxsize=4)
def load(path: str = str(KNOWLEDGE)) -> list[tuple[re.Pattern, str, int]]:
    """Patterns (longest first): (regex, side, priority). Priority 0 = named entity, 1 = country word."""
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    entries: list[tuple[str, str, int]] = []
    for side, spec in data.get("sides", {}).items():
        for name in spec.get("names", []):
            entries.append((name, side, 0 if name != side else 1))
        for adj in spec.get("adjectives", []):
            entries.append((adj, side, 1))
    for country, words in data.get("countries", {}).items():
        entries.append((country, country, 1))
        for w in words:
            entries.append((w, country, 1))
    out = []
    for name, side, prio in sorted(entries, key=lambda e: -len(e[0])):
        flags = 0 if (name.isupper() and len(name) <= 5) else re.IGNORECASE
        pat = re.compile(r"(?<![\w-])" + re.escape(name).replace(r"\ ", r"\s+") + r"(?:['’]s)?(?![\w])", flags)
        out.append((pat, side, prio))
    return out


@lru_cache(maxsize=20_000)
def side_of(words: str | None, path: str = str(KNOWLEDGE)) -> str | None:
    """The side named in `words`: entities before country words, longest match first."""
    if not words:
        return None
    best: tuple[int, int, str] | None = None
    for pat, side, prio in load(path):
        m = pat.search(words)
        if m:
            key = (prio, -len(m.group()), side)
            if best is None or key < best:
                best = key
    return best[2] if best else None


def is_institutional(name: str) -> bool:
    toks = {t.lower() for t in re.findall(r"[A-Za-z]+", name)}
    return bool(toks & INSTITUTION_WORDS)


def context_side(doc: Doc, pos: int, window: int = 3000) -> str | None:
    """The side of the nearest institution named with a country before `pos`
    ("Ukraine's defence ministry", "the Ukrainian military's general staff")."""
    lo = max(doc.body_start, pos - window)
    words = [(m.group(), m.start()) for m in re.finditer(r"[A-Za-z][\w’'-]*", doc.text[lo:pos])]
    for i in range(len(words) - 1, -1, -1):
        w, _ = words[i]
        if not w[:1].isupper():
            continue
        following = [x.lower().removesuffix("'s").removesuffix("’s") for x, _ in words[i + 1:i + 5]]
        if not any(f in INSTITUTION_WORDS for f in following):
            continue
        side = side_of(w)
        if side and side != "Media":
            return side
    return None


def run(doc: Doc) -> Doc:
    cache: dict[tuple[str | None, int], str | None] = {}
    for m in doc.mentions:
        att = m.speaker
        if att is None or not att.name:
            continue
        if att.affiliation:
            continue
        key = (att.name, att.start)
        if key not in cache:
            side = side_of(att.name)
            if side is None and is_institutional(att.name):
                side = context_side(doc, att.start if att.start >= 0 else m.start)
            cache[key] = side
        m.speaker = Attribution(att.name, att.start, att.end, att.kind, att.say_type, att.denied, cache[key])
    return doc
