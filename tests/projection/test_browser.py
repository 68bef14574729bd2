"""The page in a real headless chromium, served by the real projection (broker, Redis, uvicorn).

Checks what a reader sees: the disputed fact first with both sides' figures and
the sentences they came from; the article's HTML shown as text, never run; a
live update arriving over server-sent events; the as-of control. Screenshots go
to artifacts/ (gitignored) for a person to look at.
"""
from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path

import pytest

from claimlog.runtime import Stack
from services.projection.api import timeline

from .browser import Browser, chromium_path
from .conftest import settings_for
from .story import LATE_264, NORTH_46, SOUTH_20, UN_12, XSS_IMG, XSS_SCRIPT, append_all, late, story

pytestmark = pytest.mark.anyio

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
TITLE = "claimlog · the picture"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def js(value) -> str:
    return json.dumps(value)


async def test_page_in_headless_chromium(server, tmp_path):
    if chromium_path() is None:
        pytest.fail("chromium is not installed (Debian: apt-get install chromium); this test needs a real "
                    "browser and CI installs it")
    port = free_port()
    settings = settings_for(server.url, api_port=port)
    async with Stack(server.url, ["projection"], settings) as stack:
        positions = await append_all(stack.rt.store, story())
        svc = stack.service("projection")
        for _ in range(200):  # the broker feeds the projection
            if "f_xss" in svc.picture.facts:
                break
            await asyncio.sleep(0.05)
        url = f"http://127.0.0.1:{port}/"

        async with Browser(tmp_path / "chromium", width=1280, height=1600) as browser:
            page = await browser.new_page()
            await page.goto(url)
            await page.wait_for("document.body.dataset.state === 'ready'", what="the page to load the facts")
            await page.wait_for("document.getElementById('live').dataset.connection === 'open'",
                                what="the event stream to open")

            # disputed first, both figures side by side with their sentences
            order = await page.eval("[...document.querySelectorAll('article.fact')].map(a => a.dataset.factId)")
            assert order == ["f_civ", "f_bus", "f_xss"]
            sides = await page.eval("""[...document.querySelectorAll('#fact-f_civ .side')].map(s => ({
                side: s.dataset.side, figures: s.querySelector('.side-figures').textContent,
                evidence: [...s.querySelectorAll('.evidence')].map(e => e.textContent),
                speaker: s.querySelector('.speaker').textContent}))""")
            assert sides == [
                {"side": "Northland", "figures": "46", "evidence": [NORTH_46], "speaker": "Northland Defence Ministry"},
                {"side": "Southland", "figures": "only 20", "evidence": [SOUTH_20], "speaker": "Ana Vell"},
            ]
            boxes = await page.eval("[...document.querySelectorAll('#fact-f_civ .side')].map(s => "
                                    "{const r = s.getBoundingClientRect(); return [r.left, r.top];})")
            assert boxes[0][1] == boxes[1][1] and boxes[0][0] < boxes[1][0], "the sides are not side by side"
            civ = await page.eval("document.getElementById('fact-f_civ').innerText")
            assert "DISPUTED" in civ.upper() and "46 (Northland) vs 20 (Southland)" in civ
            assert "single source → disputed" in civ  # the timeline
            # how each date was found (date_source): the text's words, or the article's day for its story
            assert "event date 2030-03-02 (“on Saturday”)" in civ
            assert "event date 2030-03-02 (the article's day for its story)" in civ
            assert await page.eval("document.querySelector('#fact-f_civ mark').textContent") == "46"
            text = await page.eval("document.body.innerText")
            assert UN_12 in text and "corroborated" in text.lower()

            # the article's HTML is text: shown literally, nothing ran, nothing was even attempted
            xss = await page.eval("document.getElementById('fact-f_xss').innerText")
            assert XSS_SCRIPT in xss and XSS_IMG in xss
            assert await page.eval("document.title") == TITLE
            assert await page.eval("document.querySelectorAll('main img, main script, main [onerror]').length") == 0
            assert await page.eval("[...document.scripts].map(s => s.getAttribute('src'))") == ["/static/app.js"]
            html = await page.eval("document.documentElement.outerHTML")
            assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in html and XSS_SCRIPT not in html
            assert page.problems() == []  # no exceptions, no CSP violations
            await page.screenshot(ARTIFACTS / "projection-page.png")

            # live: a new article's fact appears without a reload
            for _ in range(100):
                if len(svc.changes):
                    break
                await asyncio.sleep(0.05)
            assert len(svc.changes) >= 1, "the page did not subscribe to /api/events"
            late_positions = await append_all(stack.rt.store, late())
            await page.wait_for("document.querySelector('[data-fact-id=\"f_fighters\"]')", timeout=20,
                                what="the live update to show the new fact")
            assert LATE_264 in await page.eval("document.getElementById('fact-f_fighters').innerText")
            assert int(await page.eval("document.body.dataset.updates")) >= 1
            assert await page.eval("document.body.dataset.position") == late_positions["fu_f_fighters_1"]
            assert await page.eval("document.getElementById('fact-f_fighters').classList.contains('updated')")
            await page.screenshot(ARTIFACTS / "projection-page-live.png")

            # as of the moment the civilians' fact became disputed: no UN merge, no XSS fact, no fighters
            moment = positions["fu_f_civ_2"]
            index = list(dict.fromkeys(e["position"] for e in timeline(svc.picture))).index(moment)
            await page.eval(f"(() => {{ const r = document.getElementById('asof-range'); r.value = {index}; "
                            "r.dispatchEvent(new Event('input')); })()")
            await page.wait_for(f"document.body.dataset.position === {js(moment)} && "
                                "document.body.dataset.state === 'ready' && "
                                "!document.querySelector('[data-fact-id=\"f_fighters\"]')",
                                what="the as-of view")
            order = await page.eval("[...document.querySelectorAll('article.fact')].map(a => a.dataset.factId)")
            assert order == ["f_civ", "f_bus"]
            assert await page.eval("document.querySelector('#fact-f_bus .badge').textContent") == "single source"
            assert not await page.eval("document.getElementById('past-banner').hidden")
            await page.screenshot(ARTIFACTS / "projection-page-as-of.png")

            await page.eval("document.getElementById('asof-live').click()")
            await page.wait_for("document.querySelector('[data-fact-id=\"f_fighters\"]') && "
                                "document.getElementById('past-banner').hidden", what="back to live")
            assert page.problems() == []
