"""rules-1.9: general rules found on the sixth fresh set (invented sentences only, none from the set)."""
from __future__ import annotations

from .helpers import claims_of

PUB = "2031-03-14"   # a Friday


def _by_value(text, value):
    cs = [c for c in claims_of(text, PUB) if c.quantity.value == value]
    assert len(cs) == 1, [(c.quantity.text, c.quantity.value) for c in claims_of(text, PUB)]
    return cs[0]


# subjects

def test_an_irregular_participle_is_no_counted_noun():
    c = _by_value("Flood hits town, dozens taken to shelters", None)
    assert c.subject == "people"
    c = _by_value('Rangers said they had counted 70 hikers on the trail, more than the "about 40" given by '
                  'the park.', 40)
    assert c.subject == "hikers"


def test_a_contact_relative_clause_names_no_counted_noun():
    c = _by_value("The survey counted 9,100 tenants, far fewer than the 12,000 the council has cited.", 12000)
    assert c.subject == "tenants"


def test_a_predicate_noun_classifies_a_figure_without_becoming_the_next_noun():
    text = ("The clinic said 52 patients were admitted. Of the 52, 30 were men and 22 were women, the clinic "
            "said. A doctor said nine remained in a serious condition.")
    assert _by_value(text, 22).subject == "women"
    assert _by_value(text, 9).subject == "patients"


def test_an_estimate_of_the_number_is_of_the_earlier_noun_not_of_the_estimator():
    c = _by_value("Customs said 120 lorries were queuing. The Hauliers' Federation put the number at more than "
                  "200.", 200)
    assert c.subject == "lorries"


def test_made_up_and_a_gapped_clause_take_their_own_nouns():
    text = "Women made up 3,400 of those registered and men 2,900, the office said."
    assert _by_value(text, 3400).subject == "women"
    assert _by_value(text, 2900).subject == "men"


# events

def test_crossing_a_race_line_is_starting_or_finishing():
    text = "The timing firm said 8,210 cyclists had crossed the start line and that 7,950 crossed the finish."
    assert _by_value(text, 8210).event == "started"
    assert _by_value(text, 7950).event == "finished"
    assert _by_value("Police said 300 migrants crossed the border.", 300).event == "crossed"


# speakers

def test_the_agent_of_a_quoted_figure_is_its_source():
    c = _by_value('Rangers said they had counted 70 hikers on the trail, more than the "about 40" given by '
                  'the park.', 40)
    assert c.speaker.name == "the park"


def test_a_time_phrase_after_who_is_no_speaker():
    text = ("The clinic said 52 patients were admitted. The organisers, who on Saturday put the number "
            "at 35, gave no new figure.")
    assert _by_value(text, 35).speaker.name == "The organisers"


def test_a_figure_noun_and_a_participial_appositive_are_not_part_of_a_name():
    c = _by_value('The league said 25 fans were hurt, a figure the city\'s fire chief, Jon Bale, disputed. '
                  '"We treated 31 people," he said.', 31)
    assert c.speaker.name == "the city's fire chief, Jon Bale"
    c = _by_value("The ministry's audit, published on Monday, found 410 empty schools.", 410)
    assert c.speaker.name == "The ministry's audit"


def test_a_name_ends_at_its_verb():
    c = _by_value('Union chief Mara Lind called the payroll records "fake" and said 700 of her members were out.',
                  700)
    assert c.speaker.name == "Union chief Mara Lind"


# dates

def test_the_day_of_a_comparison_does_not_date_the_figure():
    c = _by_value("The coastguard said on Thursday that 61 boats were now stranded, up from 40 on Tuesday.", 61)
    assert c.date != "2031-03-09"      # not the vigil's Sunday
    assert _by_value("The coastguard said on Thursday that 61 boats were now stranded, up from 40 on Tuesday.",
                     40).date == "2031-03-11"


def test_a_future_clause_does_not_date_the_figure():
    c = _by_value("A storm hit the town on Thursday.\n\nThe mayor confirmed six deaths and said the town would hold "
                  "a vigil on Sunday.", 6)
    assert c.date != "2031-03-09"      # not the vigil's Sunday
