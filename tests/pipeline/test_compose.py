"""docker-compose.yml: every service names a command that exists; Redis is locked and durable.

No Docker engine runs here, so the stack itself cannot start; `.ci/run` also
validates the file with `docker-compose config -q`.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import yaml

from claimlog.cli import parser
from tests.conftest import ROOT

COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
WORKERS = {name: svc for name, svc in COMPOSE["services"].items() if name != "redis"}


def test_the_four_services_and_redis_are_there():
    assert set(COMPOSE["services"]) == {"redis", "ingest", "extract", "reconcile", "projection"}


@pytest.mark.parametrize("name", sorted(WORKERS))
def test_each_service_runs_a_claimlog_command_that_exists(name):
    command = WORKERS[name]["command"]
    assert command[0] == "claimlog"
    script = Path(sys.executable).parent / "claimlog"
    assert script.exists() or shutil.which("claimlog"), "the claimlog console script is installed"
    args = parser().parse_args(command[1:])  # exits (SystemExit) on an unknown command or service
    assert args.command == "worker" and args.service == name


def test_redis_needs_a_password_is_not_published_and_keeps_an_aof():
    redis = COMPOSE["services"]["redis"]
    assert "--requirepass" in redis["command"]
    assert "ports" not in redis, "the log's server must not be reachable from the host"
    conf = (ROOT / "ops" / "redis.conf").read_text()
    assert "appendonly yes" in conf and "maxmemory-policy noeviction" in conf
    for svc in WORKERS.values():
        assert "${REDIS_PASSWORD" in svc["environment"]["REDIS_URL"]


def test_only_the_projection_publishes_a_port_and_only_on_localhost():
    published = {n: s["ports"] for n, s in WORKERS.items() if "ports" in s}
    assert list(published) == ["projection"]
    assert all(p.startswith("127.0.0.1:") for p in published["projection"])


def test_the_env_file_with_the_password_is_never_committed():
    ignored = (ROOT / ".gitignore").read_text().split()
    assert "ops/compose.env" in ignored
    assert "change-me" in (ROOT / "ops" / "compose.env.example").read_text()
