"""Reconcile cost per claim as the log grows: claims/s of `Reconciler.add` per 500-claim window.

Not a test (tests do not time things). Usage:
    .venv/bin/python -m ops.bench.reconcile_scaling [--claims 3000] [--window 500] [--engine MODULE]
        [--mode claim|report|both]
`--engine MODULE` times another engine module (e.g. a copy of an older engine.py) instead.
`--mode claim` feeds `Reconciler.add` one claim at a time; `--mode report` feeds `Reconciler.add_many`
one news report at a time (the claims of one article, in order: what the reconcile service does);
`both` (the default) runs one then the other.
"""
from __future__ import annotations

import argparse
import importlib
import time

from services.extract.pipeline import extract
from services.ingest.normalize import read_article


def newsgen_claims(n_claims: int, seed: int = 5) -> list:
    from ops.newsgen import generate
    reports = max(10, n_claims // 8 + 20)
    while True:
        claims = [c for i, t in enumerate(generate(reports, seed=seed))
                  for c in extract(read_article(t, uri=f"bench/{i:06d}.txt"))]
        if len(claims) >= n_claims:
            return claims[:n_claims]
        reports = int(reports * 1.3) + 1


def by_report(claims: list) -> list[list]:
    """The claims grouped by their article (report), in order of first appearance."""
    groups: dict[str, list] = {}
    for c in claims:
        groups.setdefault(c.article.id, []).append(c)
    return list(groups.values())


def run_claims(mod, claims: list, window: int) -> None:
    r = mod.Reconciler()
    total = 0.0
    print(f"engine {mod.__name__}, claim by claim (add): {len(claims)} newsgen claims, window {window}")
    for lo in range(0, len(claims), window):
        t = time.perf_counter()
        for c in claims[lo:lo + window]:
            r.add(c)
        dt = time.perf_counter() - t
        total += dt
        n = len(claims[lo:lo + window])
        print(f"claims {lo:5d}-{lo + n:5d}: {n / dt:8.1f} claims/s  ({dt:6.2f} s)")
    print(f"total {total:.2f} s, {len(claims) / total:.1f} claims/s overall, {len(r.facts())} facts")


def run_reports(mod, claims: list, window: int) -> None:
    """add_many per report; a line each time the claims fed pass a multiple of `window`."""
    reports = by_report(claims)
    r = mod.Reconciler()
    total = dt = 0.0
    done = lo = 0
    print(f"engine {mod.__name__}, report by report (add_many): {len(claims)} newsgen claims in "
          f"{len(reports)} reports, window ~{window}")
    for rep in reports:
        t = time.perf_counter()
        r.add_many(rep)
        dt += time.perf_counter() - t
        done += len(rep)
        if done - lo >= window or done == len(claims):
            total += dt
            print(f"claims {lo:5d}-{done:5d}: {(done - lo) / dt:8.1f} claims/s  ({dt:6.2f} s)")
            lo, dt = done, 0.0
    print(f"total {total:.2f} s, {len(claims) / total:.1f} claims/s overall, {len(r.facts())} facts")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--claims", type=int, default=3000)
    ap.add_argument("--window", type=int, default=500)
    ap.add_argument("--mode", choices=["claim", "report", "both"], default="both")
    ap.add_argument("--engine", default="services.reconcile.engine",
                    help="module path of the engine to time (default: services.reconcile.engine)")
    a = ap.parse_args()
    mod = importlib.import_module(a.engine)
    claims = newsgen_claims(a.claims)
    if a.mode in ("claim", "both"):
        run_claims(mod, claims, a.window)
    if a.mode in ("report", "both"):
        run_reports(mod, claims, a.window)


if __name__ == "__main__":
    main()
