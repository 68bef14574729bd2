"""Fixtures of the delivery tests; the figures they record are printed at the end of the run."""
from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import RedisServerProcess
from tests.delivery.harness import FIGURES, Workers


def pytest_configure(config):
    from claimlog import logs
    logs.configure(level="warning", fmt="console")
    config.addinivalue_line("markers", "slow: a fault test with worker processes (tens of seconds)")
    FIGURES.unlink(missing_ok=True)


def pytest_terminal_summary(terminalreporter):
    if not FIGURES.exists():
        return
    data = json.loads(FIGURES.read_text())
    terminalreporter.section("delivery figures")
    for test, figures in data.items():
        terminalreporter.write_line(f"{test}: " + ", ".join(f"{k}={v}" for k, v in figures.items()))


@pytest.fixture
def redis7(tmp_path):
    """Debian's redis-server 7 (restartable on the same port and folder); the embedded Valkey without it."""
    if shutil.which("redis-server"):
        srv = RedisServerProcess(tmp_path / "data").start()
    else:
        from claimlog.server import EmbeddedServer
        srv = EmbeddedServer(tmp_path / "data").start()
    yield srv
    srv.stop()


@pytest.fixture
def workers(redis7, tmp_path):
    w = Workers(redis7.url, tmp_path / "logs")
    yield w
    w.stop_all()


@pytest.fixture(scope="session")
def clean_server(tmp_path_factory):
    """A server for the clean reference runs (one per session; each run flushes database 1)."""
    d = tmp_path_factory.mktemp("clean")
    if shutil.which("redis-server"):
        srv = RedisServerProcess(d / "data").start()
    else:
        from claimlog.server import EmbeddedServer
        srv = EmbeddedServer(d / "data").start()
    yield srv
    srv.stop()


_CLEAN: dict = {}


@pytest.fixture
def clean_run(clean_server, tmp_path_factory):
    """`await clean_run(n)` -> (inputs, signature) of n newsgen articles run without faults (cached)."""
    from tests.delivery.harness import articles, clean_signature, url_db

    async def run(n: int):
        if n not in _CLEAN:
            inputs = articles(n, tmp_path_factory.mktemp(f"articles{n}"))
            _CLEAN[n] = (inputs, await clean_signature(url_db(clean_server.url, 1), inputs))
        return _CLEAN[n]
    return run
