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
])
def test_speaker_forms(text, value, speaker):
    assert _speaker(text, value) == speaker
