"""The pipeline part of the suite alone: `python -m ops.bench.pipeline_only [--articles N] [--json FILE]`.

Runs what `claimlog bench` runs after append/replay — extractor alone, the four services in one
process and as worker processes, latency at half the stack's capacity, extract scale-out 1 vs 2 —
at the full sizes by default (200 reports, latency over 120, scale-out over 400), for before/after
comparisons of changes that do not touch the append or replay paths.
"""
from __future__ import annotations

import argparse
import json
import os
import platform

from ops.bench import common
from ops.bench.suite import pipeline_figures


def run(articles: int = 200, latency_articles: int = 120, scale_articles: int = 400, growth_articles: int = 0) -> dict:
    from claimlog import logs

    logs.configure(level=os.environ.get("CLAIMLOG_LOG_LEVEL") or "warning")
    fig: dict = {"python": platform.python_version(), "cpus": os.cpu_count()}
    with common.bench_server() as url:
        fig.update(common.server_info(url))
        fig.update(pipeline_figures(url, articles, latency_articles, scale_articles, growth_articles))
    return fig


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--latency-articles", type=int, default=120)
    ap.add_argument("--scale-articles", type=int, default=400)
    ap.add_argument("--growth-articles", type=int, default=0, help="run the workers again over this many reports")
    ap.add_argument("--json")
    a = ap.parse_args()
    fig = run(a.articles, a.latency_articles, a.scale_articles, a.growth_articles)
    text = json.dumps(fig, indent=2)
    print(text)
    if a.json:
        with open(a.json, "w") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
