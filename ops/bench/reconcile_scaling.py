"""Reconcile cost per claim as the log grows: claims/s of `Reconciler.add` per 500-claim window.

Not a test (tests do not time things). Usage:
    .venv/bin/python -m ops.bench.reconcile_scaling [--claims 3000] [--window 500] [--engine MODULE]
`--engine MODULE` times another engine module (e.g. a copy of an older engine.py) instead.
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--claims", type=int, default=3000)
    ap.add_argument("--window", type=int, default=500)
    ap.add_argument("--engine", default="services.reconcile.engine",
                    help="module path of the engine to time (default: services.reconcile.engine)")
    a = ap.parse_args()
    mod = importlib.import_module(a.engine)
    claims = newsgen_claims(a.claims)
    r = mod.Reconciler()
    total = 0.0
    print(f"engine {mod.__name__}: {len(claims)} newsgen claims, window {a.window}")
    for lo in range(0, len(claims), a.window):
        t = time.perf_counter()
        for c in claims[lo:lo + a.window]:
            r.add(c)
        dt = time.perf_counter() - t
        total += dt
        n = len(claims[lo:lo + a.window])
        print(f"claims {lo:5d}-{lo + n:5d}: {n / dt:8.1f} claims/s  ({dt:6.2f} s)")
    print(f"total {total:.2f} s, {len(claims) / total:.1f} claims/s overall, {len(r.facts())} facts")


if __name__ == "__main__":
    main()
