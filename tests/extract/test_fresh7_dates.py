"""rules-1.11: date rules found on the seventh fresh set (invented sentences only).

- a weekday with its explicit date ("Monday 3 March", "Friday, Feb. 28") is that date, not the latest such
  weekday; a month-day with no year that would lie half a year after the paper is last year's;
- an undated lead ("The number of … has doubled, according to …") does not let the next paragraph give the story date;
  a vague lead ("last week") and days that bound a period ("since Tuesday") or a span ("on Friday and Saturday")
  do not;
- a state reported with a dated saying ("said Tuesday that 40 were still missing, more than the figure it gave
  on Saturday") is as of the saying;
- a verbless part ("…, 120 of them children") has the date of its whole; a spaced dash opens another clause;
- a figure heading a relative clause ("the 11 men who came out of the mine") takes that clause's tense.
"""
from __future__ import annotations

from .helpers import THU
from .helpers import by_value as _by_value


# --- a weekday with its explicit date -----------------------------------------------------------------------

def test_a_weekday_followed_by_its_date_is_that_date():
    text = "Inspectors counted 640 people in the shelters on the night of Monday 3 March, the city said."
    assert _by_value(text, 640).date == "2031-03-03"          # not Monday 10 March
    text = "Wardens found 75 stray dogs on Friday, Feb. 28, the agency said."
    assert _by_value(text, 75).date == "2031-02-28"
    text = "Volunteers planted 380 trees on Saturday, the 1st of March, the council said."
    assert _by_value(text, 380).date == "2031-03-01"


def test_a_dated_saying_keeps_its_role_when_the_weekday_has_its_date():
    text = "Police said on Wednesday, 12 March that 61 people were arrested during Tuesday's riot in Tolva."
    assert _by_value(text, 61).date == "2031-03-11"           # the riot's day, not the day of the saying


def test_a_month_day_half_a_year_ahead_of_the_paper_is_last_year():
    text = "Volunteers counted 212 people sleeping rough on the night of 30 December, the charity said."
    assert _by_value(text, 212, published="2032-01-03").date == "2031-12-30"


# --- the story date when the lead is undated ----------------------------------------------------------------

def test_an_undated_lead_lets_the_next_paragraph_date_the_story_softly():
    # rules-1.17: the second paragraph's day dates the story when the lead has none, marked as a guess (its
    # date_source "article-guess", a bracketed date_text until ClaimExtracted v2) that the reconciler reads as a soft
    # date; as a hard date (rules-1.11 draft) it split dev's facts
    text = ("By Jo Pell\n\n"
            "The number of families in temporary housing in Dunmore has doubled, according to the county's "
            "annual survey.\n\n"
            "Surveyors visited 2,480 households on 3 March, the county said yesterday.\n\n"
            "Of those visited, 310 were in hotels. Ninety were in hostels.")
    assert _by_value(text, 2480).date == "2031-03-03"          # its own sentence dates it
    assert _by_value(text, 2480).date_text == "March"         # the words of its own date, not a guess
    assert _by_value(text, 2480).date_source == "text"
    late = _by_value(text, 310)
    assert (late.date, late.date_text, late.date_source) == ("2031-03-03", None, "article-guess")


def test_a_soft_story_day_does_not_split_facts():
    from services.reconcile.engine import _is_soft_date
    text = ("By Jo Pell\n\nThe number of families in temporary housing in Dunmore has doubled, the county "
            "says.\n\nSurveyors visited 2,480 households on 3 March.\n\nOf those visited, 310 were in hotels.")
    late = _by_value(text, 310)
    assert late.date_source == "article-guess" and _is_soft_date(late)


def test_a_vague_lead_gives_no_story_date():
    text = ("Floods hit the Tarn valley last week, cutting off dozens of villages.\n\n"
            "Troops reached the town of Ebro yesterday, officials said.\n\n"
            "Soldiers rescued 45 people.")
    assert _by_value(text, 45).date == THU                    # not yesterday: the lead's event is last week's


def test_days_that_bound_a_period_or_make_a_span_are_no_story_date():
    text = ("At least 12 people have died after drinking tainted spirits, officials say.\n\n"
            "The victims fell ill after drinking vodka bought at a kiosk on Friday and Saturday.\n\n"
            "Doctors treated 40 patients.")
    assert _by_value(text, 40).date == THU
    text = ("More than 90 pupils have fallen ill with food poisoning, health officials say.\n\n"
            "Cases have been reported since Tuesday at three schools.\n\n"
            "Laboratories confirmed 17 cases.")
    assert _by_value(text, 17).date == THU


# --- a state reported with a dated saying -------------------------------------------------------------------

def test_a_state_is_as_of_its_dated_saying_not_another_clause_day():
    text = ("The ministry said Tuesday that at least 40 people were still missing, more than the figure it gave "
            "on Saturday.")
    assert _by_value(text, 40).date == "2031-03-11"


# --- a verbless part has its whole's date -------------------------------------------------------------------

def test_a_part_of_them_has_the_date_of_its_whole():
    text = ("The agency said Tuesday that 500 people were still held, 120 of them children — up on the count it "
            "gave on Saturday.")
    assert _by_value(text, 500).date == "2031-03-11"
    assert _by_value(text, 120).date == "2031-03-11"          # not Saturday, behind the dash
    text = "The agency had registered 4,800 arrivals since the start of the month, 60% of them children."
    assert _by_value(text, 4800).date is None
    assert _by_value(text, 60).date is None                   # its whole is undated, so is the part


# --- a relative clause tells its figure's tense -------------------------------------------------------------

def test_a_figure_heading_a_relative_clause_takes_that_clause_tense():
    text = ("Eleven miners were freed from a flooded pit in Korva on Saturday.\n\n"
            "Doctors had so far examined 7 of the 11 men who came out of the mine, a spokesman said. "
            "Relatives visited the 6 men who are still in hospital.")
    assert _by_value(text, 11, nth=1).date == "2031-03-08"    # came out: the rescue's day
    assert _by_value(text, 7).date == THU                     # "so far": a running total as of the report
    assert _by_value(text, 6).date == THU                     # "are still in hospital": a state
