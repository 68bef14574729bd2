"""rules-1.17: speaker forms found on the fresh13 set (invented sentences only)."""
from __future__ import annotations

import pytest

from .helpers import by_value


def _speaker(text: str, value) -> str | None:
    c = by_value(text, value)
    return c.speaker.name if c.speaker else None


@pytest.mark.parametrize("text,value,speaker", [
    # an inverted attribution whose speaker starts with a lower-case title
    ("About 600 people spent the night in the school gym, said shelter manager Tom Becker.", 600,
     "shelter manager Tom Becker"),
    # "confirmed dead" is a state of the people, not a saying: the trailing sayer speaks
    ("The number of people confirmed dead has risen to 41, the coastguard said on Tuesday.", 41, "the coastguard"),
    # the agent of "listed by"
    ("That is well above the 286 passengers listed by the operator, Vesna Lines.", 286, "the operator"),
    # a poll "by X" some words after its noun, its finding verb after an aside
    ("A poll of 1,200 adults for this newspaper by the Halden Institute, carried out last week, found 58% in "
     "favour.", 58, "the Halden Institute"),
    # a body's count with a time frame before its figure
    ("The interior ministry's count that day was 38,000.", 38000, "The interior ministry"),
    # who reported a figure, in a contact clause after it
    ("The health department says 67 passengers were admitted, not the 41 Costavia has reported.", 41, "Costavia"),
    ("That is five more than the 161 passengers Costavia has listed.", 161, "Costavia"),
    # a long "whose" clause between the speaker and its verb
    ("The charity Open Waters, whose rescue ship Aurelia reached the scene about an hour after the boat capsized, "
     "said it believed at least 200 people had been on board.", 200, "The charity Open Waters"),
    # "its" estimate of a subject that names a body
    ("The motorists' association VAM is sticking to its estimate of nearly 5,000.", 5000,
     "The motorists' association VAM"),
    # a body's own figure; a time owns nothing
    ("The union puts the number at 1,100, against the company's 640.", 640, "the company"),
    # verbs of saying found on fresh14 and fresh11
    ("The mayor, Otávio Brandão, affirmed on Thursday that the city already has more than 9,000 cases.", 9000,
     "The mayor, Otávio Brandão"),
    ("In the days after the raid, the army spoke of 29 people abducted.", 29, "the army"),
    # ", saying …" with no attribution before it: the sentence's subject says it
    ("The trust hit back, saying only around 1,300 nurses joined the walkout.", 1300, "The trust"),
    ("But the Tanjara Union of Teachers (TUT) has faulted the council, saying at least 5,000 results were withheld.",
     5000, "the Tanjara Union of Teachers (TUT)"),
    # "as per X" (Indian English), an aside between subject and verb, "advances" (a French calque)
    ("As per the DCA, there were 68 persons on board.", 68, "the DCA"),
    ("The inter-union, for its part, claims 3.5 million demonstrators.", 3_500_000, "The inter-union"),
    ('The SNEA, the first union of teachers, advances "more than 60%" of strikers.', 60,
     "The SNEA, the first union of teachers"),
])


def test_speaker_forms(text, value, speaker):
    assert _speaker(text, value) == speaker


def test_a_time_owns_no_figure():
    assert _speaker("Darnovia's government offered on Monday to cut this year's 38% rise in water bills.", 38) \
        != "Darnovia's government offered on Monday to cut this year"


def test_a_lists_items_are_its_introducers():
    # rules-1.17: "According to the report:" then bulleted items; the list ends with the next plain paragraph
    from .helpers import claims_of
    text = ("The institute published its report on Monday.\n\nAccording to the report:\n\n- 9,870 deaths were "
            "registered between 3 and 14 August.\n\n- People aged over 75 accounted for 71% of the excess deaths.\n\n"
            "Hospitals were full. Some 300 beds were added.")
    got = {c.quantity.value: (c.speaker.name if c.speaker else None) for c in claims_of(text, "2031-03-13")}
    assert got[9870] == got[71] == "the report"
    assert got[300] is None
