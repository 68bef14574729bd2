"""Every fact has an id of its own, even when two groups share subject, event, place and date."""
from __future__ import annotations

from ops.newsgen import generate
from services.extract.pipeline import extract
from services.ingest.normalize import read_article
from services.reconcile.engine import Reconciler, reconcile


def test_fact_ids_are_unique_and_incremental_state_keeps_every_fact():
    # 200 invented reports hold groups that share a key (undated, placeless groups of one
    # subject that nothing ties together): before ids were disambiguated, the incremental
    # state (keyed by id) silently dropped some of them.
    claims = [c for i, text in enumerate(generate(200)) for c in extract(read_article(text, uri=f"r{i}.txt"))]
    facts = reconcile(claims)
    ids = [f.fact_id for f in facts]
    assert len(ids) == len(set(ids))
    grouped = sorted(cid for f in facts for cid in f.claim_ids)
    assert grouped == sorted({c.claim_id for c in claims}), "every claim is in exactly one fact"
    r = Reconciler(claims)
    assert [f.model_dump() for f in r.facts()] == [f.model_dump() for f in facts]
