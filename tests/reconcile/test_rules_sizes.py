"""Figures of one subject whose event the text does not say are told apart by size alone: a 4x jump between
them is two counts (`engine._size_split`); a figure with an event is never cut that way."""
from __future__ import annotations

from .fixtures import claim, fact_of, same_incrementally


def _eventless(value, cid, **kw):
    return claim(value, subject="people", event=None, places=(), date="2030-03-02", article="a1",
                 speaker=kw.pop("speaker", "Health Authority"), cid=cid, **kw)


def test_eventless_figures_far_apart_are_two_facts():
    # "71 people were in hospital" / "more than 10,000 people live within 3 km": both just "people"
    treated, treated_too, near = _eventless(71, "c_71"), _eventless(80, "c_80", speaker="Mayor"), \
        _eventless(10_000, "c_10k", speaker="Green Coast")
    facts = same_incrementally([treated, treated_too, near])
    assert fact_of(facts, treated).fact_id == fact_of(facts, treated_too).fact_id
    assert fact_of(facts, near).fact_id != fact_of(facts, treated).fact_id
    # the larger part keeps the group's id, the other is tagged: ids stay distinct and deterministic
    assert len({f.fact_id for f in facts}) == len(facts) == 2


def test_a_vague_amount_does_not_bridge_two_sizes():
    small, vague, big = _eventless(200, "c_200"), claim(None, low=100, high=999, approx="vague", subject="people",
                                                      event=None, places=(), article="a1", cid="c_hundreds",
                                                      speaker="Charity"), _eventless(2_000, "c_2k", speaker="Council")
    facts = same_incrementally([small, vague, big])
    assert fact_of(facts, small).fact_id != fact_of(facts, big).fact_id


def test_figures_of_one_event_are_not_cut_by_size():
    # police 10,000 vs organisers 120,000 marchers; an official toll vs an estimate ten times larger
    police = claim(10_000, subject="people", event="killed", places=(), article="a1", speaker="Police", cid="c_p")
    estimate = claim(120_000, subject="people", event="killed", places=(), article="a1", speaker="Think tank",
                     cid="c_e")
    facts = same_incrementally([police, estimate])
    assert fact_of(facts, police).fact_id == fact_of(facts, estimate).fact_id
