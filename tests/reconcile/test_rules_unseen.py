"""Rules for unseen news (rules-1.3): cross-article evidence, kinds of people, reporting verbs,
open figures. Invented fixtures only."""
from __future__ import annotations

import itertools

from services.reconcile import rules
from services.reconcile.engine import Reconciler, reconcile, title_marks

from .fixtures import claim, fact_of, titled


def bare(value, article, title, **kw):
    """A claim with no place and a fallback (soft) date: nothing but its headline ties it to a story."""
    kw.setdefault("subject", "people")
    kw.setdefault("event", "killed")
    kw.setdefault("speaker", None)
    kw.setdefault("affiliation", None)
    return titled(claim(value, places=(), date="2030-03-03", date_text="", article=article, **kw), title)


def test_unrelated_articles_sharing_only_subject_and_event_stay_apart():
    a = bare(12, "a1", "Bus plunges into gorge in the Serrat hills")
    b = bare(12, "a2", "Storm batters the coast of Quilla")
    assert fact_of(reconcile([a, b]), a) is not fact_of(reconcile([a, b]), b)
    assert len(reconcile([a, b])) == 2


def test_headlines_sharing_a_name_tie_two_articles():
    a = bare(12, "a1", "Bus plunges into gorge in the Serrat hills", speaker="Police", affiliation=None)
    b = bare(14, "a2", "Serrat bus crash: families wait for news", speaker="Hospital", affiliation=None)
    [f] = reconcile([a, b])
    assert f.status == "disputed"


def test_headline_marks_are_names_and_figures_not_generic_words():
    assert title_marks("Boko Haram: 234 Not 129 School Girls Abducted") >= {"234", "129", "boko"}
    assert "not" not in title_marks("234 Not 129") and "death" not in title_marks("Death Toll Rises")


def test_the_same_stated_day_ties_two_articles():
    a = titled(claim(40, places=(), date="2030-03-01", article="a1", speaker="Police", affiliation=None), "One")
    b = titled(claim(40, places=(), date="2030-03-01", article="a2", speaker="Medics", affiliation=None), "Two")
    [f] = reconcile([a, b])
    assert f.status == "corroborated"


def test_a_shared_place_ties_two_articles():
    a = titled(claim(40, places=("Varn",), date="2030-03-03", date_text="", article="a1", speaker=None,
                     affiliation=None), "One")
    b = titled(claim(40, places=("Varn",), date="2030-03-03", date_text="", article="a2", speaker="Mayor",
                     affiliation=None), "Two")
    assert len(reconcile([a, b])) == 1


def test_bare_people_join_the_one_kind_of_person_with_an_agreeing_figure_in_the_article():
    head = bare(27, "a1", "Factory fire kills 27 in Morrow", event=None)
    body = bare(27, "a1", "Factory fire kills 27 in Morrow", subject="workers", speaker="Fire officials",
                low=27, approx="at_least")
    other = bare(160, "a1", "Factory fire kills 27 in Morrow", subject="workers", event="working")
    f = fact_of(reconcile([head, body, other]), head)
    assert body.claim_id in f.claim_ids and other.claim_id not in f.claim_ids
    assert f.status == "corroborated"


def test_kinds_of_people_share_the_person_partition():
    assert rules.subject_family("worker") == rules.subject_family("person") == rules.subject_family("migrant")


def test_reporting_verbs_are_no_event_and_new_event_words():
    assert rules.normalize_event("counted") == "" and rules.normalize_event("dismissed") == ""
    assert rules.normalize_event("drowned") == "killed"
    assert rules.normalize_event("marched") == "attended" and rules.normalize_event("joined") == "attended"
    assert rules.normalize_event("forced") == "displaced"
    assert rules.normalize_subject("ballots") == "voter" and rules.normalize_subject("turnout") == "person"


def test_open_figures_are_not_evidence_for_a_far_larger_one():
    head = bare(None, "a1", "At least 31 dead off Pelmo", subject="dead", event=None, low=31, approx="at_least")
    year = bare(None, "a1", "At least 31 dead off Pelmo", subject="migrants", event="died", low=1900,
                approx="at_least", speaker="Agency")
    assert fact_of(reconcile([head, year]), head) is not fact_of(reconcile([head, year]), year)


def test_new_rules_keep_order_independence_and_incremental_equality():
    cs = [bare(12, "a1", "Bus plunges into gorge in the Serrat hills"),
          bare(14, "a2", "Serrat bus crash: families wait", speaker="Hospital"),
          bare(12, "a3", "Storm batters Quilla"),
          bare(27, "a3", "Storm batters Quilla", event=None),
          bare(27, "a3", "Storm batters Quilla", subject="residents", speaker="Mayor")]
    want = reconcile(cs)
    for perm in itertools.permutations(cs):
        assert reconcile(list(perm)) == want
        r = Reconciler()
        for c in perm:
            r.add(c)
        assert r.facts() == want
