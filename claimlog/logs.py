"""structlog set-up: JSON lines when not on a terminal, readable lines on one.

Services bind `article_id` (and `claim_id`, `fact_id` where there is one) with
`structlog.contextvars`, so every line a report causes can be found with one grep.
"""
from __future__ import annotations

import logging
import sys

import structlog


def configure(*, level: str = "info", fmt: str = "auto", stream=None) -> None:
    stream = stream or sys.stderr
    if fmt == "auto":
        fmt = "console" if stream.isatty() else "json"
    renderer = (structlog.dev.ConsoleRenderer(colors=False) if fmt == "console"
                else structlog.processors.JSONRenderer())
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(getattr(logging, level.upper(), logging.INFO)),
        logger_factory=structlog.PrintLoggerFactory(stream),
        cache_logger_on_first_use=False,
    )
    # faststream logs through the standard library; keep its noise at warning and above.
    logging.basicConfig(level=logging.WARNING, stream=stream, format="%(message)s")
    for name in ("faststream", "faststream.access.redis", "faststream.redis"):
        logging.getLogger(name).setLevel(logging.WARNING)


def get(service: str) -> structlog.stdlib.BoundLogger:
    return structlog.get_logger().bind(service=service)
