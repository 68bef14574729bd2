"""Extract: reads each article, appends one `ClaimExtracted` per claim and one `ArticleExtracted`.

The claims come from `services.extract.pipeline.extract`, a pure function; this
module only wires it to the streams. Claim ids are deterministic, so a
redelivered article appends nothing new.

Run alone: `claimlog worker extract` or `faststream run services.extract.app:app`.
"""
from __future__ import annotations

import hashlib

from claimlog.runtime import Service, Subscription
from contracts.events import ArticleExtracted, ArticleExtraction, ArticleReceived, ClaimExtracted, Event
from contracts.streams import ARTICLES, CLAIMS, EXTRACT_GROUP
from services.extract.pipeline import EXTRACTOR_VERSION, extract


class ExtractService(Service):
    name = "extract"

    def subscriptions(self) -> list[Subscription]:
        return [Subscription(ARTICLES, EXTRACT_GROUP, self.on_article)]

    async def on_article(self, event: Event, entry_id: str) -> None:
        if not isinstance(event, ArticleReceived):
            return
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
        appended = await self.rt.store.append(CLAIMS, events)
        for c, entry in zip(claims, appended):
            self.log.debug("claim extracted", article_id=article.id, claim_id=c.claim_id,
                           value=c.quantity.value, speaker=c.speaker.name, duplicate=entry is None)
        self.log.info("article extracted", article_id=article.id, claims=len(claims),
                      new=sum(1 for e in appended[:-1] if e))


def __getattr__(name: str):
    if name == "app":
        from claimlog.worker import faststream_app
        return faststream_app(["extract"])
    raise AttributeError(name)
