"""The embedded server: a port taken between our pick and the server's bind is retried on another."""
from __future__ import annotations

import socket

import pytest
import redis

from claimlog import server as server_mod
from claimlog.server import EmbeddedServer


def test_start_retries_when_the_picked_port_was_taken(tmp_path, monkeypatch):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        picks = iter([busy, busy])
        real = server_mod._os_free_port
        monkeypatch.setattr(server_mod, "_os_free_port", lambda: next(picks, None) or real())
        srv = EmbeddedServer(tmp_path / "data").start()
        try:
            assert srv.url != f"redis://127.0.0.1:{busy}/0"
            assert redis.Redis.from_url(srv.url).ping()
        finally:
            srv.stop()
        # a port given by the caller is not swapped for another: the error says why
        with pytest.raises(Exception, match="in use"):
            EmbeddedServer(tmp_path / "data2", port=busy).start()
