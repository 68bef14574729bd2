"""The indexed reconcile engine (issue 6) gives exactly what the unindexed one gave.

`reference_engine.py` is a frozen copy of the engine before its performance restructuring
(parts index, per-bucket cache, linked-article memo). Both use the same `rules`, so a rule
change applies to both; these tests compare the facts of the batch function, the changes
returned by every single `add`, and the final state after shuffled orders.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from services.extract.pipeline import extract
from services.ingest.normalize import read_article
from services.reconcile import engine

from . import reference_engine as ref
from .test_incremental import WORLD

ROOT = Path(__file__).resolve().parents[2]
SETS = {
    "examples": ROOT / "examples",
    "corpus": ROOT / "tests/extract/corpus/articles",
    "corpus_multi": ROOT / "tests/extract/corpus_multi/articles",
    "corpus_fresh2": ROOT / "tests/extract/corpus_fresh2/articles",
    "seeds": Path("/work/shared/seeds"),
    "dev": Path("/work/shared/eval/dev/articles"),
}


def _claims_of_files(folder: Path):
    files = sorted(folder.glob("*.txt"))
    if not files:
        pytest.skip(f"no articles in {folder}")
    return [c for f in files for c in extract(read_article(f.read_text(), uri=str(f)))]


def _newsgen_claims(n: int):
    from ops.newsgen import generate
    return [c for i, t in enumerate(generate(n, seed=5)) for c in extract(read_article(t, uri=f"bench/{i:06d}.txt"))]


def _same(claims) -> None:
    assert engine.reconcile(claims) == ref.reconcile(claims)
    want, mine = ref.Reconciler(), engine.Reconciler()
    for c in claims:  # every add returns the same changes (the fact events the service appends)
        assert mine.add(c) == want.add(c)
    assert mine.facts() == want.facts()
    assert engine.Reconciler(claims).facts() == want.facts()  # restore
    for seed in range(3):
        shuffled = list(claims)
        random.Random(seed).shuffle(shuffled)
        r = engine.Reconciler()
        for c in shuffled:
            r.add(c)
        assert r.facts() == want.facts()


def test_world():
    _same(WORLD)


@pytest.mark.parametrize("name", sorted(SETS))
def test_eval_sets(name):
    _same(_claims_of_files(SETS[name]))


def test_newsgen_reports():
    # ~45 reports, ~400 claims: partitions large enough for parts across sources, eventless claims
    # joining events, article splits and regroupings
    _same(_newsgen_claims(45))
