"""Invented claims for rule tests: one call builds one Claim with only what the test cares about."""
from __future__ import annotations

import hashlib

from contracts.claims import ArticleRef, Claim, Quantity, Span, Speaker


def claim(value=None, *, low=None, high=None, approx="exact", unit="count", subject="civilians",
          event="evacuated", places=("Harbour Town",), date="2030-03-02", speaker="Ministry of Harbours",
          affiliation="Northland", article="a1", outlet=None, published="2030-03-03", polarity="asserted",
          cid=None, text=None, date_text=None) -> Claim:
    """A claim of `value` <subject> <event> at <places> on <date>, said by <speaker> (<affiliation>)."""
    text = text or f"{speaker or 'The article'} says {value} {subject} {event}"
    if date_text is None and date:
        date_text = date  # a fixture's date is stated in its text; pass date_text="" for a fallback date
    span = Span(start=0, end=len(text), text=text)
    key = f"{article}|{value}|{low}|{high}|{subject}|{event}|{places}|{date}|{speaker}|{affiliation}|{polarity}"
    return Claim(
        claim_id=cid or "c_" + hashlib.sha256(key.encode()).hexdigest()[:12],
        article=ArticleRef(id=article, uri=f"{article}.txt", outlet=outlet, published=published),
        speaker=Speaker(name=speaker, affiliation=affiliation),
        quantity=Quantity(value=value, low=low, high=high, approx=approx, unit=unit,
                          text=str(value) if value is not None else f"{low}..{high}", span=span),
        subject=subject, event=event, places=list(places), date=date, date_text=date_text, polarity=polarity,
        evidence=span, extractor_version="test",
    )


def fact_of(facts, c):
    """The one fact holding claim c."""
    found = [f for f in facts if c.claim_id in f.claim_ids]
    assert len(found) == 1, f"claim {c.claim_id} is in {len(found)} facts"
    return found[0]


def member(fact, c):
    return next(m for m in fact.members if m.claim_id == c.claim_id)


def titled(c: Claim, title: str) -> Claim:
    """`c` as if its article had this headline (headlines tie articles of one story)."""
    return c.model_copy(update={"article": c.article.model_copy(update={"title": title})})


def same_incrementally(claims, orders: int = 6):
    """`reconcile(claims)`, after checking that the incremental `Reconciler` gets exactly the same facts
    from `add` one by one and from `add_many`, in `orders` shuffled arrival orders."""
    import random

    from services.reconcile.engine import Reconciler, reconcile

    want = reconcile(claims)
    for seed in range(orders):
        order = list(claims)
        random.Random(seed).shuffle(order)
        one = Reconciler()
        for c in order:
            one.add(c)
        assert one.facts() == want
        many = Reconciler()
        many.add_many(order)
        assert many.facts() == want
    return want
