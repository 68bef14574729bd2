// claimlog picture page. No framework, no build step.
// Every piece of data is put into the page with textContent / createTextNode, never as HTML.
"use strict";

(function () {
  const state = {
    asOf: null,          // null = live
    positions: [],       // the distinct positions of the timeline, oldest first
    timeline: [],
    status: "",
    flash: new Set(),    // fact ids changed by the last live update
    updates: 0,
    loading: null,
    again: false,
  };

  const $ = (id) => document.getElementById(id);

  // el("div", {class: "x", data: {k: v}}, child, "text", ...) — strings become text nodes.
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "data") for (const [dk, dv] of Object.entries(v)) node.dataset[dk] = String(dv);
      else if (k === "title") node.title = String(v);
      else if (k === "href") node.setAttribute("href", safeHref(v));
      else node.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  // Only http(s) links from data; anything else (javascript:, data:) becomes inert.
  function safeHref(v) {
    try {
      const u = new URL(String(v), window.location.href);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : "#";
    } catch (e) {
      return "#";
    }
  }

  async function getJSON(path, params) {
    const url = new URL(path, window.location.href);
    for (const [k, v] of Object.entries(params || {})) if (v) url.searchParams.set(k, v);
    const r = await fetch(url, { headers: { Accept: "application/json" }, cache: "no-store" });
    if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
    return r.json();
  }

  function fmtTime(iso) {
    if (!iso) return "";
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return String(iso);
    return d.toISOString().replace("T", " ");
  }

  function positionTime(pos) {
    const ms = Number(String(pos).split("-")[0]);
    return Number.isFinite(ms) ? fmtTime(new Date(ms).toISOString()) : String(pos);
  }

  const STATUS_LABEL = {
    disputed: "disputed", corroborated: "corroborated", consistent: "consistent", single_source: "single source",
  };

  // -- rendering ---------------------------------------------------------------------------------
  function evidenceNode(claim) {
    // The evidence sentence with the figure marked, split by offsets into text nodes.
    const ev = claim.evidence || {};
    const text = String(ev.text || "");
    const q = (claim.quantity && claim.quantity.span) || null;
    const quote = el("blockquote", { class: "evidence" });
    if (q && typeof ev.start === "number" && q.start >= ev.start && q.end <= ev.start + text.length && q.end > q.start) {
      const a = q.start - ev.start, b = q.end - ev.start;
      quote.append(document.createTextNode(text.slice(0, a)), el("mark", {}, text.slice(a, b)),
        document.createTextNode(text.slice(b)));
    } else {
      quote.append(document.createTextNode(text));
    }
    return quote;
  }

  function claimNode(claim) {
    const m = claim.membership || {};
    const sp = claim.speaker || {};
    const art = claim.article || {};
    const who = sp.name || "the article itself";
    const role = m.role && m.role !== "figure" ? m.role : null;
    const source = [art.outlet, art.title || art.uri, art.published].filter(Boolean).join(" · ");
    return el("figure", { class: "claim" + (m.superseded_by ? " superseded" : ""), data: { claimId: claim.claim_id } },
      el("div", { class: "figure-line" },
        el("span", { class: "figure" }, claim.quantity ? claim.quantity.text : "?"),
        el("span", { class: "counted" }, [claim.subject, claim.event].filter(Boolean).join(" ")),
        role ? el("span", { class: "role" }, role) : null,
        claim.polarity === "denied" ? el("span", { class: "role denied" }, "denied") : null,
        m.superseded_by ? el("span", { class: "role" }, "superseded") : null),
      evidenceNode(claim),
      el("figcaption", {},
        el("span", { class: "speaker" }, who),
        sp.role ? el("span", { class: "speaker-role" }, ", " + sp.role) : null,
        sp.affiliation ? el("span", { class: "affiliation" }, " (" + sp.affiliation + ")") : null,
        source ? el("span", { class: "source" }, source) : null,
        claim.date ? el("span", { class: "date" }, "event date " + claim.date + dateHow(claim)) : null));
  }

  // how the date was found (`date_source`, ClaimExtracted v2): the words of the text, or what else dated it
  function dateHow(claim) {
    if (claim.date_text && (claim.date_source === "text" || !claim.date_source)) return " (“" + claim.date_text + "”)";
    if (claim.date_source === "article") return " (the article's day for its story)";
    if (claim.date_source === "article-guess") return " (a guess: the story's day, from the article's second paragraph)";
    if (claim.date_source === "publication") return " (no date words: the day of publication)";
    return "";
  }

  function sidesNode(fact) {
    const bySide = new Map();
    for (const c of fact.claims || []) {
      const side = (c.membership && c.membership.side) || (c.speaker && c.speaker.affiliation) || "unknown";
      if (!bySide.has(side)) bySide.set(side, []);
      bySide.get(side).push(c);
    }
    const sides = [...bySide.keys()].sort();
    const wrap = el("div", { class: "sides", data: { count: sides.length } });
    for (const side of sides) {
      const current = bySide.get(side).filter((c) => !(c.membership && c.membership.superseded_by));
      const figures = current.map((c) => c.quantity && c.quantity.text).filter(Boolean);
      wrap.append(el("section", { class: "side", data: { side } },
        el("h3", {}, el("span", { class: "side-name" }, side),
          figures.length ? el("span", { class: "side-figures" }, figures.join(" / ")) : null),
        bySide.get(side).map(claimNode)));
    }
    return wrap;
  }

  function historyNode(fact) {
    const hist = fact.history || [];
    const list = el("ol", { class: "history" });
    for (const h of hist) {
      const change = h.previous_status && h.previous_status !== h.status
        ? `${STATUS_LABEL[h.previous_status] || h.previous_status} → ${STATUS_LABEL[h.status] || h.status}`
        : (h.previous_status ? `still ${STATUS_LABEL[h.status] || h.status}` : `new: ${STATUS_LABEL[h.status] || h.status}`);
      list.append(el("li", { data: { position: h.position, status: h.status } },
        el("time", { datetime: h.recorded_at || "" }, fmtTime(h.recorded_at) || positionTime(h.position)),
        el("span", { class: "change" }, change),
        el("span", { class: "count" }, `${h.claims} claim${h.claims === 1 ? "" : "s"}`),
        el("span", { class: "hreason" }, h.reason || "")));
    }
    return el("details", { class: "timeline", open: hist.length <= 6 ? "" : null },
      el("summary", {}, `History (${hist.length} change${hist.length === 1 ? "" : "s"})`), list);
  }

  function factNode(fact) {
    const where = (fact.places || []).join(", ") || "place unknown";
    return el("article", {
      class: "fact status-" + fact.status + (state.flash.has(fact.id) ? " updated" : ""),
      id: "fact-" + fact.id, data: { factId: fact.id, status: fact.status },
    },
      el("header", {},
        el("span", { class: "badge badge-" + fact.status }, STATUS_LABEL[fact.status] || fact.status),
        el("h2", {}, [fact.subject, fact.event].filter(Boolean).join(" ")),
        el("p", { class: "meta" }, where, " · ", fact.date || "undated", " · ", el("code", {}, fact.id))),
      el("p", { class: "reason" }, el("strong", {}, "Why: "), fact.reason || "",
        fact.status_rule ? el("span", { class: "rule" }, " [" + fact.status_rule + "]") : null),
      sidesNode(fact),
      historyNode(fact));
  }

  function renderFacts(data) {
    const main = $("facts");
    const facts = data.facts || [];
    if (!facts.length) {
      main.replaceChildren(el("p", { class: "empty" }, state.asOf ? "No facts at that moment." : "No facts yet."));
    } else {
      main.replaceChildren(...facts.map(factNode));
    }
    const counts = {};
    for (const f of facts) counts[f.status] = (counts[f.status] || 0) + 1;
    const parts = Object.keys(STATUS_LABEL).filter((s) => counts[s]).map((s) => `${counts[s]} ${STATUS_LABEL[s]}`);
    const total = data.count || facts.length;
    const shown = total > facts.length ? ` (showing the first ${facts.length} of ${total}; the API pages the rest)` : "";
    $("summary").textContent = `${total} fact${total === 1 ? "" : "s"}` + (parts.length ? ": " + parts.join(", ") : "") + shown;
  }

  function renderAsOf() {
    const range = $("asof-range");
    const n = state.positions.length;
    range.max = String(n);
    const idx = state.asOf === null ? n : Math.max(0, state.positions.indexOf(state.asOf));
    range.value = String(idx);
    const label = $("asof-label");
    const banner = $("past-banner");
    if (state.asOf === null) {
      label.textContent = "live";
      banner.hidden = true;
      document.body.dataset.asOf = "live";
    } else {
      label.textContent = `${positionTime(state.asOf)} (${state.asOf})`;
      banner.hidden = false;
      banner.textContent = `Showing the picture as it stood at ${positionTime(state.asOf)} — ${idx + 1} of ${n} changes. Live updates continue in the timeline; press Live to return.`;
      document.body.dataset.asOf = state.asOf;
    }
  }

  // -- loading -----------------------------------------------------------------------------------
  async function load() {
    if (state.loading) { state.again = true; return state.loading; }
    state.loading = (async () => {
      try {
        const [tl, facts] = await Promise.all([
          getJSON("/api/timeline"),
          getJSON("/api/facts", { as_of: state.asOf, status: state.status }),
        ]);
        state.timeline = tl.timeline || [];
        state.positions = [...new Set(state.timeline.map((e) => e.position))];
        renderAsOf();
        renderFacts(facts);
        document.body.dataset.state = "ready";
        document.body.dataset.updates = String(state.updates);
        document.body.dataset.position = (state.asOf === null ? tl.position : state.asOf) || "";
      } catch (e) {
        document.body.dataset.state = "error";
        $("summary").textContent = "Could not load the picture: " + e.message;
      } finally {
        state.loading = null;
        if (state.again) { state.again = false; load(); }
      }
    })();
    return state.loading;
  }

  let timer = null;
  function loadSoon(delay) {
    clearTimeout(timer);
    timer = setTimeout(load, delay);
  }

  // -- live updates ------------------------------------------------------------------------------
  function setConnection(kind, text) {
    $("live").dataset.connection = kind;
    $("live-text").textContent = text;
  }

  function connect() {
    if (!window.EventSource) { setConnection("off", "no live updates in this browser"); return; }
    const es = new EventSource("/api/events");
    es.addEventListener("open", () => setConnection("open", "live"));
    es.addEventListener("error", () => setConnection("connecting", "reconnecting…"));
    es.addEventListener("hello", () => { setConnection("open", "live"); load(); });
    es.addEventListener("change", (ev) => {
      let msg = {};
      try { msg = JSON.parse(ev.data); } catch (e) { /* ignore */ }
      state.updates += 1;
      state.flash = new Set(msg.facts || []);
      setConnection("open", `live · updated ${positionTime(msg.position || "")}`);
      loadSoon(150);
    });
    es.addEventListener("bye", () => es.close());
  }

  // -- controls ----------------------------------------------------------------------------------
  function init() {
    const range = $("asof-range");
    range.addEventListener("input", () => {
      const i = Number(range.value);
      state.asOf = i >= state.positions.length ? null : state.positions[i];
      state.flash = new Set();
      renderAsOf();
      loadSoon(120);
    });
    $("asof-live").addEventListener("click", () => { state.asOf = null; state.flash = new Set(); renderAsOf(); load(); });
    $("status-filter").addEventListener("change", (e) => { state.status = e.target.value; load(); });
    load();
    connect();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
