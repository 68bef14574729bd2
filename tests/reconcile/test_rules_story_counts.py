"""One story's counts of one subject (22 November 2026): an eventless claim ("Some 250 rescuers", "gave the same
figure of 312", "put the number at more than 50") is the count its story gives for its subject — it joins the one
bucket of that subject with an event or a verb holding a figure of its story, even when its figure disagrees (a
dispute); with several such buckets it joins only the one it agrees with. What must stay apart is tested too.
Invented fixtures only (`engine._join_story_counts`)."""
from __future__ import annotations

import itertools
import random

from services.reconcile.engine import Reconciler, reconcile

from .fixtures import claim, fact_of, titled


def c_(value, article, title, **kw):
    base = dict(places=(), date=None, affiliation=None, published="2030-01-25", date_text="")
    base.update(kw)
    return titled(claim(value, article=article, **base), title)


AVAL_A = "Avalanche sweeps ski run in Vardmark"
AVAL_B = "Sennfeld avalanche toll rises to nine"


def rescuers():
    working = c_(None, "a", AVAL_A, low=200, approx="at_least", subject="rescuers", event="working",
                 speaker="police")
    some = c_(250, "b", AVAL_B, approx="approximate", subject="rescuers", event=None,
              speaker="mountain rescue service", published="2030-01-27")
    return working, some


def test_an_eventless_count_joins_its_storys_one_count_of_the_subject():
    working, some = rescuers()
    facts = reconcile([working, some])
    assert fact_of(facts, working) is fact_of(facts, some)
    assert fact_of(facts, some).status == "corroborated"


def test_a_disagreeing_eventless_figure_of_the_story_makes_a_dispute():
    # the port's "38 vessels waiting", the shipowners' "more than 50" (no verb), the wire's "dozens of ships"
    t = "Dock strike idles Calvessa port"
    kw = dict(date="2030-06-10", date_text="Tuesday", published="2030-06-10")
    port = c_(38, "m", t, subject="vessels", event="waiting", speaker="port spokeswoman", **kw)
    owners = c_(None, "m", t, low=50, approx="at_least", subject="vessels", event=None,
                speaker="shipowners' association", **kw)
    wire = c_(None, "m", t, low=24, high=99, approx="approximate", subject="ships", event=None, speaker=None, **kw)
    facts = reconcile([port, owners, wire])
    f = fact_of(facts, port)
    assert {owners.claim_id, wire.claim_id} <= set(f.claim_ids)
    assert f.status == "disputed"


def test_among_several_counts_it_joins_only_the_one_it_agrees_with():
    t = "Marathon heat: runners in hospital"
    kw = dict(subject="runners", speaker="organisers")
    started = c_(14000, "r", t, event="started", **kw)
    finished = c_(9650, "r", t, event="finished", **kw)
    treated = c_(312, "r", t, event="treated", speaker="spokesman", subject="runners")
    red_cross = c_(312, "r", t, event=None, speaker=None, subject="runners")
    facts = reconcile([started, finished, treated, red_cross])
    assert fact_of(facts, red_cross) is fact_of(facts, treated)
    assert fact_of(facts, started) is not fact_of(facts, finished)
    # a figure that agrees with none of several counts stays apart from all of them
    other = c_(5000, "r", t, event=None, speaker="city", subject="runners")
    facts = reconcile([started, finished, treated, other])
    assert all(fact_of(facts, other) is not fact_of(facts, x) for x in (started, finished, treated))


def test_an_undecided_figure_follows_its_eventless_mates_of_the_story():
    # organisers "needed treatment 31" (a verb); the later report restates 31 (no verb) and the ambulance
    # service's 44 (no verb); the story also counts runners who started: 44 agrees with no count, 31 does
    t = "Dunholt marathon heat"
    needed = c_(31, "n", t, subject="runners", event="needed", speaker="race organisers")
    started = c_(14000, "n", t, subject="runners", event="started", speaker="race organisers")
    again = c_(31, "d", "Marathon heat: 44 runners in hospital", subject="runners", event=None, speaker="organisers",
               published="2030-01-26")
    amb = c_(44, "d", "Marathon heat: 44 runners in hospital", subject="runners", event=None,
             speaker="ambulance service", published="2030-01-26")
    facts = reconcile([needed, started, again, amb])
    f = fact_of(facts, needed)
    assert {again.claim_id, amb.claim_id} <= set(f.claim_ids) and f.status == "disputed"
    assert fact_of(facts, started) is not f


def test_what_stays_apart():
    # two known events of the subject (missing / killed): an eventless figure between them joins neither
    t = "Avalanche buries climbers on Mont Kessel"
    missing = c_(11, "k", t, subject="climbers", event="missing", speaker="police")
    killed = c_(9, "k", t, subject="climbers", event="killed", speaker="police")
    ten = c_(10, "k", t, subject="climbers", event=None, speaker="guides")
    facts = reconcile([missing, killed, ten])
    assert len({fact_of(facts, x).fact_id for x in (missing, killed, ten)}) == 3
    # one source's two figures in one article: "at least 60 of the district's 90 wells are unsafe"
    w = "Cholera spreads in Lumbe"
    total = c_(90, "w", w, subject="wells", event="total", speaker="local leaders")
    unsafe = c_(None, "w", w, low=60, approx="at_least", subject="wells", event=None, speaker="local leaders")
    facts = reconcile([total, unsafe])
    assert fact_of(facts, total) is not fact_of(facts, unsafe)
    # an unrelated story (nothing ties the articles) is not the story's count
    working, _ = rescuers()
    stranger = c_(230, "z", "Flood relief in Port Anvel", subject="rescuers", event=None, speaker="army")
    facts = reconcile([working, stranger])
    assert fact_of(facts, working) is not fact_of(facts, stranger)
    # a stated day that excludes the other's
    kw = dict(subject="ships", speaker="port authority", published="2030-06-12")
    tue = c_(38, "p", "Calvessa port strike", event="waiting", date="2030-06-10", date_text="Tuesday", **kw)
    thu = c_(61, "p", "Calvessa port strike", event=None, date="2030-06-12", date_text="Thursday",
             speaker="pilots", subject="ships", published="2030-06-12")
    facts = reconcile([tue, thu])
    assert fact_of(facts, tue) is not fact_of(facts, thu)
    # two different shares are two counts ("nine out of ten trains cancelled" / "40 per cent still moving")
    r = "Rail strike halts Nordbahn"
    cancelled = c_(90, "t", r, unit="percent", subject="trains", event="cancelled", speaker="operator")
    moving = c_(None, "t", r, low=35, high=45, approx="approximate", unit="percent", subject="trains", event=None,
                speaker="Nordbahn")
    facts = reconcile([cancelled, moving])
    assert fact_of(facts, cancelled) is not fact_of(facts, moving)
    # a figure of another scale (the 4 dog teams' handlers are not the 200 rescuers)
    few = c_(14, "b", AVAL_B, subject="rescuers", event=None, speaker="mountain rescue service")
    facts = reconcile([working, few])
    assert fact_of(facts, working) is not fact_of(facts, few)


def test_a_bare_people_count_is_not_the_storys_one_count():
    # "people" may be any count of the story: 17 pulled out alive (the next report) is not the toll of 9.
    # (In one article another side's figure answering the one event there is compared with it: `own_dispute`.)
    toll = c_(9, "v", "Avalanche toll rises to nine", subject="people", event="killed", speaker="police")
    alive = c_(17, "v2", "Nine dead in avalanche", subject="people", event=None, speaker="rescue service")
    facts = reconcile([toll, alive])
    assert fact_of(facts, toll) is not fact_of(facts, alive)


def test_men_and_women_of_one_total_are_parts_not_one_count():
    t = "Marathon heat: 44 runners in hospital"
    total = c_(44, "h", t, subject="runners", event=None, speaker="ambulance service")
    men = c_(38, "h", t, subject="men", event=None, speaker="ambulance service")
    women = c_(6, "h", t, subject="women", event=None, speaker="ambulance service")
    treated = c_(41, "h", t, subject="runners", event="hospitalised", speaker="organisers")
    facts = reconcile([total, men, women, treated])
    # 38 men and 6 women are not two figures of one count (no dispute between them): they are the
    # parts of the 44, in its fact
    f = fact_of(facts, total)
    roles = {m.claim_id: m.role for m in f.members}
    assert fact_of(facts, men) is f and fact_of(facts, women) is f
    assert roles[men.claim_id] == roles[women.claim_id] == "part" and roles[total.claim_id] == "total"
    assert f is fact_of(facts, treated)


def _story_claims():
    working, some = rescuers()
    t = "Dunholt marathon heat"
    m = "Marathon heat: 44 runners in hospital"
    return [
        working, some,
        c_(None, "b", AVAL_B, low=20, high=30, approx="approximate", subject="rescuers", event="searching",
           speaker="police"),
        c_(31, "n", t, subject="runners", event="needed", speaker="race organisers"),
        c_(14000, "n", t, subject="runners", event="started", speaker="race organisers"),
        c_(312, "n", t, subject="runners", event="treated", speaker="spokesman"),
        c_(31, "d", m, subject="runners", event=None, speaker="organisers", published="2030-01-26"),
        c_(44, "d", m, subject="runners", event=None, speaker="ambulance service", published="2030-01-26"),
        c_(312, "d", m, subject="runners", event=None, speaker=None, published="2030-01-26"),
        c_(38, "d", m, subject="men", event=None, speaker="ambulance service", published="2030-01-26"),
        c_(6, "d", m, subject="women", event=None, speaker="ambulance service", published="2030-01-26"),
        c_(9700, "d", m, subject="runners", event="finished", speaker="timing company", published="2030-01-26"),
        c_(13800, "d", m, subject="runners", event="started", speaker="timing company", published="2030-01-26"),
        c_(300, "z", "Flood relief in Port Anvel", subject="runners", event=None, speaker="army"),
    ]


def test_story_counts_incremental_equals_batch_in_any_order():
    cs = _story_claims()
    want = reconcile(cs)
    rnd = random.Random(7)
    orders = [list(p) for p in itertools.islice(itertools.permutations(cs[:6]), 40)]
    orders = [o + cs[6:] for o in orders]
    for _ in range(60):
        o = list(cs)
        rnd.shuffle(o)
        orders.append(o)
    for n, order in enumerate(orders):
        rec = Reconciler()
        if n % 3 == 0:
            for c in order:
                rec.add(c)
        else:
            i = 0
            while i < len(order):
                k = rnd.randint(1, 4)
                rec.add_many(order[i:i + k])
                i += k
        assert rec.facts() == want, n


def test_story_counts_folding_the_emitted_changes_rebuilds_the_facts():
    cs = _story_claims()
    rnd = random.Random(11)
    for _ in range(30):
        order = list(cs)
        rnd.shuffle(order)
        rec = Reconciler()
        state = {}
        for c in order:
            for ev in rec.add(c):
                if hasattr(ev, "merged_into"):
                    state.pop(ev.fact_id, None)
                else:
                    state[ev.fact_id] = ev
        assert sorted(state.values(), key=lambda f: f.fact_id) == reconcile(cs)
