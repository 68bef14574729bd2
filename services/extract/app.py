"""Extract: reads each article, appends one `ClaimExtracted` per claim and one `ArticleExtracted`.

The claims come from `services.extract.pipeline.extract`, a pure function; this
module only wires it to the streams. Claim ids are deterministic, so a
redelivered article appends nothing new.

Run alone: `claimlog worker extract` or `faststream run services.extract.app:app`.
"""
from __future__ import annotations

import hashlib
from collections.abc import Sequence

from claimlog.runtime import Service, Subscription
from claimlog.store import APPEND_CHUNK
from contracts.events import ArticleExtracted, ArticleExtraction, ArticleReceived, ClaimExtracted, Event
from contracts.streams import ARTICLES, CLAIMS, EXTRACT_GROUP
from services.extract.pipeline import EXTRACTOR_VERSION, extract


class ExtractService(Service):
    name = "extract"

    def subscriptions(self) -> list[Subscription]:
        return [Subscription(ARTICLES, EXTRACT_GROUP, self.on_article, batch_handler=self.on_batch)]

    async def on_article(self, event: Event, entry_id: str) -> None:
        failures = await self.on_batch([(event, entry_id)])
        if failures:
            raise failures[entry_id]

    def _events(self, event: ArticleReceived) -> list[Event]:
        article = event.payload
        claims = extract(article)
        events: list[Event] = [
            ClaimExtracted.create(event_id="ce_" + c.claim_id, payload=c, causation_id=event.event_id,
                                  correlation_id=article.id)
            for c in claims
        ]
        version = hashlib.sha256(EXTRACTOR_VERSION.encode()).hexdigest()[:8]
        events.append(ArticleExtracted.create(
            event_id=f"ax_{article.id}_{version}", causation_id=event.event_id, correlation_id=article.id,
            payload=ArticleExtraction(article_id=article.id, extractor_version=EXTRACTOR_VERSION,
                                      claim_ids=[c.claim_id for c in claims])))
        return events

    async def on_batch(self, items: Sequence[tuple[Event, str]]) -> dict[str, BaseException]:
        """Extract every article of a batch; append the claims of all of them in one append.

        An article whose extraction raises fails alone (it stays pending and is retried, then
        dead-lettered, one by one by the reclaimer); the others' claims are appended."""
        failures: dict[str, BaseException] = {}
        per_article: list[list[Event]] = []
        for event, entry_id in items:
            if not isinstance(event, ArticleReceived):
                continue
            try:
                per_article.append(self._events(event))
            except Exception as e:  # noqa: BLE001 - this entry alone fails
                failures[entry_id] = e
        appended: list[str | None] = []
        chunk: list[Event] = []
        for evs in per_article:
            # whole reports per append (one atomic script run each): a report's claims and its
            # `ArticleExtracted` stay contiguous in the claims stream, which reconcile relies on
            # to take a report as one unit (a report of more than APPEND_CHUNK events is split)
            if chunk and len(chunk) + len(evs) > APPEND_CHUNK:
                appended += await self.rt.store.append(CLAIMS, chunk)
                chunk = []
            chunk += evs
        if chunk:
            appended += await self.rt.store.append(CLAIMS, chunk)
        at = 0
        for evs in per_article:
            done, at = appended[at:at + len(evs)], at + len(evs)
            article_id = evs[-1].payload.article_id
            for ev, entry in zip(evs[:-1], done):
                c = ev.payload
                self.log.debug("claim extracted", article_id=article_id, claim_id=c.claim_id,
                               value=c.quantity.value, speaker=c.speaker.name, duplicate=entry is None)
            self.log.info("article extracted", article_id=article_id, claims=len(evs) - 1,
                          new=sum(1 for e in done[:-1] if e))
        return failures


def __getattr__(name: str):
    if name == "app":
        from claimlog.worker import faststream_app
        return faststream_app(["extract"])
    raise AttributeError(name)
