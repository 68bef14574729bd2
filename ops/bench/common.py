"""What every benchmark shares: a server of its own, clocks, memory readings."""
from __future__ import annotations

import contextlib
import os
import resource
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import redis


@contextlib.contextmanager
def bench_server() -> Iterator[str]:
    """A URL of a fresh, empty server: REDIS_URL if set (its database must be empty; it is flushed
    afterwards), else an embedded Valkey in a temporary folder with AOF on (`everysec`), like the
    default install."""
    url = os.environ.get("REDIS_URL")
    if url:
        r = redis.Redis.from_url(url)
        if r.dbsize():
            raise SystemExit(f"claimlog bench: the database at REDIS_URL is not empty ({r.dbsize()} keys); "
                             "point it at an empty database (e.g. redis://host:6379/15)")
        try:
            yield url
        finally:
            r.flushdb()
            r.close()
        return
    from claimlog.server import EmbeddedServer

    tmp = Path(tempfile.mkdtemp(prefix="claimlog-bench-"))
    server = EmbeddedServer(tmp / "data").start()
    try:
        yield server.url
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def flush(url: str) -> None:
    r = redis.Redis.from_url(url)
    r.flushdb()
    r.close()


def server_info(url: str) -> dict:
    r = redis.Redis.from_url(url)
    info = r.info("server")
    mem = r.info("memory")
    r.close()
    return {"server": info.get("server_name", "redis") + " " + str(info.get("valkey_version") or info.get("redis_version")),
            "used_memory_mb": round(mem["used_memory"] / 2**20, 1)}


def used_memory_mb(url: str) -> float:
    r = redis.Redis.from_url(url)
    mb = r.info("memory")["used_memory"] / 2**20
    r.close()
    return round(mb, 1)


class Clock:
    """`with Clock() as c: ...` then `c.seconds`."""

    def __enter__(self) -> "Clock":
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.seconds = time.perf_counter() - self.t0


def rss_mb() -> float:
    """This process's current resident set, MB."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far, s (from /proc/PID/stat)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid: int | None = None) -> float:
    """Peak resident set (VmHWM) of a process, MB."""
    if pid is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def reset_peak_rss() -> None:
    """Reset this process's VmHWM (Linux ≥ 4.0: write 5 to clear_refs), so phases can be measured apart."""
    with contextlib.suppress(OSError):
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")


def ratio(a: float, b: float) -> float:
    return round(a / b, 3) if b else 0.0
