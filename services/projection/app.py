"""Projection: folds articles, claims and fact events into the picture and serves it.

On start it folds the whole log (so its in-memory picture is exactly a replay),
then follows the three streams through its consumer group. After each event it
writes the changed fact views to the read model in Redis before acking. With
CLAIMLOG_API_PORT set (default 8400) it serves the HTTP API and web page.

Run alone: `claimlog worker projection` or `faststream run services.projection.app:app`.
"""
from __future__ import annotations

import asyncio

from claimlog.runtime import Service, Subscription
from contracts.events import ArticleExtracted, ArticleReceived, Event
from contracts.streams import ARTICLES, CLAIMS, FACTS, PROJECTION_GROUP
from services.projection import readmodel
from services.projection.picture import Picture


async def fold_log(store, *, until: str = "+") -> Picture:
    """A picture from the log alone, up to entry id (or ms time) `until`: replays and as-of views."""
    picture = Picture()
    async for rec in store.read_log((ARTICLES, CLAIMS, FACTS), until=until):
        picture.apply(rec.stream, rec.entry_id, rec.event)
    return picture


class ProjectionService(Service):
    name = "projection"

    def subscriptions(self) -> list[Subscription]:
        return [Subscription(stream, PROJECTION_GROUP, self._handler(stream))
                for stream in (ARTICLES, CLAIMS, FACTS)]

    async def start(self) -> None:
        self.changed = asyncio.Event()
        self.picture = await fold_log(self.rt.store)
        await readmodel.write_all(self.rt.redis, self.picture)
        self.log.info("picture restored from the log", events=self.picture.events_applied,
                      facts=len(self.picture.facts))
        self._server = None
        if self.rt.settings.api_port:
            try:
                from services.projection.api import serve
            except ImportError:  # the API module is optional in a minimal install
                return
            self._server = await serve(self, self.rt.settings)

    async def stop(self) -> None:
        if self._server is not None:
            await self._server.stop()

    def _handler(self, stream: str):
        async def handle(event: Event, entry_id: str) -> None:
            changed = self.picture.apply(stream, entry_id, event)
            articles = ({event.payload.id} if isinstance(event, ArticleReceived) else
                        {event.payload.article_id} if isinstance(event, ArticleExtracted) else set())
            if changed or articles or stream == CLAIMS:
                await readmodel.write(self.rt.redis, self.picture, changed, articles)
            if changed:
                self.changed.set()
                self.changed = asyncio.Event()
        return handle


def __getattr__(name: str):
    if name == "app":
        from claimlog.worker import faststream_app
        return faststream_app(["projection"])
    raise AttributeError(name)
