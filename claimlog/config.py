"""Settings, all from environment variables (documented in README.md, "Configuration")."""
from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field, replace
from pathlib import Path


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError:
        raise SystemExit(f"claimlog: {name} must be an integer, got {raw!r}") from None


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw in (None, ""):
        return default
    try:
        return float(raw)
    except ValueError:
        raise SystemExit(f"claimlog: {name} must be a number, got {raw!r}") from None


@dataclass(frozen=True)
class Settings:
    redis_url: str | None = None
    """REDIS_URL: the server to use. Unset: start the embedded server in `data_dir`."""
    data_dir: Path = Path(".claimlog")
    """CLAIMLOG_DATA_DIR: where the embedded server keeps its AOF and data (default ./.claimlog)."""
    appendfsync: str = "everysec"
    """CLAIMLOG_APPENDFSYNC: AOF fsync policy of the embedded server, `everysec` or `always`."""
    consumer: str = field(default_factory=lambda: f"{socket.gethostname()}-{os.getpid()}")
    """CLAIMLOG_CONSUMER: this process's consumer name within each group (default host-pid)."""
    max_deliveries: int = 5
    """CLAIMLOG_MAX_DELIVERIES: deliveries of one message before it is dead-lettered."""
    reclaim_idle_ms: int = 30_000
    """CLAIMLOG_RECLAIM_IDLE_MS: how long (ms) an entry stays pending before another worker takes it over."""
    max_article_bytes: int = 2_000_000
    """CLAIMLOG_MAX_ARTICLE_BYTES: articles larger than this are refused with an error."""
    max_in_flight: int = 16
    """CLAIMLOG_MAX_IN_FLIGHT: entries one subscriber reads (and holds pending) at a time."""
    max_in_flight_events: int = 128
    """CLAIMLOG_MAX_IN_FLIGHT_EVENTS: the same for the claims and facts streams, whose entries are small
    events (~1 KB) rather than whole articles: larger batches there save round trips."""
    reconcile_slot_ms: int = 100
    """CLAIMLOG_RECONCILE_SLOT_MS: reconcile regroups the claims appended within one slot of this many ms of
    the log's entry ids together (group commit: the busier the flow, the more reports one regrouping takes);
    0 = one report at a time. Adds up to one slot of latency."""
    prune_consumers_after_s: float = 3600.0
    """CLAIMLOG_PRUNE_CONSUMERS_AFTER_S: on start, a worker removes from its groups the consumers idle
    this long (s) that hold nothing pending (dead workers' names; 0 = never)."""
    max_inbox_backlog: int = 10_000
    """CLAIMLOG_MAX_INBOX_BACKLOG: inbox entries not yet handled by ingest beyond which submitting waits."""
    ingest_wait_s: float = 60.0
    """CLAIMLOG_INGEST_WAIT_S: how long a submission waits for the backlog to shrink before it is refused."""
    ingest_rate: float = 1000.0
    """CLAIMLOG_INGEST_RATE: articles per second one submitting process may add (token bucket; 0 = no limit)."""
    api_host: str = "127.0.0.1"
    """CLAIMLOG_API_HOST: the projection's HTTP API binds here (localhost unless configured)."""
    api_port: int = 8400
    """CLAIMLOG_API_PORT: the projection's HTTP port (0 = no HTTP server)."""
    write_token: str | None = None
    """CLAIMLOG_WRITE_TOKEN: enables POST /api/articles for clients sending this bearer token."""
    log_level: str = "info"
    """CLAIMLOG_LOG_LEVEL: debug, info, warning, error."""
    log_format: str = "auto"
    """CLAIMLOG_LOG_FORMAT: json, console, or auto (console on a terminal, JSON otherwise)."""

    @classmethod
    def from_env(cls) -> "Settings":
        env = os.environ
        base = cls()
        return replace(
            base,
            redis_url=env.get("REDIS_URL") or None,
            data_dir=Path(env.get("CLAIMLOG_DATA_DIR") or base.data_dir),
            appendfsync=env.get("CLAIMLOG_APPENDFSYNC") or base.appendfsync,
            consumer=env.get("CLAIMLOG_CONSUMER") or base.consumer,
            max_deliveries=_int("CLAIMLOG_MAX_DELIVERIES", base.max_deliveries),
            reclaim_idle_ms=_int("CLAIMLOG_RECLAIM_IDLE_MS", base.reclaim_idle_ms),
            max_article_bytes=_int("CLAIMLOG_MAX_ARTICLE_BYTES", base.max_article_bytes),
            max_in_flight=max(1, _int("CLAIMLOG_MAX_IN_FLIGHT", base.max_in_flight)),
            max_in_flight_events=max(1, _int("CLAIMLOG_MAX_IN_FLIGHT_EVENTS", base.max_in_flight_events)),
            reconcile_slot_ms=max(0, _int("CLAIMLOG_RECONCILE_SLOT_MS", base.reconcile_slot_ms)),
            prune_consumers_after_s=_float("CLAIMLOG_PRUNE_CONSUMERS_AFTER_S", base.prune_consumers_after_s),
            max_inbox_backlog=_int("CLAIMLOG_MAX_INBOX_BACKLOG", base.max_inbox_backlog),
            ingest_wait_s=_float("CLAIMLOG_INGEST_WAIT_S", base.ingest_wait_s),
            ingest_rate=_float("CLAIMLOG_INGEST_RATE", base.ingest_rate),
            api_host=env.get("CLAIMLOG_API_HOST") or base.api_host,
            api_port=_int("CLAIMLOG_API_PORT", base.api_port),
            write_token=env.get("CLAIMLOG_WRITE_TOKEN") or None,
            log_level=env.get("CLAIMLOG_LOG_LEVEL") or base.log_level,
            log_format=env.get("CLAIMLOG_LOG_FORMAT") or base.log_format,
        )
