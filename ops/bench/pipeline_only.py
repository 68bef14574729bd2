"""The pipeline part of the suite alone: `python -m ops.bench.pipeline_only [--articles N] [--json FILE]`.

Runs what `claimlog bench` runs after append/replay — extractor alone, the four services in one
process and as worker processes, latency at half the stack's capacity, extract scale-out 1 vs 2 —
at the full sizes by default (200 reports, latency over 120, scale-out over 400), for before/after
comparisons of changes that do not touch the append or replay paths.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform

from ops.bench import common, pipeline


def run(articles: int = 200, latency_articles: int = 120, scale_articles: int = 400) -> dict:
    from claimlog import logs

    logs.configure(level=os.environ.get("CLAIMLOG_LOG_LEVEL") or "warning")
    fig: dict = {"python": platform.python_version(), "cpus": os.cpu_count()}
    with common.bench_server() as url:
        fig.update(common.server_info(url))
        texts = pipeline.reports(max(articles, scale_articles))
        alone = pipeline.extractor_alone(texts[:articles])
        stack = asyncio.run(pipeline.stack_run(url, texts[:articles]))
        workers = asyncio.run(pipeline.workers_run(url, texts[:articles]))
        best = max(stack["per_s"], workers["per_s"])
        fig.update({"pipeline_articles": articles, "extractor_alone_per_s": round(alone["per_s"], 1),
                    "claims_per_article": round(alone["claims"] / alone["articles"], 1),
                    "pipeline_stack_per_s": round(stack["per_s"], 2), "pipeline_stack_s": round(stack["seconds"], 2),
                    "pipeline_workers_per_s": round(workers["per_s"], 2),
                    "pipeline_workers_s": round(workers["seconds"], 2),
                    "pipeline_per_s": round(best, 2), "pipeline_ratio": common.ratio(best, alone["per_s"]),
                    "pipeline_events_per_article": round(stack["events"] / stack["articles"], 1),
                    "service_peak_rss_mb": workers["rss_mb"]})
        rate = stack["per_s"] / 2
        lat = asyncio.run(pipeline.latency_run(url, texts[:latency_articles], rate))
        fig.update({"latency_rate_per_s": lat["rate"], "latency_samples": lat["samples"],
                    "latency_p50_ms": lat["p50_ms"], "latency_p99_ms": lat["p99_ms"], "latency_max_ms": lat["max_ms"]})
        one = asyncio.run(pipeline.scale_run(url, texts[:scale_articles], 1))
        two = asyncio.run(pipeline.scale_run(url, texts[:scale_articles], 2))
        fig.update({"extract_1_worker_per_s": round(one["per_s"], 1), "extract_2_workers_per_s": round(two["per_s"], 1),
                    "extract_scaleout_ratio": common.ratio(two["per_s"], one["per_s"])})
    return fig


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--latency-articles", type=int, default=120)
    ap.add_argument("--scale-articles", type=int, default=400)
    ap.add_argument("--json")
    a = ap.parse_args()
    fig = run(a.articles, a.latency_articles, a.scale_articles)
    text = json.dumps(fig, indent=2)
    print(text)
    if a.json:
        with open(a.json, "w") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
