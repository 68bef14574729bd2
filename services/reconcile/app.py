"""Reconcile: groups claims into facts and appends each new state of a fact.

Stateful: on start it restores its `Reconciler` from the log (the claims that
the fact events already hold), so a restart or a redelivered claim changes
nothing. Fact event ids hash the cause and the new state: a redelivery appends
nothing twice. Run one reconcile worker per log (its state is the whole log);
see README "Scaling".

Run alone: `claimlog worker reconcile` or `faststream run services.reconcile.app:app`.
"""
from __future__ import annotations

import asyncio
from collections.abc import Sequence

from claimlog.runtime import Service, Subscription
from contracts.events import ClaimExtracted, Event, FactUpdated, FactWasRetired, stable_hash
from contracts.facts import Fact, FactRetired
from contracts.streams import CLAIMS, FACTS, RECONCILE_GROUP
from services.reconcile.engine import Reconciler


class ReconcileService(Service):
    name = "reconcile"

    def subscriptions(self) -> list[Subscription]:
        return [Subscription(CLAIMS, RECONCILE_GROUP, self.on_claim, batch_handler=self.on_batch)]

    async def start(self) -> None:
        if not hasattr(self, "lock"):
            self.lock = asyncio.Lock()  # kept across a rebuild: `on_batch` calls restore() holding it
        await self.restore()

    async def restore(self) -> None:
        """Rebuild the reconciler from the log, then make the log's facts agree with it.

        The reconciler is rebuilt from the claims that the fact events already hold (the ones
        not there yet are still pending, or will be delivered, and are added then). In a healthy
        log the last event of each fact is the rebuilt reconciler's state of it, so nothing is
        appended. A log that lost its last events (a server restarted from an AOF that missed
        its last second, see `Runtime.server_id`) can hold a claim in one fact event whose other
        changes were lost; the redelivered claim would change nothing, so those changes are
        appended here (`_repairs`), and the picture folded from the log is again the one that a
        clean run gives."""
        self.stale = True  # until the rebuild is complete: a failure half-way makes the next batch retry it
        server = await self.rt.server_id()
        latest: dict[str, Fact | None] = {}
        grouped: set[str] = set()
        last_fact = None
        async for last_fact, ev in self.rt.store.read(FACTS):
            if isinstance(ev, FactUpdated):
                latest[ev.payload.fact_id] = ev.payload
                grouped.update(m.claim_id for m in ev.payload.members)
            elif isinstance(ev, FactWasRetired):
                latest[ev.payload.fact_id] = None
        claims: list[ClaimExtracted] = []
        async for _, ev in self.rt.store.read(CLAIMS):
            if isinstance(ev, ClaimExtracted) and ev.payload.claim_id in grouped:
                claims.append(ev)
        self.reconciler = Reconciler(ev.payload for ev in claims)
        repairs = _repairs(self.reconciler.facts(), latest, claims)
        if repairs:
            at = last_fact or "-"  # a repair may restore a state the fact had before, caused by the same claim
            await self.rt.store.append(FACTS, [self._fact_event(ch, cause, salt=at) for ch, cause in repairs])
            self.log.warning("fact log repaired: its last events were missing", facts=len(repairs),
                             fact_ids=[ch.fact_id for ch, _ in repairs][:20])
        self.server_run_id, self.stale = server, False
        self.log.info("reconcile state restored", claims=len(claims))

    async def _ensure_current(self) -> None:
        """Rebuild from the log when memory may be ahead of it: after a failed append, or when
        the server restarted since the last rebuild (it may have lost what it acknowledged last)."""
        if self.stale or await self.rt.server_id() != self.server_run_id:
            if not self.stale:
                self.log.warning("the Redis server restarted: rebuilding from the log")
            await self.restore()

    async def on_claim(self, event: Event, entry_id: str) -> None:
        failures = await self.on_batch([(event, entry_id)])
        if failures:
            raise failures[entry_id]

    async def on_batch(self, items: Sequence[tuple[Event, str]]) -> dict[str, BaseException]:
        """Reconcile a batch one unit at a time; append the fact events of all of them in one append.

        The unit is, by default, a time slot of the log (`Settings.reconcile_slot_ms`, `_slots`): every
        claim appended within one slot, however many reports that is. With the slot set to 0 it is a
        report: the run of one article's claims that extract appended together (ended by its
        `ArticleExtracted`, `_reports`). A unit's claims are added at once, so each fact changes once per
        unit rather than once per claim, and the events do not depend on where the broker cut the
        batches: when a batch ends inside a unit, the rest of it is read ahead from the log and
        reconciled now (its own delivery later changes nothing: those claims are already counted).

        If a report raises, the reconciler may be half-updated: the events of the reports before
        it are appended, the state is rebuilt from the log before the next batch, and that report's
        claims and the ones after them fail (they stay pending and are redelivered one by one, so a
        poison claim ends in the dead letters alone). If the append fails, the whole batch fails
        and the state is rebuilt likewise; so it is when the server restarted (`_ensure_current`)."""
        failures: dict[str, BaseException] = {}
        logged: list[tuple] = []
        async with self.lock:  # the batch and the reclaiming subscriber share one reconciler
            await self._ensure_current()  # the log, not memory, is the truth
            units = await (self._slots(items) if self.rt.settings.reconcile_slot_ms > 0 else self._reports(items))
            out: list[Event] = []
            for k, unit in enumerate(units):
                # the claims this unit adds: a change is recorded as caused by one of them, never by a claim
                # counted before (redelivered, read ahead, restored), whose own events may already hold the
                # very same state of that fact (A -> B -> A): the same id would be taken for a duplicate
                fresh = [(ev, eid) for ev, eid in unit if not self.reconciler.knows(ev.payload.claim_id)]
                try:
                    changes = self.reconciler.add_many([ev.payload for ev, _ in unit])
                except Exception as e:  # noqa: BLE001 - this report fails; the state is suspect
                    self.stale = True
                    in_batch = {entry_id for _, entry_id in items}
                    for _, entry_id in unit:
                        failures[entry_id] = e
                    for _, entry_id in (item for later in units[k + 1:] for item in later):
                        failures[entry_id] = RuntimeError("not handled: an earlier report of its batch failed")
                    failures = {eid: err for eid, err in failures.items() if eid in in_batch}
                    break
                out += [self._fact_event(ch, _cause(ch, fresh)) for ch in changes]
                logged.append((fresh, changes))
            if out:
                try:
                    await self.rt.store.append(FACTS, out)
                except BaseException:
                    # The reconciler already counts these claims; the log does not. Rebuild from
                    # the log (before the next claim: Redis may be down right now) so the
                    # redeliveries recompute (and append) these changes again.
                    self.stale = True
                    raise
        for added, changes in logged:
            for ch in changes:
                # debug, not info: one line per fact change is the hottest log line (issue 6)
                cause = _cause(ch, added).payload
                self.log.debug("fact updated" if isinstance(ch, Fact) else "fact retired",
                               article_id=cause.article.id, claim_id=cause.claim_id, fact_id=ch.fact_id,
                               status=getattr(ch, "status", None), claims_added=len(added))
        return failures

    async def _reports(self, items: Sequence[tuple[Event, str]]) -> list[list[tuple[ClaimExtracted, str]]]:
        """The batch's claims cut into reports (runs of one article's claims), the last one completed
        from the log when the batch ends before the report's `ArticleExtracted`."""
        units: list[list[tuple[ClaimExtracted, str]]] = []
        open_run = False
        for event, entry_id in items:
            if isinstance(event, ClaimExtracted):
                if open_run and units[-1][-1][0].payload.article.id == event.payload.article.id:
                    units[-1].append((event, entry_id))
                else:
                    units.append([(event, entry_id)])
                open_run = True
            else:
                open_run = False  # `ArticleExtracted` (or anything else) ends the report
        if open_run:
            last_event, last_id = units[-1][-1]
            async for entry_id, ev in self.rt.store.read(CLAIMS, after=last_id, page=READ_AHEAD):
                if not (isinstance(ev, ClaimExtracted) and ev.payload.article.id == last_event.payload.article.id):
                    break
                units[-1].append((ev, entry_id))
        return units

    async def _slots(self, items: Sequence[tuple[Event, str]]) -> list[list[tuple[ClaimExtracted, str]]]:
        """The batch's claims cut by time slot of their entry ids (`Settings.reconcile_slot_ms`), the last slot
        completed from the log.

        Why: regrouping is paid per unit, not per claim, so a unit of every report that came in within one slot
        costs little more than one report, and under load (a backlog) the slots fill up: reconcile keeps pace.
        The cut is the log's own (entry ids carry the server's ms clock), so the fact events still depend on the
        log alone, not on batch cuts. A slot is complete once an entry of a later slot exists or the server's
        clock has passed its end (new entries get ids at or after the server's time): until then this waits, at
        most one slot."""
        ms = self.rt.settings.reconcile_slot_ms
        units: list[list[tuple[ClaimExtracted, str]]] = []
        unit_slot = None
        for event, entry_id in items:
            if isinstance(event, ClaimExtracted):
                slot = _slot(entry_id, ms)
                if units and slot == unit_slot:
                    units[-1].append((event, entry_id))
                else:
                    units.append([(event, entry_id)])
                    unit_slot = slot
        if not items:
            return units
        last_id = items[-1][1]
        slot = _slot(last_id, ms)
        end_ms = (slot + 1) * ms  # the first ms of the next slot
        extra: list[tuple[ClaimExtracted, str]] = []
        redis = self.rt.store.redis
        final = False
        while True:
            async for entry_id, ev in self.rt.store.read(CLAIMS, after=last_id, until=f"{end_ms - 1}-{MAX_SEQ}",
                                                         page=READ_AHEAD):
                last_id = entry_id
                if isinstance(ev, ClaimExtracted):
                    extra.append((ev, entry_id))
            if final or await redis.xrange(CLAIMS, min=f"{end_ms}-0", count=1):
                break
            now_s, now_us = await redis.time()
            now_ms = now_s * 1000 + now_us // 1000
            if now_ms >= end_ms:
                final = True  # read once more what was appended before the clock passed the end
            else:
                await asyncio.sleep((end_ms - now_ms) / 1000)
        if extra:
            if units and unit_slot == slot:
                units[-1] += extra
            else:
                units.append(extra)
        return units

    @staticmethod
    def _fact_event(change: Fact | FactRetired, cause: ClaimExtracted, *, salt: str = "") -> Event:
        """The event of one fact change; its id hashes the cause and the new state (a redelivery appends nothing).

        `salt` (a repair's log position) keeps a repair apart from an earlier event of the same cause and state."""
        state = change.model_dump_json()
        parts = (cause.event_id, state, salt) if salt else (cause.event_id, state)
        if isinstance(change, Fact):
            return FactUpdated.create(event_id="fu_" + stable_hash(*parts), payload=change,
                                      causation_id=cause.event_id, correlation_id=cause.correlation_id)
        return FactWasRetired.create(event_id="fr_" + stable_hash(*parts), payload=change,
                                     causation_id=cause.event_id, correlation_id=cause.correlation_id)


READ_AHEAD = 64
"""Entries read per page when a batch ends inside a report (a report rarely has more claims)."""

MAX_SEQ = 2**64 - 1
"""The largest sequence number of a stream entry id: `f"{ms}-{MAX_SEQ}"` is the last id of that ms."""


def _slot(entry_id: str, ms: int) -> int:
    """The time slot of a stream entry: its id's ms part, in slots of `ms`."""
    return int(entry_id.split("-", 1)[0]) // ms


def _repairs(facts: list[Fact], latest: dict[str, Fact | None],
             claims: list[ClaimExtracted]) -> list[tuple[Fact | FactRetired, ClaimExtracted]]:
    """The fact changes that bring the log's last state of each fact (`latest`, None once retired)
    to the reconciler's `facts`, each with the claim event it is recorded as caused by: the fact's
    last claim in the log."""
    if not claims:
        return []  # nothing to rebuild from (and nothing a fact could be recorded as caused by)
    order = {ev.payload.claim_id: (i, ev) for i, ev in enumerate(claims)}

    def cause(claim_ids) -> ClaimExtracted:
        known = [order[c] for c in claim_ids if c in order]
        return max(known, key=lambda t: t[0])[1] if known else claims[-1]

    out: list[tuple[Fact | FactRetired, ClaimExtracted]] = []
    now = {f.fact_id: f for f in facts}
    for f in facts:
        if latest.get(f.fact_id) != f:
            out.append((f, cause(f.claim_ids)))
    for fid, was in sorted(latest.items()):
        if was is not None and fid not in now:
            gone = set(was.claim_ids)
            overlap = min(((-len(gone & set(f.claim_ids)), f.fact_id) for f in facts), default=(0, None))
            into = overlap[1] if overlap[0] < 0 else None  # as `Reconciler.add_many` names it
            reason = f"merged: its claims now belong to fact {into}" if into else "its claims were regrouped"
            out.append((FactRetired(fact_id=fid, merged_into=into, reason=reason), cause(was.claim_ids)))
    return out


def _cause(change: Fact | FactRetired, added: list[tuple[ClaimExtracted, str]]) -> ClaimExtracted:
    """The claim event a fact change is recorded as caused by: the last claim the unit added that the
    fact now holds (the last one it added for a retirement, or for a fact the unit regrouped)."""
    members = set(change.claim_ids) if isinstance(change, Fact) else set()
    for event, _ in reversed(added):
        if event.payload.claim_id in members:
            return event
    return added[-1][0]


def __getattr__(name: str):
    if name == "app":
        from claimlog.worker import faststream_app
        return faststream_app(["reconcile"])
    raise AttributeError(name)
