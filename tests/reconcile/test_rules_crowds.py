"""Crowd disputes across outlets: attendance under different nouns, unknown places named by the
headline. Invented fixtures only."""
from __future__ import annotations

import itertools

from services.reconcile.engine import reconcile

from .fixtures import claim, fact_of, titled


def test_attendance_under_different_nouns_is_one_disputed_count():
    a = titled(claim(90000, subject="supporters", event="marched", places=("Quorvel",), speaker="Organisers",
                     affiliation=None, article="a1"), "Thousands march in Quorvel")
    b = titled(claim(30000, subject="people", event="rallied", places=("Quorvel",), speaker="Police",
                     affiliation=None, article="a2"), "Quorvel rally: rival counts")
    facts = reconcile([a, b])
    assert fact_of(facts, a) is fact_of(facts, b)
    assert fact_of(facts, a).status == "disputed"


def test_unknown_place_named_under_a_headline_place_joins_it():
    a = titled(claim(90000, subject="people", event="marched", places=("Quorvel",), speaker="Organisers",
                     affiliation=None, article="a1"), "Thousands march in Quorvel")
    b = titled(claim(30000, subject="protesters", event="gathered", places=("Amber Square",), speaker="Police",
                     affiliation=None, article="a2"), "Rival counts after Quorvel march")
    for order in itertools.permutations([a, b]):
        facts = reconcile(list(order))
        assert fact_of(facts, a) is fact_of(facts, b)


def test_unknown_place_without_headline_tie_stays_apart():
    a = titled(claim(90000, subject="people", event="marched", places=("Quorvel",), speaker="Organisers",
                     affiliation=None, article="a1"), "Thousands march in Quorvel")
    b = titled(claim(30000, subject="protesters", event="gathered", places=("Amber Square",), speaker="Police",
                     affiliation=None, article="a2"), "Rival counts after weekend march")
    facts = reconcile([a, b])
    assert fact_of(facts, a) is not fact_of(facts, b)


def test_different_events_stay_apart_from_the_crowd():
    a = claim(90000, subject="supporters", event="marched", places=("Quorvel",), article="a1")
    b = claim(14, subject="protesters", event="arrested", places=("Quorvel",), article="a1")
    facts = reconcile([a, b])
    assert fact_of(facts, a) is not fact_of(facts, b)
