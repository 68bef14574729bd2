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

from claimlog.runtime import Service, Subscription
from contracts.events import ClaimExtracted, Event, FactUpdated, FactWasRetired, stable_hash
from contracts.facts import Fact
from contracts.streams import CLAIMS, FACTS, RECONCILE_GROUP
from services.reconcile.engine import Reconciler


class ReconcileService(Service):
    name = "reconcile"

    def subscriptions(self) -> list[Subscription]:
        return [Subscription(CLAIMS, RECONCILE_GROUP, self.on_claim)]

    async def start(self) -> None:
        if not hasattr(self, "lock"):
            self.lock = asyncio.Lock()  # kept across a rebuild: `on_claim` calls start() holding it
        grouped: set[str] = set()
        async for _, ev in self.rt.store.read(FACTS):
            if isinstance(ev, FactUpdated):
                grouped.update(m.claim_id for m in ev.payload.members)
        claims = []
        async for _, ev in self.rt.store.read(CLAIMS):
            if isinstance(ev, ClaimExtracted) and ev.payload.claim_id in grouped:
                claims.append(ev.payload)
        self.reconciler = Reconciler(claims)
        self.log.info("reconcile state restored", claims=len(claims))

    async def on_claim(self, event: Event, entry_id: str) -> None:
        if not isinstance(event, ClaimExtracted):
            return
        claim = event.payload
        async with self.lock:  # the normal and the reclaiming subscriber share one reconciler
            if getattr(self, "stale", False):
                await self.start()  # an earlier append failed: the log, not memory, is the truth
                self.stale = False
            changes = self.reconciler.add(claim)
            out: list[Event] = []
            for ch in changes:
                state = ch.model_dump_json()
                if isinstance(ch, Fact):
                    out.append(FactUpdated.create(event_id="fu_" + stable_hash(event.event_id, state),
                                                  payload=ch, causation_id=event.event_id,
                                                  correlation_id=event.correlation_id))
                else:
                    out.append(FactWasRetired.create(event_id="fr_" + stable_hash(event.event_id, state),
                                                     payload=ch, causation_id=event.event_id,
                                                     correlation_id=event.correlation_id))
            if out:
                try:
                    await self.rt.store.append(FACTS, out)
                except BaseException:
                    # The reconciler already counts this claim; the log does not. Rebuild from
                    # the log (before the next claim: Redis may be down right now) so the
                    # redelivery recomputes (and appends) these changes again.
                    self.stale = True
                    raise
        for ch in changes:
            # debug, not info: one line per fact change per claim is the hottest log line (issue 6)
            self.log.debug("fact updated" if isinstance(ch, Fact) else "fact retired",
                          article_id=claim.article.id, claim_id=claim.claim_id, fact_id=ch.fact_id,
                          status=getattr(ch, "status", None))


def __getattr__(name: str):
    if name == "app":
        from claimlog.worker import faststream_app
        return faststream_app(["reconcile"])
    raise AttributeError(name)
