"""The projection's HTTP API and web page (Starlette, served by uvicorn in the projection's own loop).

Read-only by default and bound to localhost unless configured (CLAIMLOG_API_HOST,
CLAIMLOG_API_PORT). Every GET under /api accepts `as_of` (an entry id or an ISO
time) and then answers from a picture folded from the log up to that position
instead of the live one. `/api/events` pushes a server-sent event whenever the
projection applies events that change facts or add articles. `POST /api/articles`
exists only when CLAIMLOG_WRITE_TOKEN is set. docs/api.md is the reference.
"""
from __future__ import annotations

import asyncio
import contextlib
import hmac
import ipaddress
import socket
from collections import OrderedDict
from pathlib import Path
from typing import Any, get_args

import orjson
import structlog
import uvicorn
from pydantic import ValidationError
from redis.exceptions import RedisError
from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from claimlog.config import Settings
from claimlog.store import entry_key
from contracts.articles import article_id_for
from contracts.events import ArticleSubmission, ArticleSubmitted
from contracts.facts import FactStatus
from contracts.streams import INBOX
from services.ingest.admission import Admission, Overloaded
from services.projection.picture import Picture
from services.projection.positions import BadPosition, at_or_before, latest, position_of

log = structlog.get_logger()

WEB = Path(__file__).with_name("web")

STATUS_ORDER = {"disputed": 0, "consistent": 1, "corroborated": 2, "single_source": 3}
STATUSES = frozenset(get_args(FactStatus))

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}

SSE_KEEPALIVE = 15.0
"""Seconds between keep-alive comments on an idle event stream."""
MAX_LISTENERS = 200
"""Event-stream clients at once; more get 503 (each holds a connection and a queue)."""
AS_OF_CACHE = 16
"""Past pictures kept in memory (a past picture never changes: the log is append-only)."""
MAX_LIMIT = 5000


class JSON(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)


def _error(status: int, message: str, **extra) -> JSON:
    return JSON({"error": message, **extra}, status_code=status)


# -- middleware ------------------------------------------------------------------------------
class SecurityHeaders:
    """Pure ASGI (so streaming responses stream): strict CSP, nosniff, no framing; no caching of /api."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        api = scope.get("path", "").startswith("/api")

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for k, v in SECURITY_HEADERS.items():
                    headers[k] = v
                if api:
                    headers["cache-control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _allowed_hosts(host: str) -> list[str]:
    """On a loopback address, answer only to local host names (a DNS-rebinding page cannot read the API)."""
    try:
        loopback = ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        loopback = host == "localhost"
    return ["127.0.0.1", "localhost", "::1", "[::1]", host] if loopback else ["*"]


# -- pictures as of a position ---------------------------------------------------------------
class _PastPictures:
    """Pictures folded from the log up to a position; the settled ones are cached (LRU).

    A position is settled once it lies in an earlier millisecond than an entry the
    live projection has already applied: the server appends with ids no lower than
    its clock, so nothing can be added at or before it any more.
    """

    def __init__(self, projection, size: int = AS_OF_CACHE) -> None:
        self.projection, self.size = projection, size
        self._cache: OrderedDict[str, Picture] = OrderedDict()
        self._lock = asyncio.Lock()  # one fold at a time: bounds the load as-of queries can make

    async def get(self, position: str) -> Picture:
        from services.projection.app import fold_log

        if position in self._cache:
            self._cache.move_to_end(position)
            return self._cache[position]
        async with self._lock:
            if position in self._cache:
                return self._cache[position]
            picture = await fold_log(self.projection.rt.store, until=position)
            now = latest(self.projection.picture.positions.values())
            if now is not None and entry_key(position if "-" in position else f"{position}-0")[0] < entry_key(now)[0]:
                self._cache[position] = picture
                while len(self._cache) > self.size:
                    self._cache.popitem(last=False)
            return picture


# -- views -----------------------------------------------------------------------------------
def _fold(s: str | None) -> str | None:
    s = (s or "").strip()
    return s.casefold() if s else None


def _side_of(claim: dict) -> str:
    return claim["membership"].get("side") or claim["speaker"].get("affiliation") or "unknown"


def fact_sort_key(view: dict) -> tuple:
    """Disputed first, then consistent, corroborated, single-source; then date, subject, id."""
    return (STATUS_ORDER.get(view["status"], 9), view.get("date") or "", view["subject"], view["id"])


def select_facts(picture: Picture, *, status: str | None = None, place: str | None = None,
                 speaker: str | None = None, side: str | None = None) -> list[dict]:
    """The fact views matching every filter given, disputed first.

    status: one or more statuses, comma-separated; place: part of one of the fact's
    places; speaker: part of a member claim's speaker name; side: a member claim's
    side (after outlet grouping; its speaker's affiliation when it has none). All
    matches ignore case.
    """
    statuses = {s.strip() for s in (status or "").split(",") if s.strip()}
    unknown = statuses - STATUSES
    if unknown:
        raise HTTPException(400, f"unknown status {sorted(unknown)[0]!r}; one of {', '.join(sorted(STATUSES))}")
    place, speaker, side = _fold(place), _fold(speaker), _fold(side)
    out = []
    for fid in picture.facts:
        view = picture.fact_view(fid)
        if view is None:
            continue
        if statuses and view["status"] not in statuses:
            continue
        if place and not any(place in p.casefold() for p in view["places"]):
            continue
        if speaker and not any(speaker in (c["speaker"].get("name") or "").casefold() for c in view["claims"]):
            continue
        if side and not any(_side_of(c).casefold() == side for c in view["claims"]):
            continue
        out.append(view)
    out.sort(key=fact_sort_key)
    return out


def timeline(picture: Picture) -> list[dict]:
    """Everything that happened to the picture, oldest first: articles arriving, facts changing, retiring."""
    entries = []
    for aid, art in picture.articles.items():
        entries.append({"position": art["position"], "recorded_at": art.get("received_at"), "kind": "article",
                        "article": aid, "title": art.get("title"), "outlet": art.get("outlet"),
                        "uri": art.get("uri")})
    for fid, hist in picture.history.items():
        fact = picture.facts.get(fid)
        for h in hist:
            entries.append({**h, "kind": "fact", "fact": fid, "subject": fact.subject if fact else None})
    for fid, r in picture.retired.items():
        entries.append({"position": r["position"], "recorded_at": None, "kind": "retired", "fact": fid,
                        "merged_into": r.get("merged_into"), "reason": r.get("reason")})
    entries.sort(key=lambda e: (entry_key(e["position"]), e["kind"], e.get("fact") or e.get("article") or ""))
    return entries


def _page(request: Request, rows: list) -> tuple[list, int, int]:
    try:
        limit = int(request.query_params.get("limit", 1000))
        offset = int(request.query_params.get("offset", 0))
    except ValueError:
        raise HTTPException(400, "limit and offset must be integers") from None
    if not (0 < limit <= MAX_LIMIT) or offset < 0:
        raise HTTPException(400, f"limit must be 1..{MAX_LIMIT} and offset >= 0")
    return rows[offset:offset + limit], limit, offset


# -- the app ---------------------------------------------------------------------------------
def create_app(projection, settings: Settings) -> Starlette:
    """The API and page over `projection` (a ProjectionService, or anything with `picture`,
    `changes` and `rt.store`)."""
    past = _PastPictures(projection)

    async def picture_for(request: Request) -> tuple[Picture, str | None]:
        as_of = request.query_params.get("as_of")
        if not as_of:
            picture, position = projection.picture, None
        else:
            position = position_of(as_of)
            picture = await past.get(position)
        settle = getattr(picture, "settle", None)  # facts folded by the fast replay path become models
        if settle is not None:
            settle()
        return picture, position

    def meta(picture: Picture, as_of: str | None) -> dict:
        return {"as_of": as_of, "position": latest(picture.positions.values())}

    async def index(request: Request) -> Response:
        return FileResponse(WEB / "index.html", media_type="text/html; charset=utf-8")

    async def favicon(request: Request) -> Response:
        return Response(status_code=204)

    async def facts(request: Request) -> Response:
        picture, as_of = await picture_for(request)
        q = request.query_params
        views = select_facts(picture, status=q.get("status"), place=q.get("place"), speaker=q.get("speaker"),
                             side=q.get("side"))
        page, limit, offset = _page(request, views)
        return JSON({**meta(picture, as_of), "count": len(views), "limit": limit, "offset": offset,
                     "facts": page})

    async def fact(request: Request) -> Response:
        picture, as_of = await picture_for(request)
        fid = request.path_params["fact_id"]
        view = picture.fact_view(fid)
        if view is None:
            if fid in picture.retired:
                return _error(410, "fact retired: its claims now belong to another fact", fact_id=fid,
                              history=picture.history.get(fid, []), **picture.retired[fid])
            return _error(404, "no such fact" + (" at that position" if as_of else ""), fact_id=fid)
        return JSON({**meta(picture, as_of), "fact": view})

    async def claims(request: Request) -> Response:
        picture, as_of = await picture_for(request)
        q = request.query_params
        article, speaker, fact_id = q.get("article"), _fold(q.get("speaker")), q.get("fact")
        rows = []
        for c in picture.claims.values():
            if article and article not in (c["article"]["id"], c["article"].get("uri")):
                continue
            if speaker and speaker not in (c["speaker"].get("name") or "").casefold():
                continue
            fid = picture.fact_of_claim.get(c["claim_id"])
            fid = fid if fid in picture.facts else None
            if fact_id and fid != fact_id:
                continue
            rows.append({**c, "fact_id": fid})
        rows.sort(key=lambda c: (entry_key(c["position"]), c["claim_id"]))
        page, limit, offset = _page(request, rows)
        return JSON({**meta(picture, as_of), "count": len(rows), "limit": limit, "offset": offset,
                     "claims": page})

    async def articles(request: Request) -> Response:
        picture, as_of = await picture_for(request)
        rows = sorted(picture.articles.values(), key=lambda a: (entry_key(a["position"]), a["id"]))
        page, limit, offset = _page(request, rows)
        return JSON({**meta(picture, as_of), "count": len(rows), "limit": limit, "offset": offset,
                     "articles": page})

    async def picture_json(request: Request) -> Response:
        picture, as_of = await picture_for(request)
        return Response(picture.to_json(), media_type="application/json")

    async def history(request: Request) -> Response:
        picture, as_of = await picture_for(request)
        entries = timeline(picture)
        if as_of:
            entries = [e for e in entries if at_or_before(e["position"], as_of)]
        return JSON({**meta(picture, as_of), "count": len(entries), "timeline": entries})

    async def status(request: Request) -> Response:
        picture, as_of = await picture_for(request)
        counts: dict[str, int] = {}
        for f in picture.facts.values():
            counts[f.status] = counts.get(f.status, 0) + 1
        return JSON({**meta(picture, as_of), "facts": len(picture.facts), "by_status": counts,
                     "claims": len(picture.claims), "articles": len(picture.articles),
                     "events_applied": picture.events_applied, "positions": picture.positions,
                     "listeners": len(projection.changes), "writable": bool(settings.write_token)})

    async def events(request: Request) -> Response:
        if len(projection.changes) >= MAX_LISTENERS:
            return _error(503, "too many event-stream clients")

        async def stream():
            q = projection.changes.subscribe()
            try:
                hello = {"position": latest(projection.picture.positions.values())}
                yield b"retry: 2000\nevent: hello\ndata: " + orjson.dumps(hello) + b"\n\n"
                while True:
                    try:
                        msg = await asyncio.wait_for(q.get(), SSE_KEEPALIVE)
                    except asyncio.TimeoutError:
                        yield b": keepalive\n\n"
                        continue
                    if msg is None:
                        yield b"event: bye\ndata: {}\n\n"
                        return
                    facts, arts = set(msg.get("facts", ())), set(msg.get("articles", ()))
                    position = msg["position"]
                    while not q.empty():  # coalesce a burst into one message
                        more = q.get_nowait()
                        if more is None:
                            q.put_nowait(None)
                            break
                        facts |= set(more.get("facts", ()))
                        arts |= set(more.get("articles", ()))
                        position = more["position"]
                    body = {"facts": sorted(facts), "articles": sorted(arts), "position": position}
                    yield (f"id: {position}\nevent: change\ndata: ".encode() + orjson.dumps(body) + b"\n\n")
            finally:
                projection.changes.unsubscribe(q)

        return StreamingResponse(stream(), media_type="text/event-stream",
                                 headers={"cache-control": "no-cache", "x-accel-buffering": "no"})

    admission = Admission(projection.rt.redis, max_backlog=settings.max_inbox_backlog, wait_s=0.0,
                          rate=settings.ingest_rate)

    async def submit(request: Request) -> Response:
        token = settings.write_token
        if not token:
            return _error(403, "writes are disabled: set CLAIMLOG_WRITE_TOKEN to enable POST /api/articles")
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            return JSON({"error": "a valid bearer token is required"}, status_code=401,
                        headers={"www-authenticate": 'Bearer realm="claimlog"'})
        limit = settings.max_article_bytes
        body_limit = limit + 65536  # room for the JSON around the text
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > body_limit:
            return _error(413, f"article too large: the limit is {limit} bytes")
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > body_limit:
                return _error(413, f"article too large: the limit is {limit} bytes")
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            if ctype == "application/json":
                data = orjson.loads(body)
                if not isinstance(data, dict):
                    return _error(422, "expected a JSON object with at least `text`")
                submission = ArticleSubmission.model_validate(data)
            elif ctype in ("text/plain", ""):
                q = request.query_params
                submission = ArticleSubmission(text=bytes(body).decode("utf-8"), uri=q.get("uri"),
                                               outlet=q.get("outlet"), published=q.get("published"),
                                               title=q.get("title"))
            else:
                return _error(415, "send application/json or text/plain")
        except orjson.JSONDecodeError as e:
            return _error(400, f"not JSON: {e}")
        except UnicodeDecodeError:
            return _error(400, "the text is not UTF-8")
        except ValidationError as e:
            first = e.errors()[0]
            return _error(422, f"invalid at {'.'.join(map(str, first['loc']))}: {first['msg']}")
        if not submission.text.strip():
            return _error(422, "the article text is empty")
        if len(submission.text.encode("utf-8", "surrogatepass")) > limit:
            return _error(413, f"article too large: the limit is {limit} bytes")
        try:  # backpressure: a flood waits on the rate limit and is refused past the backlog bound
            await admission.admit(1)
        except Overloaded as e:
            return JSON({"error": str(e)}, status_code=503, headers={"retry-after": "5"})
        aid = article_id_for(submission.text)
        event = ArticleSubmitted.create(event_id="s_" + aid, correlation_id=aid, payload=submission)
        [entry_id] = await projection.rt.store.append(INBOX, [event])
        log.info("article submitted over HTTP", article_id=aid, duplicate=entry_id is None)
        return JSON({"article_id": aid, "event_id": event.event_id, "entry_id": entry_id,
                     "duplicate": entry_id is None}, status_code=202)

    async def bad_position(request: Request, exc: Exception) -> Response:
        return _error(400, str(exc))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return JSON({"error": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    async def redis_down(request: Request, exc: Exception) -> Response:
        log.warning("API: the log is unreachable", error=str(exc))
        return _error(503, "the log is unreachable")

    routes = [
        Route("/", index),
        Route("/favicon.ico", favicon),
        Route("/api/facts", facts),
        Route("/api/facts/{fact_id}", fact),
        Route("/api/claims", claims),
        Route("/api/articles", articles, methods=["GET"]),
        Route("/api/articles", submit, methods=["POST"]),
        Route("/api/picture", picture_json),
        Route("/api/timeline", history),
        Route("/api/status", status),
        Route("/api/events", events),
        Mount("/static", StaticFiles(directory=WEB), name="static"),
    ]
    return Starlette(
        routes=routes,
        middleware=[Middleware(SecurityHeaders),
                    Middleware(TrustedHostMiddleware, allowed_hosts=_allowed_hosts(settings.api_host))],
        exception_handlers={BadPosition: bad_position, HTTPException: http_error, RedisError: redis_down},
    )


# -- the server ------------------------------------------------------------------------------
class _Server(uvicorn.Server):
    """uvicorn without its signal handlers: the process (faststream, the CLI) owns SIGINT/SIGTERM."""

    @contextlib.contextmanager
    def capture_signals(self):
        yield


class ApiServer:
    """A running API server; `port` is the bound port, `stop()` ends it (and its event streams)."""

    def __init__(self, server: _Server, task: asyncio.Task, sock: socket.socket, projection) -> None:
        self.server, self.task, self.sock, self.projection = server, task, sock, projection
        self.host, self.port = sock.getsockname()[:2]

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def stop(self) -> None:
        self.projection.changes.close()  # end the event streams, or shutdown would wait for them
        self.server.should_exit = True
        try:
            await asyncio.wait_for(asyncio.shield(self.task), 10)
        except asyncio.TimeoutError:
            self.server.force_exit = True
            await self.task
        log.info("HTTP API stopped", port=self.port)


async def serve(projection, settings: Settings) -> ApiServer:
    """Start serving `create_app(projection, settings)` on settings.api_host:api_port in this loop.

    Port 0 in settings means "no server" to ProjectionService; called directly, it
    binds a free port (see `ApiServer.port`).
    """
    app = create_app(projection, settings)
    host = settings.api_host
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        sock = socket.create_server((host.strip("[]"), settings.api_port), family=family)
    except OSError as e:
        raise OSError(e.errno, f"cannot serve the HTTP API on {host}:{settings.api_port}: {e.strerror} "
                               "(set CLAIMLOG_API_PORT, or 0 for no HTTP server)") from None
    sock.setblocking(False)
    config = uvicorn.Config(app, lifespan="off", log_config=None, log_level="warning", access_log=False,
                            server_header=False, proxy_headers=False, timeout_graceful_shutdown=3,
                            timeout_keep_alive=5)
    server = _Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]), name="claimlog-api")
    while not server.started:
        if task.done():
            sock.close()
            task.result()
            raise RuntimeError("the HTTP API did not start")
        await asyncio.sleep(0.01)
    handle = ApiServer(server, task, sock, projection)
    log.info("HTTP API serving", url=handle.url)
    return handle
