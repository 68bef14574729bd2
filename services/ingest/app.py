"""Ingest: checks and normalises submitted articles, gives each its content id.

Reads `ArticleSubmitted` from the inbox, appends `ArticleReceived` to the articles
stream. The event id is the content id, so the same article sent twice (even
from another path) is appended once. Unusable input (empty, too large, binary)
is a permanent error: the message goes to the dead-letter stream with the reason.

Run alone: `claimlog worker ingest` or `faststream run services.ingest.app:app`.
"""
from __future__ import annotations

from collections.abc import Sequence

from claimlog.middleware import PermanentError
from claimlog.runtime import Service, Subscription
from contracts.events import ArticleReceived, ArticleSubmitted, Event
from contracts.streams import ARTICLES, INBOX, INGEST_GROUP
from services.ingest.normalize import BadArticle, read_article


class IngestService(Service):
    name = "ingest"

    def subscriptions(self) -> list[Subscription]:
        return [Subscription(INBOX, INGEST_GROUP, self.on_submitted, batch_handler=self.on_batch)]

    def _received(self, event: ArticleSubmitted) -> ArticleReceived:
        sub = event.payload
        try:
            article = read_article(sub.text, uri=sub.uri, outlet=sub.outlet, published=sub.published,
                                   title=sub.title, max_bytes=self.rt.settings.max_article_bytes)
        except BadArticle as e:
            raise PermanentError(f"article refused ({sub.uri or 'no uri'}): {e}") from None
        return ArticleReceived.create(event_id="ar_" + article.id, payload=article,
                                      causation_id=event.event_id, correlation_id=article.id)

    async def on_submitted(self, event: Event, entry_id: str) -> None:
        failures = await self.on_batch([(event, entry_id)])
        if failures:
            raise failures[entry_id]

    async def on_batch(self, items: Sequence[tuple[Event, str]]) -> dict[str, BaseException]:
        """Check every submission of a batch; append the articles of the good ones in one append."""
        failures: dict[str, BaseException] = {}
        received: list[ArticleReceived] = []
        for event, entry_id in items:
            if not isinstance(event, ArticleSubmitted):
                continue
            try:
                received.append(self._received(event))
            except Exception as e:  # noqa: BLE001 - this entry alone fails (PermanentError: dead letter)
                failures[entry_id] = e
        appended = await self.rt.store.append(ARTICLES, received)
        for ev, entry in zip(received, appended):
            article = ev.payload
            self.log.info("article received" if entry else "article already known", article_id=article.id,
                          uri=article.uri, published=article.published)
        return failures


def _app():
    from claimlog.worker import faststream_app
    return faststream_app(["ingest"])


def __getattr__(name: str):  # `faststream run services.ingest.app:app` builds the app on demand
    if name == "app":
        return _app()
    raise AttributeError(name)
