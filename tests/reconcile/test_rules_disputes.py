"""Rules that let the two sides of one article's dispute meet (rules-1.4). Invented fixtures only."""
from __future__ import annotations

import itertools

from services.reconcile import rules
from services.reconcile.engine import Reconciler, reconcile

from .fixtures import claim, fact_of


def art(value, **kw):
    kw.setdefault("places", ())
    kw.setdefault("affiliation", None)
    kw.setdefault("article", "a1")
    return claim(value, **kw)


def test_an_eventless_figure_answers_the_one_event_of_its_subject_in_its_article():
    union = art(8000, subject="nurses", event="joined", speaker="Union leader")
    board = art(5200, subject="nurses", event="disputed", speaker="The health board")
    [f] = reconcile([union, board])
    assert f.status == "disputed"
    # the same speaker's other figure is not an answer; a far-off figure is another quantity
    same = art(5200, subject="nurses", event=None, speaker="Union leader")
    far = art(90, subject="nurses", event=None, speaker="The health board")
    fs = reconcile([union, same, far])
    assert fact_of(fs, same) is not fact_of(fs, union) and fact_of(fs, far) is not fact_of(fs, union)


def test_no_answer_when_the_subject_has_two_events_in_the_article():
    a = art(8000, subject="nurses", event="joined", speaker="Union leader")
    b = art(300, subject="nurses", event="arrested", speaker="Police")
    c = art(5200, subject="nurses", event=None, speaker="The health board")
    fs = reconcile([a, b, c])
    assert fact_of(fs, c) is not fact_of(fs, a) and fact_of(fs, c) is not fact_of(fs, b)


def test_parts_by_one_speaker_sum_to_another_speakers_total_in_the_article():
    total = art(900, subject="jobs", event="cut", speaker="The company")
    p1 = art(600, subject="positions", event=None, places=("Tolle",), speaker="Chief executive Ann Berg")
    p2 = art(300, subject="posts", event=None, speaker="Chief executive Ann Berg")
    [f] = reconcile([total, p1, p2])
    assert f.status == "corroborated"   # the parts' sum (Berg) and the total (the company): two sides agree
    assert {m.role for m in f.members} == {"total", "part"}


def test_job_words_and_body_counts():
    assert rules.normalize_subject("positions") == rules.normalize_subject("posts") == "job"
    assert rules.normalize_subject_event(art(40, subject="bodies", event="found")) == ("person", "killed")
    assert rules.normalize_event("forces") == "displaced" and rules.normalize_event("kills") == "killed"
    assert rules.normalize_event("registered") == ""


def test_a_soft_dated_figure_joins_its_articles_fact_of_the_same_day():
    rebels = art(140, subject="soldiers", event="killed", speaker="Rebels", places=("Osk",),
                 date="2030-03-03", published="2030-03-03")
    army = art(12, subject="troops", event="killed", speaker="The ministry", date="2030-03-03", date_text="",
               published="2030-03-03")
    [f] = reconcile([rebels, army])
    assert f.status == "disputed"
    # a different stated day stays apart
    earlier = art(140, subject="soldiers", event="killed", speaker="Rebels", places=("Osk",),
                  date="2030-03-01", published="2030-03-03")
    assert len(reconcile([earlier, army])) == 2


def test_a_placeless_figure_picks_its_articles_place_with_an_agreeing_figure():
    head = art(None, low=58, approx="at_least", subject="people", event="killed", places=("Ravo",),
               speaker=None)
    town = art(19, subject="people", event="killed", places=("Dunn",), speaker="Rescuers")
    body = art(58, low=58, approx="at_least", subject="people", event="died", speaker="Officials")
    fs = reconcile([head, town, body])
    assert fact_of(fs, body) is fact_of(fs, head) and fact_of(fs, town) is not fact_of(fs, head)


def test_dispute_rules_keep_order_independence_and_incremental_equality():
    cs = [art(8000, subject="nurses", event="joined", speaker="Union leader"),
          art(5200, subject="nurses", event="disputed", speaker="The health board"),
          art(900, subject="jobs", event="cut", speaker="The company"),
          art(600, subject="positions", event=None, speaker="Ann Berg"),
          art(300, subject="positions", event=None, speaker="Ann Berg", places=("Tolle",)),
          art(12, subject="troops", event="killed", speaker="Army", date_text="", date="2030-03-03")]
    want = reconcile(cs)
    for perm in itertools.permutations(cs):
        assert reconcile(list(perm)) == want
        r = Reconciler()
        for c in perm:
            r.add(c)
        assert r.facts() == want
