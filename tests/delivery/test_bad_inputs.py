"""A table of bad inputs, fed to ingest (as files, through the CLI's reader) and injected raw into each
stream: each gets a clear error or a dead letter with a clear reason; none stops a worker — after the
table, a good article still goes all the way through."""
from __future__ import annotations

import orjson
import pytest

from claimlog.cli import read_inputs
from claimlog.runtime import Stack, wait_drained
from claimlog.wire import encode_entry
from contracts.events import ArticleSubmission, ArticleSubmitted
from contracts.streams import ARTICLES, CLAIMS, FACTS, INBOX, SUBSCRIPTIONS
from services.projection import readmodel
from tests.delivery.harness import dead_letters, record, settings, submit_raw

pytestmark = pytest.mark.anyio

MB20 = 20 * 1024 * 1024
SCRIPT = "<html><body><script>alert(document.cookie)</script><p>Some 40 civilians were evacuated, " \
         "the Red Cross said.</p></body></html>"

# (name, file bytes, expected error for the ingest reader or None when accepted as text)
FILES = [
    ("empty", b"", "empty article"),
    ("blank", b" \n\t\n", "empty article"),
    ("20 MB", b"a" * MB20, "article too large"),
    ("binary", bytes(range(256)) * 64, "not UTF-8"),
    ("binary, valid UTF-8", b"\x00\x01\x02abc\x00" * 100, "binary data"),
    ("invalid UTF-8", b"Some 40 civilians \xff\xfe were evacuated", "not UTF-8"),
    ("HTML with a script", SCRIPT.encode(), None),
    ("JSON of the wrong shape", b'{"type": "ArticleSubmitted", "payload": [1, 2]}', None),
]


def _event(type_: str, version: int, payload) -> bytes:
    return orjson.dumps({"event_id": f"x_{type_}_{version}", "type": type_, "version": version,
                         "payload": payload})


# (name, fields of a raw entry, words the dead letter's error must contain; None: a valid event, no letter)
RAW = [
    ("empty body", {b"__data__": b""}, "not an event"),
    ("no __data__ field", {b"foo": b"bar"}, "unknown event type"),
    ("20 MB", {b"__data__": b"x" * MB20}, "not JSON"),
    ("binary", {b"__data__": bytes(range(256))}, "not JSON"),
    ("binary field name", {b"\xff\xfe": b"\x00"}, "unparseable stream entry"),
    ("invalid UTF-8 in JSON", {b"__data__": b'{"type": "Article\xffReceived", "version": 1}'}, "not JSON"),
    ("truncated binary header", {b"__data__": encode_entry(b"{}", message_id="m", correlation_id=None)[:12]},
     "not JSON"),
    ("JSON array", {b"__data__": b"[1, 2, 3]"}, "not an event: a JSON list"),
    ("JSON of the wrong shape", {b"__data__": _event("ArticleReceived", 1, {"id": 5})}, "invalid at payload"),
    ("unknown event type", {b"__data__": _event("ArticleDeleted", 1, {})}, "unknown event type 'ArticleDeleted'"),
    ("future schema version", {b"__data__": _event("ClaimExtracted", 99, {})}, "newer than this code knows"),
    ("version with no upcaster", {b"__data__": _event("FactUpdated", 0, {})}, "no upcaster"),
    ("HTML with a script (valid submission)",
     {b"__data__": ArticleSubmitted.create(event_id="s_html", payload=ArticleSubmission(text=SCRIPT)).encode()},
     None),
]


def test_bad_files_get_clear_errors(tmp_path):
    paths = []
    for i, (name, raw, _) in enumerate(FILES):
        p = tmp_path / f"{i:02d}.txt"
        p.write_bytes(raw)
        paths.append(str(p))
    good, errors = read_inputs(paths, max_bytes=2_000_000)
    accepted = {uri for uri, _ in good}
    for p, (name, raw, expected) in zip(paths, FILES):
        if expected is None:
            assert p in accepted, name
        else:
            assert [e for e in errors if e.startswith(p) and expected in e], (name, errors)
    html = next(text for uri, text in good if "script" in text)
    assert html == SCRIPT  # kept as the text it is: never parsed, run or rendered
    record("bad files fed to ingest", inputs=len(FILES), refused_with_clear_error=len(errors),
           accepted_as_text=len(good))


async def test_bad_entries_in_every_stream_are_dead_lettered(server, clean_run):
    inputs, _ = await clean_run(30)
    groups = {}
    for stream, group in SUBSCRIPTIONS:
        groups.setdefault(stream, []).append(group)
    cfg = settings(max_deliveries=5, reclaim_idle_ms=5000)
    async with Stack(server.url, ["all"], cfg) as stack:
        redis = stack.rt.redis
        injected = expected_letters = 0
        for stream in (INBOX, ARTICLES, CLAIMS, FACTS):
            for name, fields, words in RAW:
                await redis.xadd(stream, fields)
                injected += 1
                if words is not None:
                    expected_letters += len(groups[stream])
        # An HTML submission is a valid event: in the inbox it is a (harmless) article; in the
        # other streams it is an event of a type their handlers do not take, acked and ignored.
        # A bad submission in the inbox, refused by ingest at once:
        for text in ("", "a" * 3_000_000, "\x00\x01 binary \x02" * 20):
            ev = ArticleSubmitted.create(event_id=f"s_bad_{len(text)}", payload=ArticleSubmission(text=text))
            await stack.rt.store.append(INBOX, [ev])
            injected += 1
            expected_letters += 1
        await wait_drained(redis, timeout=120)
        letters = await dead_letters(redis)
        # After the table, good articles still go all the way through.
        await submit_raw(redis, inputs[:5])
        await wait_drained(redis, timeout=120)
        arts = {a["id"]: a for a in await readmodel.articles(redis)}
        picture = orjson.loads(await readmodel.picture_json(redis))
    by_stream = {}
    for letter in letters:
        by_stream.setdefault(letter.stream, []).append(letter)
    for stream in (INBOX, ARTICLES, CLAIMS, FACTS):
        for name, fields, words in RAW:
            if words is None:
                continue
            for group in groups[stream]:
                hits = [lt for lt in by_stream.get(stream, []) if lt.group == group and words in lt.error]
                assert hits, f"{stream}/{group}: no dead letter for {name!r} saying {words!r}"
    refusals = [lt for lt in letters if lt.stream == INBOX and "article refused" in lt.error]
    assert {r.error.split(": ", 2)[-1].split(":")[0] for r in refusals} >= {"empty article", "article too large",
                                                                          "binary data, not text"}
    # Permanent errors are dead-lettered at once, not after max_deliveries tries.
    assert all(lt.deliveries < cfg.max_deliveries for lt in letters), [lt.deliveries for lt in letters]
    assert len(letters) == expected_letters, (len(letters), expected_letters)
    from contracts.articles import article_id_for
    for _, text in inputs[:5]:
        assert arts[article_id_for(text)]["claims"] is not None, "a good article did not get through"
    assert picture["facts"]
    record(f"bad entries injected raw into every stream ({type(server).__name__})", injected=injected,
           dead_letters=len(letters), workers_stopped=0, good_articles_after=5)
