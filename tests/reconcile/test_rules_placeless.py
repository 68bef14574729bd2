"""rules-1.18: where a figure that names no place goes when its story speaks of several places (invented claims).

- a figure its own article gives no agreeing place for is another voice's figure of the count its headline gives
  (the governor's headline toll of 73 and a chief's "not less than 150");
- a background figure of another year ("more than 90 died in a similar blast in Gorro in 2027") does not make
  Gorro the place of the article's own count;
- a figure whose article names no place follows the place group of a tied article that holds a figure it agrees
  with (the wire's 47 and the daily's "NRSC had put the toll at 47"), whatever order the reports come in.
"""
from __future__ import annotations

from tests.reconcile.fixtures import claim, fact_of, same_incrementally, titled

DAY = "2030-03-02"
HEADLINE = "Depot blast: death toll rises to 73 - Governor"


def _toll(value, article, places=(), speaker=None, at=0, **kw):
    """A toll claim whose evidence starts `at` characters into its article (the reading order: headline first)."""
    c = claim(value, subject="people", event="killed", places=places, date=DAY, speaker=speaker,
              affiliation=None, article=article, **kw)
    ev = c.evidence.model_copy(update={"start": at, "end": at + len(c.evidence.text)})
    return c.model_copy(update={"evidence": ev, "quantity": c.quantity.model_copy(update={"span": ev})})


def _daily() -> dict:
    """A daily's report of the blast: its headline toll, the body's toll at Tarvik, a hospital's part, and
    figures with no place of their own."""
    head = titled(_toll(73, "d", speaker="Governor", text=HEADLINE, published="2030-03-05"), HEADLINE)
    return {
        "head": head,
        "body": titled(_toll(73, "d", ("Tarvik",), "state government", at=100, published="2030-03-05"), HEADLINE),
        "hospital": titled(_toll(26, "d", ("Kessa General Hospital",), "Commissioner for Health", at=300,
                                 published="2030-03-05"), HEADLINE),
        "chief": titled(_toll(None, "d", speaker="Chief Obi Nna", low=150, approx="at_least", at=500,
                              published="2030-03-05"), HEADLINE),
        "nrsc": titled(_toll(47, "d", speaker="NRSC", at=400, published="2030-03-05"), HEADLINE),
    }


def test_a_placeless_figure_no_place_agrees_with_disputes_its_headlines_count():
    d = _daily()
    facts = same_incrementally(list(d.values()))
    assert fact_of(facts, d["chief"]).fact_id == fact_of(facts, d["body"]).fact_id
    assert fact_of(facts, d["nrsc"]).fact_id == fact_of(facts, d["body"]).fact_id
    assert fact_of(facts, d["hospital"]).fact_id != fact_of(facts, d["body"]).fact_id


def test_the_own_voice_of_a_headline_is_not_another_voice():
    # the same figures with no headline figure: nothing says which count the chief disputes, so it stays apart
    d = _daily()
    del d["head"]
    facts = same_incrementally([c for k, c in d.items() if k != "nrsc"])
    assert fact_of(facts, d["chief"]).fact_id != fact_of(facts, d["body"]).fact_id


def test_a_background_figure_of_another_year_gives_no_place_to_the_story():
    wire = _toll(47, "w", speaker="police", at=80, published="2030-03-03")
    gorro = claim(None, low=90, approx="at_least", subject="people", event="killed", places=("Gorro",), date=None,
                  date_text="2027", speaker=None, affiliation=None, article="w", published="2030-03-03")
    d = _daily()
    facts = same_incrementally([wire, gorro, *d.values()])
    assert fact_of(facts, wire).fact_id != fact_of(facts, gorro).fact_id
    # the wire's 47 follows the daily's place group where the NRSC's 47 went, and the daily's toll with it
    assert fact_of(facts, wire).fact_id == fact_of(facts, d["body"]).fact_id
    assert "Gorro" not in fact_of(facts, wire).places
