"""Live updates: the projection's fan-out, and server-sent events from a real uvicorn server."""
from __future__ import annotations

import asyncio
from dataclasses import replace

import httpx
import orjson
import pytest

from services.projection.api import serve
from services.projection.app import Changes

from .story import append_all, late

pytestmark = pytest.mark.anyio


async def test_changes_fan_out_drop_slow_listeners_and_close():
    changes = Changes(maxsize=2)
    fast, slow = changes.subscribe(), changes.subscribe()
    assert len(changes) == 2
    changes.publish({"n": 1})
    assert fast.get_nowait() == {"n": 1}
    changes.publish({"n": 2})
    assert fast.get_nowait() == {"n": 2}
    changes.publish({"n": 3})  # slow now holds 1, 2: full, so it is dropped and told so
    assert changes.dropped == 1 and len(changes) == 1
    assert slow.get_nowait() is None and slow.empty()
    assert fast.get_nowait() == {"n": 3}
    changes.close()
    assert fast.get_nowait() is None and len(changes) == 0
    changes.publish({"n": 4})  # nobody listening: nothing happens
    changes.unsubscribe(fast)


async def apply_late(svc) -> dict[str, str]:
    """Append the late events and feed them to the projection's handlers, as the broker would."""
    positions = await append_all(svc.rt.store, late())
    handlers = {s.stream: s.handler for s in svc.subscriptions()}
    for stream, ev in late():
        await handlers[stream](ev, positions[ev.event_id])
    return positions


async def read_event(lines, *, timeout: float = 5.0) -> tuple[str, dict]:
    """The next (event, data) from an SSE line iterator, skipping comments."""
    name, data = "message", None

    async def next_event():
        nonlocal name, data
        async for line in lines:
            if line.startswith(":") or line.startswith("retry:") or line.startswith("id:"):
                continue
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data = orjson.loads(line[5:].strip())
            elif line == "" and data is not None:
                return name, data
        raise AssertionError("the event stream ended")

    return await asyncio.wait_for(next_event(), timeout)


async def test_server_sent_events_over_a_real_server(projection):
    svc, positions = projection
    handle = await serve(svc, replace(svc.rt.settings, api_port=0))
    try:
        assert handle.port > 0 and handle.url == f"http://127.0.0.1:{handle.port}"
        async with httpx.AsyncClient(base_url=handle.url, timeout=10) as c:
            assert (await c.get("/api/facts?status=disputed")).json()["facts"][0]["id"] == "f_civ"
            async with c.stream("GET", "/api/events") as r:
                assert r.status_code == 200
                assert r.headers["content-type"].startswith("text/event-stream")
                assert r.headers["x-content-type-options"] == "nosniff"
                lines = r.aiter_lines()
                assert await read_event(lines) == ("hello", {"position": positions["fu_f_xss_1"]})
                assert len(svc.changes) == 1
                new = await apply_late(svc)
                seen_facts, seen_articles, last = set(), set(), None
                while "f_fighters" not in seen_facts:
                    name, data = await read_event(lines)
                    assert name == "change"
                    seen_facts |= set(data["facts"])
                    seen_articles |= set(data["articles"])
                    last = data["position"]
                assert seen_facts == {"f_fighters"} and seen_articles == {"a_late"}
                assert last == new["fu_f_fighters_1"]
                # the live API already shows what the event announced
                fact = (await c.get("/api/facts/f_fighters")).json()["fact"]
                assert fact["sides"] == {"Northland": ["264"]}
            for _ in range(100):  # the client left: its queue goes away
                if len(svc.changes) == 0:
                    break
                await asyncio.sleep(0.02)
            assert len(svc.changes) == 0
    finally:
        await handle.stop()


async def test_stop_ends_open_event_streams_promptly(projection):
    svc, _ = projection
    handle = await serve(svc, replace(svc.rt.settings, api_port=0))
    async with httpx.AsyncClient(base_url=handle.url, timeout=10) as c:
        async with c.stream("GET", "/api/events") as r:
            lines = r.aiter_lines()
            assert (await read_event(lines))[0] == "hello"
            loop = asyncio.get_running_loop()
            t0 = loop.time()
            await handle.stop()
            assert loop.time() - t0 < 3
            assert (await read_event(lines))[0] == "bye"
    with pytest.raises(httpx.ConnectError):
        async with httpx.AsyncClient(base_url=handle.url, timeout=2) as c:
            await c.get("/api/facts")


async def test_burst_is_coalesced_into_one_message(projection, client_for):
    """Events that pile up while a client is between reads reach it as one merged message."""
    svc, _ = projection
    handle = await serve(svc, replace(svc.rt.settings, api_port=0))
    try:
        async with httpx.AsyncClient(base_url=handle.url, timeout=10) as c:
            async with c.stream("GET", "/api/events") as r:
                lines = r.aiter_lines()
                await read_event(lines)
                for i in range(5):
                    svc.changes.publish({"facts": [f"f_{i}"], "articles": [], "position": f"{i + 1}-0"})
                name, data = await read_event(lines)
                assert name == "change" and data == {"facts": [f"f_{i}" for i in range(5)], "articles": [],
                                                     "position": "5-0"}
    finally:
        await handle.stop()



async def test_a_taken_port_is_a_clear_error(projection):
    svc, _ = projection
    handle = await serve(svc, replace(svc.rt.settings, api_port=0))
    try:
        with pytest.raises(OSError, match="cannot serve the HTTP API on 127.0.0.1"):
            await serve(svc, replace(svc.rt.settings, api_port=handle.port))
    finally:
        await handle.stop()
