"""The picture: a fold of the log into facts a person can read.

`Picture.apply` takes events in log order and is idempotent per stream position, so
the live projection (fed by consumer groups) and a replay (fed by `read_log`)
build the same thing. Every fact's view is serialised with sorted keys and the
picture is the views in fact-id order, so dropping the read model and folding the
log again gives byte-identical JSON.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import orjson

from claimlog.store import entry_key
from contracts.articles import Article
from contracts.claims import ArticleRef, Claim, Quantity, Speaker, Span
from contracts.events import (ArticleExtracted, ArticleExtraction, ArticleReceived, ClaimExtracted, Event,
                              EventError, FactUpdated, FactWasRetired, decode_event)
from contracts.facts import Fact, FactRetired, Membership

_DUMP = orjson.OPT_SORT_KEYS

# -- the fast replay path (`Picture.apply_raw`): what an event looks like as `Event.encode` writes it.
_ENVELOPE = frozenset(Event.model_fields)
_ARTICLE = frozenset(Article.model_fields)
_EXTRACTION = frozenset(ArticleExtraction.model_fields)
_CLAIM = frozenset(Claim.model_fields)
_REF, _SPEAKER, _QUANTITY, _SPAN = (frozenset(m.model_fields) for m in (ArticleRef, Speaker, Quantity, Span))
_FACT = frozenset(Fact.model_fields)
_MEMBER = frozenset(Membership.model_fields)
_RETIRED = frozenset(FactRetired.model_fields)
_VERSION = {cls.TYPE: cls.VERSION for cls in (ArticleReceived, ArticleExtracted, ClaimExtracted, FactUpdated,
                                              FactWasRetired)}
_LAZY = object()
"""Stands in `Picture.facts` for a fact whose latest snapshot is still a dict (see `Picture.settle`)."""


@dataclass
class Picture:
    """Facts, claims and articles as of the last event applied."""

    facts: dict[str, Fact] = field(default_factory=dict)
    claims: dict[str, dict] = field(default_factory=dict)
    articles: dict[str, dict] = field(default_factory=dict)
    history: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    retired: dict[str, dict] = field(default_factory=dict)
    positions: dict[str, str] = field(default_factory=dict)
    """The last entry id applied, per stream: anything at or before it is skipped."""
    fact_of_claim: dict[str, str] = field(default_factory=dict)
    events_applied: int = 0
    _pending: dict[str, dict] = field(default_factory=dict, repr=False, compare=False)
    """Fact snapshots folded by `apply_raw` and not validated yet: fact id -> payload dict."""

    def seen(self, stream: str, entry_id: str) -> bool:
        last = self.positions.get(stream)
        return last is not None and entry_key(entry_id) <= entry_key(last)

    def apply(self, stream: str, entry_id: str, event: Event) -> set[str]:
        """Fold one event; return the ids of facts whose view changed (empty if already applied)."""
        if self.seen(stream, entry_id):
            return set()
        if self._pending:
            self.settle()
        self.positions[stream] = entry_id
        self.events_applied += 1
        if isinstance(event, ArticleReceived):
            a = event.payload
            self.articles[a.id] = {"id": a.id, "uri": a.uri, "title": a.title, "outlet": a.outlet,
                                   "published": a.published, "received_at": event.recorded_at,
                                   "position": entry_id, "claims": None}
            return set()
        if isinstance(event, ArticleExtracted):
            art = self.articles.get(event.payload.article_id)
            if art is not None:
                art["claims"] = len(event.payload.claim_ids)
            return set()
        if isinstance(event, ClaimExtracted):
            c = event.payload
            self.claims[c.claim_id] = {**c.model_dump(mode="json"), "recorded_at": event.recorded_at,
                                       "position": entry_id}
            fid = self.fact_of_claim.get(c.claim_id)
            return {fid} if fid else set()
        if isinstance(event, FactUpdated):
            fact = event.payload
            before = self.facts.get(fact.fact_id)
            self.facts[fact.fact_id] = fact
            self.retired.pop(fact.fact_id, None)
            for m in fact.members:
                self.fact_of_claim[m.claim_id] = fact.fact_id
            cause = (event.causation_id or "").removeprefix("ce_") or None
            self.history[fact.fact_id].append({
                "position": entry_id, "recorded_at": event.recorded_at, "cause_claim": cause,
                "status": fact.status, "previous_status": before.status if before else None,
                "claims": len(fact.members), "reason": fact.reason,
            })
            return {fact.fact_id}
        if isinstance(event, FactWasRetired):
            r = event.payload
            if self.facts.pop(r.fact_id, None) is not None:
                self.retired[r.fact_id] = {"merged_into": r.merged_into, "reason": r.reason,
                                           "position": entry_id}
            return {r.fact_id}
        return set()

    # -- the fast replay path ---------------------------------------------------------------
    def apply_raw(self, rows: list[tuple[str, str, bytes]]) -> None:
        """Fold (stream, entry id, JSON body) rows in log order: `apply` without building models.

        A replay spends most of its time in pydantic otherwise (validating every event,
        then dumping every claim back to a dict). Here the body is read with orjson and
        the picture takes what it keeps straight from the dicts — which are exactly
        `model_dump(mode="json")` of the models, since that is what `Event.encode`
        wrote. Only events in that exact shape take this path (current schema version,
        every envelope/payload field present, no extra ones); anything else — an old
        version to upcast, a hand-written entry — goes through `decode_event` and
        `apply` (skipped with a warning if invalid, as `EventStore.read` does), so
        the picture is the same either way (`claimlog replay --check`, and the bench,
        compare the two). Fact snapshots are validated into `Fact` models once per
        fact, for the last state only, by `settle()` (`fold_log` calls it; `apply`
        and the views call it when needed).
        """
        loads, envelope, version = orjson.loads, _ENVELOPE, _VERSION
        articles, claims, facts, pending = self.articles, self.claims, self.facts, self._pending
        history, retired, fact_of_claim = self.history, self.retired, self.fact_of_claim
        last = {s: entry_key(p) for s, p in self.positions.items()} if self.positions else None
        applied = 0
        for stream, entry_id, body in rows:
            if last and stream in last and entry_key(entry_id) <= last[stream]:
                continue
            try:
                d = loads(body)
            except orjson.JSONDecodeError:
                d = None
            p = d.get("payload") if type(d) is dict else None
            t = d["type"] if type(p) is dict and d.keys() == envelope else None
            if t is None or d["version"] != version.get(t):
                self._apply_slow(stream, entry_id, body)
                continue
            if t == "ClaimExtracted":
                if not (p.keys() == _CLAIM and p["article"].keys() == _REF and p["speaker"].keys() == _SPEAKER
                        and p["quantity"].keys() == _QUANTITY and p["evidence"].keys() == _SPAN):
                    self._apply_slow(stream, entry_id, body)
                    continue
                # the payload dict is ours alone: extend it in place (same keys, same order as `apply`'s copy)
                p["recorded_at"] = d["recorded_at"]
                p["position"] = entry_id
                claims[p["claim_id"]] = p
            elif t == "FactUpdated":
                members = p["members"] if p.keys() == _FACT else None
                try:
                    member_ids = [m["claim_id"] for m in members if m.keys() == _MEMBER]
                except (TypeError, AttributeError):
                    member_ids = None
                if member_ids is None or len(member_ids) != len(members):
                    self._apply_slow(stream, entry_id, body)
                    continue
                fid = p["fact_id"]
                before = pending.get(fid)
                if before is not None:
                    before_status = before["status"]
                else:
                    had = facts.get(fid)
                    before_status = had.status if had is not None and had is not _LAZY else None
                facts[fid] = _LAZY
                pending[fid] = p
                retired.pop(fid, None)
                for cid in member_ids:
                    fact_of_claim[cid] = fid
                cause = (d["causation_id"] or "").removeprefix("ce_") or None
                history[fid].append({
                    "position": entry_id, "recorded_at": d["recorded_at"], "cause_claim": cause,
                    "status": p["status"], "previous_status": before_status,
                    "claims": len(members), "reason": p["reason"],
                })
            elif t == "ArticleReceived":
                if p.keys() != _ARTICLE:
                    self._apply_slow(stream, entry_id, body)
                    continue
                articles[p["id"]] = {"id": p["id"], "uri": p["uri"], "title": p["title"], "outlet": p["outlet"],
                                     "published": p["published"], "received_at": d["recorded_at"],
                                     "position": entry_id, "claims": None}
            elif t == "ArticleExtracted":
                if p.keys() != _EXTRACTION or type(p["claim_ids"]) is not list:
                    self._apply_slow(stream, entry_id, body)
                    continue
                art = articles.get(p["article_id"])
                if art is not None:
                    art["claims"] = len(p["claim_ids"])
            elif t == "FactRetired":
                if p.keys() != _RETIRED:
                    self._apply_slow(stream, entry_id, body)
                    continue
                fid = p["fact_id"]
                pending.pop(fid, None)
                if facts.pop(fid, None) is not None:
                    retired[fid] = {"merged_into": p["merged_into"], "reason": p["reason"], "position": entry_id}
            # any other known type changes nothing in the picture (as in `apply`)
            self.positions[stream] = entry_id
            applied += 1
        self.events_applied += applied

    def _apply_slow(self, stream: str, entry_id: str, body: bytes) -> None:
        try:
            event = decode_event(body)
        except EventError as e:
            import structlog
            structlog.get_logger().warning("invalid stream entry skipped", stream=stream, entry_id=entry_id,
                                           error=str(e))
            return
        self.apply(stream, entry_id, event)

    def settle(self) -> None:
        """Validate the fact snapshots `apply_raw` left as dicts into `Fact` models (the last state of each)."""
        pending = self._pending  # cleared in place: `apply_raw` holds a reference to it
        for fid, p in pending.items():
            try:
                self.facts[fid] = Fact.model_validate(p)
            except ValueError as e:
                raise EventError(f"FactUpdated {fid}: invalid snapshot in the log: {e}") from None
        pending.clear()

    # -- views -----------------------------------------------------------------------------
    def fact_view(self, fact_id: str) -> dict | None:
        if self._pending:
            self.settle()
        fact = self.facts.get(fact_id)
        if fact is None:
            return None
        claims = []
        for m in fact.members:
            c = self.claims.get(m.claim_id)
            if c is None:
                continue  # the claim event has not reached the projection yet
            claims.append({**c, "membership": m.model_dump(mode="json")})
        sides: dict[str, list] = defaultdict(list)
        for c in claims:
            if c["membership"].get("superseded_by"):
                continue
            sides[c["membership"].get("side") or "unknown"].append(c["quantity"].get("text"))
        return {
            "id": fact.fact_id, "subject": fact.subject, "event": fact.event, "places": fact.places,
            "date": fact.date, "status": fact.status, "reason": fact.reason, "status_rule": fact.status_rule,
            "sides": dict(sorted(sides.items())), "claims": claims,
            "history": list(self.history.get(fact_id, [])),
        }

    def fact_view_json(self, fact_id: str) -> bytes | None:
        view = self.fact_view(fact_id)
        return None if view is None else orjson.dumps(view, option=_DUMP)

    def to_json(self) -> bytes:
        if self._pending:
            self.settle()
        return assemble({fid: self.fact_view_json(fid) for fid in self.facts})


def assemble(views: dict[str, bytes]) -> bytes:
    """The picture JSON from per-fact views: `{"facts": [...]}` in fact-id order, one fact a line."""
    body = b",\n".join(views[k] for k in sorted(views) if views[k] is not None)
    return b'{"facts": [\n' + body + b"\n]}\n" if body else b'{"facts": []}\n'


def render_table(picture: dict, *, width: int = 100) -> str:
    """A readable table: disputed facts first, each side's figures with who said them."""
    order = {"disputed": 0, "consistent": 1, "corroborated": 2, "single_source": 3}
    facts = sorted(picture.get("facts", []), key=lambda f: (order.get(f["status"], 9), f.get("date") or "",
                                                            f["subject"], f["id"]))
    if not facts:
        return "No facts yet.\n"
    lines = [f"{len(facts)} fact(s)\n"]
    for f in facts:
        where = ", ".join(f.get("places") or []) or "-"
        lines.append(f"[{f['status'].upper()}] {f['subject']} {f.get('event') or ''} | {where} | "
                     f"{f.get('date') or 'undated'}   ({f['id']})")
        for c in f["claims"]:
            sp = c["speaker"]
            who = sp.get("name") or "(the article)"
            side = f" ({sp['affiliation']})" if sp.get("affiliation") else ""
            mark = "  superseded" if c["membership"].get("superseded_by") else ""
            role = c["membership"].get("role")
            role = "" if role == "figure" else f" [{role}]"
            lines.append(f"    {c['quantity']['text']!s:>22}  {c['subject']}{role} — {who}{side}{mark}")
        lines.append(f"    why: {f['reason']}")
        lines.append("")
    return "\n".join(lines)
