"""rules-1.6: speakers, shares, offers and places found on the third fresh set (invented sentences only)."""
from __future__ import annotations

from services.reconcile import rules

from .helpers import claims_of
from .test_event_places import one


def _by_value(text, value):
    cs = [c for c in claims_of(text, "2031-03-15") if c.quantity.value == value]
    assert len(cs) == 1, [c.quantity.text for c in claims_of(text, "2031-03-15")]
    return cs[0]


def test_no_carry_over_into_a_sentence_with_its_own_actor():
    text = ("Guild chief Oren Tal told reporters that bakers had lost 12% of their income. "
            "The ministry has offered 2%.")
    assert _by_value(text, 2).speaker.name is None
    text = ("The ferry line said 40 crossings had been cancelled. "
            "Coastguard boats flew 9 sorties over the bay on Monday.")
    assert _by_value(text, 9).speaker.name is None
    text = ("The roads agency said the viaduct carried 8,000 lorries a day. "
            "Surveyors had flagged 14 cracks in its piers.")
    assert _by_value(text, 14).speaker.name is None


def test_carry_over_stays_for_counted_subjects_pronouns_and_measures():
    text = "Rescue chief Ana Pell said 6 climbers had died. Eleven people were still missing."
    assert "Pell" in (_by_value(text, 11).speaker.name or "")
    text = "The Red Cross said 300 homes were lost. Its volunteers were feeding some 2,000 people."
    assert "Red Cross" in (_by_value(text, 2000).speaker.name or "")
    text = "The agency said 5 people had died. The death toll rose to 7 by evening."
    assert "agency" in (_by_value(text, 7).speaker.name or "")


def test_a_data_verbs_subject_yields_to_a_trailing_said():
    text = "Divers found three more bodies in the lake on Monday, police chief Rui Sand said."
    assert "Sand" in (_by_value(text, 3).speaker.name or "")


def test_participation_among_x_is_a_share_of_x():
    c = one("She put participation among dockers at 58 per cent, the port authority said.", 58)
    assert c.subject == "dockers"


def test_an_offered_percentage_is_an_offer_not_the_previous_noun():
    text = "Organisers said 4,000 marchers joined. The council has offered 2.5%, which the union rejected."
    assert _by_value(text, 2.5).subject == "offer"


def test_ran_is_the_event_of_its_figure_not_a_later_clause():
    c = one("Only 120 of Tavel's 600 trams ran on Monday, the first day of a drivers' strike, officials said.", 120)
    assert c.event == "ran"


def test_places_after_through_and_above():
    c = one("A reservoir wall failed above the village of Kresk, sending water through the Lome valley and "
            "killing 4 people, officials said.", 4)
    assert "Kresk" in c.places and "Lome" in c.places


def test_reconciler_tables_prisoners_pay_strike_and_running():
    assert rules.normalize_subject("inmates") == rules.normalize_subject("prisoners") == "prisoner"
    assert rules.subject_family("prisoner") == rules.subject_family("person")
    assert rules.normalize_subject("rise") == rules.normalize_subject("offer") == "pay"
    assert rules.normalize_event("stayed at home") == rules.normalize_event("walked out") == "attended"
    assert rules.normalize_event("ran") == rules.normalize_event("running") == "running"
