"""rules-1.12: date rules found on the eighth fresh set's date misses (invented sentences only).

- a crowd's verbs and nouns ("attended", "marchers") belong to the march's event class: "Organisers have said
  65,000 attended" takes the day of "Saturday's march"; the auxiliary of a verb of saying ("have said") does not
  make a sentence a state;
- a disaster's toll ("killed", "died", "bodies") takes the disaster's day however late it is told, unless its
  clause is a state ("18 bodies are still trapped"); with no dated disaster noun, the story's event day;
- "at the end of February" is the month's last day;
- a date right before the verb of saying ("Police yesterday said …", "engineers who reached the town
  yesterday said …") dates the saying, not the figure.
"""
from __future__ import annotations

from .helpers import by_value
from .helpers import by_value as _by_value


def test_a_crowd_figure_takes_the_day_of_its_march():
    text = ("Tens of thousands marched through Velgrad on Saturday against the water price rise.\n\n"
            "The interior ministry said on Monday that 19,500 people had taken part in Saturday's march. "
            "Organisers have said 65,000 people attended.")
    assert _by_value(text, 65000).date == "2031-03-08"


def test_a_toll_takes_the_disasters_day_however_late_it_is_told():
    text = ("Monday's explosion at the Tolva chemical plant shook the whole valley.\n\n"
            "The regional health office said on Wednesday that 23 people had died.")
    assert _by_value(text, 23).date == "2031-03-10"


def test_a_toll_that_is_a_state_keeps_the_day_of_its_saying():
    text = ("Monday's explosion at the Tolva chemical plant shook the whole valley.\n\n"
            "\"There are more than 18 bodies still trapped in the plant,\" a rescuer said on Wednesday.")
    assert _by_value(text, 18).date == "2031-03-12"


def test_a_toll_told_yesterday_is_the_storys_events():
    text = ("The hillside above the village of Arno gave way before dawn on Saturday.\n\n"
            "The disaster agency said yesterday that 23 bodies had been recovered from the mud.")
    assert _by_value(text, 23).date == "2031-03-08"


def test_the_end_of_a_month_is_its_last_day():
    text = "At the end of February, 84,312 people were on the board's waiting list, the report shows."
    assert _by_value(text, 84312).date == "2031-02-28"
    assert _by_value(text, 84312, published="2032-03-19").date == "2032-02-29"   # a leap year
    assert _by_value(text, 84312, published="2031-01-20").date == "2030-02-28"   # last year's February


def test_a_date_right_before_the_verb_of_saying_dates_the_saying():
    text = ("Monday's earthquake flattened much of the hill town of Arno.\n\n"
            "Engineers who reached Arno yesterday said 212 houses had been damaged in the quake.")
    assert _by_value(text, 212).date == "2031-03-10"        # the quake's day, not the engineers' visit
    text = "The unions have called a national strike for March 21 and say they expect 10,000 to take part."
    assert _by_value(text, 10000).date == "2031-03-21"      # a date further back is the event's


def test_a_dateline_with_a_region_is_no_story_date():
    # rules-1.14 (from fresh9's date misses): "CITY, Region, March 11 (Agency) -" dates the filing, not the event
    text = ("MEROVO, Dalesk, March 13 (Nordwire) - At least three people were killed when chlorine leaked from a "
            "water plant late on Tuesday, the emergencies ministry said.\n\n"
            "The company said 14 workers had been at the site when the leak began.")
    assert by_value(text, 14).date == "2031-03-11"        # the story's day, not the dateline's
