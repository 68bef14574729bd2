"""Projection: folds articles, claims and fact events into the picture and serves it.

On start it folds the whole log (so its in-memory picture is exactly a replay),
then follows the three streams through its consumer group, a batch at a time, each
stream in order (`Subscription.ordered`). After each batch it writes the changed fact
views to the read model in Redis (one transaction) before the batch is acked. With
CLAIMLOG_API_PORT set (default 8400) it serves the HTTP API and web page.

Run alone: `claimlog worker projection` or `faststream run services.projection.app:app`.
"""
from __future__ import annotations

import asyncio
import gc
from collections.abc import Sequence

from claimlog.middleware import PERMANENT
from claimlog.runtime import NotAttempted, Service, Subscription
from contracts.events import ArticleExtracted, ArticleReceived, Event
from contracts.streams import ARTICLES, CLAIMS, FACTS, PROJECTION_GROUP
from services.projection import readmodel
from services.projection.picture import Picture


async def fold_log(store, *, until: str = "+") -> Picture:
    """A picture from the log alone, up to entry id (or ms time) `until`: replays and as-of views."""
    picture = Picture()
    # The fast path: undecoded pages merged in order, folded from orjson dicts (see
    # `Picture.apply_raw`); equal to `apply` over `store.read_log(...)`, several times faster.
    # The cyclic GC is paused meanwhile: the fold makes millions of small acyclic objects, and
    # with a large picture alive every full collection rescans all of it (~1.5x the fold's time).
    paused = gc.isenabled()
    gc.disable()
    try:
        async for rows in store.read_log_raw((ARTICLES, CLAIMS, FACTS), until=until):
            picture.apply_raw(rows)
        picture.settle()
    finally:
        if paused:
            gc.enable()
    return picture


async def fold_log_slow(store, *, until: str = "+") -> Picture:
    """`fold_log` through the event models, one event at a time: the reference the fast path is checked against."""
    picture = Picture()
    async for rec in store.read_log((ARTICLES, CLAIMS, FACTS), until=until):
        picture.apply(rec.stream, rec.entry_id, rec.event)
    return picture


class Changes:
    """Fan-out of "these facts changed" notices to live listeners (the API's server-sent events).

    Each listener gets its own bounded queue; `publish` never waits, so a slow
    client cannot hold up the projection: when its queue is full it is dropped
    (its queue is emptied and ends with None) and it reconnects and reloads.
    """

    def __init__(self, maxsize: int = 256) -> None:
        self.maxsize = maxsize
        self._queues: set[asyncio.Queue] = set()
        self.dropped = 0

    def __len__(self) -> int:
        return len(self._queues)

    def subscribe(self) -> asyncio.Queue:
        q: asyncio.Queue = asyncio.Queue(self.maxsize)
        self._queues.add(q)
        return q

    def unsubscribe(self, q: asyncio.Queue) -> None:
        self._queues.discard(q)

    def publish(self, message: dict) -> None:
        for q in list(self._queues):
            try:
                q.put_nowait(message)
            except asyncio.QueueFull:
                self.dropped += 1
                self._end(q)

    def close(self) -> None:
        """End every listener's stream (on shutdown)."""
        for q in list(self._queues):
            self._end(q)

    def _end(self, q: asyncio.Queue) -> None:
        self._queues.discard(q)
        while not q.empty():
            q.get_nowait()
        q.put_nowait(None)


class ProjectionService(Service):
    name = "projection"

    def __init__(self, rt) -> None:
        super().__init__(rt)
        self.changes = Changes()
        self.picture = Picture()
        self._http = None
        self._early_extractions: dict[str, int] = {}
        """article id -> claim count of an `ArticleExtracted` applied before its `ArticleReceived`
        (the three streams are followed independently; a replay merges them in log order, where the
        article always comes first): applied to the article's view when it arrives."""
        self._lock = asyncio.Lock()
        """One batch at a time, applied and written inside the lock: the three streams' batches
        run concurrently, and without it a slow write of an older view of a fact (say, before
        its claims arrived) could reach Redis after a fresher one and stay, and a batch could be
        applied to a picture that a rebuild (`_ensure_current`) is replacing."""
        self._server_run_id = None
        self._unwritten: tuple[set[str], set[str]] = (set(), set())
        """Fact and article views applied in memory whose read-model write failed (e.g. Redis was
        down): the redelivered event is skipped by `Picture.apply`, so they go out with the next one."""

    def subscriptions(self) -> list[Subscription]:
        return [Subscription(stream, PROJECTION_GROUP, self._handler(stream), ordered=True,
                             batch_handler=self._batch(stream))
                for stream in (ARTICLES, CLAIMS, FACTS)]

    async def start(self) -> None:
        await self.restore()
        if self.rt.settings.api_port:
            try:
                from services.projection.api import serve
            except ImportError as e:  # the API module is optional in a minimal install
                self.log.warning("HTTP API not available", error=str(e))
                return
            self._http = await serve(self, self.rt.settings)

    async def restore(self) -> None:
        """Fold the whole log into the picture and write all of it to the read model."""
        self._server_run_id = None  # until the rebuild is complete: a failure half-way makes the next batch retry it
        server = await self.rt.server_id()
        self.picture = await fold_log(self.rt.store)
        self._early_extractions.clear()
        self._unwritten = (set(), set())
        await readmodel.write_all(self.rt.redis, self.picture)
        self._server_run_id = server
        self.log.info("picture restored from the log", events=self.picture.events_applied,
                      facts=len(self.picture.facts))

    async def _ensure_current(self) -> None:
        """Rebuild when the server restarted since the last fold: it may have lost the read-model
        writes (and the acks) it acknowledged last, while the picture in memory has those events
        and would skip their redelivery (`Runtime.server_id`)."""
        if await self.rt.server_id() != self._server_run_id:
            self.log.warning("the Redis server restarted (or a rebuild failed): folding the log again")
            await self.restore()

    async def stop(self) -> None:
        self.changes.close()
        if self._http is not None:
            await self._http.stop()
            self._http = None

    def _handler(self, stream: str):
        """One event: `_batch` with one entry (what the reclaimer does)."""
        async def handle(event: Event, entry_id: str) -> None:
            failures = await self._batch(stream)([(event, entry_id)])
            if failures:
                raise failures[entry_id]
        return handle

    def _batch(self, stream: str):
        async def handle(items: Sequence[tuple[Event, str]]) -> dict[str, BaseException]:
            """Apply the events in order, then write the changed views once, before the batch is acked.

            Stops at the first event whose apply fails other than permanently (the ones after it
            are `NotAttempted`: they stay pending and come in their turn)."""
            async with self._lock:
                await self._ensure_current()
                failures, changed, articles, position = self._apply(stream, items)
                unwritten = self._unwritten
                if position is not None or unwritten[0] or unwritten[1]:
                    if changed or articles or stream == CLAIMS or unwritten[0] or unwritten[1]:
                        facts_w, articles_w = changed | unwritten[0], articles | unwritten[1]
                        try:
                            await readmodel.write(self.rt.redis, self.picture, facts_w, articles_w)
                        except BaseException:
                            unwritten[0].update(facts_w)
                            unwritten[1].update(articles_w)
                            raise
                        unwritten[0].difference_update(facts_w)
                        unwritten[1].difference_update(articles_w)
            if changed or articles:
                self.changes.publish({"facts": sorted(changed), "articles": sorted(articles),
                                      "position": position})
            return failures
        return handle

    def _apply(self, stream: str, items: Sequence[tuple[Event, str]]
               ) -> tuple[dict[str, BaseException], set[str], set[str], str | None]:
        """Apply a batch to the picture: (failures, changed fact ids, changed article ids, last position)."""
        failures: dict[str, BaseException] = {}
        changed: set[str] = set()
        articles: set[str] = set()
        position = None
        picture = self.picture
        for i, (event, entry_id) in enumerate(items):
            fresh = not picture.seen(stream, entry_id)
            try:
                changed |= picture.apply(stream, entry_id, event)
            except Exception as e:  # noqa: BLE001 - reported per entry
                failures[entry_id] = e
                if isinstance(e, PERMANENT):
                    continue
                for _, later in items[i + 1:]:
                    failures[later] = NotAttempted(f"after {entry_id}, which failed")
                break
            if isinstance(event, ArticleReceived):
                articles.add(event.payload.id)
                early = self._early_extractions.pop(event.payload.id, None) if fresh else None
                if early is not None:
                    picture.articles[event.payload.id]["claims"] = early
            elif isinstance(event, ArticleExtracted):
                articles.add(event.payload.article_id)
                if fresh and event.payload.article_id not in picture.articles:
                    self._early_extractions[event.payload.article_id] = len(event.payload.claim_ids)
            position = entry_id
        return failures, changed, articles, position


def __getattr__(name: str):
    if name == "app":
        from claimlog.worker import faststream_app
        return faststream_app(["projection"])
    raise AttributeError(name)
