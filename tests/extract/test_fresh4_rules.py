"""rules-1.7: events found on the fourth fresh set (invented sentences only)."""
from __future__ import annotations

from services.reconcile import rules

from .helpers import claims_of


def _by_value(text, value):
    cs = [c for c in claims_of(text, "2031-03-15") if c.quantity.value == value]
    assert len(cs) == 1, [c.quantity.text for c in claims_of(text, "2031-03-15")]
    return cs[0]


def test_took_part_is_the_event_not_the_next_coordinated_verb():
    c = _by_value("The ministry said about 4,000 people took part and blamed the organisers for the clashes.", 4000)
    assert c.event == "took"
    assert rules.normalize_subject_event(c)[1] == "attended"


def test_expect_to_take_part_is_no_event():
    c = _by_value('The unions say they expect 50,000 workers to take part.', 50000)
    assert c.event is None or rules.normalize_subject_event(c)[1] != "attended"


def test_drew_is_an_attendance_event():
    c = _by_value("Sunday's vigil in Orvel drew about 3,000 people.", 3000)
    assert rules.normalize_subject_event(c)[1] == "attended"


def test_according_to_clause_gives_no_event():
    c = _by_value("The march drew around 9,000 people, according to a count published on Monday by Tally.", 9000)
    assert c.event != "published"
    c = _by_value("Some 8,000 people gathered in the park, according to figures released by the city.", 8000)
    assert c.event == "gathered"
