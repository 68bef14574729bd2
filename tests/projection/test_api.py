"""The read API over the story: shapes, filters, as-of, the picture bytes, security headers, writes."""
from __future__ import annotations

import re
from datetime import datetime, timezone

import orjson
import pytest

from claimlog.store import entry_key
from contracts.events import ArticleSubmitted
from contracts.streams import INBOX
from services.projection.app import fold_log

from .story import SOUTH_20, XSS_IMG, XSS_SCRIPT

pytestmark = pytest.mark.anyio


def ids(body: dict) -> list[str]:
    return [f["id"] for f in body["facts"]]


async def test_facts_disputed_first_with_sides_and_evidence(api, projection):
    svc, positions = projection
    r = await api.get("/api/facts")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    body = r.json()
    assert ids(body) == ["f_civ", "f_bus", "f_xss"]  # disputed, corroborated, single source
    assert body["as_of"] is None and body["count"] == 3
    assert body["position"] == positions["fu_f_xss_1"]
    civ = body["facts"][0]
    assert civ["status"] == "disputed" and "do not overlap" in civ["reason"]
    assert civ["sides"] == {"Northland": ["46"], "Southland": ["only 20"]}
    south = next(c for c in civ["claims"] if c["claim_id"] == "c_s20")
    assert south["evidence"]["text"] == SOUTH_20
    assert south["speaker"] == {"name": "Ana Vell", "role": "deputy mayor", "affiliation": "Southland", "span": None}
    assert south["article"]["outlet"] == "South Herald"
    assert [h["status"] for h in civ["history"]] == ["single_source", "disputed"]


@pytest.mark.parametrize("query, expected", [
    ("status=disputed", ["f_civ"]),
    ("status=corroborated,disputed", ["f_civ", "f_bus"]),
    ("status=single_source", ["f_xss"]),
    ("place=harbour", ["f_civ", "f_bus", "f_xss"]),
    ("place=steel", []),
    ("speaker=ana%20vell", ["f_civ"]),
    ("speaker=Northland", ["f_civ", "f_bus"]),
    ("side=southland", ["f_civ"]),
    ("side=UN", ["f_bus"]),
    ("side=Northland&status=corroborated", ["f_bus"]),
    ("side=Northland&speaker=UN", ["f_bus"]),
    ("side=Nowhere", []),
])
async def test_fact_filters(api, query, expected):
    r = await api.get(f"/api/facts?{query}")
    assert r.status_code == 200, r.text
    assert ids(r.json()) == expected


async def test_unknown_status_is_a_400(api):
    r = await api.get("/api/facts?status=rumoured")
    assert r.status_code == 400 and "rumoured" in r.json()["error"]


async def test_one_fact_with_history_and_missing_and_retired(api, projection):
    _, positions = projection
    r = await api.get("/api/facts/f_bus")
    assert r.status_code == 200
    fact = r.json()["fact"]
    assert fact["status"] == "corroborated" and {c["claim_id"] for c in fact["claims"]} == {"c_n12", "c_u12"}
    assert [(h["position"], h["previous_status"], h["status"], h["cause_claim"]) for h in fact["history"]] == [
        (positions["fu_f_bus_1"], None, "single_source", "c_n12"),
        (positions["fu_f_bus_2"], "single_source", "corroborated", "c_u12"),
    ]
    assert (await api.get("/api/facts/f_nope")).status_code == 404
    gone = await api.get("/api/facts/f_bus_un")
    assert gone.status_code == 410
    assert gone.json()["merged_into"] == "f_bus" and len(gone.json()["history"]) == 1


async def test_claims_filters_and_paging(api):
    every = (await api.get("/api/claims")).json()
    assert every["count"] == 5
    assert [c["claim_id"] for c in every["claims"]] == ["c_n46", "c_n12", "c_s20", "c_u12", "c_x7"]
    assert {c["claim_id"]: c["fact_id"] for c in every["claims"]}["c_u12"] == "f_bus"  # not the retired fact
    by_article = (await api.get("/api/claims?article=a_north")).json()
    assert [c["claim_id"] for c in by_article["claims"]] == ["c_n46", "c_n12"]
    by_uri = (await api.get("/api/claims?article=a_south.txt")).json()
    assert [c["claim_id"] for c in by_uri["claims"]] == ["c_s20"]
    by_speaker = (await api.get("/api/claims?speaker=defence%20ministry")).json()
    assert [c["claim_id"] for c in by_speaker["claims"]] == ["c_n46", "c_n12"]
    both = (await api.get("/api/claims?speaker=defence&article=a_south")).json()
    assert both["count"] == 0
    by_fact = (await api.get("/api/claims?fact=f_civ")).json()
    assert [c["claim_id"] for c in by_fact["claims"]] == ["c_n46", "c_s20"]
    page = (await api.get("/api/claims?limit=2&offset=1")).json()
    assert [c["claim_id"] for c in page["claims"]] == ["c_n12", "c_s20"] and page["count"] == 5
    assert (await api.get("/api/claims?limit=0")).status_code == 400
    assert (await api.get("/api/claims?limit=x")).status_code == 400


async def test_articles_in_log_order(api):
    body = (await api.get("/api/articles")).json()
    assert [a["id"] for a in body["articles"]] == ["a_north", "a_south", "a_un", "a_xss"]
    assert body["articles"][0]["claims"] is None  # no ArticleExtracted in the story
    assert body["articles"][3]["title"] == f"Wounded {XSS_SCRIPT}"  # data as it was, unescaped JSON string


async def test_picture_is_exactly_the_projection_json(api, projection):
    svc, positions = projection
    r = await api.get("/api/picture")
    assert r.content == svc.picture.to_json()
    assert r.headers["content-type"] == "application/json"
    assert [f["id"] for f in orjson.loads(r.content)["facts"]] == ["f_bus", "f_civ", "f_xss"]  # fact-id order
    pos = positions["fu_f_civ_2"]
    then = await api.get(f"/api/picture?as_of={pos}")
    assert then.content == (await fold_log(svc.rt.store, until=pos)).to_json()
    assert then.content != r.content


async def test_as_of_an_entry_id(api, projection):
    _, positions = projection
    before_south = positions["fu_f_bus_1"]
    body = (await api.get(f"/api/facts?as_of={before_south}")).json()
    assert body["as_of"] == before_south and body["position"] == before_south
    assert ids(body) == ["f_bus", "f_civ"]  # both single source, ordered by subject
    assert all(f["status"] == "single_source" for f in body["facts"])
    civ = (await api.get(f"/api/facts/f_civ?as_of={before_south}")).json()["fact"]
    assert len(civ["history"]) == 1 and civ["sides"] == {"Northland": ["46"]}
    assert (await api.get(f"/api/facts/f_xss?as_of={before_south}")).status_code == 404
    # between the UN-only fact and its merge: it still exists then
    mid = positions["fu_f_bus_un_1"]
    assert "f_bus_un" in ids((await api.get(f"/api/facts?as_of={mid}")).json())
    assert (await api.get(f"/api/facts/f_bus_un?as_of={mid}")).status_code == 200
    arts = (await api.get(f"/api/articles?as_of={before_south}")).json()
    assert [a["id"] for a in arts["articles"]] == ["a_north"]
    claims = (await api.get(f"/api/claims?as_of={before_south}")).json()
    assert [c["claim_id"] for c in claims["claims"]] == ["c_n46", "c_n12"]
    disputed = (await api.get(f"/api/facts?status=disputed&as_of={positions['fu_f_civ_2']}")).json()
    assert ids(disputed) == ["f_civ"]


async def test_as_of_an_iso_time(api, projection):
    _, positions = projection
    ms = entry_key(positions["fu_f_civ_2"])[0]
    iso = datetime.fromtimestamp(ms / 1000, tz=timezone.utc).isoformat(timespec="milliseconds")
    body = (await api.get("/api/facts", params={"as_of": iso})).json()
    assert body["as_of"] == str(ms) and body["position"] == positions["fu_f_civ_2"]
    assert ids(body) == ["f_civ", "f_bus"] and body["facts"][0]["status"] == "disputed"
    zulu = iso.replace("+00:00", "Z")
    assert ids((await api.get("/api/facts", params={"as_of": zulu})).json()) == ["f_civ", "f_bus"]
    early = (await api.get("/api/facts", params={"as_of": "2001-01-01T00:00:00Z"})).json()
    assert early["facts"] == [] and early["position"] is None
    assert (await api.get("/api/picture", params={"as_of": "2001-01-01"})).content == b'{"facts": []}\n'


@pytest.mark.parametrize("bad", ["yesterday", "17-x", "99999999999999999999999-0", "1-2-3", "2024-13-45"])
async def test_bad_as_of_is_a_400(api, bad):
    for path in ("/api/facts", "/api/picture", "/api/facts/f_civ", "/api/claims", "/api/articles", "/api/timeline"):
        r = await api.get(path, params={"as_of": bad})
        assert r.status_code == 400, (path, bad, r.text)
        assert "as-of" in r.json()["error"] or "entry id" in r.json()["error"]


async def test_settled_past_pictures_are_cached(projection, client_for):
    svc, positions = projection
    from services.projection.api import _PastPictures

    past = _PastPictures(svc)
    a = await past.get(positions["fu_f_civ_2"])
    assert await past.get(positions["fu_f_civ_2"]) is a  # settled: cached
    now = positions["fu_f_xss_1"]
    assert await past.get(now) is not await past.get(now)  # the newest millisecond may still grow


async def test_timeline(api, projection):
    _, positions = projection
    body = (await api.get("/api/timeline")).json()
    kinds = [(e["kind"], e.get("fact") or e.get("article")) for e in body["timeline"]]
    assert kinds == [("article", "a_north"), ("fact", "f_civ"), ("fact", "f_bus"), ("article", "a_south"),
                     ("fact", "f_civ"), ("article", "a_un"), ("fact", "f_bus_un"), ("retired", "f_bus_un"),
                     ("fact", "f_bus"), ("article", "a_xss"), ("fact", "f_xss")]
    assert [e["position"] for e in body["timeline"]] == sorted((e["position"] for e in body["timeline"]),
                                                               key=entry_key)
    part = (await api.get(f"/api/timeline?as_of={positions['fu_f_civ_2']}")).json()
    assert len(part["timeline"]) == 5


async def test_status(api):
    body = (await api.get("/api/status")).json()
    assert body["facts"] == 3 and body["by_status"] == {"disputed": 1, "corroborated": 1, "single_source": 1}
    assert body["writable"] is False and body["listeners"] == 0


async def test_page_and_security_headers(api):
    page = await api.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    scripts = re.findall(r"<script[^>]*>", page.text)
    assert scripts and all('src="/static/' in s for s in scripts)  # no inline script
    assert not re.search(r"<script[^>]*>\s*[^<\s]", page.text)  # no script body
    assert not re.search(r"\son[a-z]+\s*=", page.text, re.I)  # no inline event handlers
    assert "style=" not in page.text  # no inline styles either (style-src 'self')
    js = await api.get("/static/app.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert "innerHTML" not in js.text and "insertAdjacentHTML" not in js.text and "eval(" not in js.text
    css = await api.get("/static/style.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    for path in ("/api/facts", "/static/app.js", "/api/nope"):
        r = await api.get(path)
        assert r.headers["x-content-type-options"] == "nosniff" and "content-security-policy" in r.headers
    assert (await api.get("/api/facts")).headers["cache-control"] == "no-store"
    assert (await api.get("/api/nope")).status_code == 404


async def test_foreign_host_header_is_refused_on_localhost(api):
    """A DNS-rebinding page (evil.example resolving to 127.0.0.1) cannot read the API."""
    assert (await api.get("/api/facts", headers={"host": "evil.example"})).status_code == 400
    assert (await api.get("/api/facts", headers={"host": "localhost:8400"})).status_code == 200


async def test_xss_payload_is_returned_as_data(api):
    body = (await api.get("/api/facts?status=single_source")).json()
    claim = body["facts"][0]["claims"][0]
    assert XSS_SCRIPT in claim["evidence"]["text"] and XSS_IMG in claim["evidence"]["text"]
    assert claim["speaker"]["name"] == f"Officials {XSS_IMG}"
    raw = (await api.get("/api/picture")).content
    assert XSS_SCRIPT.encode() in raw  # JSON, served as application/json + nosniff: never parsed as HTML


# -- writes ----------------------------------------------------------------------------------
async def test_writes_are_off_without_a_token(api, projection):
    svc, _ = projection
    r = await api.post("/api/articles", json={"text": "Some 12 buses were damaged."})
    assert r.status_code == 403 and "CLAIMLOG_WRITE_TOKEN" in r.json()["error"]
    r = await api.post("/api/articles", json={"text": "x"}, headers={"authorization": "Bearer "})
    assert r.status_code == 403
    assert await svc.rt.redis.xlen(INBOX) == 0
    assert (await api.put("/api/articles", json={})).status_code == 405
    assert (await api.post("/api/facts", json={})).status_code == 405


async def test_writes_with_a_token(projection, client_for):
    svc, _ = projection
    token = "s3cret-token-\u00e9"[:13]
    async with client_for(svc, write_token=token, max_article_bytes=200) as c:
        text = "North Wire 2030-03-06\n\nThe ministry said 12 buses were damaged.\n"
        for headers in ({}, {"authorization": "Bearer wrong"}, {"authorization": f"Basic {token}"},
                        {"authorization": token}, {"authorization": f"Bearer {token}x"}):
            r = await c.post("/api/articles", json={"text": text}, headers=headers)
            assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer"), headers
        assert await svc.rt.redis.xlen(INBOX) == 0
        auth = {"authorization": f"Bearer {token}"}
        r = await c.post("/api/articles", json={"text": text, "uri": "api/n.txt", "outlet": "North Wire"},
                         headers=auth)
        assert r.status_code == 202, r.text
        body = r.json()
        assert body["duplicate"] is False and body["article_id"].startswith("a_") and body["entry_id"]
        [(eid, ev)] = [x async for x in svc.rt.store.read(INBOX)]
        assert isinstance(ev, ArticleSubmitted) and ev.payload.text == text and ev.payload.uri == "api/n.txt"
        assert ev.correlation_id == body["article_id"] and eid == body["entry_id"]
        again = await c.post("/api/articles", json={"text": text}, headers=auth)
        assert again.status_code == 202 and again.json()["duplicate"] is True
        plain = await c.post("/api/articles?uri=p.txt", content="Plain 3 trucks burned.".encode(),
                             headers={**auth, "content-type": "text/plain; charset=utf-8"})
        assert plain.status_code == 202
        assert await svc.rt.redis.xlen(INBOX) == 2
        big = await c.post("/api/articles", json={"text": "x" * 201}, headers=auth)
        assert big.status_code == 413
        huge = await c.post("/api/articles", content=b"x" * 70000, headers={**auth, "content-type": "text/plain"})
        assert huge.status_code == 413
        assert (await c.post("/api/articles", json={"text": "  \n"}, headers=auth)).status_code == 422
        assert (await c.post("/api/articles", json={"text": "a", "evil": 1}, headers=auth)).status_code == 422
        assert (await c.post("/api/articles", json=["a"], headers=auth)).status_code == 422
        bad = await c.post("/api/articles", content=b"{nope", headers={**auth, "content-type": "application/json"})
        assert bad.status_code == 400
        latin = await c.post("/api/articles", content=b"caf\xe9", headers={**auth, "content-type": "text/plain"})
        assert latin.status_code == 400
        form = await c.post("/api/articles", content=b"text=a", headers={
            **auth, "content-type": "application/x-www-form-urlencoded"})
        assert form.status_code == 415
        assert await svc.rt.redis.xlen(INBOX) == 2
        assert (await c.get("/api/status")).json()["writable"] is True



async def test_writes_are_refused_with_503_when_the_inbox_backlog_is_full(projection, client_for):
    """Backpressure over HTTP: past the backlog bound a submission is refused, not queued in memory."""
    from claimlog.runtime import ensure_groups

    svc, _ = projection
    await ensure_groups(svc.rt.redis)
    auth = {"authorization": "Bearer tok"}
    async with client_for(svc, write_token="tok", max_inbox_backlog=2) as c:
        for i in range(2):  # nobody runs ingest here: the backlog only grows
            r = await c.post("/api/articles", json={"text": f"Report {i}: 12 buses were damaged."}, headers=auth)
            assert r.status_code == 202, r.text
        r = await c.post("/api/articles", json={"text": "Report 3: 7 boats sank."}, headers=auth)
        assert r.status_code == 503 and "backlog" in r.json()["error"] and r.headers["retry-after"]
    assert await svc.rt.redis.xlen(INBOX) == 2

def test_positions():
    from claimlog.cli import _position
    from services.projection.positions import BadPosition, at_or_before, latest, position_of

    assert position_of("1700000000000-3") == "1700000000000-3"
    assert position_of("2023-11-14T22:13:20Z") == "1700000000000"
    assert position_of("2023-11-14T22:13:20.5+00:00") == "1700000000500"
    assert position_of("2023-11-14T22:13:20") == "1700000000000"  # naive = UTC
    assert position_of("2023-11-14") == str(1699920000000)
    for bad in ("", "now", "1-2-3", "-5", "1e9-0"):
        with pytest.raises(BadPosition):
            position_of(bad)
    assert _position("2023-11-14T22:13:20Z") == "1700000000000"
    with pytest.raises(SystemExit):
        _position("later")
    assert latest(["9-0", "10-0", "10-1"]) == "10-1" and latest([]) is None
    assert at_or_before("10-5", "10") and not at_or_before("11-0", "10") and at_or_before("10-0", "10-0")
    assert not at_or_before("10-1", "10-0")


async def test_facts_are_paged(api):
    page = (await api.get("/api/facts?limit=2&offset=1")).json()
    assert page["count"] == 3 and page["limit"] == 2 and page["offset"] == 1
    assert ids(page) == ["f_bus", "f_xss"]
    assert ids((await api.get("/api/facts?status=disputed,single_source&limit=1&offset=1")).json()) == ["f_xss"]
    assert (await api.get("/api/facts?limit=0")).status_code == 400
    assert (await api.get("/api/facts?offset=-1")).status_code == 400
