"""The whole pipeline on a real server: the four services, the seeds, the picture.

Fails if any service is broken: the picture needs ingest (articles), extract
(claims), reconcile (facts) and projection (the read model) to have done their part.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import replace

import orjson
import pytest
import structlog

from claimlog import logs
from claimlog.cli import submit
from claimlog.config import Settings
from claimlog.runtime import Stack, wait_drained
from contracts.streams import ARTICLES, CLAIMS, FACTS, INBOX
from services.projection import readmodel
from services.projection.app import fold_log
from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.anyio


def _settings(**kw) -> Settings:
    return replace(Settings(), api_port=0, consumer="test-1", reclaim_idle_ms=2000, **kw)


def _inputs(paths):
    return [(str(p), p.read_text(encoding="utf-8")) for p in paths]


def civilians_fact(picture: dict, day: str) -> dict:
    """The fact about civilians on `day` that holds the most claims."""
    facts = [f for f in picture["facts"] if any(c.get("date") == day and "civilian" in c["subject"]
                                                 for c in f["claims"])]
    assert facts, f"no fact about civilians on {day}"
    return max(facts, key=lambda f: len(f["claims"]))


async def test_seeds_through_the_four_services(server, seed_paths):
    async with Stack(server.url, ["all"], _settings()) as stack:
        assert await submit(stack.rt.store, _inputs(seed_paths)) == 2
        await wait_drained(stack.rt.redis, timeout=120)
        picture = orjson.loads(await readmodel.picture_json(stack.rt.redis))

        fact = civilians_fact(picture, "2022-04-30")
        figures = {(c["quantity"]["value"], c["speaker"]["affiliation"]) for c in fact["claims"]}
        assert (46, "Russia") in figures and (20, "Ukraine") in figures, figures
        speakers = " ".join(c["speaker"]["name"] or "" for c in fact["claims"]).lower()
        assert "defen" in speakers and "ukrainian forces" in speakers
        assert fact["status"] == "disputed"
        for c in fact["claims"]:  # every figure links back to its sentence
            text = next(p for p in seed_paths if p.name in c["article"]["uri"]).read_text(encoding="utf-8")
            assert text[c["evidence"]["start"]:c["evidence"]["end"]] == c["evidence"]["text"]

        # the same articles again: no new article, no new claim, no new fact event
        lengths = [await stack.rt.redis.xlen(s) for s in (INBOX, ARTICLES, CLAIMS, FACTS)]
        assert await submit(stack.rt.store, _inputs(seed_paths)) == 0
        # even under another path: the content decides the article id
        other = [(f"copy-of-{u}", t.replace("\n", "\r\n")) for u, t in _inputs(seed_paths)]
        await submit(stack.rt.store, other)
        await wait_drained(stack.rt.redis, timeout=60)
        after = [await stack.rt.redis.xlen(s) for s in (ARTICLES, CLAIMS, FACTS)]
        assert after == lengths[1:]

        # the live picture is exactly a fold of the log
        live = await readmodel.picture_json(stack.rt.redis)
        assert (await fold_log(stack.rt.store)).to_json() == live


async def test_logs_follow_one_article_through_every_service(server, seed_paths):
    out = io.StringIO()
    logs.configure(level="debug", fmt="json", stream=out)
    try:
        async with Stack(server.url, ["all"], _settings()) as stack:
            await submit(stack.rt.store, _inputs(seed_paths[:1]))
            await wait_drained(stack.rt.redis, timeout=120)
    finally:
        structlog.reset_defaults()
    lines = [json.loads(line) for line in out.getvalue().splitlines() if line.startswith("{")]
    article_ids = {line.get("article_id") for line in lines if line.get("service") == "ingest"} - {None}
    assert len(article_ids) == 1
    (aid,) = article_ids
    services = {line.get("service") for line in lines if line.get("article_id") == aid}
    assert {"ingest", "extract", "reconcile"} <= services, services
    assert any(line.get("claim_id") for line in lines if line.get("article_id") == aid)


def _claimlog(*args, data_dir, check=True) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    return subprocess.run([sys.executable, "-m", "claimlog.cli", "--data-dir", str(data_dir), *args],
                          capture_output=True, env=env, cwd=ROOT, timeout=300, check=check)


def test_cli_run_picture_replay_on_the_embedded_default(tmp_path):
    data = tmp_path / "data"
    first = _claimlog("run", "--json", str(SEEDS), data_dir=data)
    picture = first.stdout
    assert json.loads(picture)["facts"], first.stderr.decode()
    assert b"2 new" in first.stderr

    again = _claimlog("run", "--json", str(SEEDS), data_dir=data)  # same data dir: nothing new
    assert b"0 new" in again.stderr and again.stdout == picture

    assert _claimlog("picture", "--json", data_dir=data).stdout == picture
    replay = _claimlog("replay", "--check", data_dir=data)
    assert b"identical" in replay.stderr
    assert _claimlog("picture", "--json", data_dir=data).stdout == picture

    table = _claimlog("picture", data_dir=data).stdout.decode()
    assert "DISPUTED" in table and "46" in table


def test_cli_extract_prints_claims_in_the_scorers_shape(tmp_path):
    out = _claimlog("extract", *map(str, sorted(SEEDS.glob("*.txt"))), data_dir=tmp_path).stdout
    claims = [json.loads(line) for line in out.splitlines()]
    assert len(claims) >= 10
    for c in claims:
        assert {"claim_id", "article", "evidence", "speaker", "quantity", "subject", "date"} <= set(c)
        assert c["article"]["uri"].endswith(".txt")


def test_worker_uses_the_data_dir_given_on_the_command_line(tmp_path):
    """`claimlog --data-dir D worker all` runs the embedded server in D (and stops on SIGINT)."""
    import signal
    import time

    data = tmp_path / "wanted"
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "CLAIMLOG_DATA_DIR")}
    env["CLAIMLOG_API_PORT"] = "0"
    log = tmp_path / "worker.log"
    with log.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "claimlog.cli", "--data-dir", str(data), "worker", "all"],
                                cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=err)
    try:
        for _ in range(600):  # until the services run (signal handlers installed)
            if b"worker ready" in log.read_bytes() or proc.poll() is not None:
                break
            time.sleep(0.05)
        assert b"worker ready" in log.read_bytes(), log.read_text()[-2000:]
        assert (data / "appendonly").exists(), "the embedded server's AOF is in the given data dir"
        assert not (tmp_path / ".claimlog").exists()
    finally:
        proc.send_signal(signal.SIGINT)
        code = proc.wait(30)
    assert code == 0, log.read_text()[-2000:]
