"""rules-1.10: the event day of a report dates the figures of that event (invented sentences only).

A report published on Thursday about a collapse on Tuesday dates "At least six people died" on the
Tuesday; states as of the report ("remained in hospital", "so far", "still trapped") keep the
published day; figures dated otherwise keep their own date or none.
"""
from __future__ import annotations

from .helpers import THU, claims_of
from .helpers import by_value as _by_value

MON = "2031-03-10"   # a Monday; the day before is Sunday 2031-03-09


COLLAPSE = ("By Anna Lind\n\n"
            "A five-storey block of flats collapsed in the port of Rovik on Tuesday, burying residents as they "
            "slept.\n\n"
            "At least six people died, police said. Rescuers pulled 14 people alive from the rubble.\n\n"
            "A hospital spokesman said nine remained in intensive care. Twenty are still trapped, the fire "
            "service said. Eleven bodies have been recovered so far.\n\n"
            "On Wednesday, 30 families were moved to a school. In 2019, 40 people died when a similar block "
            "fell in the same district. Last week 200 tenants had signed a petition.")


def test_a_byline_is_not_the_lead_the_next_sentence_dates_the_event():
    assert _by_value(COLLAPSE, 6).date == "2031-03-11"
    assert _by_value(COLLAPSE, 14).date == "2031-03-11"


def test_states_and_running_totals_keep_the_published_day():
    assert _by_value(COLLAPSE, 9).date == THU        # "remained": a state as of the report
    assert _by_value(COLLAPSE, 20).date == THU       # "still trapped"
    assert _by_value(COLLAPSE, 11).date == THU       # "so far"


def test_figures_dated_otherwise_keep_their_own_date_or_none():
    assert _by_value(COLLAPSE, 30).date == "2031-03-12"
    assert _by_value(COLLAPSE, 40).date is None
    assert _by_value(COLLAPSE, 200).date is None


def test_the_event_named_in_the_lead_dates_its_figures_not_the_day_of_the_saying():
    text = ("By Piet Claes\n\n"
            "The number of runners treated in hospital after Sunday's city half-marathon has risen to 60, the "
            "ambulance service said on Monday.\n\n"
            "Of the 60, 41 were men and 19 were women, the service said. The race's own medics had treated "
            "500 runners in their tents, a spokesman said. A doctor said four remained in a serious "
            "condition.")
    assert _by_value(text, 60, MON, nth=0).date == "2031-03-09"
    assert _by_value(text, 60, MON, nth=1).date == "2031-03-09"     # "Of the 60, …"
    assert _by_value(text, 41, MON).date == "2031-03-09"
    assert _by_value(text, 500, MON).date == "2031-03-09"
    assert _by_value(text, 4, MON).date == MON


def test_an_overnight_service_is_no_date():
    text = ("The overnight ferry to Sel sank near Orlec on Tuesday, killing nine people, the coastguard said. "
            "The operator said the ferry, the overnight service from the capital, had 212 passengers on "
            "board.")
    assert _by_value(text, 9).date == "2031-03-11"
    assert _by_value(text, 212).date == "2031-03-11"


def test_a_date_in_a_trailing_after_clause_dates_that_clause_not_the_figure_before_it():
    text = ("The number of people killed in Saturday's fire at the Lindholm textile warehouse on the northern "
            "edge of the city has risen to 12 after three died on Sunday, officials said.")
    assert _by_value(text, 12, MON).date == "2031-03-08"
    assert _by_value(text, 3, MON).date == "2031-03-09"


def test_without_a_published_date_the_event_day_stays_unresolved():
    text = "A block of flats collapsed in Rovik on Tuesday. At least six people died, police said."
    cs = [c for c in claims_of(text) if c.quantity.value == 6]
    assert len(cs) == 1 and cs[0].date is None


def test_overnight_is_the_night_before_the_report():
    # rules-1.16: "overnight" in a report of Thursday is the night that began on Wednesday, like "last night"
    text = ("A chlorine leak at a plant in Orlec forced 3,000 residents from their homes overnight, the fire "
            "service said. The health authority said 46 people were taken to hospital overnight.")
    assert _by_value(text, 3000).date == "2031-03-12"
    assert _by_value(text, 46).date == "2031-03-12"


def test_a_documents_publication_day_dates_the_saying_not_the_count():
    # rules-1.17: "results, released on Tuesday, put turnout at …" counts Sunday's vote, not Tuesday
    text = ("Voters in Norland approved the new constitution in Sunday's referendum, the electoral commission "
            "said.\n\n"
            "The commission's final results, released on Tuesday, put turnout at 53.9%. In a report published "
            "on Wednesday, observers said they had recorded a turnout of 40.6%.\n\n"
            "Rebels said 12 hostages were released on Tuesday.")
    assert _by_value(text, 53.9).date == "2031-03-09"
    assert _by_value(text, 40.6).date == "2031-03-09"
    assert _by_value(text, 12).date == "2031-03-11"     # an event's own verb keeps its day


def test_a_past_perfect_after_a_dated_saying_tells_of_the_story_event():
    # rules-1.17: "said yesterday that 34 … had been on the bus": before the saying, at the crash
    text = ("A bus carrying tourists plunged into a ravine near Orlec on Tuesday, killing nine people, police said."
            "\n\nThe tour operator said yesterday that 34 of its customers had been on the bus. It said yesterday "
            "that 20 were still in hospital.")
    assert _by_value(text, 34).date == "2031-03-11"
    assert _by_value(text, 20).date == "2031-03-12"     # a state as of the saying keeps the saying's day


def test_a_narrative_sentence_goes_on_with_the_day_of_the_sentence_before_it():
    # rules-1.17: the day of the sentence before, in the same paragraph, dates an undated narrative figure
    text = ("The appliance maker Sovel said yesterday that it would close its factory in Dunmere.\n\n"
            "Work stopped for two hours on Tuesday afternoon. Several hundred workers gathered at the gates; the "
            "union put the crowd at more than 1,000. About 200 workers are still on strike.\n\n"
            "Deliveries stopped on Monday and on Tuesday. Some 30 lorries turned back.")
    assert _by_value(text, 1000).date == "2031-03-11"
    assert _by_value(text, 200).date == THU            # a state as of the report keeps the published day
    assert _by_value(text, 30).date != "2031-03-10"    # two days before it: nothing to go on with


def test_dateline_forms_with_an_abbreviated_month_or_the_day_first_are_no_story_date():
    # rules-1.17: "KESSARA, Nov. 18 (ONA) --" and "KORVEL, 14 September (DTA) –" date the filing, not the event
    for line in ("KESSARA, Mar. 13 (ONA) -- ", "KORVEL, 13 March (DTA) – "):
        text = (line + "At least 86 people were killed when an earthquake struck the province late on Tuesday, the "
                "agency said on Wednesday.\n\nAround 4,000 homes were destroyed, the Red Cross said.")
        assert _by_value(text, 4000).date == "2031-03-11", line


def test_a_part_of_days_possessive_dates_its_event():
    # rules-1.17: "from Tuesday night's earthquake" names the event's day; it is no bound of a period
    text = ("The death toll from Tuesday night's earthquake has risen to 143, the agency says, up from 118 on "
            "Wednesday evening.\n\nMore than 1,700 people were injured, according to the agency.")
    assert _by_value(text, 1700).date == "2031-03-11"


def test_a_subhead_is_not_the_lead():
    text = ("Summary\n\nA ferry capsized off Pelagos on Tuesday night, the coastguard said.\n\n"
            "Rescuers pulled 212 people from the water, the coastguard said.")
    assert _by_value(text, 212).date == "2031-03-11"


def test_a_date_after_the_audience_of_telling_dates_the_telling():
    # rules-1.17: "told parliament yesterday that … had taken part": the day of the telling, not of the riot
    text = ("Six inmates were killed in a riot at Kallow Ridge prison on Tuesday, officials said.\n\n"
            "The minister told parliament yesterday that no more than 80 inmates had taken part in the violence. "
            "The guards' union said at least 400 prisoners had joined the riot.")
    assert _by_value(text, 80).date == "2031-03-11"
    assert _by_value(text, 400).date == "2031-03-11"


def test_a_toll_brought_up_to_date_keeps_its_disasters_day():
    # rules-1.17: "The death toll in Tuesday's crash rose to 70 on Wednesday": the toll is the crash's
    text = ("The death toll in Tuesday's plane crash rose to 70 on Wednesday, officials said, as three more bodies "
            "were found.\n\nThe airline said on Wednesday that 64 passengers had been on board.")
    assert _by_value(text, 70).date == "2031-03-11"
