"""rules-1.17: more numbers that count nothing (README of ../shared/eval: dates, durations, ages and ordinals are
not claims; nor are day ranges, telephone numbers and distances)."""
from __future__ import annotations

import pytest

from .helpers import claims_of


@pytest.mark.parametrize("text,kept", [
    ("The poll of 1,206 adults was carried out from 10 to 12 November.", {1206}),
    ("Some 9,870 deaths were registered between 3 and 14 August.", {9870}),
    ("People aged over 75 accounted for 71% of the deaths.", {71}),
    ("Among those arrested were four teenagers aged 15 to 17, she said.", {4}),
    ("Anyone with information can call Marlshire Police on 101 or Crimestoppers on 0800 555 111.", set()),
    ("The ferry overturned some three nautical miles from shore with 286 people on board.", {286}),
])
def test_numbers_that_count_nothing_are_no_claims(text, kept):
    assert {c.quantity.value for c in claims_of(text, "2031-03-13")} == kept
