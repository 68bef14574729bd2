"""rules-1.5: each figure's event from its own clause, subjects borrowed only plausibly, audience sizes
and "X put … at N" speakers (invented sentences only)."""
from __future__ import annotations

from .helpers import claims_of
from .test_event_places import one


def _by_value(text, headline=None):
    return {c.quantity.value: c for c in claims_of(text, "2031-03-15", headline)}


def test_list_items_each_take_their_own_predicate():
    cs = _by_value("Officials gave no further details.", headline="Landslide in Pello: 8 dead, 25 missing, 61 injured")
    assert (cs[8].subject, cs[8].event) == ("people", "killed")
    assert (cs[25].subject, cs[25].event) == ("people", "missing")
    assert (cs[61].subject, cs[61].event) == ("people", "injured")
    cs = _by_value("Officials gave no further details.", headline="Seven miners dead, 19 hurt in Dorra blast")
    assert (cs[7].subject, cs[7].event) == ("miners", "killed")
    assert cs[19].event == "injured"


def test_leaving_n_missing_takes_the_adjective():
    c = one("The flood swept through Ivo, killing 5 people and leaving 12 missing, the agency said.", 12)
    assert c.event == "missing" and c.subject == "people"


def test_a_relative_clause_event_stops_at_a_comma_as():
    c = one("Mourners buried the first of the 11 people who died in the fire, as questions grew over how 40 guests came to be "
            "injured.", 11)
    assert c.event == "died"


def test_a_subordinate_clause_is_another_figures_event():
    c = one("The toll has risen to 9 after two of the injured died in hospital, officials said.", 9)
    assert c.event != "injured"
    c = one("The ministry said turnout was 62 per cent and that 310 polling stations had opened late.", 62)
    assert c.event is None


def test_a_bare_figure_of_a_human_event_does_not_borrow_a_thing():
    c = one("The agency said 300 tents had been delivered to Brisa and that at least 9,000 had arrived since "
            "May.", 9000)
    assert c.subject == "people"
    text = ("The agency needs 4,000 more blankets this week. Border guards said just over 7,000 had crossed at "
            "Tesk.")
    c = one(text, 7000)
    assert c.subject == "people"


def test_a_bare_figure_does_not_borrow_an_audience_across_sentences():
    text = ("The governor told a meeting of about 200 volunteers that shelters were full. Before the storm, the "
            "authorities had moved 30,000 from the coast, she said.")
    assert one(text, 30000).subject == "people"


def test_the_figure_put_at_borrows_the_share_before_it():
    text = "The union said 70% of its members had walked out. The ministry put the figure at 35%."
    c = one(text, 35)
    assert c.subject == "members" and "ministry" in c.speaker.name.lower()


def test_put_at_with_a_long_object_names_its_speaker():
    text = ("Police spokesman Ivo Rann said the figure was a record. The UNHCR put Tuesday's arrivals across the "
            "whole frontier at 9,200.")
    c = one(text, 9200)
    assert "unhcr" in c.speaker.name.lower()


def test_told_a_rally_of_n_is_the_audience_in_the_articles_voice():
    c = one("Union leader Mara Voss told a rally of about 6,000 outside parliament that pay had fallen by 9%.",
            6000)
    assert c.speaker.name is None
    c = one("Union leader Mara Voss told a rally of about 6,000 outside parliament that pay had fallen by 9%.", 9)
    assert "voss" in c.speaker.name.lower()


def test_copula_subject_stops_at_a_verb_of_saying():
    c = one("Deputy minister Pavel Orr said participation had been 38 per cent.", 38)
    assert c.subject == "participation"


def test_the_whole_in_n_of_its_m_is_a_total():
    c = one("The operator said 900 of its 2,400 scheduled flights had been cancelled.", 2400)
    assert c.event == "total"
