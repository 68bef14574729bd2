"""Gold claims as `Claim` objects: measure the engine with perfect extraction.

Reads ../shared/eval (gold files, articles) at test time; nothing of it is copied
into the project. Also a script:

    .venv/bin/python -m tests.reconcile.gold            # scores seeds and dev, prints the last lines
    .venv/bin/python -m tests.reconcile.gold -v dev     # and the facts, for reading
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from contracts.claims import ArticleRef, Claim, Quantity, Span, Speaker
from contracts.facts import Fact

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CLAIMLOG_SHARED", REPO.parent / "shared"))
EVAL = SHARED / "eval"
SCORER = EVAL / "score_claims.py"

SETS = {
    "seeds": (EVAL / "seeds.gold.json", SHARED / "seeds"),
    "dev": (EVAL / "dev" / "dev.gold.json", EVAL / "dev" / "articles"),
}


def outlet_of(filename: str) -> str | None:
    """The dev files name their outlet last ("01_venezuela-turnout_arkansasonline.txt"); seeds do not."""
    m = re.fullmatch(r"\d+_[^_]+_([a-z0-9]+)\.txt", filename)
    return m.group(1) if m else None


def gold_claims(name: str) -> list[Claim]:
    """Every gold claim of a set (optional ones too) as a Claim, with offsets found in the article text."""
    gold_path, articles = SETS[name]
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    out = []
    for art in gold["articles"]:
        text = (articles / art["article"]).read_text(encoding="utf-8")
        ref = ArticleRef(id=art["article"], uri=art["article"], outlet=outlet_of(art["article"]),
                         published=art.get("published"))
        for g in art["claims"]:
            start = text.find(g["evidence"])
            assert start >= 0, f"evidence of {art['article']}#{g['id']} not in the article"
            span = Span(start=start, end=start + len(g["evidence"]), text=g["evidence"])
            subject = (g.get("subject") or [""])[0]
            out.append(Claim(
                claim_id=f"{art['article']}#{g['id']}",
                article=ref,
                speaker=Speaker(name=g.get("speaker") or None, affiliation=g.get("affiliation")),
                quantity=Quantity(value=g.get("value"), low=g.get("low"), high=g.get("high"),
                                  approx=g.get("approx", "exact"), text=str(g.get("value") or g["evidence"][:40]),
                                  span=span),
                subject=subject, event=g.get("event"), places=list(g.get("places") or []), date=g.get("date"),
                date_text=g.get("date"),  # a gold date is read from the text: a stated date
                polarity=g.get("polarity", "asserted"), evidence=span, extractor_version="gold",
            ))
    return out


def picture(facts: list[Fact], claims: list[Claim]) -> dict:
    by_id = {c.claim_id: c for c in claims}
    return {"facts": [{"id": f.fact_id, "status": f.status,
                       "claims": [by_id[m.claim_id].model_dump(mode="json") for m in f.members]} for f in facts]}


def score(name: str, facts: list[Fact], claims: list[Claim], workdir: Path) -> dict:
    """Run ../shared/eval/score_claims.py on the claims and the picture; its JSON summary."""
    gold_path, articles = SETS[name]
    workdir.mkdir(parents=True, exist_ok=True)
    cpath, ppath = workdir / f"{name}-claims.jsonl", workdir / f"{name}-picture.json"
    cpath.write_text("".join(c.model_dump_json() + "\n" for c in claims), encoding="utf-8")
    ppath.write_text(json.dumps(picture(facts, claims), indent=1), encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold_path), "--articles", str(articles),
                          "--claims", str(cpath), "--picture", str(ppath)],
                         capture_output=True, text=True, check=True)
    out = run.stdout
    summary = json.loads(out[: out.rindex("}") + 1])
    summary["last_line"] = out.strip().splitlines()[-1]
    return summary


def main(argv: list[str]) -> int:
    import tempfile

    from services.reconcile.engine import Policy, reconcile

    verbose = "-v" in argv
    names = [a for a in argv if a in SETS] or list(SETS)
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            claims = gold_claims(name)
            facts = reconcile(claims, policy=Policy(corroborate_one_side="--loose" in argv))
            s = score(name, facts, claims, Path(tmp))
            print(f"{name}: {s['last_line']} fact_status_accuracy={s['fact_status_accuracy']} "
                  f"pair_p={s['fact_pair_precision']} pair_r={s['fact_pair_recall']} facts={s['facts_in_picture']}")
            if verbose:
                for f in facts:
                    if len(f.members) > 1 or verbose:
                        print(f"  {f.fact_id} {f.status:13} {f.subject}/{f.event}/{f.places}/{f.date}")
                        for m in f.members:
                            print(f"      {m.claim_id:50} {m.role:6} {m.rule:35} {m.side} "
                                  f"{'superseded_by=' + m.superseded_by if m.superseded_by else ''}")
                        print(f"      reason: {f.reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
