"""The tables and pure helpers in services/reconcile/rules.py."""
import math

import pytest

from services.reconcile import rules
from services.reconcile.engine import reconcile
from services.reconcile.rules import Gazetteer

from .fixtures import claim


@pytest.mark.parametrize("raw,expected", [
    ("civilians", "civilian"), ("people", "person"), ("persons", "person"), ("men", "man"),
    ("children", "child"), ("Ukrainian fighters", "fighter"), ("heavily injured fighters", "fighter"),
    ("schoolgirls", "girl"), ("pupils", "student"), ("buses", "bus"), ("soldiers", "troop"),
    ("troops", "troop"), ("passengers", "rider"), ("", ""), (None, ""),
    ("civilians from the plant", "civilian"), ("tens of thousands of people", "person"),
    ("people killed", "person"), ("missing girls", "girl"), ("the death toll", "death"),
    ("heavily injured fighters who were holed up", "fighter"),
    ("demonstrators", "protester"), ("protestors", "protester"), ("protesters", "protester"),
])
def test_subject_normalisation(raw, expected):
    assert rules.normalize_subject(raw) == expected


@pytest.mark.parametrize("raw,expected", [
    ("left", "evacuated"), ("evacuated", "evacuated"), ("were taken to Novoazovsk", "evacuated"),
    ("rescued", "evacuated"), ("evacuated from the Azovstal plant", "evacuated"), ("kidnapped", "abducted"),
    ("taken hostage", "abducted"), ("died", "killed"), ("lost their lives in Mariupol", "killed"),
    ("wounded", "injured"), ("rode Metro by 11 a.m.", "rode metro by 11 a.m."),
    ("voted by 5:30 p.m.", "voted by 5:30 p.m."), ("voted", "voted"), ("", ""), (None, ""),
    ("rescuing", "evacuated"), ("were kidnapped", "abducted"), ("dies", "killed"), ("departed", "evacuated"),
    ("took", "took"),
])
def test_event_normalisation(raw, expected):
    assert rules.normalize_event(raw) == expected


def test_prisoners_who_fled_escaped():
    # "212 prisoners fled Olundi Central Prison" and "212 inmates escaped" are one count; people who fled a war
    # are still displaced
    assert rules.normalize_subject_event(claim(212, subject="prisoners", event="fled")) == ("prisoner", "escaped")
    assert rules.normalize_subject_event(claim(212, subject="inmates", event="escaped")) == ("prisoner", "escaped")
    assert rules.normalize_subject_event(claim(9000, subject="people", event="fled")) == ("person", "displaced")


def test_death_nouns_count_killed_persons():
    c = claim(300, subject="deaths", event=None)
    assert rules.normalize_subject_event(c) == ("person", "killed")


def test_subject_parts_table():
    assert rules.subject_part_of("man", "civilian")
    assert rules.subject_part_of("child", "person")
    assert not rules.subject_part_of("civilian", "man")
    assert not rules.subject_part_of("fighter", "civilian")


def test_gazetteer_file_part_of_chain():
    g = rules.default_gazetteer()
    assert g.canonical("Azovstal steel plant") == "Azovstal"
    assert g.canonical("the steelworks") == "Azovstal"
    assert g.within("Azovstal", "Mariupol") and g.within("Azovstal", "Ukraine")
    assert not g.within("Mariupol", "Azovstal")
    assert g.comparable("Mariupol", "Azovstal")
    assert not g.comparable("Novoazovsk", "Azovstal")
    assert g.leaves(["Azovstal", "Mariupol"]) == ("Azovstal",)
    assert g.leaves(["Borno", "Chibok"]) == ("Chibok",)
    assert g.canonical("Nowhere-on-Sea") == "Nowhere-on-sea"


def test_gazetteer_from_data_and_cycles_do_not_hang():
    g = Gazetteer({"places": {"A": {"part_of": "B", "aliases": ["a town"]}, "B": {"part_of": "A"}}})
    assert g.canonical("A Town") == "A"
    assert g.ancestors("A") == ["B"]


@pytest.mark.parametrize("speaker,affiliation,expected", [
    ("Russian Ministry of Defence", "Russia", "Russia"),
    ("TASS correspondent", None, "Russia"),
    ("TASS correspondent", "Media", "Russia"),
    ("RIA Novosti", None, "Russia"),
    ("Russian media", None, "Russia"),
    ("Russian Defence Ministry", "Russian Federation", "Russia"),
    ("Volodymyr Zelensky", "Ukraine", "Ukraine"),
    ("Reuters", "Media", "speaker:reuters"),
    ("Associated Press", "Media", "speaker:associated press"),
    ("UN spokesman", "UN", "UN"),
    ("A witness", None, "speaker:witness"),
])
def test_sides(speaker, affiliation, expected):
    assert rules.side_of(claim(1, speaker=speaker, affiliation=affiliation)) == expected


def test_article_voice_side_is_the_outlet_or_the_article():
    assert rules.side_of(claim(1, speaker=None, affiliation=None, outlet="Daily Bugle")) == "outlet:daily bugle"
    assert rules.side_of(claim(1, speaker=None, affiliation=None, article="x9")) == "outlet:x9"


@pytest.mark.parametrize("kw,expected", [
    (dict(value=46), (46, 46)),
    (dict(value=40, low=35, high=45, approx="approximate"), (35, 45)),
    (dict(value=1_000_000, approx="at_least"), (1_000_000, math.inf)),
    (dict(value=100, approx="at_most"), (-math.inf, 100)),
    (dict(value=None, low=100, high=999, approx="vague"), (100, 999)),
    (dict(value=None), (-math.inf, math.inf)),
])
def test_intervals(kw, expected):
    value = kw.pop("value")
    assert rules.interval_of(claim(value, **kw)) == expected


def test_overlap_is_inclusive_and_open_bounds_overlap():
    assert rules.overlaps((35, 45), (40, 40))
    assert rules.overlaps((18, math.inf), (18, 18))
    assert not rules.overlaps((46, 46), (20, 20))


def test_subject_families_bound_what_can_interact():
    assert rules.subject_family("man") == rules.subject_family("civilian") == rules.subject_family("person")
    # fighters and soldiers are kinds of people (a "people killed" count may be them): one partition,
    # but their own subject bucket; things stay apart
    assert rules.subject_family("fighter") == rules.subject_family("civilian") == rules.subject_family("troop")
    assert rules.subject_family("tank") == "tank" != rules.subject_family("civilian")


def test_partition_key_is_unit_event_family():
    from services.reconcile.engine import partition_key
    assert partition_key(claim(1, subject="men", event="left")) == \
        partition_key(claim(1, subject="civilians", event="evacuated"))
    assert partition_key(claim(1, subject="men")) != partition_key(claim(1, subject="men", unit="percent"))


# --- 23 November 2026: prisoners let go, peoples named for their place, flats ----------------------------------

@pytest.mark.parametrize("raw", ["freed", "released", "were handed over", "swapped", "exchanged", "repatriated",
                                 "came home"])
def test_prisoners_let_go_are_one_event(raw):
    assert rules.normalize_event(raw) == "released"


def test_returned_still_means_escaped_and_taken_to_hospital_is_not_released():
    assert rules.normalize_event("returned") == "escaped"
    assert rules.normalize_event("taken to hospital") != "released"


@pytest.mark.parametrize("noun", ["karvonian", "ukrainian", "palestinian", "politician"])
def test_a_people_named_for_its_place_is_a_kind_of_person(noun):
    assert rules.is_person_kind(noun)
    assert rules.subject_family(noun) == rules.subject_family("person")
    assert rules.subject_part_of("man", noun) and rules.subject_part_of("child", noun)


@pytest.mark.parametrize("noun", ["ian", "bus", "house", "vessel"])
def test_other_nouns_keep_their_own_family(noun):
    assert not rules.is_person_kind(noun)


def test_freed_prisoners_and_flats_join_across_wordings():
    a = claim(146, subject="Karvonians", event="freed", article="w1", speaker="Ombudsman Brenko")
    b = claim(146, subject="people", event="released", article="w2", speaker="The Red Cross")
    assert rules.normalize_subject("flats") == rules.normalize_subject("apartments")
    facts = reconcile([a, b])
    assert len(facts) == 1 and sorted(facts[0].claim_ids) == sorted([a.claim_id, b.claim_id])


@pytest.mark.parametrize("raw", ["buried", "flattened", "swept away", "razed", "destroyed"])
def test_houses_buried_or_flattened_are_damaged(raw):
    assert rules.normalize_event(raw) == "damaged"
