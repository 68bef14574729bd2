"""Cross-article rules found on the fresh multi-outlet set (tests/extract/corpus_multi). Invented fixtures."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from services.reconcile import rules
from services.reconcile.engine import Reconciler, reconcile

from .fixtures import claim, fact_of


def cross(value, **kw):
    kw.setdefault("subject", "people")
    kw.setdefault("event", "crossed")
    kw.setdefault("affiliation", None)
    kw.setdefault("date", "2031-06-09")
    return claim(value, **kw)


# one border story in three outlets: places the gazetteer does not know ("Tarn" crossing, "Velmark")
WORLD = [
    cross(12000, places=("Velmark", "Tarn"), speaker="Velmark border police", article="w1"),
    cross(15000, places=("Tarn",), speaker="UNHCR", article="w1"),
    cross(15000, places=("Velmark",), speaker="UN refugee agency", article="w2"),
    cross(12400, places=("Tarn",), event="entered", speaker="border police spokeswoman", article="w3"),
    cross(15200, places=(), subject="arrivals", event=None, speaker="UNHCR", article="w3"),
    # another story: the same kind of count at a known, unrelated place stays apart
    cross(300, places=("Harbour Town",), speaker="Harbour police", article="w9"),
]


def test_unknown_places_named_together_belong_together():
    fs = reconcile(WORLD[:3])
    assert len({fact_of(fs, c).fact_id for c in WORLD[:3]}) == 1
    assert fact_of(fs, WORLD[0]).status == "disputed"   # 12,000 (police) vs 15,000 (UN)


def test_known_places_are_not_merged_by_a_claim_naming_both():
    # the gazetteer knows Mariupol and Kyiv: a claim naming both is no evidence they are one locale
    gaz = rules.default_gazetteer()
    assert gaz.known("Mariupol") and gaz.known("Kyiv") and not gaz.known("Tarn")
    a = cross(100, places=("Mariupol",), speaker="A", article="k1", event="evacuated")
    b = cross(300, places=("Kyiv",), speaker="B", article="k1", event="evacuated")
    both = cross(400, places=("Mariupol", "Kyiv"), speaker="C", article="k1", event="evacuated")
    fs = reconcile([a, b, both])
    assert fact_of(fs, a) is not fact_of(fs, b)


def test_entered_is_crossing_and_arrivals_are_people_who_crossed():
    assert rules.normalize_event("entered") == "displaced"
    assert rules.normalize_event("crossed at Tarn") == "displaced"
    arr = WORLD[4]
    assert rules.normalize_subject_event(arr) == ("person", "displaced")
    fs = reconcile(WORLD)
    assert len({fact_of(fs, c).fact_id for c in WORLD[:5]}) == 1
    assert fact_of(fs, WORLD[5]) is not fact_of(fs, WORLD[0])


def test_new_event_families():
    assert rules.normalize_event("closed") == rules.normalize_event("shut") == "closed"
    assert rules.normalize_event("carried") == rules.normalize_event("on board") == "aboard"
    assert rules.normalize_event("packed") == "attended"
    assert rules.normalize_event("taken part") == "attended"      # not "taken" (evacuated)
    assert rules.normalize_subject("34,200 entries") == "person"
    for kind in ("member", "teacher", "arrival", "steward"):
        assert rules.subject_family(kind) == rules.subject_family("person")


@settings(max_examples=40, deadline=None)
@given(st.permutations(WORLD))
def test_order_independence(order):
    r = Reconciler()
    for c in order:
        r.add(c)
    assert r.facts() == reconcile(WORLD) == reconcile(order)
