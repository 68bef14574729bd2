"""Shared helpers of the evaluation sets' `build_gold.py` scripts.

Each set's script holds only its annotations (per article: evidence, speaker aliases,
quantity, subject nouns, date[, optional]; and the gold facts) and calls `write`, which
checks every evidence string and fact member and writes the gold JSON in the format of
../shared/eval/dev/dev.gold.json.
"""
from __future__ import annotations

import json
import os


def ex(v):
    """An exact figure."""
    return dict(value=v, low=v, high=v, approx="exact")


def atl(v):
    """A lower bound ("at least", "more than")."""
    return dict(value=v, low=v, high=None, approx="at_least")


def ap(v, lo, hi):
    """An approximate figure with the interval its wording allows."""
    return dict(value=v, low=lo, high=hi, approx="approximate")


def atm(v, lo=None):
    """An upper bound ("nearly", "fewer than", "closer to", "up to"), optionally with a plausible low."""
    return dict(value=v, low=lo, high=v, approx="at_most")


def vg(lo, hi):
    """A vague amount ("hundreds of"): an interval, no value."""
    return dict(value=None, low=lo, high=hi, approx="vague")


def about(v):
    """'about' / 'around' / 'some': the dev gold's +-12% ("around 300" -> 264..336)."""
    return ap(v, round(v * 0.88, 6), round(v * 1.12, 6))


PEOPLE = ["people", "person", "persons"]
"""The nouns of a count of people that every set's subjects accept."""
DEAD_WORDS = ["dead", "death", "deaths", "killed", "died", "toll", "death toll", "victim", "victims", "body",
              "bodies", "fatality", "fatalities", "casualty", "casualties", "life", "lives"]
"""The nouns of a death toll."""


def rng(lo, hi):
    """One estimate given as a range ("between 1,500 and 2,000"): no value, the interval."""
    return dict(value=None, low=lo, high=hi, approx="approximate")


def build(here: str, articles: dict, facts: list, affiliation: dict | None = None, unique: bool = False) -> dict:
    """The gold document; asserts that every evidence string and fact member exists.

    With `affiliation` (speaker -> party), each attributed claim gets its speaker's affiliation, and a row's seventh
    item, when there is one, becomes the claim's "note". With `unique`, every evidence string must occur exactly once
    in its article."""
    arts = []
    ids = {}
    for name, (published, rows) in articles.items():
        num = name[:2]
        ids[num] = name
        text = open(os.path.join(here, "articles", name), encoding="utf-8").read()
        claims = []
        for i, row in enumerate(rows, 1):
            ev, aliases, q, subj, date = row[:5]
            assert ev in text, (name, ev)
            assert not unique or text.count(ev) == 1, (name, ev, text.count(ev))
            c = {"id": f"{num}-{i}", "evidence": ev, "speaker": aliases[0] if aliases else None,
                 "speaker_aliases": aliases, "affiliation": None, **q, "subject": subj,
                 "event": None, "date": date, "places": []}
            if len(row) > 5 and row[5]:
                c["optional"] = True
            if affiliation is not None:
                if c["speaker"] is not None:
                    c["affiliation"] = affiliation[c["speaker"]]
                if len(row) > 6 and row[6]:
                    c["note"] = row[6]
            claims.append(c)
        arts.append({"article": name, "published": published, "claims": claims})
    known = {f"{a['article']}#{c['id']}" for a in arts for c in a["claims"]}
    out_facts = [{"id": fid, "status": st, "claims": [f"{ids[c[:2]]}#{c}" for c in cl], "summary": summ}
                 for fid, st, cl, summ in facts]
    for f in out_facts:
        for c in f["claims"]:
            assert c in known, c
    return {"version": 1, "articles": arts, "facts": out_facts}


def write(here: str, filename: str, articles: dict, facts: list, affiliation: dict | None = None,
          unique: bool = False) -> None:
    with open(os.path.join(here, filename), "w", encoding="utf-8") as f:
        json.dump(build(here, articles, facts, affiliation, unique), f, indent=1, ensure_ascii=False)
        f.write("\n")
