"""One count under two nouns in one story (22 November 2026): a fact-checker reads the girls and the students
abducted, or the runners and the people taken to hospital, as one count when two tied articles give agreeing
figures under the two nouns for the same event and day, and no article tells them apart (`engine._join_kinds`).
Rules tested here (invented fixtures only), each against the incremental `Reconciler` in several arrival orders."""
from __future__ import annotations

from services.reconcile import rules

from .fixtures import claim, fact_of, same_incrementally, titled


def c_(value, article, title, **kw):
    base = dict(places=(), date="2030-04-14", affiliation=None, published="2030-04-16", date_text="on Monday")
    base.update(kw)
    return titled(claim(value, article=article, **base), title)


T1 = "Gunmen seize schoolgirls in Chibok"
T2 = "Chibok: parents dispute official count"


def test_girls_and_students_abducted_in_tied_articles_are_one_count():
    parents = c_(234, "g1", T1, subject="girls", event="abducted", speaker="parents")
    official = c_(129, "g1", T1, subject="girls", event="kidnapped", speaker=None)
    commissioner = c_(129, "g2", T2, subject="students", event="abducted", speaker="state education commissioner")
    facts = same_incrementally([parents, official, commissioner])
    f = fact_of(facts, commissioner)
    assert fact_of(facts, parents) is f and fact_of(facts, official) is f
    assert f.subject == "girl" and f.status == "disputed"


def test_one_source_giving_the_two_nouns_different_figures_keeps_them_apart():
    # the ministry gives workers and residents injured as two figures: two counts, even though another outlet's
    # residents figure agrees with the workers'
    workers = c_(12, "p1", "Blast at Brenna plant", subject="workers", event="injured", speaker="ministry")
    residents = c_(30, "p1", "Blast at Brenna plant", subject="residents", event="injured", speaker="ministry")
    other = c_(12, "p2", "Brenna plant blast: questions", subject="residents", event="injured", speaker="hospital")
    facts = same_incrementally([workers, residents, other])
    assert fact_of(facts, workers) is not fact_of(facts, residents)
    assert fact_of(facts, workers) is not fact_of(facts, other)


def test_nouns_of_unrelated_stories_stay_apart():
    a = c_(129, "u1", "Bus seized on highway", subject="passengers", event="abducted", speaker="police",
           places=("Tarabe",), date=None, date_text="")
    b = c_(129, "u2", "School raid in the north", subject="students", event="abducted", speaker="army",
           places=(), date=None, date_text="")
    facts = same_incrementally([a, b])
    assert fact_of(facts, a) is not fact_of(facts, b)


def test_two_known_events_are_two_counts():
    missing = c_(41, "f1", "Ferry sinks off Sela", subject="passengers", event="missing", speaker="coastguard")
    killed = c_(41, "f2", "Sela ferry: divers search", subject="people", event="killed", speaker="police")
    facts = same_incrementally([missing, killed])
    assert fact_of(facts, missing) is not fact_of(facts, killed)


def test_combatants_and_civilians_are_never_one_count():
    assert rules.kinds_exclusive("fighter", "civilian") and rules.kinds_exclusive("troop", "resident")
    assert not rules.kinds_exclusive("fighter", "troop") and not rules.kinds_exclusive("person", "fighter")
    fighters = c_(46, "w1", "Azovstal evacuation", subject="fighters", event="evacuated", speaker="army")
    civilians = c_(46, "w2", "Azovstal evacuation continues", subject="civilians", event="evacuated", speaker="UN")
    facts = same_incrementally([fighters, civilians])
    assert fact_of(facts, fighters) is not fact_of(facts, civilians)


TM1 = "Dunholt marathon: dozens taken to hospital in heat"
TM2 = "Dunholt marathon heat: 44 runners treated"


def test_runners_with_no_event_are_the_people_taken_to_hospital():
    taken = c_(None, "m1", TM1, low=24, high=99, approx="vague", subject="people", event="taken",
               speaker=None, date_text="", date="2030-04-16")
    service = c_(41, "m1", TM1, subject="people", event="taken", speaker="ambulance service")
    runners = c_(44, "m2", TM2, subject="runners", event=None, speaker="ambulance service")
    facts = same_incrementally([taken, service, runners])
    f = fact_of(facts, runners)
    assert fact_of(facts, taken) is f and fact_of(facts, service) is f


def test_an_eventless_noun_whose_article_gives_both_nouns_other_figures_stays_apart():
    # the ferry's "crew of 18": its own article gives the people missing as 41, so the 18 missing in another
    # report is another count of the same figure
    title = "Sela ferry: 41 unaccounted for"
    crew = c_(18, "s1", title, subject="crew", event=None, speaker=None)
    missing = c_(41, "s1", title, subject="people", event="missing", speaker="coastguard")
    other = c_(18, "s2", "Sela ferry: 18 missing", subject="people", event="missing", speaker="port authority")
    facts = same_incrementally([crew, missing, other])
    assert fact_of(facts, crew) is not fact_of(facts, other)


def test_a_vague_figure_with_no_event_joins_no_other_noun():
    title = "Azovstal: 264 fighters evacuated"
    fighters = c_(264, "v1", title, subject="fighters", event="evacuated", speaker="defence ministry")
    troops = c_(None, "v2", "Azovstal holdouts", low=100, high=999, approx="vague", subject="troops", event=None,
                speaker=None)
    facts = same_incrementally([fighters, troops])
    assert fact_of(facts, fighters) is not fact_of(facts, troops)


def test_patients_are_never_one_count_with_the_dead():
    # (rules-1.18) a hospital's 41 patients, with no verb, and a tied article's "at least 23 killed" agree as figures,
    # but patients are alive: two counts
    patients = c_(41, "h1", "Tainted liquor kills 23 in Selor", subject="patients", event=None, speaker="hospital")
    dead = c_(None, "h2", "Selor liquor toll rises to 23", low=23, approx="at_least", subject="people",
              event="killed", speaker="police")
    facts = same_incrementally([patients, dead])
    assert fact_of(facts, patients) is not fact_of(facts, dead)
