"""Events and places as the reconciler groups on them (invented sentences, not seed text)."""
from __future__ import annotations

from .helpers import claims_of


def one(text: str, value, published: str | None = "2031-03-15"):
    cs = [c for c in claims_of(text, published) if c.quantity.value == value]
    assert len(cs) == 1, [c.quantity.text for c in claims_of(text, published)]
    return cs[0]


def test_participle_before_the_noun_is_an_adjective_not_the_event():
    c = one("Police said 12 badly burned workers were airlifted to the town of Brask.", 12)
    assert c.event == "airlifted"
    c = one("The mayor said the 70 stranded hikers rescued from the ridge were safe.", 70)
    assert c.event == "rescued"


def test_a_figure_that_is_a_verbs_object_takes_that_verb():
    c = one("The storm, which has killed more than 30 people and displaced 2,000 others, moved north.", 30)
    assert c.event == "killed"
    c = one("The storm, which has killed more than 30 people and displaced 2,000 others, moved north.", 2000)
    assert c.event == "displaced"


def test_a_relative_clause_is_skipped_when_a_main_verb_follows():
    c = one("Reporters said about 20 trucks carrying families who were trapped near the dam have been seen "
            "leaving the valley.", 20)
    assert c.event == "leaving"


def test_saying_and_remaining_verbs_are_not_the_event():
    c = one("Relatives said 15 of the fishermen remain unaccounted for.", 15)
    assert c.event == "unaccounted"


def test_town_of_name_is_a_place_and_held_adjectives_are_not():
    c = one("Police said 53 people were taken to the town of Brask, held by Northland-backed units.", 53)
    assert c.places == ["Brask"]
    c = one("Some 40 people were taken to Northland-held territories, officials said.", 40)
    assert c.places == []


def test_definite_reference_resolves_to_the_named_facility():
    text = ("Workers were trapped at the Kessel hydro plant on Friday.\n\n"
            "Officials said 25 workers left the plant overnight.")
    assert one(text, 25).places == ["Kessel"]


def test_definite_reference_left_alone_when_ambiguous():
    text = ("Fires hit the Kessel hydro plant and the Varn chemical plant on Friday.\n\n"
            "Officials said 25 workers left the plant overnight.")
    assert one(text, 25).places == []


def test_speaker_words_are_not_places():
    c = one("Anna Berg from Lorvik University said 300 homes were flooded.", 300)
    assert "Lorvik University" not in c.places


def test_a_death_toll_figure_is_killed():
    c = one("The death toll from the landslide in Varn rose to 41, officials said.", 41)
    assert c.event == "killed"


def test_a_wire_dateline_does_not_date_the_event():
    # "HARBOUR TOWN, March 2 - …": the filing date; the event is "on Saturday" (2031-03-01)
    text = "HARBOUR TOWN, March 2 - At least 14 people were killed in a crush at the arena on Saturday evening, police said."
    c = one(text, 14, published="2031-03-02")
    assert c.date == "2031-03-01"
    c = one("Police said on March 2 - a Sunday - that 14 people were killed.", 14, published="2031-03-05")
    assert c.date == "2031-03-02"
