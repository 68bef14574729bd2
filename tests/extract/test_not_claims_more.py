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
    ("The reform would raise the retirement age from 63 to 66 for 40,000 workers.", {40000}),
    ("Most of the 214 were aged between 30 and 49, the report said.", {214}),
    ("It registered 312 children under the age of five.", {312}),
    ("The city's rate of 61 deaths per 100,000 people is the highest.", {61}),
    ("Some mothers have waited two and a half years for news of the 40 prisoners.", {40}),
    ("Of the 14 dead, the youngest, Petr Haldane, was 19.", {14}),
    ("The line 4 tram was carrying 180 passengers; a man sitting in row 9 said it left the rails.", {180}),
    ("The country's population was 2.9 million in the 2021 census.", {2_900_000}),
    ("At least 86 people were killed on Nov. 12, officials said.", {86}),
    ("The mayor affirmed this Thursday (13) that the city has 9,000 cases.", {9000}),
    ("25 — days the 27 hostages spent in captivity", {27}),
    ('"My son is 23. He was one of 41 workers taken," she said.', {41}),
    ("A helpline (06742-231100) is open; call the tip line at 555-2187 or send your index number via SMS to 15430.", set()),
    ("A further 48-hour walkout by 1,300 nurses is planned for December 1 and 2.", {1300}),
    ("KCBN 7 will stream the meeting, where 300 residents are expected.", {300}),
    ("TCSE 2026 results: 2,371 candidates' results cancelled", {2371}),
])


def test_numbers_that_count_nothing_are_no_claims(text, kept):
    assert {c.quantity.value for c in claims_of(text, "2031-03-13")} == kept


def test_one_of_them_after_a_figure_is_its_part():
    # "…, one of them seriously": a part of the figure before; "one of them was …" names somebody
    values = [c.quantity.value for c in claims_of("Police said 12 people were hurt, one of them seriously. One of "
                                                  "them was a bus driver.", "2031-03-13")]
    assert values == [12, 1]


def test_pc_is_per_cent():
    (c,) = claims_of("The pass rate dropped to 46.2pc, the council said.", "2031-03-13")
    assert (c.quantity.value, c.quantity.unit) == (46.2, "percent")
