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
from contracts.facts import Fact
from contracts.streams import CLAIMS, FACTS, RECONCILE_GROUP
from services.reconcile.engine import Reconciler


class ReconcileService(Service):
    name = "reconcile"

    def subscriptions(self) -> list[Subscription]:
        return [Subscription(CLAIMS, RECONCILE_GROUP, self.on_claim, batch_handler=self.on_batch)]

    async def start(self) -> None:
        if not hasattr(self, "lock"):
            self.lock = asyncio.Lock()  # kept across a rebuild: `on_batch` calls start() holding it
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
        failures = await self.on_batch([(event, entry_id)])
        if failures:
            raise failures[entry_id]

    async def on_batch(self, items: Sequence[tuple[Event, str]]) -> dict[str, BaseException]:
        """Add the claims of a batch in order; append the fact events of all of them in one append.

        If adding a claim raises, the reconciler may be half-updated: the events of the claims
        before it are appended, the state is rebuilt from the log before the next claim, and
        that claim and the ones after it fail (they stay pending and are redelivered one by one).
        If the append fails, the whole batch fails and the state is rebuilt likewise."""
        failures: dict[str, BaseException] = {}
        logged: list[tuple] = []
        async with self.lock:  # the batch and the reclaiming subscriber share one reconciler
            if getattr(self, "stale", False):
                await self.start()  # an earlier append failed: the log, not memory, is the truth
                self.stale = False
            out: list[Event] = []
            for i, (event, entry_id) in enumerate(items):
                if not isinstance(event, ClaimExtracted):
                    continue
                claim = event.payload
                try:
                    changes = self.reconciler.add(claim)
                except Exception as e:  # noqa: BLE001 - this claim fails; the state is suspect
                    self.stale = True
                    failures[entry_id] = e
                    for _, later in items[i + 1:]:
                        failures[later] = RuntimeError("not handled: an earlier claim of its batch failed")
                    break
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
                logged.append((claim, changes))
            if out:
                try:
                    await self.rt.store.append(FACTS, out)
                except BaseException:
                    # The reconciler already counts these claims; the log does not. Rebuild from
                    # the log (before the next claim: Redis may be down right now) so the
                    # redeliveries recompute (and append) these changes again.
                    self.stale = True
                    raise
        for claim, changes in logged:
            for ch in changes:
                # debug, not info: one line per fact change per claim is the hottest log line (issue 6)
                self.log.debug("fact updated" if isinstance(ch, Fact) else "fact retired",
                               article_id=claim.article.id, claim_id=claim.claim_id, fact_id=ch.fact_id,
                               status=getattr(ch, "status", None))
        return failures


def __getattr__(name: str):
    if name == "app":
        from claimlog.worker import faststream_app
        return faststream_app(["reconcile"])
    raise AttributeError(name)
