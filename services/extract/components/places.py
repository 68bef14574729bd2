"""Component `places`: the places a figure's sentence names.

Capitalised names after a place preposition ("in Mariupol", "from the Azovstal steel plant",
"to Novoazovsk", "the town of Novoazovsk") and the places of the knowledge file met in the sentence.
Weekdays, months and sides' organisations are not places; nor are adjectives made of a place name
("Russian-held territories", "US-based think-tank", "Ukrainian forces"), nor the words of the
speaker's own name ("Abhishek Anand from Harvard University").

Definite references resolve to the article's place named earlier with the same descriptor: after
"the Azovstal steel plant", "the plant" / "the steel plant" / "the besieged plant" is Azovstal; after
"the town of Novoazovsk", "the town" is Novoazovsk; "the site" / "the facility" / "the complex" is the
article's one named facility. Only when unambiguous: two named plants leave "the plant" alone.
"""
from __future__ import annotations

import re

from services.extract.doc import Doc

PLACE_PREPS = {"in", "at", "from", "to", "near", "outside", "inside", "across", "around", "into", "of", "through",
               "throughout", "along", "above", "below"}
"""("through the Varos valley", "above the village of Tesca")"""
NOT_PLACES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
              "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
              "the", "a", "an", "facebook", "twitter", "telegram", "president", "minister", "governor", "mr",
              "mrs", "ms", "dr", "covid", "god"}
ADMIN_NOUNS = {"city", "town", "village", "region", "province", "state", "district", "county", "port",
               "island", "capital", "municipality", "oblast", "prefecture", "department", "commune", "suburb",
               "neighbourhood", "neighborhood", "borough", "settlement", "republic", "territory", "governorate",
               "canton", "parish", "township", "valley", "area"}
"""Nouns that name a place by its kind: "the town of Novoazovsk", later "the town"."""
FACILITY_NOUNS = {"plant", "steelworks", "works", "mine", "factory", "refinery", "school", "hospital", "camp",
                  "prison", "jail", "base", "airport", "station", "dam", "bridge", "stadium", "market", "mosque",
                  "church", "temple", "mall", "complex", "compound", "building", "tower", "hotel", "port",
                  "harbour", "harbor", "university", "college", "academy", "warehouse", "depot", "reactor",
                  "shelter", "barracks", "embassy", "square", "park", "colliery", "pit", "mill", "shipyard",
                  "terminal", "arena", "theatre", "theater", "club", "nightclub", "centre", "center", "hall",
                  "field", "facility", "site"}
"""Nouns that name a facility: "the Azovstal steel plant", later "the plant", "the site"."""
FUNCTION_WORDS = {"at", "in", "on", "to", "for", "by", "with", "from", "of", "as", "it", "this", "that", "these",
                  "those", "their", "his", "her", "our", "its", "a", "an", "the", "but", "and", "or", "if", "when",
                  "while", "after", "before", "since", "during", "all", "some", "many", "most", "one", "every",
                  "each", "no", "there", "here", "they", "we", "he", "she", "i", "you"}
"""Capitalised at the start of a sentence, never a place's name ("At the school …")."""
GENERIC_FACILITY = {"site", "facility", "complex", "compound", "premises", "grounds"}
"""Definite references to whatever single facility the article named."""
ADJ_SUFFIXES = ("-held", "-backed", "-controlled", "-occupied", "-based", "-run", "-led", "-born", "-linked",
                "-allied", "-aligned", "-owned", "-funded", "-made", "-style", "-era", "-bound", "-registered",
                "-flagged", "-speaking", "-majority")
DEMONYM_RE = re.compile(r"(?:ian|ean|ese|ish|an|i)$")


def _clean(text: str) -> str:
    return text[:-2] if text.endswith(("’s", "'s")) else text


def _is_adjective(tokens, k: int, end: int) -> bool:
    """A capitalised word used as an adjective: "Russian-held (territories)", "Ukrainian (forces)"."""
    low = tokens[k].lower
    if low.endswith(ADJ_SUFFIXES):
        return True
    nxt = tokens[end].lower if end < len(tokens) else ""
    return (end - k == 1 and bool(DEMONYM_RE.search(low)) and len(low) > 4 and nxt.isalpha()
            and not tokens[end].is_cap and nxt not in PLACE_PREPS and nxt not in {"and", "or", "said", "says"}
            and low.endswith(("ian", "ean", "ese", "ish")))


HEADLINE_VERBS = {"rises", "rise", "climbs", "climb", "jumps", "jump", "tops", "top", "hits", "hit", "reaches",
                  "reach", "kills", "kill", "leaves", "leave", "says", "say", "claims", "claim", "warns", "warn",
                  "soars", "surges", "passes", "nears", "doubles", "falls", "drops", "grows", "mounts", "as",
                  "after", "amid", "over", "with", "while", "despite"}
"""Words a title-case headline capitalises that end a place's name ("Toll in West Selor Rises to 38")."""


def _title_case(tokens) -> bool:
    """A headline in title case: nearly every word capitalised, so capitals do not mark names there."""
    words = [t for t in tokens if t.lower.isalpha() and len(t.lower) > 3]
    return len(words) >= 4 and sum(t.is_cap for t in words) >= 0.8 * len(words)


def places_in(tokens, skip: tuple[int, int] | None = None) -> list[str]:
    out: list[str] = []
    low = [t.lower for t in tokens]
    title = _title_case(tokens)
    i = 0
    while i < len(tokens):
        if low[i] in PLACE_PREPS and i + 1 < len(tokens):
            j = i + 1
            if j < len(tokens) and low[j] == "the":
                j += 1
            k = j
            while k < len(tokens) and tokens[k].is_cap and _clean(low[k]) not in NOT_PLACES and k - j < 4 and \
                    not (title and (low[k] in HEADLINE_VERBS or low[k].endswith(("ing", "ed")))):
                k += 1
            if k > j and _is_adjective(tokens, j, k):
                i = max(k, i + 1)
                continue
            if skip and tokens[j].start < skip[1] and tokens[k - 1].end > skip[0] if k > j else False:
                i = max(k, i + 1)
                continue
            if k > j and low[i] != "of" or (low[i] == "of" and k > j and i > 0 and low[i - 1] in ADMIN_NOUNS):
                name = " ".join(_clean(t.text) for t in tokens[j:k])
                if name not in out:
                    out.append(name)
            i = max(k, i + 1)
            continue
        i += 1
    return out[:6]


def _descriptors(doc: Doc) -> dict[str, set[str]]:
    """descriptor noun -> the places the article names with it ("plant" -> {Azovstal})."""
    out: dict[str, set[str]] = {}
    for sent in doc.sentences:
        toks = sent.tokens
        low = [t.lower for t in toks]
        i = 0
        while i < len(toks):
            if not toks[i].is_cap or _clean(low[i]) in NOT_PLACES or low[i] in FUNCTION_WORDS:
                i += 1
                continue
            k = i
            while k < len(toks) and toks[k].is_cap and _clean(low[k]) not in NOT_PLACES and k - i < 4:
                k += 1
            name = " ".join(_clean(t.text) for t in toks[i:k])
            if _is_adjective(toks, i, k):
                i = k
                continue
            # "Azovstal steel plant", "Soma mine": a name and up to two words ending in a facility noun
            for n in (1, 2):
                if k + n <= len(toks) and low[k + n - 1] in FACILITY_NOUNS and \
                        all(w.isalpha() and not toks[k + x].is_cap for x, w in enumerate(low[k:k + n])):
                    out.setdefault(low[k + n - 1], set()).add(name)
                    out.setdefault("facility", set()).add(name)
                    break
            # "the town of Novoazovsk", "the port city of Mariupol"
            if i >= 2 and low[i - 1] == "of" and low[i - 2] in ADMIN_NOUNS:
                out.setdefault(low[i - 2], set()).add(name)
            i = k
    return out


def _definite_refs(tokens, desc: dict[str, set[str]]) -> list[str]:
    """Places meant by "the plant", "the besieged steel plant", "the site", "the town" in a sentence."""
    out: list[str] = []
    low = [t.lower for t in tokens]
    for i, w in enumerate(low):
        if w != "the" and not w.endswith(("’s", "'s")):
            continue
        for n in (1, 2, 3):
            k = i + n
            if k >= len(tokens) or tokens[k].is_cap or not low[k].isalpha():
                break
            if any(tokens[x].is_cap for x in range(i + 1, k + 1)):
                break
            noun = low[k]
            if k + 1 < len(tokens) and (tokens[k + 1].is_cap or low[k + 1] == "of"):
                break                       # "the plant of X", "the city Mariupol": named there
            cands = desc.get(noun) or (desc.get("facility") if noun in GENERIC_FACILITY else None)
            if cands and len(cands) == 1:
                place = next(iter(cands))
                if place not in out:
                    out.append(place)
                break
            if noun in FACILITY_NOUNS or noun in ADMIN_NOUNS:
                break
    return out


def run(doc: Doc) -> Doc:
    desc = _descriptors(doc)
    cache: dict[tuple, list[str]] = {}
    for m in doc.mentions:
        att = m.speaker
        skip = (att.start, att.end) if att and att.start >= 0 and att.end > att.start else None
        key = (m.sent, skip)
        if key not in cache:
            sent = doc.sentences[m.sent]
            found = places_in(sent.tokens, skip)
            for p in _definite_refs(sent.tokens, desc):
                if p not in found:
                    found.append(p)
            cache[key] = found[:6]
        m.places = list(cache[key])
    return doc
