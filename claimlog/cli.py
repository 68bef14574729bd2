"""The `claimlog` command. `claimlog --help` lists the subcommands; README.md documents them."""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import sys
from dataclasses import replace
from pathlib import Path

import orjson

from claimlog import logs
from claimlog.config import Settings

SERVICES = ("ingest", "extract", "reconcile", "projection", "all")


# -- reading inputs --------------------------------------------------------------------------
def iter_paths(paths: list[str]) -> list[Path]:
    """Files as given, and the `*.txt` files in folders (recursively, sorted, hidden ones skipped)."""
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out += sorted(f for f in path.rglob("*.txt") if f.is_file()
                          and not any(part.startswith(".") for part in f.relative_to(path).parts))
        elif path.exists():
            out.append(path)
        else:
            raise SystemExit(f"claimlog: no such file or folder: {p}")
    return out


def read_inputs(paths: list[str], *, max_bytes: int) -> tuple[list[tuple[str, str]], list[str]]:
    """(uri, text) for every readable input; plus one clear error line per input refused."""
    from services.ingest.normalize import BadArticle, check_text, decode

    good, errors = [], []
    if paths == ["-"]:
        sources = [("-", sys.stdin.buffer.read())]
    else:
        sources = []
        for f in iter_paths(paths):
            size = f.stat().st_size
            if size > max_bytes:
                errors.append(f"{f}: article too large: {size} bytes, the limit is {max_bytes} bytes")
                continue
            sources.append((str(f), f.read_bytes()))
    for uri, raw in sources:
        try:
            text = decode(raw)
            check_text(text, max_bytes=max_bytes)
        except BadArticle as e:
            errors.append(f"{uri}: {e}")
            continue
        good.append((uri, text))
    return good, errors


# -- commands --------------------------------------------------------------------------------
def cmd_extract(a, settings: Settings) -> int:
    from services.extract.pipeline import extract
    from services.ingest.normalize import read_article

    good, errors = read_inputs(a.paths, max_bytes=settings.max_article_bytes)
    out = sys.stdout.buffer
    for uri, text in good:
        for claim in extract(read_article(text, uri=uri, max_bytes=settings.max_article_bytes)):
            out.write(claim.model_dump_json().encode() + b"\n")
    for e in errors:
        print(f"claimlog extract: {e}", file=sys.stderr)
    return 1 if errors else 0


SUBMIT_CHUNK = 100
"""Submissions appended per admission check (see services/ingest/admission.py)."""


async def submit(store, inputs: list[tuple[str, str]], admission=None) -> int:
    """Append one `ArticleSubmitted` per input to the inbox; return how many were new.

    With an `Admission`, each chunk first waits for the inbox backlog and the rate limit
    (and raises `Overloaded` when the backlog does not shrink in time)."""
    from contracts.articles import article_id_for
    from contracts.events import ArticleSubmission, ArticleSubmitted
    from contracts.streams import INBOX

    new = 0
    for i in range(0, len(inputs), SUBMIT_CHUNK):
        events = []
        for uri, text in inputs[i:i + SUBMIT_CHUNK]:
            aid = article_id_for(text)
            events.append(ArticleSubmitted.create(event_id="s_" + aid, correlation_id=aid,
                                                  payload=ArticleSubmission(text=text, uri=uri)))
        if admission is not None:
            await admission.admit(len(events))
        appended = await store.append(INBOX, events)
        new += sum(1 for e in appended if e)
    return new


def _with_server(a, settings: Settings, body) -> int:
    """Run `body(url)` against REDIS_URL or the embedded server in the data dir."""
    from claimlog.server import redis_url

    with redis_url(settings) as url:
        return asyncio.run(body(url))


def cmd_run(a, settings: Settings) -> int:
    from claimlog.runtime import Stack, wait_drained
    from services.projection import readmodel
    from services.projection.picture import render_table

    inputs, errors = read_inputs(a.paths, max_bytes=settings.max_article_bytes)
    for e in errors:
        print(f"claimlog run: skipped {e}", file=sys.stderr)

    async def body(url: str) -> int:
        async with Stack(url, ["all"], replace(settings, api_port=0)) as stack:
            new = await submit(stack.rt.store, inputs)
            await wait_drained(stack.rt.redis, timeout=a.timeout)
            picture = await readmodel.picture_json(stack.rt.redis)
            arts = await readmodel.articles(stack.rt.redis)
        n_facts = len(orjson.loads(picture)["facts"])
        print(f"claimlog: {len(inputs)} article(s) read, {new} new; {len(arts)} in the log; "
              f"{n_facts} fact(s) in the picture", file=sys.stderr)
        if a.json:
            sys.stdout.buffer.write(picture)
        else:
            sys.stdout.write(render_table(orjson.loads(picture)))
        return 1 if errors and not inputs else 0

    return _with_server(a, settings, body)


def cmd_worker(a, settings: Settings) -> int:
    from claimlog.worker import main

    return main([a.service], settings)


def cmd_ingest(a, settings: Settings) -> int:
    from claimlog.runtime import Runtime, ensure_groups

    inputs, errors = read_inputs(a.paths, max_bytes=settings.max_article_bytes)
    for e in errors:
        print(f"claimlog ingest: refused {e}", file=sys.stderr)

    async def body(url: str) -> int:
        from services.ingest.admission import Admission, Overloaded

        rt = Runtime.connect(url, settings)
        try:
            await ensure_groups(rt.redis)
            admission = Admission.from_settings(rt.redis, settings)
            try:
                new = await submit(rt.store, inputs, admission)
            except Overloaded as e:
                print(f"claimlog ingest: refused: {e}", file=sys.stderr)
                return 1
        finally:
            await rt.redis.aclose()
        waited = f", waited {admission.waited_s:.1f}s for the backlog/rate limit" if admission.waited_s >= 0.1 else ""
        print(f"claimlog ingest: {len(inputs)} submitted, {new} new, {len(errors)} refused{waited}",
              file=sys.stderr)
        return 1 if errors else 0

    return _with_server(a, settings, body)


def cmd_picture(a, settings: Settings) -> int:
    from claimlog.runtime import Runtime
    from services.projection import readmodel
    from services.projection.app import fold_log
    from services.projection.picture import render_table

    async def body(url: str) -> int:
        rt = Runtime.connect(url, settings)
        if a.as_of:
            picture = (await fold_log(rt.store, until=_position(a.as_of))).to_json()
        else:
            picture = await readmodel.picture_json(rt.redis)
        await rt.redis.aclose()
        if a.json:
            sys.stdout.buffer.write(picture)
        else:
            sys.stdout.write(render_table(orjson.loads(picture)))
        return 0

    return _with_server(a, settings, body)


def _position(as_of: str) -> str:
    """An entry id ("1700000000000-0") as it is; an ISO time to the last entry id of that millisecond."""
    from services.projection.positions import BadPosition, position_of

    try:
        return position_of(as_of)
    except BadPosition as e:
        raise SystemExit(f"claimlog: --as-of: {e}") from None


def cmd_replay(a, settings: Settings) -> int:
    from claimlog.runtime import Runtime
    from services.projection import readmodel
    from services.projection.app import fold_log

    async def body(url: str) -> int:
        rt = Runtime.connect(url, settings)
        before = await readmodel.picture_json(rt.redis)
        picture = await fold_log(rt.store)
        await readmodel.write_all(rt.redis, picture)
        after = await readmodel.picture_json(rt.redis)
        await rt.redis.aclose()
        same = before == after
        print(f"claimlog replay: folded {picture.events_applied} events into {len(picture.facts)} facts; "
              f"picture sha256 {hashlib.sha256(after).hexdigest()[:16]}; "
              f"{'identical to' if same else 'DIFFERENT from'} the read model before", file=sys.stderr)
        return 0 if same or not a.check else 1

    return _with_server(a, settings, body)


async def retry_dead_letter(redis, letter) -> str:
    """Append the dead letter's original entry to its stream again, for its own group only.

    The entry is added byte for byte as it arrived, plus a `__retry_for__` field naming
    the group that gave up on it: other groups of the same stream ack and skip it."""
    from claimlog.middleware import RETRY_FOR, original_fields

    fields = {k: v for k, v in original_fields(letter).items() if k != RETRY_FOR}
    fields[RETRY_FOR] = letter.group.encode()
    new_id = await redis.xadd(letter.stream, fields)
    return new_id.decode() if isinstance(new_id, bytes) else str(new_id)


def cmd_dead_letters(a, settings: Settings) -> int:
    from claimlog.runtime import Runtime
    from contracts.streams import DEAD_LETTERS

    async def body(url: str) -> int:
        rt = Runtime.connect(url, settings)
        try:
            letters = [(eid, ev) async for eid, ev in rt.store.read(DEAD_LETTERS)]
            if a.action == "retry":
                match = [(eid, ev) for eid, ev in letters if a.id in (eid, ev.event_id)]
                if not match:
                    print(f"claimlog dead-letters: no dead letter {a.id!r}", file=sys.stderr)
                    return 1
                letter = match[0][1].payload
                new_id = await retry_dead_letter(rt.redis, letter)
                print(f"sent back to {letter.stream} for group {letter.group} as entry {new_id}")
                return 0
            for eid, ev in letters:
                p = ev.payload
                if a.json:
                    print(orjson.dumps({"entry_id": eid, **ev.model_dump(mode="json")}).decode())
                else:
                    print(f"{eid}  {p.service:<10} {p.stream} entry {p.entry_id} after {p.deliveries} "
                          f"deliveries: {p.error}")
            if not letters and not a.json:
                print("no dead letters")
            return 0
        finally:
            await rt.redis.aclose()

    return _with_server(a, settings, body)


def cmd_bench(a, settings: Settings) -> int:
    from ops.bench.suite import main as bench_main

    return bench_main(quick=a.quick, json_path=a.json)


# -- parser ----------------------------------------------------------------------------------
def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="claimlog", description="An event-sourced store of who claimed what in the news.")
    ap.add_argument("--data-dir", help="data folder of the embedded server (default ./.claimlog; env CLAIMLOG_DATA_DIR)")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="stream articles through all four services, wait, print the picture")
    p.add_argument("paths", nargs="+", help="article files or folders")
    p.add_argument("--json", action="store_true", help="print the picture JSON instead of the table")
    p.add_argument("--data-dir", dest="data_dir_sub", metavar="DATA_DIR", help="as the global --data-dir")
    p.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for the streams to drain")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("worker", help="run services as a long-lived process (REDIS_URL, else the embedded server in CLAIMLOG_DATA_DIR)")
    p.add_argument("service", choices=SERVICES)
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("ingest", help="submit articles (files, folders, or - for stdin) to the stack")
    p.add_argument("paths", nargs="+", help="article files or folders, or - for stdin")
    p.add_argument("--data-dir", dest="data_dir_sub", metavar="DATA_DIR", help="as the global --data-dir")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("extract", help="print the claims of articles, one JSON a line (no Redis needed)")
    p.add_argument("paths", nargs="+", help="article files or folders")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("picture", help="print the current picture (or as of a past moment)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--as-of", help="an entry id (1700000000000-0) or ISO time: the picture as it stood then")
    p.add_argument("--data-dir", dest="data_dir_sub", metavar="DATA_DIR", help="as the global --data-dir")
    p.set_defaults(func=cmd_picture)

    p = sub.add_parser("replay", help="drop the read model and fold the whole log again")
    p.add_argument("--check", action="store_true", help="exit 1 if the rebuilt picture differs from the one before")
    p.add_argument("--data-dir", dest="data_dir_sub", metavar="DATA_DIR", help="as the global --data-dir")
    p.set_defaults(func=cmd_replay)

    p = sub.add_parser("dead-letters", help="list dead letters, or `retry ID` to send one back")
    p.add_argument("action", nargs="?", choices=("list", "retry"), default="list")
    p.add_argument("id", nargs="?", help="the dead letter's entry id or event id (for retry)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--data-dir", dest="data_dir_sub", metavar="DATA_DIR", help="as the global --data-dir")
    p.set_defaults(func=cmd_dead_letters)

    p = sub.add_parser("bench", help="run the benchmark suite (ops/bench) and print figures")
    p.add_argument("--quick", action="store_true", help="tiny sizes: a smoke run")
    p.add_argument("--json", metavar="FILE", help="also write the figures as JSON to FILE")
    p.set_defaults(func=cmd_bench)
    return ap


def main(argv: list[str] | None = None) -> int:
    a = parser().parse_args(argv)
    settings = Settings.from_env()
    data_dir = getattr(a, "data_dir_sub", None) or a.data_dir
    if data_dir:
        settings = replace(settings, data_dir=Path(data_dir))
    quiet_default = a.command in ("run", "ingest", "picture", "replay", "dead-letters", "extract", "bench")
    level = os.environ.get("CLAIMLOG_LOG_LEVEL") or ("warning" if quiet_default else settings.log_level)
    logs.configure(level=level, fmt=settings.log_format)
    if a.command == "dead-letters" and a.action == "retry" and not a.id:
        raise SystemExit("claimlog dead-letters retry: give the dead letter's id")
    try:
        return a.func(a, settings)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
