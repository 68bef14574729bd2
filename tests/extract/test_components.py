"""Each component alone, on a hand-built Doc, plus the pipeline's contract (order, ids, determinism)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from contracts.claims import claim_id_for
from services.extract import pipeline
from services.extract.components import (affiliation, dates, numbers, places, quantities, quotes, sentences,
                                         speakers, subjects)
from services.extract.doc import Doc

from .helpers import claims_of

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def doc_of(text: str, *names: str, published: date | None = None) -> Doc:
    order = {"sentences": sentences.run, "quantities": quantities.run, "quotes": quotes.run,
             "speakers": speakers.run, "affiliation": affiliation.run, "subjects": subjects.run,
             "places": places.run, "dates": dates.run}
    doc = Doc(text=text, published=published)
    for n in names:
        doc = order[n](doc)
    return doc


# ---- numbers
@pytest.mark.parametrize("words,value", [("forty-six", 46), ("eighteen", 18), ("one hundred and five", 105),
                                         ("a dozen", 12), ("two dozen", 24), ("a million", 1_000_000),
                                         ("three thousand", 3000), ("twenty one", 21)])
def test_number_words(words, value):
    assert numbers.read_words(words.split())[0] == value


@pytest.mark.parametrize("tok,value", [("20,000", 20000), ("4,18,480", 418480), ("3.5", 3.5), ("193k", 193000),
                                       ("7", 7)])
def test_number_digits(tok, value):
    assert numbers.parse_digits(tok)[0] == value


def test_number_words_reject_non_numbers():
    assert numbers.read_words(["and"]) is None
    assert numbers.parse_digits("abc") is None


# ---- sentences
def test_sentences_split_and_abbreviations():
    doc = doc_of("Mr. Smith met Gov. Jones at 5 p.m. on Friday. He left. “Go,” she said. George W. Bush spoke.",
                 "sentences")
    texts = [doc.sentence_text(s) for s in doc.sentences]
    assert texts == ["Mr. Smith met Gov. Jones at 5 p.m. on Friday.", "He left.", "“Go,” she said.",
                     "George W. Bush spoke."]


def test_sentences_header_line_is_headline_and_date():
    doc = doc_of(" date 2022-05-01 Big news today\n\nFirst line. Second line.", "sentences")
    assert doc.published == date(2022, 5, 1)
    assert doc.sentences[0].headline and doc.sentence_text(doc.sentences[0]) == "Big news today"
    assert [s.para for s in doc.sentences] == [0, 1, 1]


# ---- quantities
def test_quantities_spans_point_into_text():
    text = "Rescuers said some 40 men and 12 women were found."
    doc = doc_of(text, "sentences", "quantities")
    assert [(text[m.start:m.end], m.value) for m in doc.mentions] == [("some 40", 40), ("12", 12)]


# ---- quotes
def test_quotes_run_on_across_paragraphs():
    text = "He said: “One.\n\n“Two.”\n\nThree."
    spans = quotes.find_quotes(text)
    assert len(spans) == 1 and text[spans[0][0]:spans[0][1]] == "One.\n\n“Two."


def test_straight_quotes_pair_within_paragraph():
    text = 'A "b" c "d"'
    assert [text[a:b] for a, b in quotes.find_quotes(text)] == ["b", "d"]


# ---- speakers
def test_speakers_component_alone():
    doc = doc_of("Nine huts burned, a village elder said.", "sentences", "quantities", "quotes", "speakers")
    assert doc.mentions[0].speaker.name == "a village elder"
    assert doc.mentions[0].speaker.kind == "trailing"


def test_subject_before_detects_passive():
    doc = doc_of("Ten were said to have died.", "sentences")
    toks = doc.sentences[0].tokens
    v = [t.lower for t in toks].index("said")
    assert speakers.subject_before([t.lower for t in toks], toks, v) == "passive"


# ---- affiliation
@pytest.mark.parametrize("name,side", [("Russia's defense ministry", "Russia"), ("Ukrainian forces", "Ukraine"),
                                       ("a TASS agency correspondent", "Russia"), ("Reuters news agency", "Media"),
                                       ("the UN refugee agency", "UN"), ("Nigerian police", "Nigeria"),
                                       ("a local farmer", None), ("Xinhua", "China")])
def test_side_of(name, side):
    assert affiliation.side_of(name) == side


def test_knowledge_file_is_editable(tmp_path):
    kb = tmp_path / "sides.toml"
    kb.write_text('[sides.Atlantis]\nnames = ["Poseidon Daily"]\nadjectives = ["Atlantean"]\n')
    assert affiliation.side_of("Poseidon Daily reporters", str(kb)) == "Atlantis"
    assert affiliation.side_of("Atlantean troops", str(kb)) == "Atlantis"
    assert affiliation.side_of("Russian troops", str(kb)) is None


# ---- subjects
@pytest.mark.parametrize("words,head", [("heavily injured fighters were", "fighters"), ("buses carrying men", "buses"),
                                        ("arts students ,", "students"), ("of the city has", "city"),
                                        ("lacked water .", None)])
def test_head_after(words, head):
    assert subjects.head_after(words.split(), 0) == head


# ---- places
def test_places_after_prepositions():
    doc = doc_of("Twelve boats left from Port Ellis to the Isle of Dunmore.", "sentences", "quantities", "places")
    assert doc.mentions[0].places == ["Port Ellis", "Isle"]


# ---- dates
def test_weekday_resolution():
    sunday = date(2022, 5, 1)
    assert dates.weekday_on_or_before(sunday, 5) == date(2022, 4, 30)
    assert dates.weekday_on_or_before(sunday, 6) == sunday


def test_dates_component_alone():
    doc = doc_of("Police said 40 people were held on Saturday.", "sentences", "quantities", "dates",
                 published=date(2022, 5, 1))
    assert doc.mentions[0].date == "2022-04-30" and doc.mentions[0].date_text == "Saturday"


# ---- the pipeline's contract
def test_components_are_named_and_ordered():
    assert [n for n, _ in pipeline.COMPONENTS] == ["sentences", "quantities", "quotes", "speakers", "affiliation",
                                                   "subjects", "places", "dates"]


def test_claims_sorted_ids_and_version():
    claims = claims_of("Six boats sank. Officials said 14 men and 3 women drowned.", "2023-01-02")
    keys = [(c.evidence.start, c.quantity.span.start) for c in claims]
    assert keys == sorted(keys) and len(claims) == 3
    for c in claims:
        assert c.extractor_version == pipeline.EXTRACTOR_VERSION
        assert c.claim_id == claim_id_for(article_id=c.article.id, quantity_span=c.quantity.span,
                                          value=c.quantity.value, low=c.quantity.low, high=c.quantity.high,
                                          extractor_version=pipeline.EXTRACTOR_VERSION)


def test_evidence_offsets_are_exact():
    text = " date 2023-01-02 Headline\n\nOfficials said 14 men drowned. Another 3 were saved."
    claims = claims_of(text[len(" date 2023-01-02 Headline\n\n"):], "2023-01-02", "Headline")
    for c in claims:
        assert text[c.evidence.start:c.evidence.end] == c.evidence.text
        assert text[c.quantity.span.start:c.quantity.span.end] == c.quantity.text


def test_deterministic_on_seeds():
    from services.ingest.normalize import read_article
    paths = sorted(SEEDS.glob("*.txt"))
    assert paths, f"no seeds under {SEEDS}"
    for p in paths:
        text = p.read_text(encoding="utf-8")
        a = [c.model_dump_json() for c in pipeline.extract(read_article(text, uri=str(p)))]
        b = [c.model_dump_json() for c in pipeline.extract(read_article(text, uri=str(p)))]
        assert a == b and a
