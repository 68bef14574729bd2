"""Reconciler: incremental adds, restore, retirements, and order independence (hypothesis)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from contracts.facts import Fact, FactRetired
from services.reconcile.engine import Reconciler, reconcile

from .fixtures import claim

# a small invented world with every rule in play: a dispute, parts, supersession, undated claims
WORLD = [
    claim(46, speaker="Ministry of Harbours", affiliation="Northland", article="n1", published="2030-03-03"),
    claim(30, speaker="Ministry of Harbours", affiliation="Northland", article="n0", published="2030-03-02"),
    claim(20, speaker="Southland army", affiliation="Southland", article="s1"),
    claim(46, speaker="TASS", affiliation=None, article="t1"),
    claim(33, date=None, speaker="Relief agency", affiliation="NGO", article="r1"),
    claim(18, subject="men", date="2030-03-04", speaker="North Wire", affiliation="Northland", article="w1"),
    claim(14, subject="women", date="2030-03-04", speaker="North Wire", affiliation="Northland", article="w1"),
    claim(8, subject="children", date="2030-03-04", speaker="North Wire", affiliation="Northland", article="w1"),
    claim(40, low=35, high=45, approx="approximate", date="2030-03-04", speaker="North media",
          affiliation="Northland", article="w2"),
    claim(100, low=80, high=120, approx="approximate", date="2030-03-04", speaker="Southland president",
          affiliation="Southland", article="s2"),
    claim(7, subject="buses", event="left", speaker=None, affiliation=None, article="w2"),
    claim(12, subject="buses", event="departed", speaker="Reuters", affiliation="Media", article="x1"),
    claim(3, subject="fighters", event="killed", date=None, polarity="denied", article="x1"),
]


def feed(claims):
    r = Reconciler()
    out = [r.add(c) for c in claims]
    return r, out


def test_add_returns_the_new_fact_then_nothing_for_a_repeat():
    r = Reconciler()
    first = r.add(WORLD[0])
    assert len(first) == 1 and isinstance(first[0], Fact)
    assert r.add(WORLD[0]) == []
    assert r.claims() == [WORLD[0]]


def test_add_returns_only_changed_facts():
    r = Reconciler()
    r.add(WORLD[0])
    changed = r.add(claim(12, subject="buses", event="left", article="zz"))  # an unrelated fact
    assert [f.subject for f in changed] == ["bus"]
    again = r.add(WORLD[2])  # 20 from the other side joins the first fact: one updated snapshot
    assert len(again) == 1 and again[0].status == "disputed"


def test_an_undated_fact_merging_into_a_dated_one_is_retired():
    r = Reconciler()
    undated = claim(46, date=None, article="u1")
    [f_undated] = r.add(undated)
    assert f_undated.date is None
    changes = r.add(claim(46, date="2030-03-02", speaker="Southland army", affiliation="Southland", article="d1"))
    facts = [c for c in changes if isinstance(c, Fact)]
    retired = [c for c in changes if isinstance(c, FactRetired)]
    assert len(facts) == 1 and facts[0].date == "2030-03-02"
    assert len(retired) == 1 and retired[0].fact_id == f_undated.fact_id
    assert retired[0].merged_into == facts[0].fact_id
    assert changes.index(facts[0]) < changes.index(retired[0])  # the target comes before the retirement
    assert [f.fact_id for f in r.facts()] == [facts[0].fact_id]


def test_restore_from_processed_claims_is_silent_and_equal():
    r1, _ = feed(WORLD)
    r2 = Reconciler(WORLD)
    assert r2.facts() == r1.facts()
    assert r2.claims() == r1.claims()
    assert r2.add(WORLD[3]) == []


def test_incremental_state_equals_the_batch():
    r, _ = feed(WORLD)
    assert r.facts() == reconcile(WORLD)


def test_same_order_gives_same_outputs():
    _, out1 = feed(WORLD)
    _, out2 = feed(WORLD)
    assert out1 == out2


def test_outputs_are_sorted():
    _, outs = feed(WORLD)
    for out in outs:
        facts = [c.fact_id for c in out if isinstance(c, Fact)]
        retired = [c.fact_id for c in out if isinstance(c, FactRetired)]
        assert facts == sorted(facts) and retired == sorted(retired)
        assert out == [c for c in out if isinstance(c, Fact)] + [c for c in out if isinstance(c, FactRetired)]


def test_every_claim_is_in_exactly_one_fact():
    facts = reconcile(WORLD)
    ids = [m.claim_id for f in facts for m in f.members]
    assert sorted(ids) == sorted(c.claim_id for c in WORLD)


def test_the_world_has_the_expected_picture():
    facts = {(f.subject, f.event, f.date): f for f in reconcile(WORLD)}
    assert len(facts) == 5
    assert facts[("civilian", "evacuated", "2030-03-02")].status == "disputed"  # 46 vs 20; 30 superseded
    on_4th = facts[("civilian", "evacuated", "2030-03-04")]
    assert on_4th.status == "disputed"                                        # 40 = 18+14+8 vs 100
    assert sorted(m.role for m in on_4th.members) == ["figure", "part", "part", "part", "total"]
    assert facts[("civilian", "evacuated", None)].status == "single_source"   # 33 fits neither day
    assert facts[("bus", "evacuated", "2030-03-02")].status == "disputed"     # 7 left vs 12 departed
    assert facts[("fighter", "killed", None)].status_rule == "no-asserted-figure"


@settings(max_examples=60, deadline=None)
@given(st.permutations(WORLD))
def test_any_arrival_order_gives_the_same_final_facts(order):
    r, _ = feed(order)
    assert r.facts() == reconcile(WORLD)
    assert reconcile(order) == reconcile(WORLD)


@settings(max_examples=40, deadline=None)
@given(st.permutations(WORLD), st.integers(min_value=0, max_value=len(WORLD)))
def test_restore_then_continue_equals_feeding_all(order, k):
    r = Reconciler(order[:k])
    for c in order[k:]:
        r.add(c)
    assert r.facts() == reconcile(WORLD)


@settings(max_examples=40, deadline=None)
@given(st.permutations(WORLD))
def test_replaying_the_add_outputs_rebuilds_the_final_state(order):
    """Folding the emitted snapshots and retirements gives exactly the final facts: nothing is lost."""
    r, outs = feed(order)
    state = {}
    for out in outs:
        for c in out:
            if isinstance(c, Fact):
                state[c.fact_id] = c
            else:
                state.pop(c.fact_id)
    assert [state[k] for k in sorted(state)] == r.facts()
