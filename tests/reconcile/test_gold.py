"""The engine with perfect extraction: gold claims of ../shared/eval in, scored by score_claims.py.

Bars: seeds fact_pair_f1 >= 0.90 and fact_status_accuracy == 1.0 (the issue); dev is held at what
the engine measured when written (docs/reconcile.md) so that a regression fails.
"""
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.reconcile.engine import Policy, Reconciler, reconcile

from .gold import SCORER, gold_claims, score


@pytest.fixture(scope="module")
def seeds():
    return gold_claims("seeds")


@pytest.fixture(scope="module")
def dev():
    return gold_claims("dev")


def test_the_scorer_and_gold_are_where_the_tests_expect():
    assert SCORER.is_file(), f"missing {SCORER}: set CLAIMLOG_SHARED to the shared folder"


def test_seeds_meet_the_bar(seeds, tmp_path):
    s = score("seeds", reconcile(seeds), seeds, tmp_path)
    assert s["matched"] == s["gold_claims"] == 21
    assert s["fact_pair_f1"] >= 0.90, s
    assert s["fact_status_accuracy"] == 1.0, s


def test_seeds_worked_by_hand(seeds):
    facts = reconcile(seeds)
    by = {f.fact_id: f for f in facts}

    def fact(cid):
        return next(f for f in facts if any(m.claim_id.endswith("#" + cid) for m in f.members))

    f1, f2, f3 = fact("b7"), fact("b2"), fact("a4")
    assert len({f1.fact_id, f2.fact_id, f3.fact_id}) == 3 and all(f in by.values() for f in (f1, f2, f3))
    assert sorted(m.claim_id.split("#")[1] for m in f1.members) == ["b7", "b9"]
    assert f1.status == "disputed" and f1.date == "2022-04-30"
    assert sorted(m.claim_id.split("#")[1] for m in f2.members) == ["b2", "b3", "b4", "b5", "b6"]
    assert f2.status == "disputed" and f2.date == "2022-05-01"
    assert {m.claim_id.split("#")[1]: m.role for m in f2.members} == \
        {"b2": "total", "b3": "part", "b4": "part", "b5": "part", "b6": "figure"}
    assert {m.side for m in f2.members} == {"Russia", "Ukraine"}
    assert sorted(m.claim_id.split("#")[1] for m in f3.members) == ["a1", "a2", "a4"]
    assert f3.status == "consistent" and "53 + 211 = 264" in f3.reason
    others = [f for f in facts if f not in (f1, f2, f3)]
    assert all(len(f.members) == 1 and f.status == "single_source" for f in others)


def test_dev_holds_its_measured_scores(dev, tmp_path):
    s = score("dev", reconcile(dev), dev, tmp_path)
    assert s["fact_pair_f1"] >= 0.93, s
    assert s["fact_status_accuracy"] >= 0.42, s  # strict sides: one side's agreeing figures are single_source


def test_dev_with_one_side_corroboration_matches_the_gold_reading(dev, tmp_path):
    s = score("dev", reconcile(dev, policy=Policy(corroborate_one_side=True)), dev, tmp_path)
    assert s["fact_pair_f1"] >= 0.93, s
    assert s["fact_status_accuracy"] >= 0.85, s


def test_dev_cross_article_same_event_pairs_share_a_fact(dev):
    facts = reconcile(dev)

    def fact_of(key):
        return next(f.fact_id for f in facts if key in f.claim_ids)

    for a, b in [("01_venezuela-turnout_arkansasonline.txt#v1", "02_venezuela-turnout_stabroeknews.txt#w1"),
                 ("01_venezuela-turnout_arkansasonline.txt#v2", "02_venezuela-turnout_stabroeknews.txt#w3"),
                 ("03_chibok-abduction_thecitizenng.txt#cz1", "04_chibok-abduction_thegazellenews.txt#gz1"),
                 ("03_chibok-abduction_thecitizenng.txt#cz3", "04_chibok-abduction_thegazellenews.txt#gz6"),
                 ("03_chibok-abduction_thecitizenng.txt#cz4", "04_chibok-abduction_thegazellenews.txt#gz5")]:
        assert fact_of(a) == fact_of(b), (a, b)
    # partial counts and other days stay apart
    assert fact_of("02_venezuela-turnout_stabroeknews.txt#w2") != fact_of("02_venezuela-turnout_stabroeknews.txt#w3")
    assert fact_of("05_inauguration-ridership_washingtonpost.txt#i5") != \
        fact_of("05_inauguration-ridership_washingtonpost.txt#i4")


@pytest.mark.parametrize("name", ["seeds", "dev"])
def test_gold_in_any_order_gives_identical_facts(name):
    claims = gold_claims(name)
    want = reconcile(claims)
    rng = random.Random(4)
    for _ in range(5):
        order = claims[:]
        rng.shuffle(order)
        r = Reconciler()
        for c in order:
            r.add(c)
        assert r.facts() == want
        assert [f.model_dump_json() for f in reconcile(order)] == [f.model_dump_json() for f in want]


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_seeds_any_order_hypothesis(rnd):
    claims = gold_claims("seeds")
    want = reconcile(claims)
    rnd.shuffle(claims)
    r = Reconciler()
    for c in claims:
        r.add(c)
    assert r.facts() == want


def test_seed_002_then_000_history(seeds):
    """Civilians' facts appear while seed 002 is read; the fighters' fact only when seed 000 arrives."""
    r = Reconciler()
    first = [c for c in seeds if c.article.id.startswith("002")]
    later = [c for c in seeds if c.article.id.startswith("000")]
    for c in first:
        r.add(c)
    between = r.facts()
    assert any(f.subject == "civilian" and f.status == "disputed" for f in between)
    assert not any(f.subject == "fighter" and f.event == "evacuated" for f in between)
    for c in later:
        r.add(c)
    assert any(f.subject == "fighter" and f.status == "consistent" for f in r.facts())


def test_seeds_survive_extractor_style_wording(seeds, tmp_path):
    """Plural subjects with modifiers, auxiliaries and destinations in events, aliases of places."""
    plural = {"fighter": "wounded Ukrainian fighters", "civilian": "civilians", "man": "men", "woman": "women",
              "child": "children", "bus": "buses", "troop": "Russian troops"}
    alias = {"Azovstal": "the Azovstal steel plant", "Donetsk": "Donetsk region"}
    reworded = []
    for c in seeds:
        event = c.event
        if c.event == "evacuated" and c.places and c.places[0] in ("Novoazovsk", "Olenivka"):
            event = f"were taken to {c.places[0]}"
        reworded.append(c.model_copy(update={
            "subject": plural.get(c.subject, c.subject), "event": event,
            "places": [alias.get(p, p) for p in c.places]}))
    s = score("seeds", reconcile(reworded), reworded, tmp_path)
    assert s["fact_pair_f1"] >= 0.90 and s["fact_status_accuracy"] == 1.0, s
