"""rules-1.8: general rules found on the fifth fresh set (invented sentences only, none from the set)."""
from __future__ import annotations

from .helpers import claims_of

PUB = "2031-03-14"   # a Friday


def _values(text):
    return [c.quantity.value for c in claims_of(text, PUB)]


def _by_value(text, value):
    cs = [c for c in claims_of(text, PUB) if c.quantity.value == value]
    assert len(cs) == 1, [(c.quantity.text, c.quantity.value) for c in claims_of(text, PUB)]
    return cs[0]


# quantities: what is not a claim, and shares written with "half"

def test_age_comparisons_and_a_closing_age_are_not_claims():
    assert _values("The council said 31 residents were treated; most were older than 70.") == [31]
    assert _values('"We lost everything," said Petra Vell, 58.') == []


def test_a_range_of_a_measure_is_not_a_claim():
    assert _values("Forecasters said nights would stay 4 to 6 degrees warmer than usual.") == []
    assert _values("The agency said 40 homes flooded for two to three weeks.") == [40]


def test_the_two_sides_counts_nothing():
    assert _values("The two sides will meet again on Monday.") == []


def test_half_with_a_possessive_or_a_quoted_bound_is_a_share():
    c = _by_value("Traders said they had lost half their income since the bridge closed.", 50)
    assert c.quantity.unit == "percent"
    c = _by_value('The firm said "fewer than half" of the workers had been affected.', 50)
    assert c.quantity.approx == "at_most" and c.quantity.high == 50
    assert _values("The crowd covered less than half the distance to the bridge.") == []


# speakers

def test_repeated_his_claim_is_a_verb_of_saying():
    c = _by_value("Mira Tosk, of the drivers' union, repeated her claim that 300 jobs had gone.", 300)
    assert "Tosk" in c.speaker.name or "union" in c.speaker.name


def test_a_verb_of_saying_coordinated_after_another_verb_keeps_the_subject():
    c = _by_value('Health Minister Aron Lesk called the report "misleading" and said 212 nurses had been hired.', 212)
    assert c.speaker.name and "Lesk" in c.speaker.name


def test_a_possessive_count_belongs_to_its_owner():
    c = _by_value("Nationally, the interior ministry's toll stood at 44 on Friday.", 44)
    assert c.speaker.name and "interior ministry" in c.speaker.name
    c = _by_value("The port said 120 crew were aboard. It gave no reason for the mayor's earlier figure of about "
                  "150.", 150)
    assert c.speaker.name and "mayor" in c.speaker.name
    c = _by_value("The Drivers' Union said the strike was solid. Police disagreed. The union stands by its count "
                  "of 2,400 drivers.", 2400)
    assert c.speaker.name and "union" in c.speaker.name.lower()


def test_words_inside_a_quote_are_no_speaker_for_a_pronoun():
    text = ('Dr Lena Hart, the clinic\'s director, said most cases were mild. "We are sure we have found the '
            'cause," she said. She added that parents of about 900 pupils had been told.')
    c = _by_value(text, 900)
    assert c.speaker.name and "Hart" in c.speaker.name


def test_a_common_noun_inside_a_reported_that_clause_is_not_the_source():
    text = ("The regional health board said 80 people had fallen ill and that blood tests had confirmed 19 cases. "
            "Six people were admitted to hospital, it said.")
    assert "health board" in _by_value(text, 19).speaker.name
    assert "health board" in _by_value(text, 6).speaker.name


def test_a_while_clause_that_opens_with_a_figure_continues_the_report():
    c = _by_value("A survey by the Orma Institute found 58% of voters backed the plan, while 31% opposed it.", 31)
    assert c.speaker.name and "Orma Institute" in c.speaker.name
    assert c.subject == "voters"


def test_no_carry_over_into_a_clause_about_another_year():
    c = _by_value("The governor said 12 people had died. It was the worst flood since 2001, when 30 people "
                  "died.", 30)
    assert c.speaker.name is None


def test_up_from_takes_the_speaker_of_the_figure_before():
    c = _by_value("Nationally, the health agency's count stood at 61, up from 54 a day earlier.", 54)
    assert c.speaker.name and "health agency" in c.speaker.name


def test_a_survey_of_its_members_is_the_organisations():
    c = _by_value("The Retailers' Association said sales fell, and a survey of its members found that 3 in 10 had "
                  "cut staff.", 30)
    assert c.speaker.name and "Association" in c.speaker.name
    assert c.subject == "members"


# subjects and dates

def test_collective_and_nominal_heads():
    assert _by_value("The ferry had 210 passengers and a crew of 12 on board.", 12).subject == "crew"
    assert _by_value("Doctors said five of the injured were children.", 5).subject == "injured"
    assert _by_value("The union said staffing on the route had fallen by 30 per cent.", 30).subject == "staffing"


def test_a_bare_restatement_takes_the_noun_of_the_same_figure():
    text = "Police counted 2,100 tractors on Monday. The farmers dispute that, but police say they counted 2,100."
    cs = [c for c in claims_of(text, PUB) if c.quantity.value == 2100]
    assert [c.subject for c in cs] == ["tractors", "tractors"]


def test_a_compared_day_does_not_date_the_figure():
    c = _by_value("Volunteers blocked the bridge on Thursday. Police said 300 trucks were stuck at noon, fewer than "
                  "on Wednesday.", 300)
    assert c.date == "2031-03-13"
