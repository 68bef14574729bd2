"""Fact grouping against newsgen's own truth: pair precision / recall / F1.

Not a test and not a speed figure: a quality check on synthetic news whose truth is known.
newsgen (`ops/newsgen.py`) says which happening each stated figure counts; each extracted
claim is matched to the figure at its position, and pairs of matched claims are compared as
`../shared/eval/score_claims.py` compares them (same fact in our grouping vs same happening).
Usage: .venv/bin/python -m ops.bench.newsgen_grouping [--reports 120] [--seed 7]
"""
from __future__ import annotations

import argparse
import itertools

from ops.newsgen import reports_with_truth
from services.extract.pipeline import extract
from services.ingest.normalize import read_article
from services.reconcile.engine import reconcile


def pair_scores(reports: int, seed: int) -> dict:
    claims, happening_of = [], {}
    for i, (text, truth) in enumerate(reports_with_truth(reports, seed=seed)):
        article = read_article(text, uri=f"gen/{i:06d}.txt")
        found = extract(article)
        for t in truth:
            start = article.text.find(t["sentence"])
            if start < 0:
                continue
            at = start + t["sentence"].lower().find(t["figure"].lower())
            for c in found:
                if (c.claim_id not in happening_of and c.evidence.start <= at < c.evidence.end
                        and c.quantity.value == t["value"]):
                    happening_of[c.claim_id] = id(t["happening"])
                    break
        claims += found
    facts = reconcile(claims)
    fact_of = {cid: f.fact_id for f in facts for cid in f.claim_ids}
    ids = sorted(c for c in happening_of if c in fact_of)
    tp = fp = fn = 0
    for a, b in itertools.combinations(ids, 2):
        same_truth, same_fact = happening_of[a] == happening_of[b], fact_of[a] == fact_of[b]
        tp += same_truth and same_fact
        fp += same_fact and not same_truth
        fn += same_truth and not same_fact
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"reports": reports, "claims": len(claims), "matched": len(ids), "facts": len(facts),
            "happenings": len(set(happening_of.values())), "pair_precision": round(p, 3),
            "pair_recall": round(r, 3), "pair_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=120)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    print(pair_scores(a.reports, a.seed))


if __name__ == "__main__":
    main()
