"""A smoke run of `claimlog bench --quick`: tiny sizes, so the suite cannot rot.

Benchmarks are not tests: nothing here asserts a speed, only that every figure
is there and is a positive number, and that the fast replay matched the slow one.
"""
from __future__ import annotations

import json

import pytest

KEYS = ("append_ratio", "append_store_per_s", "append_raw_xadd_per_s",
        "replay_ratio", "replay_rebuild_per_s", "replay_raw_per_s",
        "pipeline_ratio", "pipeline_per_s", "extractor_alone_per_s",
        "pipeline_no_reconcile_per_s", "pipeline_no_reconcile_ratio",
        "latency_p50_ms", "latency_p99_ms",
        "extract_1_worker_per_s", "extract_2_workers_per_s")


@pytest.fixture
def no_redis_url(monkeypatch):
    import structlog

    monkeypatch.delenv("REDIS_URL", raising=False)
    yield
    # the bench configures structlog onto this test's captured stderr, closed after it
    structlog.reset_defaults()


def test_quick_bench_writes_every_figure(tmp_path, no_redis_url, capsys):
    from ops.bench.suite import main

    out = tmp_path / "bench.json"
    assert main(quick=True, json_path=str(out)) == 0
    fig = json.loads(out.read_text())
    for key in KEYS:
        assert isinstance(fig[key], (int, float)) and fig[key] > 0, key
    assert fig["replay_identical_to_slow_path"] is True
    assert set(fig["service_peak_rss_mb"]) == {"ingest", "extract", "reconcile", "projection"}
    assert all(v > 0 for v in fig["service_peak_rss_mb"].values())
    # the CPU budget: every service, the server and the bench itself; without reconcile, no reconcile worker
    assert set(fig["service_cpu_share"]) == {"ingest", "extract", "reconcile", "projection", "redis-server", "bench"}
    assert set(fig["pipeline_no_reconcile_cpu_share"]) == {"ingest", "extract", "projection", "redis-server", "bench"}
    assert len(fig["scaling"]) >= 2
    assert "append events/s" in capsys.readouterr().out


def test_newsgen_grouping_check_runs():
    """The grouping-vs-truth check (ops/bench/newsgen_grouping.py) on a few reports: it must not rot."""
    from ops.bench.newsgen_grouping import pair_scores

    fig = pair_scores(12, seed=7)
    assert fig["matched"] > 20 and fig["facts"] > 0
    assert 0.0 < fig["pair_f1"] <= 1.0 and 0.0 < fig["pair_precision"] <= 1.0
