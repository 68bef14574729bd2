"""The incremental reconcile engine (issue 6: parts index, per-bucket cache, linked-article memo) gives
exactly what the batch `reconcile()` of the same engine gives.

The invariant tested here: after every `add` the incremental state is the batch function of the claims so
far, every `add` returns exactly the difference between two batch states, and restore and shuffled arrival
orders give the same facts.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from services.extract.pipeline import extract
from services.ingest.normalize import read_article
from services.reconcile import engine

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


def _diff(before: list, after: list) -> list:
    """The changes `Reconciler.add` must return between two batch states: new or changed facts (sorted by
    id), then the retired ones (sorted by id)."""
    old = {f.fact_id: f for f in before}
    new = {f.fact_id: f for f in after}
    return [new[i] for i in sorted(new) if old.get(i) != new[i]], sorted(set(old) - set(new))


def _same(claims) -> None:
    batch = engine.reconcile(claims)
    mine = engine.Reconciler()
    seen: list = []
    prev: list = []
    for i, c in enumerate(claims):  # every add returns the difference of two batch states
        seen.append(c)
        out = mine.add(c)
        now = engine.reconcile(seen) if i % 7 == 0 or i == len(claims) - 1 else None
        if now is not None:
            assert mine.facts() == now
        if now is not None and i > 0 and prev_i == i - 1:
            changed, retired = _diff(prev, now)
            assert [f for f in out if not isinstance(f, engine.FactRetired)] == changed
            assert [f.fact_id for f in out if isinstance(f, engine.FactRetired)] == retired
        if now is not None:
            prev, prev_i = now, i
        if i % 7 == 6:  # the batch state just before the next checked add
            prev, prev_i = engine.reconcile(seen), i
    assert mine.facts() == batch
    assert engine.Reconciler(claims).facts() == batch  # restore
    for seed in range(3):
        shuffled = list(claims)
        random.Random(seed).shuffle(shuffled)
        r = engine.Reconciler()
        for c in shuffled:
            r.add(c)
        assert r.facts() == batch
        assert engine.reconcile(shuffled) == batch


def test_world():
    _same(WORLD)


@pytest.mark.parametrize("name", sorted(SETS))
def test_eval_sets(name):
    _same(_claims_of_files(SETS[name]))


def test_newsgen_reports():
    # ~45 reports, ~400 claims: partitions large enough for parts across sources, eventless claims
    # joining events, article splits and regroupings
    _same(_newsgen_claims(45))


@pytest.mark.parametrize("name", ["corpus_fresh2"])
def test_groups_do_not_depend_on_claim_ids(name):
    """The same claims under other ids (another extractor version hashes other ids) group the same way: the greedy
    steps visit claims in reading order, not id order."""
    import hashlib
    claims = _claims_of_files(SETS[name])

    def groups(salt):
        back, renamed = {}, []
        for c in claims:
            nid = "c_" + hashlib.sha256((salt + c.claim_id).encode()).hexdigest()[:20]
            back[nid] = c.claim_id
            renamed.append(c.model_copy(update={"claim_id": nid}))
        return {frozenset(back[i] for i in f.claim_ids) for f in engine.reconcile(renamed)}
    assert groups("one") == groups("two")
