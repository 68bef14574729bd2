"""Rules for unseen news (22 November 2026, second round): places the gazetteer does not know are not evidence
of another event when the articles are of one story, and a headline's capitalised first word ties it to another
headline that has the word in lower case. Invented fixtures only."""
from __future__ import annotations

from services.reconcile.engine import Reconciler, _articles_linked, _prepare, reconcile, title_marks, title_words
from services.reconcile import rules

from .fixtures import claim, fact_of, titled


def test_a_headline_word_in_any_case_ties_two_articles():
    assert "avalanche" in title_marks("Avalanche sweeps ski run, four dead")
    assert "avalanche" in title_words("Toll of Saturday's avalanche rises to nine")
    gaz = rules.default_gazetteer()
    a = _prepare(titled(claim(4, article="a1", places=(), date=None), "Avalanche sweeps ski run, four dead"), gaz)
    b = _prepare(titled(claim(9, article="a2", places=(), date=None), "Toll of Saturday's avalanche rises to nine"), gaz)
    c = _prepare(titled(claim(9, article="a3", places=(), date=None), "Ferry sinks off the coast"), gaz)
    assert _articles_linked([a], [b], gaz) and _articles_linked([b], [a], gaz)
    assert not _articles_linked([a], [c], gaz)


def test_unknown_places_of_one_story_are_one_count():
    # the wire's headline names the region, its body the mountains, the next day's report the village:
    # none is in the gazetteer, the articles are tied by their headlines: one toll
    kw = dict(subject="people", event="killed", affiliation=None, date="2030-01-25")
    head = titled(claim(4, low=4, approx="at_least", places=("Vardmark",), speaker=None, article="w", **kw),
                  "Avalanche in Vardmark, at least four dead")
    body = titled(claim(4, low=4, approx="at_least", places=("Vard Alps",), speaker="police", article="w", **kw),
                  "Avalanche in Vardmark, at least four dead")
    later = titled(claim(9, places=("Sennfeld",), speaker="police", article="p", published="2030-01-27", **kw),
                   "Sennfeld avalanche toll rises to nine")
    facts = reconcile([head, body, later])
    f = fact_of(facts, later)
    assert {head.claim_id, body.claim_id, later.claim_id} <= set(f.claim_ids)
    rule = next(m.rule for m in f.members if m.claim_id == later.claim_id)
    assert "places-of-one-story" in rule or "part-of-place" in rule or rule == "same-key"


def test_an_article_that_gives_two_places_different_figures_keeps_them_apart():
    # "14 killed in the province, 11 of them in the port": one article tells the places apart
    kw = dict(subject="people", event="killed", affiliation=None, date="2030-09-13", article="w")
    prov = claim(14, places=("Keshmar",), speaker=None, **kw)
    port = claim(11, places=("Port Anvel",), speaker="agency", **kw)
    later = titled(claim(21, places=("Keshmar",), speaker="agency", subject="people", event="killed",
                         affiliation=None, date="2030-09-14", article="p", published="2030-09-14"),
                   "Cyclone toll in Keshmar rises to 21")
    prov = titled(prov, "Cyclone kills 14 in Keshmar")
    port = titled(port, "Cyclone kills 14 in Keshmar")
    facts = reconcile([prov, port, later])
    assert fact_of(facts, prov) is not fact_of(facts, port)


def test_known_different_places_stay_apart_and_untied_articles_too():
    kw = dict(subject="people", event="killed", affiliation=None, date="2030-01-25", speaker=None)
    # Kyiv and Mariupol are both in the gazetteer and neither holds the other: known different
    a = titled(claim(4, places=("Kyiv",), article="a", **kw), "Strike on Kyiv")
    b = titled(claim(4, places=("Mariupol",), article="b", **kw), "Strike on Mariupol")
    facts = reconcile([a, b])
    assert fact_of(facts, a) is not fact_of(facts, b)
    # unknown places in articles of different stories (nothing ties them): apart
    c = titled(claim(4, places=("Orlec",), article="c", date="2030-02-03", speaker=None, subject="people",
                     event="killed", affiliation=None), "Bus crash near Orlec")
    d = titled(claim(4, places=("Brodno",), article="d", date="2030-02-04", speaker=None, subject="people",
                     event="killed", affiliation=None), "Fire in Brodno market")
    facts = reconcile([c, d])
    assert fact_of(facts, c) is not fact_of(facts, d)


def test_story_places_incremental_equals_batch():
    kw = dict(subject="people", event="killed", affiliation=None, date="2030-01-25")
    cs = [
        titled(claim(4, low=4, approx="at_least", places=("Vardmark",), speaker=None, article="w", **kw),
               "Avalanche in Vardmark, at least four dead"),
        titled(claim(4, low=4, approx="at_least", places=("Vard Alps",), speaker="police", article="w", **kw),
               "Avalanche in Vardmark, at least four dead"),
        titled(claim(9, places=("Sennfeld",), speaker="police", article="p", published="2030-01-27", **kw),
               "Sennfeld avalanche toll rises to nine"),
        titled(claim(3, places=("Brix",), speaker="police", article="p", published="2030-01-27", **kw),
               "Sennfeld avalanche toll rises to nine"),
        titled(claim(9, places=(), speaker="mayor", article="p", published="2030-01-27", **kw),
               "Sennfeld avalanche toll rises to nine"),
    ]
    import itertools
    for order in itertools.permutations(cs):
        r = Reconciler()
        for c in order:
            r.add(c)
        assert r.facts() == reconcile(cs)
