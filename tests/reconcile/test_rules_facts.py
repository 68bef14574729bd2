"""The grouping and status rules, on invented events (Northland vs Southland at Harbour Town)."""
from services.reconcile.engine import Policy, reconcile
from services.reconcile.rules import Gazetteer

from .fixtures import claim, fact_of, member

GAZ = Gazetteer({"places": {
    "Northland": {}, "Harbour Town": {"part_of": "Northland", "aliases": ["the harbour town"]},
    "Old Mill": {"part_of": "Harbour Town", "aliases": ["the mill"]},
    "Hill Camp": {"part_of": "Northland"}, "River Camp": {"part_of": "Northland"},
    "Far City": {"part_of": "Northland"},
}})


def run(*claims, policy=Policy()):
    return reconcile(list(claims), gazetteer=GAZ, policy=policy)


# ------------------------------------------------------------------ disputed

def test_disjoint_figures_from_two_sides_are_disputed():
    a = claim(46, speaker="Ministry of Harbours", affiliation="Northland")
    b = claim(20, low=20, high=20, speaker="Southland army", affiliation="Southland", article="a2")
    [f] = run(a, b)
    assert f.status == "disputed" and f.status_rule == "intervals-disjoint"
    assert "46" in f.reason and "20" in f.reason and "do not overlap" in f.reason
    assert {m.rule for m in f.members} == {"same-key"}


def test_approximate_figures_that_overlap_are_not_disputed():
    a = claim(40, low=35, high=45, approx="approximate", speaker="North News", affiliation="Northland")
    b = claim(44, speaker="Southland army", affiliation="Southland", article="a2")
    [f] = run(a, b)
    assert f.status == "corroborated"


def test_open_interval_agrees_with_anything_above_it():
    a = claim(1000, approx="at_least", speaker="Relief agency", affiliation="NGO")
    b = claim(1500, speaker="Southland army", affiliation="Southland", article="a2")
    c = claim(900, speaker="Mayor", affiliation="Harbour Town council", article="a3")
    [f] = run(a, b, c)
    assert f.status == "disputed"  # 900 is below "at least 1000"
    [g] = run(a, b)
    assert g.status == "corroborated"


# ------------------------------------------------------------------ corroborated / not

def test_two_independent_sides_agreeing_corroborate():
    a = claim(46, speaker="Ministry of Harbours", affiliation="Northland")
    b = claim(46, speaker="Southland army", affiliation="Southland", article="a2")
    [f] = run(a, b)
    assert f.status == "corroborated" and f.status_rule == "independent-sides-agree"
    assert {member(f, a).side, member(f, b).side} == {"Northland", "Southland"}


def test_one_sides_outlets_do_not_corroborate_each_other():
    # TASS, RIA Novosti, "Russian media" and the Russian MoD are one side, not four
    cs = [claim(46, speaker="Russian Ministry of Defence", affiliation="Russia", article="r1"),
          claim(46, speaker="TASS", affiliation=None, article="r2"),
          claim(46, speaker="RIA Novosti correspondent", affiliation="Media", article="r3"),
          claim(46, speaker="Russian media", affiliation=None, article="r4")]
    [f] = run(*cs)
    assert f.status == "single_source" and f.status_rule == "one-side"
    assert {m.side for m in f.members} == {"Russia"}
    assert "one side (Russia)" in f.reason


def test_two_wire_agencies_are_independent_even_though_both_are_media():
    a = claim(46, speaker="Reuters", affiliation="Media")
    b = claim(46, speaker="Associated Press", affiliation="Media", article="a2")
    [f] = run(a, b)
    assert f.status == "corroborated"


def test_article_voice_of_two_outlets_is_independent_but_one_outlet_twice_is_not():
    a = claim(46, speaker=None, affiliation=None, article="a1", outlet="Daily Bugle")
    b = claim(46, speaker=None, affiliation=None, article="a2", outlet="Evening Star")
    c = claim(46, speaker=None, affiliation=None, article="a3", outlet="Daily Bugle")
    assert run(a, b)[0].status == "corroborated"
    assert run(a, c)[0].status == "single_source"


def test_policy_may_count_one_sides_agreeing_figures_as_corroborated():
    a = claim(46, speaker="Ministry of Harbours", affiliation="Northland")
    b = claim(46, speaker="Harbour police", affiliation="Northland", article="a2")
    assert run(a, b)[0].status == "single_source"
    [f] = run(a, b, policy=Policy(corroborate_one_side=True))
    assert f.status == "corroborated" and f.status_rule == "figures-agree-one-side"


# ------------------------------------------------------------------ sums, parts

def test_parts_from_one_speaker_sum_to_their_own_total_consistent():
    # 53 to Hill Camp + 211 to River Camp = 264 from the Old Mill, all said by one minister
    kw = dict(subject="wounded fighters", event="evacuated", date=None, speaker="Deputy Minister",
              affiliation="Northland")
    p1 = claim(53, places=["Hill Camp"], event="taken to Hill Camp", **{k: v for k, v in kw.items() if k != "event"})
    p2 = claim(211, places=["River Camp"], **kw)
    t = claim(264, places=["Old Mill", "Harbour Town"], **kw)
    facts = run(p1, p2, t)
    assert len(facts) == 1
    [f] = facts
    assert f.status == "consistent" and f.status_rule == "parts-sum-to-total"
    assert member(f, t).role == "total"
    assert member(f, p1).role == member(f, p2).role == "part"
    assert member(f, p1).rule == "parts-of-total"
    assert "53 + 211 = 264" in f.reason


def test_sub_subject_parts_join_the_total_of_another_speaker_of_the_fact():
    # 18 men + 14 women + 8 children (one correspondent) against "some 40 civilians" (another outlet)
    kw = dict(event="evacuated", places=["Harbour Town"], speaker="North Wire correspondent",
              affiliation="Northland")
    parts = [claim(18, subject="men", **kw), claim(14, subject="women", **kw), claim(8, subject="children", **kw)]
    total = claim(40, low=35, high=45, approx="approximate", subject="civilians", places=["Old Mill"],
                  speaker="North media", affiliation="Northland", article="a2")
    [f] = run(*parts, total)
    assert f.subject == "civilian"
    assert f.status == "consistent"
    assert sorted(m.role for m in f.members) == ["part", "part", "part", "total"]


def test_parts_that_do_not_sum_to_the_total_stay_their_own_facts():
    kw = dict(event="evacuated", speaker="North Wire correspondent", affiliation="Northland")
    parts = [claim(18, subject="men", **kw), claim(14, subject="women", **kw)]
    total = claim(100, subject="civilians", **kw)
    facts = run(*parts, total)
    assert len(facts) == 3
    assert all(f.status == "single_source" for f in facts)
    assert all(m.role == "figure" for f in facts for m in f.members)


def test_same_subject_figures_from_different_speakers_are_not_parts():
    kw = dict(subject="fighters", date=None)
    p1 = claim(53, places=["Hill Camp"], speaker="Deputy Minister", affiliation="Northland", **kw)
    p2 = claim(211, places=["River Camp"], speaker="Deputy Minister", affiliation="Northland", **kw)
    t = claim(264, places=["Old Mill"], speaker="Southland army", affiliation="Southland", article="a2", **kw)
    facts = run(p1, p2, t)
    assert len(facts) == 3


def test_vague_figures_are_never_parts():
    kw = dict(speaker="North Wire correspondent", affiliation="Northland")
    parts = [claim(None, low=100, high=999, approx="vague", subject="men", **kw),
             claim(None, low=100, high=999, approx="vague", subject="women", **kw)]
    total = claim(500, subject="civilians", **kw)
    assert len(run(*parts, total)) == 3


def test_parts_sum_disagreeing_with_another_sides_total_makes_a_dispute():
    kw = dict(event="evacuated", speaker="North Wire correspondent", affiliation="Northland")
    parts = [claim(18, subject="men", **kw), claim(14, subject="women", **kw), claim(8, subject="children", **kw)]
    total = claim(40, low=35, high=45, approx="approximate", subject="civilians", speaker="North media",
                  affiliation="Northland", article="a2")
    other = claim(100, low=80, high=120, approx="approximate", subject="civilians", speaker="Southland president",
                  affiliation="Southland", article="a2")
    [f] = run(*parts, total, other)
    assert f.status == "disputed"
    assert "100" in f.reason


# ------------------------------------------------------------------ supersession

def test_later_report_of_the_same_speaker_supersedes_the_earlier():
    early = claim(30, speaker="Ministry of Harbours", article="a1", published="2030-03-03")
    late = claim(46, speaker="Ministry of Harbours", article="a2", published="2030-03-05")
    other = claim(46, speaker="Southland army", affiliation="Southland", article="a3")
    [f] = run(late, other, early)
    assert member(f, early).superseded_by == late.claim_id
    assert member(f, late).superseded_by is None
    assert f.status == "corroborated"  # 30 no longer counts: 46 vs 46
    assert "superseded" in f.reason
    assert len(f.members) == 3  # superseded, never erased


def test_supersession_is_by_published_date_not_by_claim_id_or_order():
    late = claim(46, speaker="Ministry of Harbours", article="a1", published="2030-03-09", cid="c_aaa")
    early = claim(30, speaker="Ministry of Harbours", article="a2", published="2030-03-03", cid="c_zzz")
    for order in ([late, early], [early, late]):
        [f] = run(*order)
        assert member(f, early).superseded_by == late.claim_id
        assert f.status == "single_source"


def test_same_published_date_ties_break_stably_by_article_id():
    a = claim(30, speaker="Ministry of Harbours", article="a1", published="2030-03-03")
    b = claim(46, speaker="Ministry of Harbours", article="a2", published="2030-03-03")
    [f] = run(b, a)
    assert member(f, a).superseded_by == b.claim_id


def test_two_figures_of_one_speaker_in_one_article_both_stand():
    a = claim(30, speaker="Ministry of Harbours", article="a1")
    b = claim(46, speaker="Ministry of Harbours", article="a1")
    [f] = run(a, b)
    assert all(m.superseded_by is None for m in f.members)
    assert f.status == "disputed"


# ------------------------------------------------------------------ undated claims

def test_undated_claim_joins_the_only_dated_fact_even_if_it_disagrees():
    dated = claim(46, date="2030-03-02")
    undated = claim(20, date=None, speaker="Southland army", affiliation="Southland", article="a2")
    [f] = run(dated, undated)
    assert f.date == "2030-03-02"
    assert member(f, undated).rule == "undated-joins-dated"
    assert f.status == "disputed"


def test_undated_claim_does_not_join_when_two_dated_facts_could_take_it():
    d1 = claim(46, date="2030-03-02")
    d2 = claim(80, date="2030-03-04", article="a2")
    undated = claim(20, date=None, speaker="Southland army", affiliation="Southland", article="a3")
    facts = run(d1, d2, undated)
    assert len(facts) == 3
    assert fact_of(facts, undated).date is None


def test_undated_claim_joins_the_one_dated_fact_its_figure_agrees_with():
    d1 = claim(193_000, date="2030-03-02")
    d2 = claim(513_000, date="2029-03-02", article="a2")
    undated = claim(513_000, date=None, speaker="Southland army", affiliation="Southland", article="a3")
    facts = run(d1, d2, undated)
    f = fact_of(facts, undated)
    assert f.date == "2029-03-02" and member(f, undated).rule == "undated-joins-compatible-dated"


def test_undated_claim_cannot_join_an_event_after_its_article_was_published():
    dated = claim(46, date="2030-05-01", published="2030-05-02")
    undated = claim(46, date=None, published="2030-04-01", article="a2")
    assert len(run(dated, undated)) == 2


def test_undated_claims_alone_make_an_undated_fact():
    a = claim(46, date=None)
    b = claim(20, date=None, speaker="Southland army", affiliation="Southland", article="a2")
    [f] = run(a, b)
    assert f.date is None and f.status == "disputed"


def test_claims_on_different_dates_are_different_facts():
    # dates the text states (a date that is only the article's publication day is soft: see below)
    assert len(run(claim(46, date="2030-03-02", date_text="2 March"),
                   claim(46, date="2030-03-03", date_text="3 March", article="a2"))) == 2


def test_a_month_date_joins_the_day_inside_it_only():
    day = claim(46, date="2030-03-02")
    month = claim(46, date="2030-03", article="a2")
    other_month = claim(46, date="2030-04", article="a3")
    facts = run(day, month, other_month)
    assert fact_of(facts, month) is fact_of(facts, day)
    assert fact_of(facts, other_month) is not fact_of(facts, day)


# ------------------------------------------------------------------ places

def test_a_place_inside_another_joins_it():
    a = claim(46, places=["Old Mill"])
    b = claim(20, places=["Harbour Town"], speaker="Southland army", affiliation="Southland", article="a2")
    [f] = run(a, b)
    assert member(f, b).rule == "part-of-place" and member(f, a).rule == "same-key"
    assert f.places == ["Old Mill"]


def test_aliases_are_the_same_place():
    a = claim(46, places=["the mill"])
    b = claim(46, places=["Old Mill"], speaker="Southland army", affiliation="Southland", article="a2")
    [f] = run(a, b)
    assert f.status == "corroborated"


def test_unrelated_places_are_different_facts():
    assert len(run(claim(46, places=["Hill Camp"]), claim(46, places=["River Camp"], article="a2"))) == 2


def test_a_wide_place_holding_two_separate_facts_joins_neither():
    a = claim(46, places=["Hill Camp"])
    b = claim(20, places=["River Camp"], article="a2")
    wide = claim(66, places=["Northland"], article="a3")
    facts = run(a, b, wide)
    assert len(facts) == 3


def test_a_placeless_claim_joins_the_only_place():
    a = claim(46, places=["Old Mill"])
    b = claim(46, places=[], speaker="Southland army", affiliation="Southland", article="a2")
    [f] = run(a, b)
    assert member(f, b).rule == "placeless-joins-only-place"


# ------------------------------------------------------------------ subjects, events, units

def test_synonyms_of_subject_and_event_group_together():
    a = claim(46, subject="people", event="left")
    b = claim(46, subject="persons", event="were evacuated", speaker="Southland army", affiliation="Southland",
              article="a2")
    [f] = run(a, b)
    assert f.subject == "person" and f.event == "evacuated" and f.status == "corroborated"


def test_different_subjects_events_or_units_never_group():
    base = claim(46)
    assert len(run(base, claim(46, subject="fighters", article="a2"))) == 2
    assert len(run(base, claim(46, event="killed", article="a2"))) == 2
    assert len(run(base, claim(46, unit="percent", article="a2"))) == 2


def test_a_qualified_count_is_a_different_fact():
    full = claim(8_100_000, subject="voters", event="voted")
    partial = claim(3_700_000, subject="voters", event="voted by 5:30 p.m.", article="a2")
    assert len(run(full, partial)) == 2


# ------------------------------------------------------------------ denials

def test_a_denial_is_kept_but_is_no_figure():
    a = claim(46, speaker="Ministry of Harbours", affiliation="Northland")
    d = claim(46, speaker="Southland army", affiliation="Southland", article="a2", polarity="denied")
    [f] = run(a, d)
    assert d.claim_id in f.claim_ids
    assert f.status == "single_source"  # the denial does not corroborate
    assert "denied" in f.reason


def test_a_denial_with_another_figure_does_not_dispute():
    a = claim(46, speaker="Ministry of Harbours", affiliation="Northland")
    d = claim(5, speaker="Southland army", affiliation="Southland", article="a2", polarity="denied")
    [f] = run(a, d)
    assert f.status == "single_source"


def test_only_denials_is_single_source_with_no_figure():
    d = claim(46, polarity="denied")
    [f] = run(d)
    assert f.status == "single_source" and f.status_rule == "no-asserted-figure"


# ------------------------------------------------------------------ ids

def test_fact_ids_come_from_content_not_from_claims_or_order():
    a = claim(46)
    b = claim(20, speaker="Southland army", affiliation="Southland", article="a2")
    [f1] = run(a)
    [f2] = run(b, a)
    assert f1.fact_id == f2.fact_id
    assert f1.fact_id.startswith("f_")


def test_members_are_sorted_and_duplicates_collapse():
    a = claim(46)
    b = claim(20, speaker="Southland army", affiliation="Southland", article="a2")
    [f] = run(b, a, b, a)
    assert [m.claim_id for m in f.members] == sorted([a.claim_id, b.claim_id])


def test_a_figure_repeated_is_not_two_parts():
    kw = dict(subject="men", speaker="North Wire correspondent", affiliation="Northland")
    once = claim(20, cid="c_once", **kw)
    again = claim(20, cid="c_again", **kw)  # the same 20 men, said twice
    total = claim(40, subject="civilians", speaker="North Wire correspondent", affiliation="Northland")
    facts = run(once, again, total)
    assert all(m.role == "figure" for f in facts for m in f.members)
    assert fact_of(facts, total) is not fact_of(facts, once)


# ---- end-to-end rules (claims as the extractor gives them)

def test_parts_by_means_from_one_speaker_are_consistent_not_disputed():
    kw = dict(speaker="Police chief Ann Vik", affiliation="Lorvik police", places=(), event="rescued",
              subject="people", date=None)
    boat = claim(310, cid="c_boat", **kw)
    heli = claim(90, cid="c_heli", **kw)
    total = claim(400, cid="c_total", **{**kw, "places": ("Lorvik",)})
    [f] = run(boat, heli, total)
    assert f.status == "consistent"
    assert sorted(m.role for m in f.members) == ["part", "part", "total"]


def test_parts_of_one_side_in_one_article_join_another_speakers_total():
    side = dict(affiliation="Northland", article="w1", date=None)
    men = claim(18, subject="men", speaker="North Wire correspondent", **side)
    women = claim(14, subject="women", speaker="North Wire correspondent", **side)
    total = claim(32, subject="civilians", speaker="North media", **side)
    [f] = run(men, women, total)
    assert f.status == "consistent"


def test_a_publication_day_is_a_soft_date_across_articles():
    a = claim(234, subject="girls", event="abducted", date="2030-04-21", date_text="", published="2030-04-21",
              speaker="Parents", affiliation=None)
    b = claim(129, subject="girls", event="abducted", date="2030-04-22", date_text="", published="2030-04-22",
              speaker="Officials", affiliation="Government", article="a2")
    [f] = run(a, b)
    assert f.status == "disputed"


def test_a_soft_date_does_not_join_a_stated_day_it_disagrees_with():
    stated = claim(46, date="2030-03-02", date_text="on Saturday", published="2030-03-03")
    soft = claim(100, date="2030-03-03", date_text="", published="2030-03-03", speaker="Southland president",
                 affiliation="Southland")
    assert len(run(stated, soft)) == 2


def test_a_claim_without_event_joins_the_one_event_it_agrees_with():
    voted = claim(8_100_000, subject="voters", event="voted", speaker="Electoral council", affiliation="Nowhere")
    bare = claim(None, low=8_000_000, approx="at_least", subject="voters", event=None, speaker="Wire",
                 affiliation=None, article="a2")
    [f] = run(voted, bare)
    assert f.event == "voted"


def test_a_claim_without_event_stays_apart_when_its_figure_disagrees():
    deployed = claim(20_000, low=15_000, high=25_000, approx="approximate", subject="troops", event="deployed")
    bare = claim(None, low=100, high=999, approx="vague", subject="troops", event=None, article="a2",
                 speaker=None, affiliation=None)
    assert len(run(deployed, bare)) == 2


def test_people_join_the_one_specific_subject_of_the_same_event():
    girls = claim(234, subject="girls", event="abducted", speaker="Parents", affiliation=None)
    people = claim(129, subject="people", event="abducted", speaker="Principal", affiliation=None, article="a2")
    girls129 = claim(129, subject="girls", event="abducted", speaker="Officials", affiliation="Government",
                     article="a3")
    facts = run(girls, people, girls129)
    assert len(facts) == 1 and facts[0].status == "disputed"


def test_reasons_name_speakers_and_sides_never_side_keys():
    a = claim(12, subject="buses", speaker="Reuters news agency", affiliation="Media")
    b = claim(30, subject="buses", speaker=None, affiliation=None, article="a2", outlet="Lorvik Post")
    [f] = run(a, b)
    assert "Reuters news agency, independent" in f.reason and "the article (Lorvik Post)" in f.reason
    assert "speaker:" not in f.reason and "agency news reuters" not in f.reason


def test_a_placeless_claim_joins_its_own_articles_place_when_places_differ():
    here = claim(300, low=250, high=350, approx="approximate", subject="people", event="killed",
                 places=("Varn",), article="a1", speaker="Officials", affiliation=None)
    bare = claim(284, subject="people", event="killed", places=(), article="a1", speaker="Ministry",
                 affiliation="Government")
    elsewhere = claim(5000, subject="people", event="killed", places=("Kessel",), article="a2",
                      speaker="Agency", affiliation=None)
    assert fact_of(run(here, bare, elsewhere), bare).places == ["Varn"]
