"""The evaluation sets, scored with the project's yardstick on every run.

Each set is invented articles with gold claims (and, for most, gold facts) annotated by
hand before the pipeline was run on them (see docs/reconcile.md for each set's untuned
score, the honest estimate). The test extracts every article, reconciles the claims,
and scores both with ../shared/eval/score_claims.py (imported by path, never copied;
the test fails when it is missing). Floors sit a little under the current figures:
they catch a regression, not a perfect score. The user's seeds and the dev set are
scored the same way.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from services.extract.pipeline import extract
from services.ingest.normalize import read_article
from services.reconcile.engine import reconcile

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
EVAL = Path(os.environ.get("CLAIMLOG_EVAL_DIR", ROOT.parent / "shared" / "eval"))
SCORER = EVAL / "score_claims.py"


@dataclass(frozen=True)
class EvalSet:
    name: str
    gold: Path
    articles: Path
    floors: dict = field(default_factory=dict)
    min_articles: int = 1
    min_facts: int = 0

    def __str__(self) -> str:
        return self.name


SETS = [
    EvalSet("corpus", HERE / "corpus/corpus.gold.json", HERE / "corpus/articles",
            {"claim_f1": 0.95, "attributed_f1": 0.9, "date_accuracy": 0.9, "subject_accuracy": 0.9,
             "fact_pair_f1": 0.6}, min_articles=14, min_facts=10),
    EvalSet("multi", HERE / "corpus_multi/multi.gold.json", HERE / "corpus_multi/articles",
            {"claim_f1": 0.95, "attributed_f1": 0.85, "date_accuracy": 0.85, "subject_accuracy": 0.85,
             "fact_pair_f1": 0.5}, min_articles=10, min_facts=10),
    EvalSet("fresh2", HERE / "corpus_fresh2/fresh2.gold.json", HERE / "corpus_fresh2/articles",
            {"claim_f1": 0.95, "attributed_f1": 0.9, "date_accuracy": 0.9, "subject_accuracy": 0.9,
             "fact_pair_f1": 0.4}, min_articles=6, min_facts=10),
    EvalSet("fresh3", HERE / "corpus_fresh3/fresh3.gold.json", HERE / "corpus_fresh3/articles",
            {"claim_f1": 0.95, "attributed_f1": 0.9, "date_accuracy": 0.9, "subject_accuracy": 0.9,
             "fact_pair_f1": 0.55}, min_articles=7, min_facts=10),
    EvalSet("fresh4", HERE / "corpus_fresh4/fresh4.gold.json", HERE / "corpus_fresh4/articles",
            {"claim_f1": 0.95, "attributed_f1": 0.82, "date_accuracy": 0.9, "subject_accuracy": 0.9,
             "fact_pair_f1": 0.45}, min_articles=8, min_facts=8),
    EvalSet("fresh5", HERE / "corpus_fresh5/fresh5.gold.json", HERE / "corpus_fresh5/articles",
            {"claim_f1": 0.95, "attributed_f1": 0.9, "date_accuracy": 0.9, "subject_accuracy": 0.9,
             "fact_pair_f1": 0.4}, min_articles=8, min_facts=8),
    EvalSet("fresh6", HERE / "corpus_fresh6/fresh6.gold.json", HERE / "corpus_fresh6/articles",
            {"claim_f1": 0.95, "attributed_f1": 0.8, "date_accuracy": 0.9, "subject_accuracy": 0.9,
             "fact_pair_f1": 0.55}, min_articles=8, min_facts=10),
    # written blind, opened for diagnosis of dates on 22 November 2026 (rules-1.11)
    EvalSet("fresh7", HERE / "corpus_fresh7/fresh7.gold.json", HERE / "corpus_fresh7/articles",
            {"claim_f1": 0.95, "attributed_f1": 0.8, "date_accuracy": 0.7, "subject_accuracy": 0.9,
             "fact_pair_f1": 0.2}, min_articles=8, min_facts=10),
    # blind (see README "Evaluation"): floors guard against regressions only; never look at their misses.
    # fresh8 was opened for its date and speaker misses (rules-1.12, rules-1.13), fresh9 for its dates (rules-1.14);
    # fresh10 and fresh11 were opened for their date misses in a fifth session (rules-1.16); fresh12 was written blind
    # then and measured untouched once (claim 0.963, attributed 0.887, date 0.702 on the session's starting code)
    # before it was opened for rules-1.17
    EvalSet("fresh8", HERE / "corpus_fresh8/fresh8.gold.json", HERE / "corpus_fresh8/articles",
            {"claim_f1": 0.95, "attributed_f1": 0.82, "date_accuracy": 0.8, "subject_accuracy": 0.9,
             "fact_pair_f1": 0.35}, min_articles=8, min_facts=15),
    EvalSet("fresh9", HERE / "corpus_fresh9/fresh9.gold.json", HERE / "corpus_fresh9/articles",
            {"claim_f1": 0.9, "attributed_f1": 0.8, "date_accuracy": 0.6, "subject_accuracy": 0.85,
             "fact_pair_f1": 0.25}, min_articles=8, min_facts=15),
    EvalSet("fresh10", HERE / "corpus_fresh10/fresh10.gold.json", HERE / "corpus_fresh10/articles",
            {"claim_f1": 0.95, "attributed_f1": 0.85, "date_accuracy": 0.7, "subject_accuracy": 0.9,
             "fact_pair_f1": 0.3}, min_articles=8, min_facts=15),
    # fresh11: written blind on 22 November 2026 (a fourth session)
    EvalSet("fresh11", HERE / "corpus_fresh11/fresh11.gold.json", HERE / "corpus_fresh11/articles",
            {"claim_f1": 0.92, "attributed_f1": 0.75, "date_accuracy": 0.85, "subject_accuracy": 0.9,
             "fact_pair_f1": 0.2}, min_articles=8, min_facts=15),
    # fresh12: written blind on 22 November 2026 (a fifth session) like the dev set: five events, most facts in one
    # article
    EvalSet("fresh12", HERE / "corpus_fresh12/fresh12.gold.json", HERE / "corpus_fresh12/articles",
            {"claim_f1": 0.92, "attributed_f1": 0.82, "date_accuracy": 0.8, "subject_accuracy": 0.82,
             "fact_pair_f1": 0.25}, min_articles=8, min_facts=12),
    # fresh13: written blind later the same session, measured untouched once (0.939 / 0.762 / 0.677 / 0.929 / 0.432 on
    # the session's starting code, 0.939 / 0.762 / 0.710 / 0.929 / 0.459 on rules-1.17's first three rounds), then
    # opened for its speakers
    EvalSet("fresh13", HERE / "corpus_fresh13/fresh13.gold.json", HERE / "corpus_fresh13/articles",
            {"claim_f1": 0.95, "attributed_f1": 0.85, "date_accuracy": 0.75, "subject_accuracy": 0.9,
             "fact_pair_f1": 0.4}, min_articles=8, min_facts=15),
    # fresh14: the third blind set of the fifth session, measured untouched once (0.903 / 0.817 / 0.500 / 0.964 / 0.333
    # on the session's starting code; 0.955 / 0.864 / 0.480 / 0.964 / 0.333 with the session's rules until then),
    # then opened for its dates
    EvalSet("fresh14", HERE / "corpus_fresh14/fresh14.gold.json", HERE / "corpus_fresh14/articles",
            {"claim_f1": 0.95, "attributed_f1": 0.9, "date_accuracy": 0.6, "subject_accuracy": 0.9,
             "fact_pair_f1": 0.3}, min_articles=8, min_facts=15),
    # fresh15: the fourth blind set of the fifth session, measured untouched once (0.943 / 0.898 / 0.789 / 0.916 / 0.312
    # on the session's starting code; 0.949 / 0.903 / 0.816 / 0.940 / 0.321 with the session's rules until then),
    # then opened for its claims and speakers
    EvalSet("fresh15", HERE / "corpus_fresh15/fresh15.gold.json", HERE / "corpus_fresh15/articles",
            {"claim_f1": 0.95, "attributed_f1": 0.9, "date_accuracy": 0.75, "subject_accuracy": 0.9,
             "fact_pair_f1": 0.25}, min_articles=8, min_facts=15),
    # fresh16: the fifth blind set of the fifth session: measured on the session's starting code (0.944 / 0.764 / 0.812
    # / 0.893 / 0.460) and on its code of 07:08 (0.994 / 0.817 / 0.875 / 0.917 / 0.434), then opened for that fact-pair
    # loss only (the eventless size split, reverted: 0.471)
    EvalSet("fresh16", HERE / "corpus_fresh16/fresh16.gold.json", HERE / "corpus_fresh16/articles",
            {"claim_f1": 0.95, "attributed_f1": 0.78, "date_accuracy": 0.8, "subject_accuracy": 0.88,
             "fact_pair_f1": 0.35}, min_articles=8, min_facts=12),
    # fresh17: the sixth blind set of the fifth session: measured on the session's starting code (0.958 / 0.778 / 0.600 /
    # 0.975 / 0.518) and once on its code of 07:20 (0.970 / 0.812 / 0.783 / 0.975 / 0.541), then opened for dates, speakers
    EvalSet("fresh17", HERE / "corpus_fresh17/fresh17.gold.json", HERE / "corpus_fresh17/articles",
            {"claim_f1": 0.93, "attributed_f1": 0.78, "date_accuracy": 0.72, "subject_accuracy": 0.92,
             "fact_pair_f1": 0.45}, min_articles=8, min_facts=15),
    # fresh18: the seventh blind set of the fifth session: measured on that session's starting code (0.918 / 0.787 /
    # 0.613 / 0.976 / 0.387) and on its final code (0.955 / 0.818 / 0.823 / 0.976 / 0.408); opened in the sixth
    # session for rules-1.18 (0.955 / 0.864 / 0.871 / 0.988 / 0.630)
    EvalSet("fresh18", HERE / "corpus_fresh18/fresh18.gold.json", HERE / "corpus_fresh18/articles",
            {"claim_f1": 0.92, "attributed_f1": 0.83, "date_accuracy": 0.83, "subject_accuracy": 0.95,
             "fact_pair_f1": 0.55}, min_articles=8, min_facts=15),
    # fresh19 and fresh20: the sixth session's blind sets, written by helpers who read neither the code nor the docs.
    # fresh19, measured untouched on the session's starting code and on rules-1.18 alike: 0.971 / 0.903 / 0.963 / 0.970
    # / 0.365. fresh20 (never opened): 0.957 / 0.791 / 0.784 / 0.973 / 0.310 on the starting code, 0.957 / 0.791 /
    # 0.824 / 0.973 / 0.466 on rules-1.18
    EvalSet("fresh19", HERE / "corpus_fresh19/fresh19.gold.json", HERE / "corpus_fresh19/articles",
            {"claim_f1": 0.93, "attributed_f1": 0.85, "date_accuracy": 0.9, "subject_accuracy": 0.93,
             "fact_pair_f1": 0.3}, min_articles=8, min_facts=12),
    EvalSet("fresh20", HERE / "corpus_fresh20/fresh20.gold.json", HERE / "corpus_fresh20/articles",
            {"claim_f1": 0.92, "attributed_f1": 0.75, "date_accuracy": 0.78, "subject_accuracy": 0.93,
             "fact_pair_f1": 0.4}, min_articles=8, min_facts=15),
    # fresh21 and fresh22: two more blind sets of the sixth session, measured untouched on the session's starting code
    # and on its rules-1.18 of 08:33: fresh21 0.929 / 0.795 / 0.812 / 0.971 / 0.418 both times (then opened for its
    # speakers); fresh22 (never opened) 0.935 / 0.852 / 0.794 / 0.960 / 0.295 -> 0.935 / 0.861 / 0.794 / 0.960 / 0.364
    EvalSet("fresh21", HERE / "corpus_fresh21/fresh21.gold.json", HERE / "corpus_fresh21/articles",
            {"claim_f1": 0.9, "attributed_f1": 0.75, "date_accuracy": 0.78, "subject_accuracy": 0.93,
             "fact_pair_f1": 0.35}, min_articles=8, min_facts=15),
    EvalSet("fresh22", HERE / "corpus_fresh22/fresh22.gold.json", HERE / "corpus_fresh22/articles",
            {"claim_f1": 0.9, "attributed_f1": 0.8, "date_accuracy": 0.75, "subject_accuracy": 0.93,
             "fact_pair_f1": 0.3}, min_articles=8, min_facts=15),
    EvalSet("seeds", EVAL / "seeds.gold.json", EVAL.parent / "seeds",
            {"claim_f1": 1.0, "attributed_f1": 1.0, "date_accuracy": 1.0, "subject_accuracy": 1.0,
             "affiliation_accuracy": 1.0, "fact_pair_f1": 0.9, "fact_status_accuracy": 1.0}, min_articles=2),
    EvalSet("dev", EVAL / "dev/dev.gold.json", EVAL / "dev/articles",
            {"claim_f1": 0.95, "attributed_f1": 0.95, "date_accuracy": 0.95, "subject_accuracy": 0.95,
             "fact_pair_f1": 0.7}, min_articles=8),
]


def _scorer():
    assert SCORER.exists(), f"the scorer is expected at {SCORER} (../shared/eval beside the repo)"
    spec = importlib.util.spec_from_file_location("score_claims", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score(s: EvalSet, tmp_path: Path) -> dict:
    """Extract, reconcile and score one set; the scorer's summary as a dict."""
    claims = []
    for path in sorted(s.articles.glob("*.txt")):
        claims += extract(read_article(path.read_text(encoding="utf-8"), uri=str(path)))
    cfile = tmp_path / "claims.jsonl"
    cfile.write_text("\n".join(c.model_dump_json() for c in claims) + "\n", encoding="utf-8")
    picture = {"facts": [{"id": f.fact_id, "status": f.status, "claims": list(f.claim_ids)}
                         for f in reconcile(claims)]}
    pfile = tmp_path / "picture.json"
    pfile.write_text(json.dumps(picture), encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        rc = _scorer().main(["--gold", str(s.gold), "--articles", str(s.articles), "--claims", str(cfile),
                             "--picture", str(pfile)])
    assert rc == 0
    text = out.getvalue()
    return json.loads(text[: text.rindex("}") + 1])


@pytest.mark.parametrize("s", SETS, ids=str)
def test_gold_evidence_and_facts_are_consistent(s):
    assert s.gold.exists(), f"the gold file is expected at {s.gold}"
    gold = json.loads(s.gold.read_text(encoding="utf-8"))
    assert len(gold["articles"]) >= s.min_articles and len(gold.get("facts", [])) >= s.min_facts
    known = set()
    for art in gold["articles"]:
        text = (s.articles / art["article"]).read_text(encoding="utf-8")
        for c in art["claims"]:
            assert c["evidence"] in text, (art["article"], c["id"])
            known.add(f"{art['article']}#{c['id']}")
    for f in gold.get("facts", []):
        assert set(f["claims"]) <= known, f["id"]


@pytest.mark.parametrize("s", SETS, ids=str)
def test_set_scores_above_its_floors(s, tmp_path):
    summary = score(s, tmp_path)
    low = {k: summary[k] for k, floor in s.floors.items() if (summary[k] or 0) < floor}
    assert not low, f"{s.name} below floor: {low} (summary {summary})"
