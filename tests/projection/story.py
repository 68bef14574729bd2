"""An invented news story as log events: articles, the claims read from them, the facts reconcile made.

Northland and Southland disagree about how many civilians left Harbour Town
(46 vs 20: disputed); Northland and the UN agree on 12 buses (corroborated,
after a UN-only fact was merged into it); an article with HTML in its title
and evidence sentence (must show as text, never run); and, for live updates,
a late article about fighters at the steel works.
"""
from __future__ import annotations

import asyncio

from contracts.articles import Article
from contracts.claims import ArticleRef, Claim, Quantity, Span, Speaker
from contracts.events import ArticleReceived, ClaimExtracted, Event, FactUpdated, FactWasRetired
from contracts.facts import Fact, FactRetired, Membership
from contracts.streams import ARTICLES, CLAIMS, FACTS

XSS_SCRIPT = "<script>document.title='PWNED'</script>"
XSS_IMG = "<img src=x onerror=\"document.title='PWNED'\">"

NORTH_46 = "The Northland Defence Ministry said 46 civilians were evacuated from Harbour Town on Saturday."
NORTH_12 = "Twelve buses were damaged, the ministry added."
SOUTH_20 = "Southland's deputy mayor Ana Vell said only 20 civilians had left Harbour Town."
UN_12 = "A UN spokesperson confirmed that 12 buses were damaged near the harbour."
XSS_SENTENCE = f"Officials said 7 people {XSS_SCRIPT} were wounded {XSS_IMG} in Harbour Town."
LATE_264 = "The Northland Defence Ministry said 264 fighters surrendered at the steel works."

ARTICLE_TEXTS = {
    "a_north": f"North Wire 2030-03-03\n\n{NORTH_46} {NORTH_12}\n",
    "a_south": f"South Herald 2030-03-03\n\nThe evacuation was smaller than claimed. {SOUTH_20}\n",
    "a_un": f"UN News 2030-03-04\n\n{UN_12}\n",
    "a_xss": f"Odd Post 2030-03-04\n\n{XSS_SENTENCE}\n",
    "a_late": f"North Wire 2030-03-05\n\n{LATE_264}\n",
}
ARTICLE_META = {
    "a_north": ("North Wire", "Evacuation from Harbour Town", "2030-03-03"),
    "a_south": ("South Herald", "Fewer left than claimed", "2030-03-03"),
    "a_un": ("UN News", "Buses damaged near the harbour", "2030-03-04"),
    "a_xss": ("Odd Post", f"Wounded {XSS_SCRIPT}", "2030-03-04"),
    "a_late": ("North Wire", "Fighters surrender at the steel works", "2030-03-05"),
}


def article(aid: str) -> Article:
    outlet, title, published = ARTICLE_META[aid]
    return Article(id=aid, uri=f"{aid}.txt", title=title, outlet=outlet, published=published,
                   text=ARTICLE_TEXTS[aid])


def claim(cid: str, aid: str, sentence: str, figure: str, value, *, speaker: str | None, affiliation: str,
          subject: str, event: str, places=("Harbour Town",), date="2030-03-02", role: str | None = None,
          date_text: str | None = None, date_source: str | None = None) -> Claim:
    art = article(aid)
    text = art.text
    s = text.index(sentence)
    q = text.index(figure, s)
    return Claim(
        claim_id=cid, article=art.ref(),
        speaker=Speaker(name=speaker, role=role, affiliation=affiliation),
        quantity=Quantity(value=value, low=value, high=value, text=figure,
                          span=Span(start=q, end=q + len(figure), text=figure)),
        subject=subject, event=event, places=list(places), date=date, date_text=date_text, date_source=date_source,
        evidence=Span(start=s, end=s + len(sentence), text=sentence), extractor_version="test",
    )


CLAIMS_ = {
    "c_n46": claim("c_n46", "a_north", NORTH_46, "46", 46, speaker="Northland Defence Ministry",
                   affiliation="Northland", subject="civilians", event="evacuated", date_text="on Saturday",
                   date_source="text"),
    "c_n12": claim("c_n12", "a_north", NORTH_12, "Twelve", 12, speaker="Northland Defence Ministry",
                   affiliation="Northland", subject="buses", event="damaged"),
    "c_s20": claim("c_s20", "a_south", SOUTH_20, "only 20", 20, speaker="Ana Vell", role="deputy mayor",
                   affiliation="Southland", subject="civilians", event="evacuated", date_source="article"),
    "c_u12": claim("c_u12", "a_un", UN_12, "12", 12, speaker="UN spokesperson", affiliation="UN",
                   subject="buses", event="damaged"),
    "c_x7": claim("c_x7", "a_xss", XSS_SENTENCE, "7", 7, speaker=f"Officials {XSS_IMG}", affiliation="Media",
                  subject="people", event="wounded"),
    "c_l264": claim("c_l264", "a_late", LATE_264, "264", 264, speaker="Northland Defence Ministry",
                    affiliation="Northland", subject="fighters", event="surrendered", places=("Steel Works",),
                    date="2030-03-04"),
}


def fact(fid: str, members: list[tuple[str, str]], status: str, reason: str, rule: str) -> Fact:
    first = CLAIMS_[members[0][0]]
    return Fact(fact_id=fid, subject=first.subject, event=first.event, places=first.places, date=first.date,
                members=sorted((Membership(claim_id=c, rule="same-key", side=side) for c, side in members),
                               key=lambda m: m.claim_id),
                status=status, reason=reason, status_rule=rule)


def _received(aid: str) -> ArticleReceived:
    return ArticleReceived.create(event_id="r_" + aid, correlation_id=aid, payload=article(aid))


def _claimed(cid: str) -> ClaimExtracted:
    c = CLAIMS_[cid]
    return ClaimExtracted.create(event_id="ce_" + cid, correlation_id=c.article.id, payload=c)


def _fact(n: int, cause: str, f: Fact) -> FactUpdated:
    return FactUpdated.create(event_id=f"fu_{f.fact_id}_{n}", causation_id="ce_" + cause, payload=f)


def story() -> list[tuple[str, Event]]:
    """The log in the order it was recorded: (stream, event)."""
    return [
        (ARTICLES, _received("a_north")),
        (CLAIMS, _claimed("c_n46")),
        (FACTS, _fact(1, "c_n46", fact("f_civ", [("c_n46", "Northland")], "single_source",
                                       "only Northland says 46", "one-side"))),
        (CLAIMS, _claimed("c_n12")),
        (FACTS, _fact(1, "c_n12", fact("f_bus", [("c_n12", "Northland")], "single_source",
                                       "only Northland says 12", "one-side"))),
        (ARTICLES, _received("a_south")),
        (CLAIMS, _claimed("c_s20")),
        (FACTS, _fact(2, "c_s20", fact("f_civ", [("c_n46", "Northland"), ("c_s20", "Southland")], "disputed",
                                       "46 (Northland) vs 20 (Southland): intervals do not overlap",
                                       "intervals-disjoint"))),
        (ARTICLES, _received("a_un")),
        (CLAIMS, _claimed("c_u12")),
        (FACTS, _fact(1, "c_u12", fact("f_bus_un", [("c_u12", "UN")], "single_source", "only the UN says 12",
                                       "one-side"))),
        (FACTS, FactWasRetired.create(event_id="fr_f_bus_un", causation_id="ce_c_u12",
                                      payload=FactRetired(fact_id="f_bus_un", merged_into="f_bus",
                                                          reason="same buses, same place and date"))),
        (FACTS, _fact(2, "c_u12", fact("f_bus", [("c_n12", "Northland"), ("c_u12", "UN")], "corroborated",
                                       "12 (Northland) and 12 (UN) agree; two independent sides",
                                       "independent-sides-agree"))),
        (ARTICLES, _received("a_xss")),
        (CLAIMS, _claimed("c_x7")),
        (FACTS, _fact(1, "c_x7", fact("f_xss", [("c_x7", "Media")], "single_source",
                                      f"only Media says 7 {XSS_SCRIPT}", "one-side"))),
    ]


def late() -> list[tuple[str, Event]]:
    """What arrives while clients watch: a new article, its claim and a new fact."""
    return [
        (ARTICLES, _received("a_late")),
        (CLAIMS, _claimed("c_l264")),
        (FACTS, _fact(1, "c_l264", fact("f_fighters", [("c_l264", "Northland")], "single_source",
                                        "only Northland says 264", "one-side"))),
    ]


async def append_all(store, events: list[tuple[str, Event]], *, gap: float = 0.003) -> dict[str, str]:
    """Append one by one, a few ms apart (so every event has its own millisecond); event id -> entry id."""
    out = {}
    for stream, ev in events:
        [entry_id] = await store.append(stream, [ev])
        assert entry_id, f"{ev.event_id} was a duplicate"
        out[ev.event_id] = entry_id
        await asyncio.sleep(gap)
    return out
