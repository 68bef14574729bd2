"""rules-1.13: speaker rules found on the eighth fresh set's attribution misses (invented sentences only).

- a subject holding a figure ("About 70% of the 2,300 residents …") is never what "he" refers to;
- '…," the spokeswoman, Jana Horvat, told Continental Press': what follows "told" is the audience;
- "its operator said …": a body named by its role is the speaker, not the last organisation named;
- "an initial police estimate of 18,000": a body's own figure, named bare;
- "a 2024 study by the University of Kesh found that …": the study's author;
- "Municipal engineers who reached the towns yesterday said …": the NP the relative clause hangs on.
"""
from __future__ import annotations

from .helpers import by_value


def _speaker(text, value):
    return by_value(text, value).speaker.name


def test_a_counted_subject_is_not_the_he_of_the_next_said():
    text = ("County engineer Daniel Mutua said 47 houses had been destroyed. About 70% of Kasoro's roughly "
            "2,300 residents pick tea on the estates, he said.")
    assert "Mutua" in _speaker(text, 70)
    assert "Mutua" in _speaker(text, 2300)


def test_what_follows_told_is_the_audience():
    text = ("Prime Minister Dragan Petrov said the state would pay.\n\n"
            "\"A smaller robbery is still a robbery,\" the coalition's spokeswoman, Jana Horvat, told Continental "
            "Press. She said more than 40 protesters had been injured by police on Saturday.")
    assert "Horvat" in _speaker(text, 40)


def test_its_operator_is_the_speaker():
    text = ("Police closed the coastal road. The island's airport was closed, and its operator said 46 flights "
            "had been cancelled on Thursday.")
    assert "operator" in _speaker(text, 46)


def test_a_bodys_bare_estimate_is_its_own():
    text = ("The interior ministry said on Monday that 19,500 people had taken part, revising upward an initial "
            "police estimate of 18,000.")
    assert _speaker(text, 18000) == "police"
    assert "ministry" in _speaker(text, 19500)


def test_a_studys_finding_is_its_authors():
    text = ("Geologists said the slope was unstable. A 2024 study by the University of Kesh found that 61% of "
            "the slopes had been cleared of forest.")
    assert _speaker(text, 61) == "the University of Kesh"


def test_the_subject_of_a_relative_clause_says_it():
    text = ("Municipal engineers who reached San Lorin and Ocra yesterday said 212 houses had been damaged in "
            "the eruption.")
    assert _speaker(text, 212) == "Municipal engineers"


def test_an_np_that_goes_on_with_a_verb_is_what_was_said_not_who_said_it():
    # rules-1.15: ", said X" names X only when X ends the clause; here X is the subject of the reported clause
    text = ("The Harwick Night Shelter Trust said the count was too low. Its chief executive, David Aluko, said "
            "the real number of people sleeping rough on any given night was closer to 1,800.")
    assert "number" not in (_speaker(text, 1800) or "")
    # the inverted attribution itself still names its speaker
    text = "\"Forty people died in the cellar,\" said Mayor Ana Ruiz on Monday."
    assert _speaker(text, 40) == "Mayor Ana Ruiz"


def test_the_extractor_version_names_these_rules():
    # claim ids hash the version: rules-1.15 ("…, said X") and later (1.16 "overnight", 1.17 "published on",
    # 1.18 "put the death toll at")
    from services.extract.pipeline import EXTRACTOR_VERSION
    assert EXTRACTOR_VERSION == "rules-1.18"
