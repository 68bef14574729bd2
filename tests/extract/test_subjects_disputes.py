"""rules-1.3: subjects and events that let the two sides of a dispute meet (invented sentences only)."""
from __future__ import annotations

from .test_event_places import one


def test_a_count_followed_by_a_verbs_base_form_is_its_subject():
    # a plural count takes the base form: "march", "flee" are verbs here, not counted nouns
    [c] = _all("Tens of thousands march in Quorra against water tax, organisers said.")
    assert c.subject == "people" and c.event == "march"
    [c] = _all("Hundreds flee as the river Tam bursts its banks, officials said.")
    assert c.subject == "people" and c.event == "flee"


def test_a_plural_noun_after_a_figure_stays_the_noun():
    c = one("Police said 6 attacks were repelled near Osk.", 6)
    assert c.subject == "attacks"


def test_present_and_ing_forms_of_event_verbs_take_their_object_figure():
    c = one("Storms kill 14 in the hill town of Varn, police said.", 14)
    assert c.event == "kill"
    c = one("A blaze swept through a depot, killing at least 9 workers, officials said.", 9)
    assert c.event == "killing" and c.subject == "workers"
    c = one("Drought forces 3,000 from their farms in Tolle, the agency said.", 3000)
    assert c.event == "forces"


def test_an_ing_form_before_a_noun_is_an_adjective_not_the_event():
    c = one("At least 40 ballots were found near the counting machines, the monitors said.", 40)
    assert c.event != "counting"


def test_others_takes_the_noun_of_the_figure_before_it():
    c = one("Crews freed 6 climbers from the gully, but 4 others are still stuck, the park said.", 4)
    assert c.subject == "climbers"


def test_of_their_own_takes_the_possessors_people_and_losing_them_is_killed():
    c = one("The army said its soldiers had killed 30 insurgents, while losing 4 of their own.", 4)
    assert c.subject == "soldiers" and c.event == "killed"


def _all(text):
    from .helpers import claims_of
    return claims_of(text, "2031-03-15")
