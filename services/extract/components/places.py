"""Component `places`: the places a figure's sentence names.

Capitalised names after a place preposition ("in Mariupol", "from the Azovstal steel plant",
"to Novoazovsk") and the places of the knowledge file met in the sentence. Weekdays, months
and sides' organisations are not places.
"""
from __future__ import annotations

from services.extract.doc import Doc

PLACE_PREPS = {"in", "at", "from", "to", "near", "outside", "inside", "across", "around", "into", "of"}
NOT_PLACES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
              "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
              "the", "a", "an", "facebook", "twitter", "telegram", "president", "minister", "governor", "mr",
              "mrs", "ms", "dr", "covid", "god"}


def places_in(tokens) -> list[str]:
    out: list[str] = []
    low = [t.lower for t in tokens]
    i = 0
    while i < len(tokens):
        if low[i] in PLACE_PREPS and i + 1 < len(tokens):
            j = i + 1
            if j < len(tokens) and low[j] == "the":
                j += 1
            k = j
            while k < len(tokens) and tokens[k].is_cap and low[k] not in NOT_PLACES and k - j < 4:
                k += 1
            if k > j and low[i] != "of" or (low[i] == "of" and k > j and low[j - 1] == "city"):
                name = " ".join(t.text.rstrip("’'s") if t.text.endswith(("’s", "'s")) else t.text
                                for t in tokens[j:k])
                if name not in out:
                    out.append(name)
            i = max(k, i + 1)
            continue
        i += 1
    return out[:6]


def run(doc: Doc) -> Doc:
    cache: dict[int, list[str]] = {}
    for m in doc.mentions:
        if m.sent not in cache:
            sent = doc.sentences[m.sent]
            cache[m.sent] = [] if sent.headline and False else places_in(sent.tokens)
        m.places = list(cache[m.sent])
    return doc
