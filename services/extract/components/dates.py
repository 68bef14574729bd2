"""Component `dates`: the date each counted event happened, resolved against the published date.

- weekdays ("on Saturday", "Saturday", "Sunday's election") -> the latest such day on or before
  the published date (the same day when the article is dated that weekday);
- "yesterday", "today", "tonight", "last night", "overnight" (= last night) -> from the published date, or from the day the
  speaker spoke when the sentence dates the saying ("…yesterday,” Spicer claimed Saturday);
  "today (yesterday)": the bracketed correction wins;
- "7 May", "May 7" (the article's year; last year's when that would lie over half a year ahead), "May 7, 2022",
  "18th November", "the 18th of November", "1/20/13" (US month/day/year); a weekday with its date ("Tuesday
  18 November", "Tuesday, Nov. 18") is that date;
- a date phrase right after a verb of saying ("said on Friday") or of a document's publication ("a report
  published on Wednesday") dates the saying: used only when nothing better dates the event;
- an event the article dates once ("Monday's explosion", "Sunday's poll") dates later figures that
  name the same kind of event ("the death toll from the mine disaster", "the turnout");
- a state with no date of its own ("said Monday that 2,100 were still held") is as of its dated saying; a
  verbless part ("…, 380 of them civilians") has the date of the figure before it;
- else, when the sentence holds no other time frame ("in April", "in 2009", "last week"): the story date (the
  first event date of the lead paragraph, after any byline, else of the next paragraph; not a period bound or
  a span) when the sentence narrates in the past ("38 were men", "had crossed the start line") — or the
  relative clause the figure heads does ("the 146 people who came home"); the published date for states and
  running totals ("remained in hospital", "are still missing", "has risen to", "so far") and for everything
  else.
Without a published date, relative dates stay None.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from services.extract.doc import Doc, Mention, Sentence

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
          "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
          "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
RELATIVE = {"yesterday": -1, "today": 0, "tonight": 0, "overnight": -1}
"""Days from the reference day. "Overnight" in a report is the night before it, dated like "last night" by the
evening it began (a report of 11 June: "46 were taken to hospital overnight" -> 10 June)."""
SAY_WORDS = {"said", "says", "told", "claimed", "reported", "announced", "confirmed", "added", "insisted",
             "stated", "tweeted", "wrote", "estimated", "noted", "warned", "say", "tell", "claims"}
EVENT_CLASSES = [
    {"election", "elections", "poll", "polls", "vote", "votes", "voting", "ballot", "ballots", "referendum",
     "turnout", "participation", "voters", "runoff", "primary"},
    {"explosion", "blast", "disaster", "accident", "fire", "collapse", "earthquake", "quake", "flood", "floods",
     "flooding", "attack", "attacks", "bombing", "crash", "storm", "cyclone", "hurricane", "tsunami",
     "shooting", "toll", "landslide", "stampede", "derailment", "sinking", "capsized", "eruption", "typhoon",
     "wildfire", "wildfires", "strike", "strikes", "airstrike", "airstrikes", "shelling", "raid", "massacre",
     # its toll, however late it is told: deaths in a one-day event take the event's day (not a state: "18 bodies
     # are still trapped" is as of the saying; see TOLL_WORDS)
     "killed", "died", "dead", "bodies", "deaths", "fatalities"},
    {"ridership", "riders", "trips", "passengers", "entries", "commuters"},
    {"march", "rally", "protest", "protests", "demonstration", "demonstrations", "marches", "rallies", "crowd",
     "crowds", "gathering", "inauguration", "parade", "vigil", "concert", "festival",
     # the verbs and nouns of its count: "Organisers have said 65,000 people attended" (Saturday's march)
     "attended", "marched", "marchers", "protesters", "demonstrators", "participants"},
    {"walkout", "stoppage", "strikers"},
]
TOLL_WORDS = {"killed", "died", "dead", "bodies", "deaths", "fatalities"}
DISASTER_CLASS = next(i for i, cls in enumerate(EVENT_CLASSES) if "explosion" in cls)
"""The index in `EVENT_CLASSES` of disasters (explosions, crashes, storms, attacks and their tolls)."""
"""The words of a disaster's toll in its event class: they date a figure by the disaster's day unless the figure's
clause is a state ("still", "remain") or a running total ("so far"), or the sentence is of another time ("In
2019")."""
BLOCKERS = {"ago", "last", "earlier", "previous", "initially", "until", "since", "next", "former", "past"}
DATE_NUM_RE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")


_WEEKDAY_DATE_GAP = re.compile(r"[ \t]*,?[ \t]*(?:the[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?)?")
"""Between a weekday and the month of its explicit date: "Tuesday 18 November", "Tuesday, November 18",
"Tuesday, the 18th of November" (the day number, when first, sits before the month word)."""


def _day_num(w: str) -> int | None:
    """A day of the month: "18", "18th", "1st" -> 18, 18, 1; else None."""
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", w)
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 31 else None


def weekday_on_or_before(base: date, wd: int) -> date:
    return base - timedelta(days=(base.weekday() - wd) % 7)


def _year(y: str) -> int:
    v = int(y)
    return v + (2000 if v < 50 else 1900) if len(y) == 2 else v


class Expr:
    def __init__(self, pos: int, end: int, kind: str, text: str, value: date | None, rel: int | None = None,
                 weekday: int | None = None, speech: bool = False, noun: str | None = None):
        self.pos, self.end, self.kind, self.text, self.value = pos, end, kind, text, value
        self.rel, self.weekday, self.speech, self.noun = rel, weekday, speech, noun


_DATELINE_HEAD = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'/\-]+(?:\([A-Za-z ]+\))?,"
                            r"(?:[ \t]*[A-Z][A-Za-z .'\-]{1,30},)?[ \t]*$")
"""A wire dateline's place before its date: "CARACAS, ", "SARNY, Karvonia (AP), ", "MEROVO, Dalesk, "."""
_DATELINE_TAIL = re.compile(r"^(?:,?[ \t]*\d{4})?[ \t]*(?:-|–|—|\(|/)")


def _is_dateline(text: str, start: int, end: int) -> bool:
    """A date in a wire dateline ("CARACAS, March 2 - …", "ASTRAVA, April 8 (Reuters) -", "MEROVO, Dalesk, March
    11 (Nordwire) -"): it dates
    the filing of the story, not the event a figure counts."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_DATELINE_HEAD.search(text[line_start:start])) and bool(_DATELINE_TAIL.match(text[end:end + 12]))


PUBLISH_WORDS = {"published", "released", "issued", "presented", "unveiled", "made public"}
DOCUMENT_NOUNS = {"report", "results", "result", "figures", "data", "statistics", "study", "survey", "poll",
                  "statement", "analysis", "assessment", "census", "count", "tally", "review", "audit", "findings",
                  "estimate", "estimates", "update", "bulletin", "paper", "document", "letter", "communique"}


AUDIENCE_VERBS = {"told", "tells", "informed", "briefed", "addressed"}


def _after_audience(low: list[str], i: int) -> bool:
    """"told parliament yesterday that …", "told state television on Monday": a date after the audience of a verb
    of telling dates the telling (rules-1.17)."""
    k = i - 1
    if k >= 0 and low[k] == "on":
        k -= 1
    words = 0
    while k >= 0 and words < 3 and low[k].isalpha() and low[k] not in AUDIENCE_VERBS and \
            low[k] not in ("that", "and", "but", "when", "after", "before"):
        k -= 1
        words += 1
    return 0 < words and k >= 0 and low[k] in AUDIENCE_VERBS


def _published_on(low: list[str], i: int) -> bool:
    """"a report published on Wednesday", "the final results, released on Tuesday,": the date of a document's
    publication is the date of a saying, not of what its figures count (rules-1.17). The document noun must
    come right before the verb (a comma between allowed), so that "12 hostages were released on Tuesday" keeps
    its event's date."""
    j = i - 1
    if j >= 0 and low[j] == "on":
        j -= 1
    if j < 1 or low[j] not in PUBLISH_WORDS:
        return False
    k = j - 1
    if low[k] == "," and k > 0:
        k -= 1
    return low[k] in DOCUMENT_NOUNS


def find_exprs(doc: Doc, sent: Sentence) -> list[Expr]:
    """Every date phrase of the sentence (value None = unresolved or another time frame)."""
    toks = sent.tokens
    low = [t.lower for t in toks]
    pub = doc.published
    out: list[Expr] = []
    n = len(low)
    for i, w in enumerate(low):
        base_w = w[:-2] if w.endswith("'s") else w
        prev = low[i - 1] if i > 0 else ""
        prev2 = low[i - 2] if i > 1 else ""
        speech = prev in SAY_WORDS or prev == "on" and prev2 in SAY_WORDS or _published_on(low, i) or \
            _after_audience(low, i)
        if base_w in WEEKDAYS and toks[i].is_cap:
            noun = None
            part_of_day = i + 1 < n and low[i + 1] in ("night's", "morning's", "evening's", "afternoon's",
                                                       "night’s", "morning’s", "evening’s", "afternoon’s")
            if w.endswith("'s") or part_of_day:
                # "Sunday's poll", "Tuesday night's earthquake" (rules-1.17)
                for k in range(i + 1 + part_of_day, min(n, i + 4 + part_of_day)):
                    if low[k] in (".", ",", ";", "“", "”") or low[k][:1].isdigit():
                        break
                    noun = low[k]
                    if any(low[k] in c for c in EVENT_CLASSES):
                        break
            value = weekday_on_or_before(pub, WEEKDAYS[base_w]) if pub else None
            # "Sunday, 30 July" -> the explicit date wins below
            out.append(Expr(toks[i].start, toks[i].end, "weekday", toks[i].text, value,
                            weekday=WEEKDAYS[base_w], speech=speech, noun=noun))
        elif w in RELATIVE and not (w == "overnight" and prev in ("the", "an", "a", "this", "that")):
            # "the overnight train" is an adjective, not a date
            value = pub + timedelta(days=RELATIVE[w]) if pub else None
            # "today (yesterday)": the bracketed correction wins
            if i + 2 < n and low[i + 1] == "(" and low[i + 2] in RELATIVE:
                continue
            out.append(Expr(toks[i].start, toks[i].end, "relative", toks[i].text, value, rel=RELATIVE[w],
                            speech=speech))
        elif w == "last" and i + 1 < n and low[i + 1] == "night":
            out.append(Expr(toks[i].start, toks[i + 1].end, "relative", "last night",
                            pub - timedelta(days=1) if pub else None, rel=-1, speech=speech))
        elif base_w in MONTHS and (toks[i].is_cap or base_w not in ("may", "march")):
            month = MONTHS[base_w]
            day = year = None
            da = db = i                                           # the tokens of the whole date phrase
            nxt = 2 if i + 2 < n and low[i + 1] == "." else 1     # "Nov. 18"
            if i + nxt < n and _day_num(low[i + nxt]):
                day = _day_num(low[i + nxt])
                k = i + nxt
                db = k
                if k + 2 < n and low[k + 1] == "," and re.fullmatch(r"\d{4}", low[k + 2]):
                    year = int(low[k + 2])
                elif k + 1 < n and re.fullmatch(r"\d{4}", low[k + 1]):
                    year = int(low[k + 1])
            elif i > 0 and _day_num(low[i - 1]) and \
                    toks[i - 1].start > 0 and doc.text[toks[i - 1].start - 1] in " \t\n(":
                day = _day_num(low[i - 1])
                da = i - 1
                if i + 1 < n and re.fullmatch(r"\d{4}", low[i + 1]):
                    year = int(low[i + 1])
            elif i > 2 and low[i - 1] == "of" and _day_num(low[i - 2]) and low[i - 2][-2:].isalpha():
                day = _day_num(low[i - 2])      # "the 18th of November"
                da = i - 2
                if i + 1 < n and re.fullmatch(r"\d{4}", low[i + 1]):
                    year = int(low[i + 1])
            if day is None and i > 1 and low[i - 1] == "of" and low[i - 2] == "end":
                # "at the end of February": a count as of the month's last day (a statistics office's snapshot)
                year = int(low[i + 1]) if i + 1 < n and re.fullmatch(r"\d{4}", low[i + 1]) else None
                if year is None and pub is not None:
                    year = pub.year if month <= pub.month else pub.year - 1
                if year is not None:
                    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1))
                    out.append(Expr(toks[i].start, toks[i].end, "date", toks[i].text, last, speech=speech))
                    continue
            if day is None:
                if base_w != "may":
                    out.append(Expr(toks[i].start, toks[i].end, "frame", toks[i].text, None))
                continue
            if _is_dateline(doc.text, toks[da].start, toks[db].end) or \
                    _is_dateline(doc.text, toks[i].start, toks[min(n - 1, i + 1)].end):
                continue  # "KALVIK, March 2 - At least 12 …", "KESSARA, Nov. 18 (ONA) --", "KORVEL, 14 September
                          # (DTA) –": the filing date, not the event's
            inferred = year is None and pub is not None
            if inferred:
                year = pub.year
            try:
                value = date(year, month, day) if year else None
            except ValueError:
                value = None
            if value and inferred and (value - pub).days > 183:
                # "Tuesday 30 December" in a paper of 3 January: last year's December, not next
                try:
                    value = date(year - 1, month, day)
                except ValueError:
                    value = None
            out.append(Expr(toks[i].start, toks[i].end, "date", toks[i].text, value, speech=speech))
        elif DATE_NUM_RE.match(w):
            mm, dd, yy = DATE_NUM_RE.match(w).groups()
            try:
                value = date(_year(yy), int(mm), int(dd))
            except ValueError:
                value = None
            out.append(Expr(toks[i].start, toks[i].end, "date", toks[i].text, value))
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", w):
            try:
                out.append(Expr(toks[i].start, toks[i].end, "date", w, date.fromisoformat(w)))
            except ValueError:
                pass
        elif re.fullmatch(r"(1[89]|20)\d\d", w) and prev in ("in", "since", "of", "from", "until", "by"):
            out.append(Expr(toks[i].start, toks[i].end, "frame", toks[i].text, None))
        elif w in BLOCKERS and (w != "last" or (i + 1 < n and low[i + 1] in ("week", "month", "year", "weekend"))):
            out.append(Expr(toks[i].start, toks[i].end, "frame", toks[i].text, None))
    # "Tuesday 18 November", "Tuesday, Nov. 18", "Sunday, 30 July 2023": one day; the explicit date dates it
    # (the weekday alone would resolve to the latest such weekday), and keeps the weekday's role ("said on …")
    merged = []
    for k, e in enumerate(out):
        d = out[k + 1] if k + 1 < len(out) else None
        if e.kind == "weekday" and not e.noun and d is not None and d.kind == "date" and \
                _WEEKDAY_DATE_GAP.fullmatch(doc.text[e.end:d.pos]):
            d.speech = d.speech or e.speech
            continue
        merged.append(e)
    out = merged
    # "fewer than on Monday", "higher than yesterday": the day of the comparison, not of the figure
    compared = {toks[i].start for i in range(1, n) if low[i - 1] == "than" or
                i > 1 and low[i - 1] in ("on", "of") and low[i - 2] == "than"}
    out = [e for e in out if not (e.pos in compared and e.kind in ("weekday", "relative", "date"))]
    # dating the saying: "…yesterday,” Spicer claimed Saturday -> resolve the quote's relative word from it
    speech_days = [e for e in out if e.speech and e.kind == "weekday" and e.value]
    if speech_days:
        for e in out:
            if e.kind == "relative" and not e.speech and e.rel is not None:
                e.value = speech_days[0].value + timedelta(days=e.rel)
    return out


def anchors(doc: Doc, exprs_of: dict[int, list[Expr]]) -> dict[int, date]:
    """Event classes the article dates: "Monday's explosion" -> {disaster class: 2014-05-12}."""
    out: dict[int, date] = {}
    for s in doc.sentences:
        for e in exprs_of[s.idx]:
            if e.noun and e.value:
                for ci, cls in enumerate(EVENT_CLASSES):
                    if e.noun in cls and ci not in out:
                        out[ci] = e.value
    return out


PAST_AUX = {"was", "were", "had"}
PRESENT_WORDS = {"is", "are", "am", "remain", "remains", "still", "now", "currently", "being", "has", "have",
                 # a state back-shifted into reported speech ("said seven remained in intensive care") and a
                 # running total ("the number … had risen to 47") describe the time of the report, not the event
                 "remained", "risen"}
RUNNING_RE = re.compile(r"\b(?:so far|to date|as of|in total|a total of)\b")
"""A running total as of the report ("12 bodies had been recovered so far"): it keeps the published date."""
IRREGULAR_PAST = {"put", "drew", "took", "gave", "left", "fled", "came", "went", "saw", "made", "held", "fell",
                  "rose", "sent", "brought", "caught", "ran", "began", "broke", "struck", "tore", "swept",
                  "hit", "lost", "won", "got", "fought", "shot", "stole", "led", "spent", "kept", "found",
                  "burned", "burnt", "drowned", "died", "killed", "sank"}
NOT_VERBS_ED = {"injured", "wounded", "displaced", "missing", "detained", "red", "bed", "need", "seed", "speed",
                "hundred", "united", "limited", "armed", "related", "based", "advanced", "aged", "named",
                "scheduled", "registered", "elected", "alleged", "supposed", "expected", "estimated"}


_BYLINE_RE = re.compile(r"(?:By|From|Reporting by|Written by)\s+[A-Z][\w.'’-]*"
                        r"(?:[ \t]+(?:[A-Z][\w.'’-]*|and|&|in|de|van|von|al|bin),?)*"
                        r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*\.?")


def is_byline(doc: Doc, sent: Sentence) -> bool:
    """A byline ("By Clara Jansen", "By Lucia Ferrer and Tom Hale in Brix") standing alone as a
    paragraph: it names the writer, it is not the lead."""
    alone = all(o.idx == sent.idx or o.para != sent.para for o in doc.sentences)
    return alone and _BYLINE_RE.fullmatch(doc.text[sent.start:sent.end].strip()) is not None


def is_heading(doc: Doc, sent: Sentence) -> bool:
    """A subhead standing alone as a paragraph ("Summary", "Key events", "How many were on board?"): a few words
    with no full stop; it is not the lead (rules-1.17)."""
    alone = all(o.idx == sent.idx or o.para != sent.para for o in doc.sentences)
    text = doc.text[sent.start:sent.end].strip()
    return alone and len(sent.tokens) <= 8 and not text.endswith((".", "!", "\"", "”"))


def lead_sentence(doc: Doc) -> Sentence | None:
    """The article's lead: its first body sentence (not the headline, not a byline, not a subhead)."""
    return next((x for x in doc.sentences if not x.headline and not is_byline(doc, x) and not is_heading(doc, x)),
                None)


STORY_GUESS = "article-guess"
"""The `date_source` of a figure dated by a story day found only in the paragraph after an undated lead: a guess, said
as one. The reconciler reads it as a soft date (`engine._is_soft_date`), so it never splits facts by itself. (Until
`ClaimExtracted` version 2 this was a bracketed `date_text`, "(the story's day, from its second paragraph)".)"""
LEAD_PARAGRAPHS = 1
"""The paragraphs the story date is looked for in first: the lead. Only when the lead dates nothing is the next
paragraph looked at (rules-1.17), and a day found there is marked soft (`STORY_GUESS`) and does not anchor the
lead's event classes. As a hard date (rules-1.11) it dated fresh7 (0.725 -> 0.922) but split dev's facts (0.819 ->
0.777); marked soft it keeps dev at 0.819 and lifts dates on fresh7, fresh9, fresh12 and fresh15."""


def story_date(doc: Doc, exprs_of: dict[int, list[Expr]]) -> date | None:
    """The date of the event the report is about: the first event date of the article's lead
    (its first body sentence after any byline or subhead), e.g. "… marched through the capital on Saturday" -> that
    Saturday; "The number of runners taken to hospital from Sunday's marathon has risen to 44, … said on
    Monday" -> that Sunday (the day the saying is dated is not the event's); else of the paragraph after it."""
    return story_date_from(doc, exprs_of)[0]


def story_date_from(doc: Doc, exprs_of: dict[int, list[Expr]]) -> tuple[date | None, bool]:
    """`story_date`, and whether it came from the paragraph after an undated lead (a softer guess)."""
    s = lead_sentence(doc)
    if s is None:
        return None, False
    got = _story_date_within(doc, exprs_of, s, LEAD_PARAGRAPHS)
    if got is not None:
        return got, False
    return _story_date_within(doc, exprs_of, s, LEAD_PARAGRAPHS + 1), True


def _story_date_within(doc: Doc, exprs_of: dict[int, list[Expr]], s: Sentence, limit: int) -> date | None:
    """The first event date of the article from its lead `s` on, within `limit` paragraphs."""
    paras = 0
    last_para = s.para
    framed = False
    for x in doc.sentences[s.idx:]:
        if x.para != last_para:
            last_para = x.para
            if not is_byline(doc, x) and not is_heading(doc, x):
                paras += 1
            if framed:
                break        # the lead dates its news vaguely ("last week", "since 2019"): no story day
        if paras >= limit:
            break
        exprs = exprs_of[x.idx]
        events = [e for e in exprs if not e.speech and e.kind in ("weekday", "relative", "date")
                  and e.value and (not doc.published or e.value <= doc.published)
                  and not _bound_or_span(doc, x, e, exprs) and not _in_period_frame(doc, x, e, exprs)]
        if events:
            return events[0].value
        elapsed = _days_after(doc, x) if x.idx == s.idx else None
        if elapsed is not None:
            return elapsed
        framed = framed or any(e.kind == "frame" for e in exprs)
    return None


_DAYS_AFTER_RE = re.compile(r"^(?:[A-Za-z]+[ \t]+)?(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]+"
                            r"(day|days)[ \t]+after\b", re.I)
"""Days only: "a week after" is a round figure ("A week after the army announced the release" was eight days)."""
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                  "nine": 9, "ten": 10}


def _days_after(doc: Doc, sent: Sentence) -> date | None:
    """The story's day from a lead that opens "Four days after an express ploughed into a freight train, …": the
    publication day less the time told (rules-1.18). Only at the lead's start, where it dates the story's event."""
    if doc.published is None:
        return None
    mt = _DAYS_AFTER_RE.match(doc.text[sent.start:sent.end])
    if mt is None:
        return None
    word = mt.group(1).lower()
    days = int(word) if word.isdigit() else _SMALL_NUMBERS[word]
    return doc.published - timedelta(days=days) if days <= 31 else None


def _in_period_frame(doc: Doc, sent: Sentence, e: Expr, exprs: list[Expr]) -> bool:
    """Is the day the bound of a running count's period, opened after a figure in its clause ("Cholera has killed 31
    people since the outbreak was declared on September 28")? It dates the period's start, not the story's event; a
    period with no figure before it may start with the event itself ("not seen since the hillside gave way before
    dawn on Sunday"). rules-1.18"""
    return any(f.kind == "frame" and f.text.lower() in ("since", "until") and f.pos < e.pos
               and not re.search(r"[,;:]", doc.text[f.pos:e.pos])
               and any(m.sent == sent.idx and m.end <= f.pos and not re.search(r"[;:]", doc.text[m.end:f.pos])
                       for m in doc.mentions)
               for f in exprs)


_BOUND_WORDS = {"since", "until", "till", "before", "by", "from", "than", "between", "to", "and", "or"}
_SPAN_WORDS = {"to", "and", "or"}


def _bound_or_span(doc: Doc, sent: Sentence, e: Expr, exprs: list[Expr]) -> bool:
    """A day that bounds a period ("admitted since Tuesday", "until Friday") or is one end of a span ("on Friday
    and Saturday", "from Monday to Wednesday") is no single event day."""
    toks = sent.tokens
    i = next((k for k, t in enumerate(toks) if t.start == e.pos), None)
    if i is None or e.noun or e.text.lower().endswith(("'s", "’s")):
        return False     # "from Sunday's marathon": a dated event, not a bound
    k = i - 1
    while k >= 0 and toks[k].lower in ("on", "the", "late", "early", "last", "night", "of", ","):
        k -= 1
    if k >= 0 and toks[k].lower in _BOUND_WORDS:
        # "and", "or", "to" close a span only after another day ("Friday and Saturday"), not in "… and on Tuesday"
        return toks[k].lower not in _SPAN_WORDS or \
            any(o is not e and o.kind in ("weekday", "date") and 0 < toks[k].start - o.end <= 8 for o in exprs)
    j = next((k for k, t in enumerate(toks) if t.start >= e.end), len(toks))
    return j < len(toks) and toks[j].lower in ("and", "or", "to", "-", "–", "through") and \
        any(o is not e and o.kind in ("weekday", "date") and 0 < o.pos - toks[j].end <= 8 for o in exprs)


def tense(doc: Doc, sent: Sentence) -> str:
    """'past' when the sentence narrates (simple past, past perfect, passive past) and holds no present
    marker; 'present' for states at the time of writing ("are missing", "now holds", "were sleeping")."""
    return _tense_words([t.lower for t in sent.tokens])


def _tense_words(low: list[str]) -> str:
    """`tense` over lower-cased words (a sentence, or one relative clause of it)."""
    # the auxiliary of a verb of saying ("Organisers have said 65,000 attended") dates the saying, not the event
    low = [w for k, w in enumerate(low) if not (w in ("has", "have") and k + 1 < len(low) and low[k + 1] in SAY_WORDS)]
    if any(w in PRESENT_WORDS for w in low) or RUNNING_RE.search(" ".join(low)):
        return "present"
    past = False
    for k, w in enumerate(low):
        if w in SAY_WORDS:
            continue
        if w in ("was", "were") and k + 1 < len(low) and low[k + 1].endswith("ing") and \
                " when " not in f" {' '.join(low)} " and " as " not in f" {' '.join(low)} ":
            return "present"     # past progressive: a state reported back-shifted ("were sleeping outdoors")
        if w in PAST_AUX or w in IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4 and w.isalpha()
                                                    and w not in NOT_VERBS_ED):
            past = True
    return "past" if past else "none"


def _clause_bounds(doc: Doc, sent: Sentence, m: Mention) -> tuple[int, int]:
    """Characters of the clause around a figure: between commas/semicolons/brackets."""
    return _clause_around(doc.text, m.start, m.end, sent)


def _clause_around(t: str, start: int, end: int, sent: Sentence) -> tuple[int, int]:
    """The clause (between commas/semicolons/brackets, within the sentence) holding text[start:end]."""
    a = start
    while a > sent.start and t[a - 1] not in ",;()" and not _aside_dash(t, a - 1):
        a -= 1
    b = end
    while b < sent.end and t[b] not in ",;()" and not _aside_dash(t, b):
        b += 1
    return a, b


def _aside_dash(t: str, i: int) -> bool:
    """A dash set off by spaces ("… in Estrel, 380 of them civilians — more than the figure she gave on
    Saturday") opens another clause; a dash inside a range ("10–12") does not."""
    return t[i] in "—–" and (i == 0 or t[i - 1].isspace()) and (i + 1 >= len(t) or t[i + 1].isspace())


def _other_clause(doc: Doc, sent: Sentence, m: Mention, e: Expr) -> bool:
    """Is a date outside the figure's clause another clause's: a comparison with a figure of its own ("47 ships
    were waiting, up from 38 on Tuesday") or a future one ("confirmed nine deaths and said the town would hold a
    memorial on Friday")?"""
    t = doc.text
    a, b = _clause_around(t, e.pos, e.pos, sent)
    if re.match(r"\s*(up from|down from|compared with|compared to|against|from)\b", t[a:b].lower()) and \
            any(o is not m and o.sent == m.sent and a <= o.start < b for o in doc.mentions):
        return True
    return _future_after(doc, m, e)


_DAY_PARTS = {"morning", "afternoon", "evening", "night", ","}


def _as_saying(sent: Sentence, e: Expr, m: Mention) -> Expr:
    """A date in the speaker's part of "<speaker> <date> said <figure>" ("Police on Monday said 40 …", "Engineers
    who reached the town yesterday said 212 houses …") dates the saying, not the figure: marked as speech."""
    if e.speech or e.pos >= m.start:
        return e
    after = [t.lower for t in sent.tokens if e.end <= t.start < m.start]
    k = 0
    while k < len(after) and after[k] in _DAY_PARTS:
        k += 1
    if k < len(after) and after[k] in SAY_WORDS:   # right before the verb of saying
        return Expr(e.pos, e.end, e.kind, e.text, e.value, rel=e.rel, weekday=e.weekday, speech=True, noun=e.noun)
    return e


def _after_clause(doc: Doc, m: Mention, e: Expr) -> bool:
    between = doc.text[m.end:e.pos].lower() if e.pos > m.end else ""
    return re.search(r"\bafter\b", between) is not None


def _future_after(doc: Doc, m: Mention, e: Expr) -> bool:
    between = doc.text[m.end:e.pos].lower() if e.pos > m.end else ""
    return re.search(r"\b(will|would|'ll)\b", between) is not None


STATE_WORDS = {"still", "remain", "remains", "remained", "now", "currently"}


def _state_clause(doc: Doc, sent: Sentence, m: Mention) -> bool:
    """Does the figure's clause describe a state at the time of a saying ("said Monday that 2,100 were still
    held", "said Monday that 30 remained missing")?"""
    a, b = _clause_bounds(doc, sent, m)
    return any(t.lower in STATE_WORDS for t in sent.tokens if a <= t.start < b)


def _toll_state_clause(doc: Doc, sent: Sentence, m: Mention) -> bool:
    """`_state_clause` for a toll: "still" or "remain" make its figure a state as of the saying ("18 bodies are still
    trapped"), but "now" does not: "13 civilians had now died" counts deaths of the disaster's day (rules-1.18)."""
    a, b = _clause_bounds(doc, sent, m)
    words = {t.lower for t in sent.tokens if a <= t.start < b}
    return bool(words & STATE_WORDS) and not (words & TOLL_WORDS and not words & (STATE_WORDS - TOLL_NOW_WORDS))


TOLL_NOW_WORDS = {"now", "currently"}
"""State words that do not make a toll a state (`_toll_state_clause`)."""


def _previous_sentence_day(doc: Doc, sent: Sentence, exprs_of: dict[int, list[Expr]]) -> date | None:
    """The one event day of the sentence right before `sent` in its paragraph (not a saying's, not a bound or a
    span), or None."""
    if sent.idx == 0:
        return None
    prev = doc.sentences[sent.idx - 1]
    if prev.para != sent.para or prev.headline:
        return None
    exprs = exprs_of[prev.idx]
    days = {e.value for e in exprs if not e.speech and e.kind in ("weekday", "relative", "date") and e.value
            and not _bound_or_span(doc, prev, e, exprs)}
    if len(days) != 1 or any(e.kind == "frame" for e in exprs):
        return None
    day = next(iter(days))
    return day if not doc.published or day <= doc.published else None


UPDATE_VERBS = {"rose", "risen", "climbed", "reached", "jumped", "increased", "grew", "stood", "stands"}


def _toll_update_day(sent: Sentence, m: Mention, e: Expr, low: set, anchor: dict) -> date | None:
    """The disaster's day when `e` dates only the update of a toll: the sentence tells a toll ("death toll", "killed"),
    the article dates the disaster (`anchor`), `e` is later than that day, and the figure is what the toll was brought
    up to ("rose to 70 on Friday", "had risen to 15"), not another count told beside it."""
    if e.value is None or not (low & TOLL_WORDS or "toll" in low):
        return None
    day = anchor.get(DISASTER_CLASS)
    if day is None or e.value <= day:
        return None
    before = [t.lower for t in sent.tokens if t.end <= m.start][-3:]
    # "rose to 70", "stood at 40"; and the toll itself "put at" or "raised to" a figure ("had on Wednesday put the
    # death toll at 47": the day is the telling's, the toll the disaster's; rules-1.18)
    if len(before) >= 2 and before[-1] == "from" and before[-2] in ("up", "down"):
        return day  # the toll's earlier figure: "13 had now died, up from 11 on Monday"
    if len(before) >= 2 and before[-1] == "of" and before[-2] == "toll":
        return day  # "the agency had given a toll of 14 on Tuesday"
    return day if len(before) >= 2 and before[-1] in ("to", "at") and (
        before[-2] in UPDATE_VERBS or before[-2] == "toll") else None


PARTICIPLES = {"been", "gone", "taken", "given", "seen", "fallen", "risen", "done", "flown", "driven", "known",
               "shown", "begun", "broken", "stolen", "sunk", "thrown", "written", "grown", "arisen", "come"}
"""Irregular past participles: "had gone down for the night shift"."""


def _pluperfect_clause(doc: Doc, sent: Sentence, m: Mention) -> bool:
    """Is the figure's clause in the past perfect ("… that 34 customers had been on the bus", "had gone down")?"""
    a, b = _clause_bounds(doc, sent, m)
    low = [t.lower for t in sent.tokens if a <= t.start < b]
    return any(w == "had" and k + 1 < len(low) and (low[k + 1] in IRREGULAR_PAST | PARTICIPLES
                                                   or low[k + 1].endswith("ed"))
               for k, w in enumerate(low))


_PART_RE = re.compile(r"\s*(?:including\s+|among\s+them\s+)?\S+(?:\s\S+)?\s+of\s+(?:them|whom)\b", re.I)


def _part_of_previous(doc: Doc, sent: Sentence, m: Mention) -> bool:
    """Is the figure a part of the figure before it, in a clause of its own without a verb ("… were still held,
    380 of them civilians", "treating 14 people, two of them in critical condition")?"""
    a, b = _clause_bounds(doc, sent, m)
    mt = _PART_RE.match(doc.text, a)
    return mt is not None and a <= m.start < mt.end() and _tense_words(
        [t.lower for t in sent.tokens if a <= t.start < b]) == "none"


RELATIVE_PRONOUNS = {"who", "which", "whom", "that"}


def _relative_tense(doc: Doc, sent: Sentence, m: Mention) -> str | None:
    """The tense of a relative clause the figure heads ("118 of the 146 people who came home in the swap"): it
    tells when that figure's event happened, whatever the rest of the sentence says ("had so far interviewed")."""
    toks = sent.tokens
    k = m.tok_end
    for _ in range(4):
        if k >= len(toks):
            return None
        w = toks[k].lower
        if w in RELATIVE_PRONOUNS:
            break
        if not w.isalpha() or w in ("of", "and", "or", "to", "in", "on", "at", "for", "from", "with"):
            return None
        k += 1
    else:
        return None
    words = []
    for t in toks[k + 1:]:
        if t.text in ",;()—–" or t.lower in ("and", "but", "while"):
            break
        words.append(t.lower)
    got = _tense_words(words)
    return None if got == "none" else got


def run(doc: Doc) -> Doc:
    exprs_of = {s.idx: find_exprs(doc, s) for s in doc.sentences}
    anchor = anchors(doc, exprs_of)
    story, story_late = story_date_from(doc, exprs_of)
    story_guess = story_late and story is not None
    tense_of: dict[int, str] = {}
    # the lead's event date also dates later mentions of the same kind of event ("the true toll")
    lead = lead_sentence(doc)
    if story is not None and lead is not None and not story_guess:
        lead_low = {t.lower for t in lead.tokens}
        for ci, cls in enumerate(EVENT_CLASSES):
            if lead_low & cls and ci not in anchor:
                anchor[ci] = story
    prev: Mention | None = None
    for m in doc.mentions:
        sent = doc.sentences[m.sent]
        exprs = [_as_saying(sent, e, m) for e in exprs_of[sent.idx]]
        low = {t.lower for t in sent.tokens}
        ca, cb = _clause_bounds(doc, sent, m)
        chosen: Expr | None = None
        in_clause = [e for e in exprs if ca <= e.pos < cb and not e.speech and not _future_after(doc, m, e)]
        # "… killed in Saturday's crush has risen to 17 after five died on Sunday": a date in a trailing
        # "after …" clause dates that clause's event; the figure's own date before it wins
        own = [e for e in in_clause if not _after_clause(doc, m, e)]
        if own and len(own) < len(in_clause) and any(e.pos < m.start for e in own):
            in_clause = own
        if in_clause:
            # nearest to the figure; a date before the figure in its clause counts as near as one after
            chosen = min(in_clause, key=lambda e: abs(e.pos - m.start))
            event_day = _toll_update_day(sent, m, chosen, low, anchor)
            if event_day is not None:
                # "The death toll in Thursday's crash rose to 70 on Friday": a toll is the disaster's, whatever day
                # it was brought up to date (rules-1.17)
                m.date, m.date_text = event_day.isoformat(), None
                prev = m
                continue
        elif prev is not None and prev.sent == m.sent and _part_of_previous(doc, sent, m):
            # "… were still held in Estrel, 380 of them civilians": a part has its whole's date
            m.date, m.date_text = prev.date, prev.date_text
            prev = m
            continue
        elif _toll_state_clause(doc, sent, m):
            # "Brenko said Monday that 2,100 were still held, more than the figure she gave on Saturday": a state
            # is as of the dated saying, not the day of another clause
            said = [e for e in exprs if e.speech and e.value and e.pos < m.start and not _future_after(doc, m, e)]
            if said:
                chosen = said[-1]
        if chosen is None:
            events = [e for e in exprs if not e.speech and e.kind != "frame" and not _other_clause(doc, sent, m, e)]
            if events:
                chosen = min(events, key=lambda e: abs(e.pos - m.start))
        prev = m
        if chosen is not None:
            m.date = chosen.value.isoformat() if chosen.value else None
            m.date_text = chosen.text
            continue
        # a toll dates by its disaster unless it is a state, a running total ("so far") or of another time ("In 2019")
        toll_as_of_report = _toll_state_clause(doc, sent, m) or RUNNING_RE.search(
            doc.text[ca:cb].lower()) is not None or any(e.kind == "frame" for e in exprs)
        told_low = low - TOLL_WORDS if toll_as_of_report else low
        hit = next((d for ci, d in anchor.items() if told_low & EVENT_CLASSES[ci]), None)
        if hit is None and story is not None and told_low & TOLL_WORDS and not sent.headline:
            hit = story   # a toll told "yesterday" is the story's event's toll ("said yesterday that 23 bodies …")
        if hit is not None:
            m.date = hit.isoformat()
            continue
        speech = [e for e in exprs if e.speech and not _future_after(doc, m, e)]
        if speech and story is not None and not sent.headline and _pluperfect_clause(doc, sent, m):
            said = min(speech, key=lambda e: abs(e.pos - m.start))
            if said.value is None or story <= said.value:
                # "said yesterday that 34 customers had been on the bus": the past perfect tells of a time before
                # the saying, the story's event (rules-1.17)
                m.date = story.isoformat()
                continue
        if speech:
            e = min(speech, key=lambda e: abs(e.pos - m.start))
            m.date = e.value.isoformat() if e.value else None
            m.date_text = e.text
            continue
        opening = doc.text.find(",", sent.start, sent.end)
        opens_with_frame = len(sent.tokens) > 0 and sent.tokens[0].lower in ("in", "since", "until", "by",
                                                                            "during", "before", "after", "last")
        frames = [e for e in exprs if e.kind == "frame" and (ca <= e.pos < cb or opens_with_frame and opening > 0 and
                                                              e.pos < opening < m.start)]
        if frames:
            m.date = None
            # "In 2019, 23 people died …": the year that put the figure in another time is its date's words, so that a
            # reader (and the reconciler) can tell a background figure from an undated one (rules-1.18)
            years = [e.text for e in frames if re.fullmatch(r"(1[89]|20)\d\d", e.text)]
            m.date_text = years[0] if len(years) == 1 else None
            continue
        told = _relative_tense(doc, sent, m) or tense_of.setdefault(sent.idx, tense(doc, sent))
        carried = _previous_sentence_day(doc, sent, exprs_of) if told == "past" and not sent.headline else None
        if carried is not None:
            # "Work stopped for two hours yesterday afternoon. Several hundred workers gathered at the gates": a
            # narrative sentence with no time of its own goes on with the day of the sentence before it
            m.date = carried.isoformat()
            continue
        if story is not None and not sent.headline and told == "past":
            m.date = story.isoformat()
            continue
        m.date = doc.published.isoformat() if doc.published else None
    if story_guess:
        # a day taken from the paragraph after an undated lead is a guess: say so, and the reconciler reads it as a
        # soft date that cannot split facts (rules-1.17)
        for m in doc.mentions:
            if m.date == story.isoformat() and not m.date_text:
                m.date_source = STORY_GUESS
    return doc
