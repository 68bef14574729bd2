"""Helpers of the delivery tests: worker processes, the picture's signature, the log's duplicates, figures.

Workers run as real processes (`python -m claimlog.cli worker NAME`) against a real
server, so a kill -9 is a real crash: no `finally`, no ack, entries left pending.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import orjson
from redis.asyncio import Redis

from claimlog.config import Settings
from claimlog.store import EventStore
from claimlog.wire import DATA_FIELD, decode_entry
from contracts.streams import ARTICLES, CLAIMS, DEAD_LETTERS, FACTS, INBOX, SUBSCRIPTIONS
from services.projection import readmodel

ROOT = Path(__file__).resolve().parents[2]
FIGURES = ROOT / "artifacts" / "delivery-figures.json"
SERVICES = ("ingest", "extract", "reconcile", "projection")
GROUP_OF = {"ingest": [(INBOX, "ingest")], "extract": [(ARTICLES, "extract")],
            "reconcile": [(CLAIMS, "reconcile")],
            "projection": [(ARTICLES, "projection"), (CLAIMS, "projection"), (FACTS, "projection")]}


def settings(**kw) -> Settings:
    base = dict(api_port=0, consumer="inproc-1", reclaim_idle_ms=1000, max_deliveries=5)
    base.update(kw)
    return replace(Settings(), **base)


def url_db(url: str, db: int) -> str:
    return url.rsplit("/", 1)[0] + f"/{db}"


# -- worker processes ------------------------------------------------------------------------
@dataclass
class Worker:
    name: str
    consumer: str
    proc: subprocess.Popen
    log_path: Path


@dataclass
class Workers:
    """The four services as separate `claimlog worker` processes."""

    url: str
    log_dir: Path
    env_extra: dict = field(default_factory=dict)
    running: dict[str, Worker] = field(default_factory=dict)
    generation: Counter = field(default_factory=Counter)

    def env(self, consumer: str) -> dict:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMLOG_")}
        env.update(REDIS_URL=self.url, CLAIMLOG_CONSUMER=consumer, CLAIMLOG_RECLAIM_IDLE_MS="1000",
                   CLAIMLOG_API_PORT="0", CLAIMLOG_LOG_LEVEL="info", CLAIMLOG_LOG_FORMAT="json",
                   CLAIMLOG_MAX_IN_FLIGHT="8", PYTHONUNBUFFERED="1")
        env.update(self.env_extra)
        return env

    def start(self, name: str, consumer: str | None = None) -> Worker:
        self.generation[name] += 1
        consumer = consumer or f"{name}-{self.generation[name]}"
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log_path = self.log_dir / f"{consumer}.log"
        with open(log_path, "ab") as out:
            proc = subprocess.Popen([sys.executable, "-m", "claimlog.cli", "worker", name], cwd=ROOT,
                                    env=self.env(consumer), stdout=out, stderr=subprocess.STDOUT)
        w = Worker(name, consumer, proc, log_path)
        self.running[name] = w
        return w

    def start_all(self) -> None:
        for name in SERVICES:
            self.start(name)

    async def wait_ready(self, redis: Redis | None = None, names=SERVICES, timeout: float = 60.0) -> None:
        """Until every named worker has logged "worker ready" (its subscribers are reading).

        (A consumer only shows in XINFO CONSUMERS once something was delivered to it on Redis 7.0.)"""
        deadline = time.monotonic() + timeout
        for name in names:
            w = self.running[name]
            while b'"worker ready"' not in w.log_path.read_bytes():
                if w.proc.poll() is not None:
                    raise RuntimeError(f"worker {w.consumer} exited ({w.proc.returncode}):\n"
                                       + w.log_path.read_text()[-3000:])
                if time.monotonic() > deadline:
                    raise TimeoutError(f"worker {w.consumer} not ready after {timeout}s")
                await _sleep(0.05)

    def kill(self, name: str) -> int:
        w = self.running.pop(name)
        w.proc.send_signal(signal.SIGKILL)
        return w.proc.wait(10)

    def signal(self, name: str, sig: int, timeout: float = 30.0) -> tuple[int, float]:
        """Send `sig`, wait for the exit; (exit code, seconds it took)."""
        w = self.running.pop(name)
        t = time.monotonic()
        w.proc.send_signal(sig)
        code = w.proc.wait(timeout)
        return code, time.monotonic() - t

    def assert_alive(self) -> None:
        for w in self.running.values():
            if w.proc.poll() is not None:
                raise AssertionError(f"worker {w.consumer} died ({w.proc.returncode}):\n"
                                     + w.log_path.read_text()[-3000:])

    def stop_all(self) -> None:
        for w in list(self.running.values()):
            if w.proc.poll() is None:
                w.proc.terminate()
        for w in list(self.running.values()):
            try:
                w.proc.wait(20)
            except subprocess.TimeoutExpired:
                w.proc.kill()
                w.proc.wait(5)
        self.running.clear()


async def _sleep(s: float) -> None:
    import asyncio
    await asyncio.sleep(s)


def _s(x) -> str:
    return x.decode() if isinstance(x, bytes) else str(x)


async def consumer_pending(redis: Redis, stream: str, group: str, consumer: str) -> int:
    try:
        info = await redis.xpending(stream, group)
    except Exception:  # noqa: BLE001
        return 0
    for c in info.get("consumers") or []:
        if _s(c["name"]) == consumer:
            return int(c["pending"])
    return 0


async def pending_of(redis: Redis, name: str, consumer: str) -> int:
    return sum([await consumer_pending(redis, s, g, consumer) for s, g in GROUP_OF[name]])


# -- what a run produced ---------------------------------------------------------------------
async def signature(redis: Redis) -> dict:
    """What must be equal between a clean and a faulty run: facts (ids, statuses, members), claims, articles.

    History, timestamps and stream positions are left out: they may differ."""
    picture = orjson.loads(await readmodel.picture_json(redis))
    facts = {}
    for f in picture["facts"]:
        facts[f["id"]] = {
            "status": f["status"], "status_rule": f["status_rule"], "reason": f["reason"],
            "subject": f["subject"], "event": f["event"], "places": f["places"], "date": f["date"],
            "claims": sorted((c["claim_id"], c["membership"].get("superseded_by"), c["membership"].get("side"),
                              c["membership"].get("role")) for c in f["claims"]),
        }
    articles = {a["id"]: a["claims"] for a in await readmodel.articles(redis)}
    store = EventStore(redis)
    claim_ids = sorted({ev.payload.claim_id async for _, ev in store.read(CLAIMS)
                        if ev.type == "ClaimExtracted"})
    return {"facts": facts, "articles": articles, "claims": claim_ids}


async def duplicates(redis: Redis) -> dict[str, int]:
    """Per stream: entries whose event id appeared earlier in the same stream (must be 0)."""
    out = {}
    for stream in (INBOX, ARTICLES, CLAIMS, FACTS):
        ids = Counter()
        for _, fields in await redis.xrange(stream):
            if DATA_FIELD in fields:
                try:
                    ids[orjson.loads(decode_entry(fields[DATA_FIELD])).get("event_id")] += 1
                except Exception:  # noqa: BLE001 - raw junk injected by a test
                    pass
        out[stream] = sum(n - 1 for n in ids.values() if n > 1)
    return out


async def dead_letters(redis: Redis) -> list:
    return [ev.payload async for _, ev in EventStore(redis).read(DEAD_LETTERS)]


def compare(expected: dict, got: dict) -> list[str]:
    """Human-readable differences between two signatures (empty when equal)."""
    problems = []
    for key in ("articles", "claims"):
        e, g = expected[key], got[key]
        if e != g:
            es, gs = set(e), set(g)
            problems.append(f"{key}: {len(es - gs)} missing, {len(gs - es)} extra"
                            + (", counts differ" if es == gs else ""))
    ef, gf = expected["facts"], got["facts"]
    missing, extra = set(ef) - set(gf), set(gf) - set(ef)
    if missing or extra:
        problems.append(f"facts: {len(missing)} missing, {len(extra)} extra")
    for fid in set(ef) & set(gf):
        if ef[fid] != gf[fid]:
            diff = {k: (ef[fid][k], gf[fid].get(k)) for k in ef[fid] if ef[fid][k] != gf[fid].get(k)}
            problems.append(f"fact {fid} differs: {diff}")
    return problems[:20]


async def live_facts(store: EventStore) -> dict[str, str]:
    """fact id -> its last state in the log (as JSON), for the facts not retired."""
    from contracts.events import FactUpdated, FactWasRetired

    state: dict[str, str | None] = {}
    async for _, ev in store.read(FACTS):
        if isinstance(ev, FactUpdated):
            state[ev.payload.fact_id] = ev.payload.model_dump_json()
        elif isinstance(ev, FactWasRetired):
            state[ev.payload.fact_id] = None
    return {fid: s for fid, s in state.items() if s is not None}


async def which_layer(redis: Redis) -> list[str]:
    """Where a picture that differs from the clean run's went wrong: the fact events in the log
    (against a reconciler fed all the log's claims) or the read model (against a fold of the log)."""
    from contracts.events import ClaimExtracted, FactUpdated, FactWasRetired
    from services.projection.app import fold_log
    from services.reconcile.engine import Reconciler

    store = EventStore(redis)
    logged = await live_facts(store)
    claims = [ev.payload async for _, ev in store.read(CLAIMS) if isinstance(ev, ClaimExtracted)]
    engine = {f.fact_id: f.model_dump_json() for f in Reconciler(claims).facts()}
    bad = sorted(fid for fid in set(logged) | set(engine) if logged.get(fid) != engine.get(fid))
    out = [f"fact log vs a reconciler of all {len(claims)} claims: {len(bad)} facts differ {bad[:5]}"]
    members = {fid: orjson.loads(engine[fid])["members"] if fid in engine else [] for fid in bad[:3]}
    wanted = {m["claim_id"] for ms in members.values() for m in ms}
    async for eid, ev in store.read(FACTS):
        if isinstance(ev, (FactUpdated, FactWasRetired)):
            mids = {m.claim_id for m in ev.payload.members} if isinstance(ev, FactUpdated) else set()
            if ev.payload.fact_id in bad[:3] or mids & wanted:
                out.append(f"  log {eid} {type(ev).__name__} {ev.payload.fact_id} cause={ev.causation_id} "
                           f"members={sorted(mids)}")
    for fid, ms in members.items():
        out.append(f"  clean {fid}: members={sorted(m['claim_id'] for m in ms)}")
    async for eid, ev in store.read(CLAIMS):
        if isinstance(ev, ClaimExtracted) and ev.payload.claim_id in wanted:
            out.append(f"  claim {eid} {ev.payload.claim_id} article={ev.payload.article.id}")
    folded = (await fold_log(store)).to_json()
    out.append("read model vs a fold of the log: " + ("equal" if folded == await readmodel.picture_json(redis)
                                                      else "DIFFERENT"))
    return out


def record(test: str, **figures) -> None:
    """Append this test's figures to artifacts/delivery-figures.json (printed at the end of the session)."""
    FIGURES.parent.mkdir(parents=True, exist_ok=True)
    data = json.loads(FIGURES.read_text()) if FIGURES.exists() else {}
    data[test] = figures
    FIGURES.write_text(json.dumps(data, indent=2, sort_keys=True))
    print(f"\n[delivery figures] {test}: " + ", ".join(f"{k}={v}" for k, v in figures.items()))


async def clean_signature(url: str, inputs: list[tuple[str, str]]) -> dict:
    """The picture of a clean, fault-free in-process run of `inputs` (on the server's database `url`)."""
    from claimlog.cli import submit
    from claimlog.runtime import Stack, wait_drained

    r = Redis.from_url(url)
    await r.flushdb()
    await r.aclose()
    async with Stack(url, ["all"], settings(consumer="clean-1")) as stack:
        await submit(stack.rt.store, inputs)
        await wait_drained(stack.rt.redis, timeout=120)
        return await signature(stack.rt.redis)


def articles(count: int, out: Path, seed: int = 7) -> list[tuple[str, str]]:
    from ops.newsgen import write

    return [(str(p), p.read_text(encoding="utf-8")) for p in write(count, out, seed=seed)]


async def submit_raw(redis: Redis, inputs: list[tuple[str, str]]) -> int:
    from claimlog.cli import submit
    from claimlog.runtime import ensure_groups

    await ensure_groups(redis)
    return await submit(EventStore(redis), inputs)
