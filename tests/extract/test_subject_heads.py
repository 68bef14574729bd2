"""rules-1.17: time words, prepositions and quantity words after a figure never name what it counts."""
from __future__ import annotations

import pytest

from .helpers import by_value


@pytest.mark.parametrize("text,value,not_subject,subject", [
    ("Drug deaths in Kellhaven rose to a record 214 last year, the health board said.", 214, "last", None),
    ("After the shelling, the governor's office counted 23 dead within hours.", 23, "hours", "dead"),
    ("A tunnel collapse killed six miners and left 19 trapped hundreds of metres underground, the owner said.", 19,
     "hundreds", "miners"),
    ("The final count of 41 injured includes four people who went to hospital on their own.", 41, "includes", None),
    ("Officials said 62 inmates were still refusing meals, down from 85 last week.", 85, "last", "inmates"),
])
def test_a_time_or_quantity_word_is_no_counted_noun(text, value, not_subject, subject):
    got = by_value(text, value).subject
    assert got != not_subject
    if subject is not None:
        assert got == subject
