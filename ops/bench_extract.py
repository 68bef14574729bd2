"""Benchmark the claim extractor alone: articles per second on one core.

    python ops/bench_extract.py [--seconds N] [PATH ...]

Reads the seeds (../shared/seeds relative to the repository) and examples/*.txt (each set
skipped with a note when absent), or the files given, and runs `extract` over them again and
again for about N seconds per set. Single-threaded, so the figure is per core.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from services.extract.pipeline import EXTRACTOR_VERSION, extract  # noqa: E402
from services.ingest.normalize import read_article  # noqa: E402


def bench(paths: list[Path], seconds: float) -> tuple[float, int, int]:
    """(articles per second, articles run, claims per pass)."""
    articles = [read_article(p.read_text(encoding="utf-8"), uri=str(p)) for p in paths]
    claims_per_pass = sum(len(extract(a)) for a in articles)  # warm-up
    done, t0 = 0, time.perf_counter()
    while True:
        for a in articles:
            extract(a)
        done += len(articles)
        elapsed = time.perf_counter() - t0
        if elapsed >= seconds:
            return done / elapsed, done, claims_per_pass


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=3.0, help="time per set (default 3)")
    ap.add_argument("paths", nargs="*", type=Path, help="article files (default: seeds and examples)")
    a = ap.parse_args(argv)
    sets = [("given", a.paths)] if a.paths else [
        ("seeds", sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))),
        ("examples", sorted((ROOT / "examples").glob("*.txt"))),
    ]
    print(f"extractor {EXTRACTOR_VERSION}, one core")
    for name, paths in sets:
        if not paths:
            print(f"{name}: no articles found, skipped")
            continue
        rate, done, claims = bench(paths, a.seconds)
        kb = sum(p.stat().st_size for p in paths) / len(paths) / 1024
        print(f"{name}: {rate:,.0f} articles/s per core ({len(paths)} articles of {kb:.1f} kB on average, "
              f"{claims} claims a pass, {done} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
