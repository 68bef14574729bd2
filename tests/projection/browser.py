"""A real headless chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`).

`chromium --dump-dom` cannot wait for a page that keeps an EventSource open
(with `--virtual-time-budget` it never finishes; without, it dumps before the
fetches return), so the tests talk to the browser directly: navigate, wait until
a JS condition holds, read the DOM, collect exceptions and console/CSP messages,
and take a screenshot. Messages are JSON, each ended by a NUL byte, on fds 3/4.
"""
from __future__ import annotations

import asyncio
import base64
import fcntl
import itertools
import json
import os
import shutil
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--mute-audio", "--remote-debugging-pipe"]


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def _high_fd(fd: int) -> int:
    new = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return new


class BrowserError(RuntimeError):
    pass


class Browser:
    """`async with Browser(tmp_dir) as b: page = await b.new_page(); ...`"""

    def __init__(self, work_dir: Path, *, width: int = 1280, height: int = 1600) -> None:
        self.work_dir, self.width, self.height = Path(work_dir), width, height
        self._ids = itertools.count(1)
        self._waiting: dict[int, asyncio.Future] = {}
        self.events: list[dict] = []
        self._event_added = asyncio.Event()

    async def __aenter__(self) -> "Browser":
        exe = chromium_path()
        if exe is None:
            raise BrowserError("chromium is not installed (Debian: apt-get install chromium); "
                               "the browser test needs it and CI installs it")
        self.work_dir.mkdir(parents=True, exist_ok=True)
        cmd_r, self._cmd_w = os.pipe()
        out_r, out_w = os.pipe()
        cmd_r, out_w = _high_fd(cmd_r), _high_fd(out_w)  # never 3 or 4 themselves
        self.stderr = open(self.work_dir / "chromium.log", "wb")
        args = [*FLAGS, f"--user-data-dir={self.work_dir / 'profile'}",
                f"--window-size={self.width},{self.height}", "about:blank"]
        # bash (dash only knows fds 0-9) puts our pipe ends on fds 3 (commands in) and 4 (replies out), then becomes chromium
        self.proc = await asyncio.create_subprocess_exec(
            "/bin/bash", "-c", f'exec "$0" "$@" 3<&{cmd_r} 4>&{out_w} {cmd_r}<&- {out_w}>&-', exe, *args,
            pass_fds=(cmd_r, out_w), stdin=asyncio.subprocess.DEVNULL, stdout=self.stderr, stderr=self.stderr)
        os.close(cmd_r)
        os.close(out_w)
        loop = asyncio.get_running_loop()
        self._reader = asyncio.StreamReader(limit=256 * 1024 * 1024)
        self._transport, _ = await loop.connect_read_pipe(
            lambda: asyncio.StreamReaderProtocol(self._reader), os.fdopen(out_r, "rb", buffering=0))
        self._pump = asyncio.create_task(self._read_loop())
        await self.call("Browser.getVersion", timeout=30)
        return self

    async def __aexit__(self, *exc) -> None:
        try:
            await self.call("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            await asyncio.wait_for(self.proc.wait(), 10)
        except asyncio.TimeoutError:
            self.proc.kill()
            await self.proc.wait()
        self._pump.cancel()
        self._transport.close()
        os.close(self._cmd_w)
        self.stderr.close()

    async def _read_loop(self) -> None:
        try:
            while True:
                raw = await self._reader.readuntil(b"\0")
                msg = json.loads(raw[:-1])
                fut = self._waiting.pop(msg["id"], None) if "id" in msg else None
                if fut is not None:
                    if not fut.done():
                        fut.set_result(msg)
                else:
                    self.events.append(msg)
                    self._event_added.set()
        except (asyncio.IncompleteReadError, asyncio.CancelledError):
            for fut in self._waiting.values():
                if not fut.done():
                    fut.set_exception(BrowserError("chromium closed the pipe"))

    async def call(self, method: str, params: dict | None = None, *, session: str | None = None,
                   timeout: float = 20) -> dict:
        mid = next(self._ids)
        msg = {"id": mid, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        fut = asyncio.get_running_loop().create_future()
        self._waiting[mid] = fut
        os.write(self._cmd_w, json.dumps(msg).encode() + b"\0")
        reply = await asyncio.wait_for(fut, timeout)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    async def wait_event(self, method: str, session: str, *, since: int = 0, timeout: float = 20) -> dict:
        async def find():
            i = since
            while True:
                while i < len(self.events):
                    e = self.events[i]
                    i += 1
                    if e.get("method") == method and e.get("sessionId") == session:
                        return e
                self._event_added.clear()
                await self._event_added.wait()
        return await asyncio.wait_for(find(), timeout)

    async def new_page(self) -> "Page":
        target = await self.call("Target.createTarget", {"url": "about:blank"})
        attached = await self.call("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True})
        page = Page(self, attached["sessionId"])
        for domain in ("Page", "Runtime", "Log"):
            await page.call(f"{domain}.enable")
        await page.call("Emulation.setDeviceMetricsOverride",
                        {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False})
        return page


class Page:
    def __init__(self, browser: Browser, session: str) -> None:
        self.browser, self.session = browser, session

    async def call(self, method: str, params: dict | None = None, **kw) -> dict:
        return await self.browser.call(method, params, session=self.session, **kw)

    async def goto(self, url: str, *, timeout: float = 20) -> None:
        since = len(self.browser.events)
        reply = await self.call("Page.navigate", {"url": url})
        if reply.get("errorText"):
            raise BrowserError(f"navigating to {url}: {reply['errorText']}")
        await self.browser.wait_event("Page.loadEventFired", self.session, since=since, timeout=timeout)

    async def eval(self, expression: str):
        reply = await self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                     "awaitPromise": True})
        if "exceptionDetails" in reply:
            raise BrowserError(f"{expression}: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    async def wait_for(self, expression: str, *, timeout: float = 15, what: str | None = None) -> None:
        deadline = asyncio.get_running_loop().time() + timeout
        while not await self.eval(f"Boolean({expression})"):
            if asyncio.get_running_loop().time() > deadline:
                raise BrowserError(f"timed out waiting for {what or expression}; "
                                   f"page problems: {self.problems()}")
            await asyncio.sleep(0.05)

    def problems(self) -> list[str]:
        """JS exceptions, console errors and browser log entries (CSP violations land here) of this page."""
        out = []
        for e in self.browser.events:
            if e.get("sessionId") != self.session:
                continue
            p = e.get("params", {})
            if e["method"] == "Runtime.exceptionThrown":
                d = p.get("exceptionDetails", {})
                out.append("exception: " + str(d.get("exception", {}).get("description") or d.get("text")))
            elif e["method"] == "Runtime.consoleAPICalled" and p.get("type") in ("error", "warning"):
                out.append("console: " + " ".join(str(a.get("value", a.get("description"))) for a in p.get("args", [])))
            elif e["method"] == "Log.entryAdded" and p.get("entry", {}).get("level") in ("error", "warning"):
                out.append("log: " + p["entry"].get("text", ""))
        return out

    async def screenshot(self, path: Path) -> Path:
        metrics = await self.call("Page.getLayoutMetrics")
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        clip = {"x": 0, "y": 0, "width": self.browser.width,
                "height": max(self.browser.height, min(int(size["height"]), 12000)), "scale": 1}
        shot = await self.call("Page.captureScreenshot", {"format": "png", "clip": clip,
                                                          "captureBeyondViewport": True}, timeout=60)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))
        return path
