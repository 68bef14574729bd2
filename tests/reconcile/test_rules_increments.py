"""A figure of what came on top of an earlier count ("three more workers died") is a difference, not a
figure of that count: it never joins the count's fact (invented report, read by the real extractor)."""
from __future__ import annotations

import pytest

from services.reconcile.engine import reconcile
from services.reconcile.rules import is_increment
from tests.extract.helpers import by_value, claims_of

REPORT = ("An explosion at a fertiliser plant in Velk killed eight workers on Wednesday, the fire service "
          "said.\n\n"
          "Three more workers died in hospital on Wednesday night, bringing the death toll to 11, hospital "
          "director Ana Ruiz said. The union said at least 13 workers had died.\n\n"
          "Ruiz said 1,000 more, or fewer, workers may have been exposed. Hundreds more people than usual "
          "called the hotline, the council said.")


@pytest.mark.parametrize("value,expected", [
    (3, True),         # "Three more workers died"
    (11, False),       # the toll itself
    (13, False),       # "at least 13"
    (1000, False),     # "1,000 more, or fewer, workers": a comparison
])
def test_more_right_after_the_figure_is_an_increment(value, expected):
    assert is_increment(by_value(REPORT, value)) is expected


def test_more_than_in_the_clause_is_a_comparison():
    hundreds = next(c for c in claims_of(REPORT, "2031-03-13") if c.quantity.value is None)
    assert "Hundreds more" in hundreds.evidence.text
    assert not is_increment(hundreds)


def test_an_increment_does_not_join_the_toll_it_adds_to():
    claims = claims_of(REPORT, "2031-03-13")
    holder = {cid: f.fact_id for f in reconcile(claims) for cid in f.claim_ids}
    three = by_value(REPORT, 3).claim_id
    assert all(holder[three] != holder[by_value(REPORT, v).claim_id] for v in (8, 11, 13))
