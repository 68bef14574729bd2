"""A realistic synthetic log, fast: the events the pipeline would write for newsgen reports.

Building a million events through the real extractor and reconciler would take
an hour, so this writes what they would write, straight from newsgen's ground
truth: per report one `ArticleReceived` (with the full text), one
`ClaimExtracted` per attributed figure, one `ArticleExtracted`, and one
`FactUpdated` per claim (the fact of the claim's happening, with every member so
far — facts grow as outlets report the same happening, as they do in the real
log). About 12 events per report.

Events are built as plain dicts in the exact shape `Event.encode()` writes
(`model_dump(mode="json")`), serialised with orjson; `check_sample` validates a
sample through `decode_event` and compares the round trip, so a drift of the
contracts shows up as an error here instead of as a wrong benchmark.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field

import orjson

from claimlog.wire import encode_entry
from contracts.articles import article_id_for
from contracts.claims import infer_date_source
from contracts.events import EVENT_TYPES, decode_event
from contracts.streams import ARTICLES, CLAIMS, FACTS, dedupe_key
from ops.newsgen import reports_with_truth

EXTRACTOR_VERSION = "bench-synth-1"
RECORDED_AT = "2031-05-01T12:00:00.000Z"
EVENTS_PER_REPORT = 12  # roughly: 1 article + ~5 claims + 1 extraction + ~5 fact updates


def _h(*parts: object, n: int = 20) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n]


def _span(text: str, start: int, end: int) -> dict:
    return {"start": start, "end": end, "text": text[start:end]}


def _approx(figure: str) -> tuple[str, int | None, int | None]:
    f = figure.lower()
    if f.startswith(("some", "about")):
        return "approximate", None, None
    if f.startswith(("more than", "at least")):
        return "at_least", None, None
    return "exact", None, None


@dataclass
class _FactState:
    fact_id: str
    subject: str
    event: str
    places: list[str]
    date: str
    members: dict[str, dict] = field(default_factory=dict)
    values: dict[str, set] = field(default_factory=dict)


def _envelope(event_type: str, event_id: str, payload: dict, causation: str | None, correlation: str) -> bytes:
    return orjson.dumps({"event_id": event_id, "type": event_type, "version": EVENT_TYPES[event_type].VERSION,
                         "recorded_at": RECORDED_AT,
                         "causation_id": causation, "correlation_id": correlation, "payload": payload})


def reports_events(n_reports: int, *, seed: int = 11) -> Iterator[list[tuple[str, str, bytes, str]]]:
    """Per report, its events in pipeline order: (stream, event_id, json body, correlation id)."""
    facts: dict[object, _FactState] = {}
    for i, (text, truth) in enumerate(reports_with_truth(n_reports, seed=seed)):
        aid = article_id_for(text)
        published = truth[0]["published"] if truth else None
        title = text.split("\n", 1)[0].split(" ", 3)[-1].strip()
        outlet = truth[0]["outlet"] if truth else None
        uri = f"bench/report_{i:07d}.txt"
        out = [(ARTICLES, "ar_" + aid, _envelope("ArticleReceived", "ar_" + aid, {
            "id": aid, "uri": uri, "title": title, "outlet": outlet, "published": published, "text": text,
        }, "s_" + aid, aid), aid)]
        claim_ids, fact_events = [], []
        for t in truth:
            h = t["happening"]
            cid = "c_" + _h(aid, t["start"], t["end"], t["value"], EXTRACTOR_VERSION)
            approx, low, high = _approx(t["figure"])
            s_start = text.find(t["sentence"])
            claim = {
                "claim_id": cid,
                "article": {"id": aid, "uri": uri, "title": title, "outlet": outlet, "published": published},
                "speaker": {"name": t["speaker"], "role": None, "affiliation": t["side"], "span": None},
                "quantity": {"value": t["value"], "low": low, "high": high, "approx": approx, "unit": "count",
                             "text": t["figure"], "span": _span(text, t["start"], t["end"])},
                "subject": h.subject, "event": h.verb.split()[0 if h.verb.split()[0] != "were" else 1],
                "places": [h.town], "date": h.day.isoformat(), "date_text": t["when"],
                "date_source": infer_date_source(h.day.isoformat(), t["when"], published), "polarity": "asserted",
                "evidence": _span(text, s_start, s_start + len(t["sentence"])),
                "extractor_version": EXTRACTOR_VERSION,
            }
            claim_ids.append(cid)
            out.append((CLAIMS, "ce_" + cid, _envelope("ClaimExtracted", "ce_" + cid, claim, "ar_" + aid, aid), aid))
            f = facts.get(h)
            if f is None:
                f = facts[h] = _FactState("f_" + _h(h, n=16), h.subject, claim["event"], [h.town], h.day.isoformat())
            f.members[cid] = {"claim_id": cid, "rule": "same-key", "side": t["side"], "superseded_by": None,
                              "role": "figure"}
            f.values.setdefault(t["side"], set()).add(t["value"])
            sides = sorted(f.values)
            if len(sides) < 2:
                status, rule, reason = "single_source", "one-side", f"only {sides[0]} gives a figure"
            elif all(f.values[s] == f.values[sides[0]] for s in sides):
                status, rule, reason = "corroborated", "independent-sides-agree", "independent sides give the same figure"
            else:
                status, rule = "disputed", "intervals-disjoint"
                reason = " vs ".join(f"{'/'.join(map(str, sorted(f.values[s])))} ({s})" for s in sides)
            fact = {"fact_id": f.fact_id, "subject": f.subject, "event": f.event, "places": f.places,
                    "date": f.date, "members": [f.members[k] for k in sorted(f.members)], "status": status,
                    "reason": reason, "status_rule": rule}
            fid = "fu_" + _h("ce_" + cid, f.fact_id, len(f.members), n=24)
            fact_events.append((FACTS, fid, _envelope("FactUpdated", fid, fact, "ce_" + cid, aid), aid))
        ax = f"ax_{aid}_{_h(EXTRACTOR_VERSION, n=8)}"
        out.append((CLAIMS, ax, _envelope("ArticleExtracted", ax, {
            "article_id": aid, "extractor_version": EXTRACTOR_VERSION, "claim_ids": claim_ids}, "ar_" + aid, aid),
            aid))
        yield out + fact_events


def texts(n_reports: int, *, seed: int = 11) -> list[str]:
    return [text for text, _ in reports_with_truth(n_reports, seed=seed)]


def check_sample(bodies: list[bytes]) -> None:
    """Every body must validate and survive a round trip through the event models unchanged."""
    for body in bodies:
        ev = decode_event(body)
        again = orjson.loads(ev.encode())
        if again != orjson.loads(body):
            raise AssertionError(f"synthetic {ev.type} event does not match the contracts: {body[:200]!r}")


def events_for(n_events: int, *, seed: int = 11) -> list[tuple[str, str, bytes, str]]:
    """At least `n_events` events (whole reports), in pipeline order."""
    out: list[tuple[str, str, bytes, str]] = []
    for evs in reports_events(n_events // 6 + 10, seed=seed):
        out += evs
        if len(out) >= n_events:
            break
    check_sample([b for _, _, b, _ in out[:: max(1, len(out) // 200)]])
    return out


async def load(store, events: list[tuple[str, str, bytes, str]], *, reports_per_round: int = 40) -> int:
    """Append `events` with the store's own idempotent script, interleaving the streams as the
    services would (a round of articles, then their claims, then their facts): entry ids of the
    three streams interleave in the log as they do live. Returns how many were appended."""
    n = 0
    i = 0
    round_size = reports_per_round * EVENTS_PER_REPORT
    while i < len(events):
        chunk = events[i:i + round_size]
        i += round_size
        for stream in (ARTICLES, CLAIMS, FACTS):
            rows = [e for e in chunk if e[0] == stream]
            for j in range(0, len(rows), 500):
                argv: list = []
                for _, eid, body, corr in rows[j:j + 500]:
                    argv += [eid, encode_entry(body, message_id=eid, correlation_id=corr)]
                res = await store._append(keys=[stream, dedupe_key(stream)], args=argv)
                n += sum(1 for r in res if r)
    return n
