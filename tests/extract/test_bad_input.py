"""Bad input gives no claims (or a clear error from ingest) quickly, never a crash or a hang."""
from __future__ import annotations

import random
import time

import pytest

from contracts.articles import Article, article_id_for
from services.extract.pipeline import MAX_CHARS, extract, looks_unreadable
from services.ingest.normalize import BadArticle, read_article_bytes


def _article(text: str) -> Article:
    return Article(id=article_id_for(text), uri="bad.txt", text=text)


_rng = random.Random(7)
JUNK = "".join(chr(_rng.randrange(0, 0x2FF)) for _ in range(50_000))
HTML = "<html><head><title>x</title></head><body>" + "<div class='a'><p>20 <b>men</b></p></div>" * 2000 + \
    "</body></html>"
SENTENCE = "Officials said 120 people were evacuated from the district on Saturday. "

BAD = [
    ("empty", ""),
    ("blank", " \n\n\t "),
    ("binary junk", JUNK),
    ("nul bytes", "20 people\x00\x00\x00" * 100),
    ("html page", HTML),
    ("replacement chars", "\ufffd" * 10_000 + " 20 people died."),
    ("five megabytes", SENTENCE * (5_000_000 // len(SENTENCE))),
    ("one huge line", "word " * 400_000),
    ("digits and commas", "1," * 200_000),
    ("no spaces", "a" * 1_000_000),
    ("open quotes", "“" * 100_000 + " 12 men"),
    ("numbers only", " ".join(str(i) for i in range(100_000))),
    ("number words", "forty-six " * 50_000),
    ("hyphen chains", "-".join(["twenty"] * 100_000)),
]


@pytest.mark.parametrize("name,text", BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_bounded(name, text):
    t0 = time.perf_counter()
    claims = extract(_article(text))
    elapsed = time.perf_counter() - t0
    assert isinstance(claims, list)
    assert elapsed < 10, f"{name}: took {elapsed:.1f} s"
    for c in claims:
        assert 0 <= c.evidence.start <= c.evidence.end <= min(len(text), MAX_CHARS)


@pytest.mark.parametrize("name", ["empty", "blank", "binary junk", "nul bytes", "html page", "replacement chars"])
def test_unreadable_input_gives_no_claims(name):
    text = dict(BAD)[name]
    assert extract(_article(text)) == []


def test_huge_article_reads_only_the_cap():
    text = SENTENCE * (5_000_000 // len(SENTENCE))
    claims = extract(_article(text))
    assert claims and max(c.evidence.end for c in claims) <= MAX_CHARS


def test_non_utf8_bytes_are_refused_by_ingest_with_a_clear_error():
    with pytest.raises(BadArticle, match="not UTF-8"):
        read_article_bytes(b"Police said 20 people \xff\xfe died.")


def test_looks_unreadable_reasons():
    assert looks_unreadable("") == "empty"
    assert looks_unreadable("\x00\x01\x02" * 100) == "binary"
    assert looks_unreadable(HTML) == "markup"
    assert looks_unreadable("Police said 20 people died.") is None
