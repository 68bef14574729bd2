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
from contracts.events import (ArticleExtracted, ArticleReceived, ClaimExtracted, Event, FactUpdated,
                              FactWasRetired)
from contracts.facts import Fact

_DUMP = orjson.OPT_SORT_KEYS


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

    def seen(self, stream: str, entry_id: str) -> bool:
        last = self.positions.get(stream)
        return last is not None and entry_key(entry_id) <= entry_key(last)

    def apply(self, stream: str, entry_id: str, event: Event) -> set[str]:
        """Fold one event; return the ids of facts whose view changed (empty if already applied)."""
        if self.seen(stream, entry_id):
            return set()
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

    # -- views -----------------------------------------------------------------------------
    def fact_view(self, fact_id: str) -> dict | None:
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
            side = sp.get("affiliation") or "?"
            mark = "  superseded" if c["membership"].get("superseded_by") else ""
            role = c["membership"].get("role")
            role = "" if role == "figure" else f" [{role}]"
            lines.append(f"    {c['quantity']['text']!s:>22}  {c['subject']}{role} — {who} ({side}){mark}")
        lines.append(f"    why: {f['reason']}")
        lines.append("")
    return "\n".join(lines)
