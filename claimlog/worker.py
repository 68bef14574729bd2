"""Long-lived workers: `claimlog worker NAME` and faststream's own runner.

Both run against REDIS_URL (the compose stack) or, when it is unset, against the
embedded server in CLAIMLOG_DATA_DIR. SIGTERM and SIGINT stop reading, let the
message in hand finish (acked) or stay pending (reclaimed later), then exit.
"""
from __future__ import annotations

import asyncio
import contextlib
import signal

import structlog

from claimlog import logs
from claimlog.config import Settings
from claimlog.runtime import Stack
from claimlog.server import redis_url

log = structlog.get_logger()


async def run_workers(names: list[str], settings: Settings, url: str) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    async with Stack(url, names, settings):
        log.info("worker ready", services=names)
        await stop.wait()
        log.info("worker stopping: finishing the messages in hand")


def main(names: list[str], settings: Settings | None = None) -> int:
    """Run the named services until SIGTERM/SIGINT; `settings` default to the environment's."""
    settings = settings or Settings.from_env()
    logs.configure(level=settings.log_level, fmt=settings.log_format)
    with redis_url(settings) as url:
        asyncio.run(run_workers(names, settings, url))
    return 0


def faststream_app(names: list[str]):
    """A FastStream app for `faststream run services.NAME.app:app` (REDIS_URL must be set)."""
    from faststream import FastStream

    settings = Settings.from_env()
    if not settings.redis_url:
        raise SystemExit("claimlog: `faststream run` needs REDIS_URL; use `claimlog worker` for the embedded server")
    logs.configure(level=settings.log_level, fmt=settings.log_format)
    stack = Stack(settings.redis_url, names, settings)
    from claimlog.runtime import build_broker, ensure_groups

    # faststream's runner owns the broker: build it now with every subscriber, start services on startup.
    broker = build_broker(settings.redis_url, stack.services, settings, stack.rt.store)
    app = FastStream(broker)

    @app.on_startup
    async def _start() -> None:
        await ensure_groups(stack.rt.redis)
        for s in stack.services:
            await s.start()

    @app.after_shutdown
    async def _stop() -> None:
        for s in stack.services:
            await s.stop()
        await stack.rt.redis.aclose()

    return app
