"""The proxy held-out corpus (tests/extract/corpus): 16 invented articles annotated by hand.

Runs the extractor over every article and scores it with the project's yardstick,
../shared/eval/score_claims.py (imported by path, never copied). Floors are modest: they
catch a regression, not a perfect score.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import os
from pathlib import Path

import pytest

from services.extract.pipeline import extract
from services.ingest.normalize import read_article

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
ROOT = HERE.parents[1]
SCORER = Path(os.environ.get("CLAIMLOG_EVAL_DIR", ROOT.parent / "shared" / "eval")) / "score_claims.py"

FLOORS = {"claim_f1": 0.90, "attributed_f1": 0.80, "date_accuracy": 0.80, "subject_accuracy": 0.80}


def _scorer():
    assert SCORER.exists(), f"the scorer is expected at {SCORER} (../shared/eval beside the repo)"
    spec = importlib.util.spec_from_file_location("score_claims", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _score(gold: Path, articles: Path, tmp_path: Path) -> dict:
    lines = []
    for path in sorted(articles.glob("*.txt")):
        art = read_article(path.read_text(encoding="utf-8"), uri=str(path))
        lines += [c.model_dump_json() for c in extract(art)]
    claims = tmp_path / "claims.jsonl"
    claims.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        rc = _scorer().main(["--gold", str(gold), "--articles", str(articles), "--claims", str(claims)])
    assert rc == 0
    text = out.getvalue()
    return json.loads(text[: text.rindex("}") + 1])


def test_gold_evidence_is_in_the_articles():
    gold = json.loads((CORPUS / "corpus.gold.json").read_text(encoding="utf-8"))
    assert len(gold["articles"]) >= 14
    for art in gold["articles"]:
        text = (CORPUS / "articles" / art["article"]).read_text(encoding="utf-8")
        for c in art["claims"]:
            assert c["evidence"] in text, (art["article"], c["id"])


def test_proxy_corpus_scores_above_floors(tmp_path):
    s = _score(CORPUS / "corpus.gold.json", CORPUS / "articles", tmp_path)
    low = {k: s[k] for k, floor in FLOORS.items() if (s[k] or 0) < floor}
    assert not low, f"below floor: {low} (summary {s})"


@pytest.mark.parametrize("gold,articles", [
    ("seeds.gold.json", "../seeds"),
    ("dev/dev.gold.json", "dev/articles"),
])
def test_shared_sets_stay_high(tmp_path, gold, articles):
    base = SCORER.parent
    assert (base / gold).exists(), f"the shared eval set is expected at {base / gold}"
    s = _score(base / gold, (base / articles).resolve(), tmp_path)
    assert s["claim_f1"] >= 0.95 and s["attributed_f1"] >= 0.9, s
