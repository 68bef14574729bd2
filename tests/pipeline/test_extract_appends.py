"""Extract appends whole reports: a report's claims and its ArticleExtracted are never split
between two appends (reconcile takes the contiguous run as one unit)."""
from __future__ import annotations

import pytest
from redis.asyncio import Redis

from claimlog.runtime import Runtime
from contracts.articles import Article
from contracts.events import ArticleExtracted, ArticleReceived
from services.extract import app as extract_app
from tests.delivery.harness import settings

pytestmark = pytest.mark.anyio

TEXT = ("Lorvik Post 2030-03-03\n\nThe ministry said 46 civilians left on Saturday. Another 12 were "
        "wounded, it said. Police said 300 people attended and 18 men, 14 women and 8 children were taken in.\n")


async def test_reports_are_never_split_between_appends(server, monkeypatch):
    rt = Runtime(settings(), Redis.from_url(server.url))
    svc = extract_app.ExtractService(rt)
    calls: list[list] = []
    real = rt.store.append

    async def spy(stream, events):
        calls.append(list(events))
        return await real(stream, events)

    monkeypatch.setattr(rt.store, "append", spy)
    monkeypatch.setattr(extract_app, "APPEND_CHUNK", 10)
    items = []
    for i in range(6):
        text = TEXT.replace("46", str(40 + i))
        art = Article(id=f"a_{i}", uri=f"r{i}.txt", title="t", outlet="Lorvik Post", published="2030-03-03",
                      text=text)
        items.append((ArticleReceived.create(event_id=f"ar_{i}", correlation_id=art.id, payload=art), f"1-{i}"))
    assert await svc.on_batch(items) == {}
    assert len(calls) > 1  # the batch did not fit one append of 10
    assert all(len(events) > 3 for events in calls)  # reports of several claims each
    for events in calls:
        assert isinstance(events[-1], ArticleExtracted)  # every append ends with a whole report
        reports = {ev.correlation_id for ev in events}
        assert sum(isinstance(ev, ArticleExtracted) for ev in events) == len(reports)
    await rt.redis.aclose()
