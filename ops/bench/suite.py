"""`claimlog bench`: every figure beside a raw baseline measured in the same run, as a ratio.

The machines are shared and noisy, so absolute rates mean little from one run to
the next; a ratio to raw Redis (or to the extractor alone) measured minutes
apart on the same server does. See docs/performance.md for what each figure means.
"""
from __future__ import annotations

import asyncio
import gc
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from ops.bench import append, common, pipeline, replay, synth

FULL = {"append_events": 100_000, "replay_sizes": (10_000, 100_000, 1_000_000), "articles": 200,
        "latency_articles": 120, "scale_articles": 400, "growth_articles": 600}
QUICK = {"append_events": 3_000, "replay_sizes": (2_000, 6_000), "articles": 12,
         "latency_articles": 8, "scale_articles": 16, "growth_articles": 0}

BARS = {"append_ratio": 0.5, "replay_ratio": 0.25, "pipeline_ratio": 0.8}


def _say(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def _fold_peak_rss(url: str) -> float:
    """Peak RSS (MB) of a fresh process that folds the whole log (what the projection does on start)."""
    # VmHWM, not ru_maxrss: on Linux ru_maxrss survives exec, so a child would report the bench's own peak.
    code = ("import asyncio; from redis.asyncio import Redis; from claimlog.store import EventStore;"
            "from services.projection.app import fold_log; from ops.bench.common import peak_rss_mb;"
            f"p = asyncio.run(fold_log(EventStore(Redis.from_url({url!r}))));"
            "print(peak_rss_mb(__import__('os').getpid()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=900,
                         cwd=str(Path(__file__).resolve().parents[2]))
    if out.returncode:
        raise RuntimeError(f"fold in a subprocess failed: {out.stderr[-2000:]}")
    return round(float(out.stdout.strip().splitlines()[-1]), 1)


async def _replay_sizes(url: str, sizes) -> list[dict]:
    rows = []
    for i, n in enumerate(sizes):
        _say(f"replay: writing a log of {n:,} events")
        load = await replay.build_log(url, n)
        _say(f"replay: {load['events']:,} events written ({load['load_per_s']:,}/s); folding")
        r = await replay.run(url, check_identity=(i == 0))
        r["load_per_s"] = load["load_per_s"]
        r["fold_peak_rss_mb"] = _fold_peak_rss(url)
        rows.append(r)
        gc.collect()
    return rows


def run(cfg: dict) -> dict:
    from claimlog import logs

    logs.configure(level=os.environ.get("CLAIMLOG_LOG_LEVEL") or "warning")
    fig: dict = {"quick": cfg is QUICK, "python": platform.python_version(), "cpus": os.cpu_count()}
    with common.bench_server() as url:
        fig.update(common.server_info(url))

        _say(f"append: {cfg['append_events']:,} events, store vs raw XADD")
        events = synth.events_for(cfg["append_events"])
        fig.update(asyncio.run(append.run(url, events)))
        del events
        gc.collect()

        rows = asyncio.run(_replay_sizes(url, cfg["replay_sizes"]))
        top = rows[-1]
        fig.update({"replay_events": top["events"], "replay_raw_per_s": top["raw_per_s"],
                    "replay_rebuild_per_s": top["rebuild_per_s"], "replay_rebuild_s": top["rebuild_s"],
                    "replay_ratio": top["ratio"], "replay_identical_to_slow_path": rows[0]["identical_to_slow_path"],
                    "replay_slow_path_per_s": rows[0]["slow_rebuild_per_s"], "scaling": rows})
        common.flush(url)

        fig.update(pipeline_figures(url, cfg["articles"], cfg["latency_articles"], cfg["scale_articles"],
                                    cfg["growth_articles"]))
    fig["bars"] = {
        "append_ratio>=0.5": fig["append_ratio"] >= 0.5,
        "replay_ratio>=0.25": fig["replay_ratio"] >= 0.25,
        "replay_1M_under_60s": (fig["replay_rebuild_s"] < 60) if fig["replay_events"] >= 1_000_000 else None,
        "pipeline_ratio>=0.8": fig["pipeline_ratio"] >= 0.8,
        "latency_p99<1000ms": fig["latency_p99_ms"] < 1000,
        "memory_growth_linear": _linear(fig["scaling"]),
    }
    return fig


def pipeline_figures(url: str, articles: int, latency_articles: int, scale_articles: int,
                     growth_articles: int = 0) -> dict:
    """Pipeline, latency and scale-out figures (also run alone by `python -m ops.bench.pipeline_only`).

    With `growth_articles`, the worker processes run once more over that many reports: reconcile's cost per
    report grows with the history it holds (docs/performance.md), and this shows by how much."""
    fig: dict = {}
    texts = pipeline.reports(max(articles, scale_articles, growth_articles))
    _say(f"pipeline: extractor alone on {articles} reports")
    alone = pipeline.extractor_alone(texts[:articles])
    _say(f"pipeline: the four services in one process ({alone['per_s']:.0f} articles/s alone)")
    stack = asyncio.run(pipeline.stack_run(url, texts[:articles]))
    _say("pipeline: the four services as separate worker processes")
    workers = asyncio.run(pipeline.workers_run(url, texts[:articles]))
    best = max(stack["per_s"], workers["per_s"])
    fig.update({"pipeline_articles": articles, "extractor_alone_per_s": round(alone["per_s"], 1),
                "claims_per_article": round(alone["claims"] / alone["articles"], 1),
                "pipeline_stack_per_s": round(stack["per_s"], 2),
                "pipeline_workers_per_s": round(workers["per_s"], 2),
                "pipeline_per_s": round(best, 2), "pipeline_ratio": common.ratio(best, alone["per_s"]),
                "pipeline_events_per_article": round(stack["events"] / stack["articles"], 1),
                "service_peak_rss_mb": workers["rss_mb"], "service_cpu_share": workers["cpu_share"]})

    # the same without a reconcile worker: what the queue, the log and the other services cost, i.e. the
    # ceiling of pipeline_ratio with a reconciler that costs nothing (docs/performance.md, "CPU budget")
    _say("pipeline: the worker processes without reconcile (the queue and the log alone)")
    free = asyncio.run(pipeline.workers_run(url, texts[:articles], services=("ingest", "extract", "projection")))
    fig.update({"pipeline_no_reconcile_per_s": round(free["per_s"], 2),
                "pipeline_no_reconcile_ratio": common.ratio(free["per_s"], alone["per_s"]),
                "pipeline_no_reconcile_cpu_share": free["cpu_share"]})

    if growth_articles:
        _say(f"pipeline: the worker processes again, over {growth_articles} reports (a longer history)")
        grown = asyncio.run(pipeline.workers_run(url, texts[:growth_articles]))
        fig.update({"pipeline_growth_articles": growth_articles,
                    "pipeline_growth_per_s": round(grown["per_s"], 2),
                    "pipeline_growth_cpu_share": grown["cpu_share"]})

    rate = stack["per_s"] / 2
    _say(f"latency: {latency_articles} reports at {rate:.1f}/s (half the stack's capacity)")
    lat = asyncio.run(pipeline.latency_run(url, texts[:latency_articles], rate))
    fig.update({"latency_rate_per_s": lat["rate"], "latency_samples": lat["samples"],
                "latency_p50_ms": lat["p50_ms"], "latency_p99_ms": lat["p99_ms"], "latency_max_ms": lat["max_ms"]})

    _say(f"scale-out: extraction alone, 1 then 2 extract workers, {scale_articles} reports")
    one = asyncio.run(pipeline.scale_run(url, texts[:scale_articles], 1))
    two = asyncio.run(pipeline.scale_run(url, texts[:scale_articles], 2))
    fig.update({"extract_1_worker_per_s": round(one["per_s"], 1), "extract_2_workers_per_s": round(two["per_s"], 1),
                "extract_scaleout_ratio": common.ratio(two["per_s"], one["per_s"])})
    return fig


def _linear(rows: list[dict]) -> bool | None:
    """Peak RSS of a fresh process folding the log, per event, does not grow with the log (10% slack
    for noise): linear or better. (The fixed ~60 MB of a Python process with its imports only makes
    small logs look worse per event.)"""
    per = [(r["fold_peak_rss_mb"] / r["events"]) for r in rows if r["events"] >= 10_000]
    if len(per) < 2:
        return None  # quick runs: too small to say
    return all(b <= a * 1.1 + 1e-6 for a, b in zip(per, per[1:]))


def table(f: dict) -> str:
    def n(x) -> str:
        return f"{x:,.0f}" if isinstance(x, (int, float)) and x >= 100 else f"{x}"

    lines = [f"claimlog bench ({'quick' if f['quick'] else 'full'}) — {f['server']}, Python {f['python']}, "
             f"{f['cpus']} CPUs", "",
             f"{'figure':<44}{'claimlog':>14}{'baseline':>14}{'ratio':>8}  bar",
             "-" * 92]

    def row(name, ours, base, ratio, bar=""):
        lines.append(f"{name:<44}{n(ours):>14}{n(base):>14}{ratio:>8}  {bar}")

    row(f"append events/s (store vs raw XADD, {f['append_events']:,})", f["append_store_per_s"],
        f["append_raw_xadd_per_s"], f["append_ratio"], ">= 0.5")
    row(f"replay events/s (rebuild vs XRANGE+orjson, {f['replay_events']:,})", f["replay_rebuild_per_s"],
        f["replay_raw_per_s"], f["replay_ratio"], ">= 0.25")
    row("replay seconds for the largest log", f["replay_rebuild_s"], "", "", "< 60 s at 1M")
    row("pipeline articles/s (best vs extractor alone)", f["pipeline_per_s"], f["extractor_alone_per_s"],
        f["pipeline_ratio"], ">= 0.8")
    row("  four services in one process", f["pipeline_stack_per_s"], "", "")
    row("  four worker processes", f["pipeline_workers_per_s"], "", "")
    row("  no reconcile worker (queue and log only)", f["pipeline_no_reconcile_per_s"], f["extractor_alone_per_s"],
        f["pipeline_no_reconcile_ratio"])
    if f.get("pipeline_growth_articles"):
        row(f"  the same over {f['pipeline_growth_articles']} reports (reconcile CPU "
            f"{f['pipeline_growth_cpu_share'].get('reconcile')})", f["pipeline_growth_per_s"], "", "")
    row(f"latency p50 / p99 ms at {f['latency_rate_per_s']}/s", f["latency_p50_ms"], f["latency_p99_ms"], "",
        "p99 < 1000")
    row("extract workers, articles/s (2 vs 1)", f["extract_2_workers_per_s"], f["extract_1_worker_per_s"],
        f["extract_scaleout_ratio"], "~2 ideal")
    lines += ["", "scaling (per log size):",
              f"{'events':>12}{'load/s':>10}{'raw/s':>10}{'rebuild/s':>11}{'ratio':>7}{'rebuild s':>10}"
              f"{'picture MB':>11}{'fold RSS MB':>12}{'server MB':>10}"]
    for r in f["scaling"]:
        lines.append(f"{r['events']:>12,}{r['load_per_s']:>10,}{r['raw_per_s']:>10,}{r['rebuild_per_s']:>11,}"
                     f"{r['ratio']:>7}{r['rebuild_s']:>10}{r['picture_mb']:>11}{r['fold_peak_rss_mb']:>12}"
                     f"{r['server_mb']:>10}")
    lines += ["", "peak RSS per service process (MB): " +
              ", ".join(f"{k} {v}" for k, v in f["service_peak_rss_mb"].items()),
              "CPU share per service process during the pipeline run (1.0 = one core busy): " +
              ", ".join(f"{k} {v}" for k, v in f["service_cpu_share"].items()),
              "  the same without reconcile: " +
              ", ".join(f"{k} {v}" for k, v in f["pipeline_no_reconcile_cpu_share"].items()),
              f"fast replay identical to the model-by-model fold: {f['replay_identical_to_slow_path']} "
              f"(slow path: {f['replay_slow_path_per_s']:,} events/s)",
              "bars: " + ", ".join(f"{k} {'MET' if v else ('n/a' if v is None else 'SHORT')}"
                                   for k, v in f["bars"].items())]
    return "\n".join(lines) + "\n"


def main(*, quick: bool, json_path: str | None) -> int:
    t0 = time.perf_counter()
    fig = run(QUICK if quick else FULL)
    fig["bench_seconds"] = round(time.perf_counter() - t0, 1)
    sys.stdout.write(table(fig))
    if json_path:
        Path(json_path).write_text(json.dumps(fig, indent=2, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(quick="--quick" in sys.argv, json_path=None))
