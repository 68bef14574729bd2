"""`story.article_names`: the names an article mentions most, written on every claim's `ArticleRef.names`."""
from services.extract.components.story import article_names, name_stem
from services.extract.pipeline import extract
from services.ingest.normalize import read_article

TEXT = (" date 2031-03-04 Swap completed\n\n"
        "Officials in Karvonia said the exchange went ahead. The Karvonians freed on Monday met Lidia Brenko, "
        "and Brenko said more would follow. Police in Sarny said 40 people gathered. On Tuesday the "
        "ministry in Sarny confirmed it, and Brenko again thanked the Red Cross.\n")


def test_names_are_stemmed_counted_and_ranked():
    assert name_stem("Karvonia") == name_stem("Karvonians") == "karvon"
    names = article_names(TEXT)
    assert names[0] == "brenko"                       # three mentions
    assert set(names) >= {"karvon", "sarny", "lidia"}
    assert "officials" not in names and "police" not in names and "on" not in names  # sentence openers
    assert "tuesday" not in names and "red" not in names and "cross" not in names   # stop words
    assert "swap" not in names                         # the header line is not read
    assert len(article_names(TEXT, top=2)) == 2


def test_every_claim_carries_its_articles_names():
    claims = extract(read_article(TEXT, uri="k.txt"))
    assert claims and all(c.article.names == article_names(TEXT) for c in claims)
