"""The reconciliation engine: claims -> facts, each with the rule that grouped it and why its status holds.

`reconcile(claims)` is a pure function of the *set* of claims: it sorts everything it
looks at, so the same set in any order gives byte-identical facts. `Reconciler` is the
incremental face of the same function: it keeps the claims seen so far and, on `add`,
recomputes only the partition the new claim can affect (claims of one unit and one
normalised event never interact with claims of another), then diffs that partition's
facts against the previous ones.

The pipeline inside one partition (see docs/reconcile.md for the rules in words):
1. parts: lists of figures from one speaker in one article that sum to a total of the
   same event ("18 men + 14 women + 8 children" = "some 40 civilians"; "53 to
   Novoazovsk + 211 to Olenivka" = "264 from Azovstal") are set aside as parts of it;
2. the remaining claims are bucketed by normalised subject, then grouped by place
   (allowing part-of through the gazetteer), then split by date; undated claims join
   a dated fact only when nothing contradicts it; a cumulative toll (killed, injured, missing,
   damaged) reported for different days by tied articles is one fact dated by its earliest day;
3. parts follow their total into its fact;
4. a later figure of the same speaker supersedes the earlier one (by the article's
   published date, then article id — never arrival order);
5. the status: disputed > corroborated > consistent > single_source (for a cumulative toll only
   figures of one report day dispute; a later report's figure is an update).
"""
from __future__ import annotations

import bisect
import calendar
import hashlib
import itertools
import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date as _date
from typing import Iterable

from contracts.claims import Claim, infer_date_source
from contracts.facts import Fact, FactRetired, Membership

from . import rules
from .rules import Gazetteer, Interval

MAX_PART_CANDIDATES = 10
"""At most this many candidate parts per (total, speaker, article) are searched for a sum (2^10 subsets)."""

PART_APPROX = {"exact", "approximate"}
"""Only figures with a definite value can be parts or totals: "hundreds" or "at least 105" sum to anything."""

RULE_SAME_KEY = "same-key"
RULE_PART_OF_PLACE = "part-of-place"
RULE_PLACELESS = "placeless-joins-only-place"
RULE_UNDATED_ONLY = "undated-joins-dated"
RULE_UNDATED_COMPATIBLE = "undated-joins-compatible-dated"
RULE_PARTS = "parts-of-total"
RULE_PLACELESS_ARTICLE = "placeless-joins-its-articles-place"
RULE_SOFT_OWN_ARTICLE = "soft-date-joins-its-articles-date"
RULE_FOLLOWS_OWN = "follows-its-articles-agreeing-figure"
RULE_PLACELESS_SPEAKER = "placeless-joins-its-speakers-place"
RULE_PLACELESS_LINKED = "placeless-joins-tied-articles-place"
RULE_PLACELESS_HEADLINE = "placeless-disputes-its-headlines-count"
RULE_STORY_PLACE = "places-of-one-story"

STATUS_DISJOINT = "intervals-disjoint"
STATUS_SIDES = "independent-sides-agree"
STATUS_PARTS = "parts-sum-to-total"
STATUS_ONE_SIDE = "one-side"
STATUS_FIGURES_AGREE = "figures-agree-one-side"
STATUS_NO_FIGURE = "no-asserted-figure"


# --------------------------------------------------------------------------- prepared claims

@dataclass(frozen=True)
class _DateRange:
    text: str
    start: _date
    end: _date

    @property
    def exact(self) -> bool:
        return self.start == self.end


@lru_cache(maxsize=4096)
def _parse_date(text: str | None) -> _DateRange | None:
    """"2022-04-30" (a day), "2022-05" (a month), "2022" (a year), "a/b" or "a..b" (a range)."""
    if not text or not text.strip():
        return None
    t = text.strip()
    parts = re.split(r"\s*(?:/|\.\.)\s*", t)
    if len(parts) == 2:
        a, b = _parse_date(parts[0]), _parse_date(parts[1])
        if a and b:
            return _DateRange(t, min(a.start, b.start), max(a.end, b.end))
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
            d = _date.fromisoformat(t)
            return _DateRange(t, d, d)
        if re.fullmatch(r"\d{4}-\d{2}", t):
            y, m = map(int, t.split("-"))
            start = _date(y, m, 1)
            end = _date(y, m, calendar.monthrange(y, m)[1])
            return _DateRange(t, start, end)
        if re.fullmatch(r"\d{4}", t):
            return _DateRange(t, _date(int(t), 1, 1), _date(int(t), 12, 31))
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class _C:
    """A claim with everything the rules compare, computed once."""

    claim: Claim
    id: str
    subject: str
    event: str
    unit: str
    leaves: tuple[str, ...]
    date: _DateRange | None
    iv: Interval
    side: str
    speaker: str | None
    asserted: bool
    published: str
    definite: bool
    """A definite figure ("exact"/"approximate", bounded): only these can be parts or totals."""
    soft_date: bool = False
    """The date is only the article's publication date (no date words in the text): it bounds the
    event from above but does not tell two events apart."""
    article: str = ""
    """`claim.article.id`, copied once: the rules read it millions of times (issue 6)."""
    reading: tuple = ()
    """`_reading_key(claim)`: where the claim stands in the news (see `_reading_order`)."""
    piv: Interval = (0.0, 0.0)
    """`_plausible(iv)`, computed once: the range `_agree` compares (millions of times in a long run)."""
    verb: str = ""
    """For a claim whose verb the event table does not know (read as eventless): that verb, verbatim. It
    names the bucket the claim stays in when it joins no event (`_rest_key`)."""

    def label(self) -> str:
        return f"{rules.fmt_figure(self.claim)} ({rules.source_label(self.claim, self.side)})"


def _side_label(side: str) -> str:
    """A side for people to read: a party as is ("Russia"); a speaker or outlet side is not a party."""
    if side.startswith("speaker:"):
        return "one speaker"
    if side.startswith("outlet:"):
        return "one outlet"
    return side


def _reading_key(claim: Claim) -> tuple:
    """Reports in the order they were published, each read from the top: the order the greedy steps visit claims
    in (parts, place groups, date groups, report days), so that which of several plausible groupings comes out
    depends on the news, not on claim ids, which hash the extractor's version (ids only break ties)."""
    return ((claim.article.published or "").strip(), claim.article.id, claim.quantity.span.start,
            claim.evidence.start, str(claim.quantity.value), claim.claim_id)


def _reading_order(c: "_C") -> tuple:
    """`_reading_key` of the claim, computed once in `_prepare` (the steps sort by it hundreds of thousands of
    times in a long run)."""
    return c.reading


def _prepare(claim: Claim, gaz: Gazetteer) -> _C:
    subject, event, verb = rules.subject_event_verb(claim)
    iv = rules.interval_of(claim)
    return _C(
        claim=claim, id=claim.claim_id, subject=subject, event=event, unit=claim.quantity.unit,
        leaves=gaz.leaves(claim.places), date=_parse_date(claim.date), iv=iv,
        side=rules.side_of(claim), speaker=rules.speaker_key(claim), asserted=claim.polarity == "asserted",
        published=(claim.article.published or "").strip(),
        definite=claim.quantity.approx in PART_APPROX and rules.is_bounded(rules.interval_of(claim)),
        soft_date=_is_soft_date(claim), article=claim.article.id, verb=verb, reading=_reading_key(claim),
        piv=_plausible(iv),
    )


SOFT_DATE_WORDS = {"yesterday", "today", "tonight", "last night", "overnight", "this morning", "earlier today"}
"""Day words that in news mostly date the report or the saying ("parents said yesterday that 234 …"),
as often as the event: a claim dated only by them does not split facts by day."""


def _is_soft_date(claim: Claim) -> bool:
    """A date the text does not pin on the event: the article's publication day with no date words
    (the extractor's fallback), or a relative day word ("yesterday") that may date the saying."""
    if not claim.date:
        return False
    source = claim.date_source or infer_date_source(claim.date, claim.date_text, claim.article.published)
    if source == "text":
        return re.sub(r"\s+", " ", (claim.date_text or "").strip().lower()) in SOFT_DATE_WORDS
    # a guess from the paragraph after an undated lead, or the publication day: not words of the text
    return source in ("article-guess", "publication")


def partition_key(claim: Claim) -> tuple[str, str, str]:
    """Claims of different partitions never share a fact, a part-total relation or a supersession:
    (unit, normalised event's verb, subject family). A claim without an event is in the partition of
    its subject family's empty event and is moved into an event bucket inside `_reconcile_partition`,
    so the event part of the key is the family's: every event of a family shares one partition."""
    subject, _event = rules.normalize_subject_event(claim)
    return claim.quantity.unit, "", rules.subject_family(subject)


def _pkey(c: "_C") -> tuple[str, str, str]:
    return c.unit, "", rules.subject_family(c.subject)


# --------------------------------------------------------------------------- step 1: parts

def _same_source(a: _C, b: _C) -> bool:
    """The same speaker (by name), or the same article's own voice."""
    if a.speaker is None or b.speaker is None:
        return a.speaker is None and b.speaker is None and a.article == b.article
    return a.speaker == b.speaker


def _same_side_article(a: _C, b: _C) -> bool:
    """One party's figures in one article ("TASS said …", "Russian media reported …"): not independent."""
    return _same_source(a, b) or (a.article == b.article and a.side == b.side
                                  and not a.side.startswith(("speaker:", "outlet:")))


def _events_compatible(a: _C, b: _C) -> bool:
    return a.event == b.event or not a.event or not b.event


def _dates_compatible(a: _C, b: _C) -> bool:
    if a.date is None or b.date is None:
        return True
    return a.date.start <= b.date.end and b.date.start <= a.date.end


def _dates_loosely_compatible(a: _C, b: _C) -> bool:
    """Compatible dates, a soft date (the publication day, "yesterday") bounding the event from above only."""
    if a.date is None or b.date is None:
        return True
    lo_a = _date.min if a.soft_date else a.date.start
    lo_b = _date.min if b.soft_date else b.date.start
    return lo_a <= b.date.end and lo_b <= a.date.end


def _part_relation(p: _C, total: _C, gaz: Gazetteer) -> str | None:
    """How p may be a part of total: "subpart" (men of civilians) or "place" (53 of the 264, elsewhere)."""
    if p.id == total.id or not p.asserted or not p.definite:
        return None
    if not (p.iv[1] < total.iv[1] and p.iv[0] < total.iv[0]):
        return None
    if not _dates_compatible(p, total) or not _events_compatible(p, total):
        return None
    if rules.subject_part_of(p.subject, total.subject):
        if _same_source(p, total) or not p.leaves or not total.leaves or gaz.sets_comparable(p.leaves, total.leaves):
            return "subpart"
        return None
    if p.subject == total.subject and (_same_side_article(p, total) or p.article == total.article):
        # the same subject from one source: parts by place (53 to Novoazovsk + 211 to Olenivka of 264),
        # by means (310 by boat + 90 by helicopter of 400) or by sub-group; they must sum (checked later)
        return "place" if p.leaves and p.leaves != total.leaves else "split"
    return None


@dataclass(frozen=True)
class _PartsMatch:
    total: _C
    parts: tuple[_C, ...]

    def priority(self) -> tuple:
        lo = sum(p.iv[0] for p in self.parts)
        hi = sum(p.iv[1] for p in self.parts)
        mid_t = (self.total.iv[0] + self.total.iv[1]) / 2
        gap = abs((lo + hi) / 2 - mid_t) / max(abs(mid_t), 1.0)
        same = all(_same_source(p, self.total) for p in self.parts)
        return (0 if same else 1, -len(self.parts), round(gap, 9), self.total.id, tuple(p.id for p in self.parts))

    def describe(self) -> str:
        terms = " + ".join(rules.fmt_number(p.claim.quantity.value if p.claim.quantity.value is not None
                                            else (p.iv[0] + p.iv[1]) / 2) for p in self.parts)
        total = sum((p.claim.quantity.value if p.claim.quantity.value is not None else (p.iv[0] + p.iv[1]) / 2)
                    for p in self.parts)
        who = self.parts[0].claim.speaker.name or "the article"
        return f"{terms} = {rules.fmt_number(total)} ({who})"


def _day(c: _C) -> _date | None:
    """The claim's exact day, or None when it is undated or dated by a longer span (a month, a range)."""
    d = c.date
    return d.start if d is not None and d.start == d.end else None


def _find_parts(cs: list[_C], gaz: Gazetteer) -> list[_PartsMatch]:
    """Every (total, parts) pair where parts from one source sum to the total; greedy by priority."""
    index = _PartsIndex(gaz)
    for c in sorted(cs, key=_reading_order):
        index.add(c)
    return index.chosen()


def _parts_match(group: list[_C], total: _C, gaz: Gazetteer) -> _PartsMatch | None:
    """The largest subset of one source's figures (sorted by id) that sums to `total`, if any."""
    cands = [p for p in group if _part_relation(p, total, gaz)]
    if len(cands) < 2:
        return None
    cands = cands[:MAX_PART_CANDIDATES]
    for size in range(len(cands), 1, -1):
        for combo in itertools.combinations(cands, size):
            if _has_repetition(combo):
                continue  # the same figure twice is a repetition, not two parts
            lo = sum(p.iv[0] for p in combo)
            hi = sum(p.iv[1] for p in combo)
            if rules.overlaps((lo, hi), total.iv):
                return _PartsMatch(total, combo)
    return None


class _PartsIndex:
    """The parts-of-total search of one partition, kept up to date claim by claim (issue 6).

    A match is a function of one source's figures (one (article, speaker) group, sorted by id) and
    one total, so adding a claim changes only (a) every match of its own source group and (b) the
    matches of the groups that may take the new claim as their total: nothing else is searched
    again. `chosen()` then applies the same greedy choice as a search from scratch, over the same
    candidate matches, so the result is the one `_find_parts` of the whole partition would give."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.groups: dict[tuple, list[_C]] = defaultdict(list)
        self.by_subject: dict[str, list[_C]] = defaultdict(list)
        self.wanted_by: dict[str, set[tuple]] = defaultdict(set)
        """subject -> the source groups whose totals may have that subject."""
        self.found: dict[tuple, dict[str, _PartsMatch]] = defaultdict(dict)
        """source group -> total id -> its match."""
        self._chosen: list[_PartsMatch] | None = []
        self.floor: dict[tuple, tuple[float, float]] = {}
        """source group -> (second smallest high, second smallest low) of its figures (performance only):
        a total can have parts in the group only above both, as `_part_relation` wants two figures
        below the total at both ends (every figure here is definite: finite bounds)."""
        # By day (performance only): `_part_relation` wants the part's and the total's dates compatible, so a
        # total dated one exact day can only have parts in groups holding a figure of that day, an undated
        # one or one of a longer span; and a group whose figures are all of exact days only totals of those
        # days, undated ones or ones of a longer span. The candidates below are supersets of those.
        self.wanted_on: dict[str, dict[object, set[tuple]]] = defaultdict(lambda: defaultdict(set))
        """subject -> exact day (or None: undated or a longer span) -> the groups wanting it with such a figure."""
        self.subject_on: dict[str, dict[object, list[_C]]] = defaultdict(lambda: defaultdict(list))
        """subject -> exact day (or None: undated or a longer span) -> its claims of that day."""

    def add(self, c: _C) -> None:
        if not (c.asserted and c.definite):
            return
        key = (c.article, c.speaker or "")
        group = self.groups[key]
        group.append(c)
        group.sort(key=lambda x: x.id)
        if len(group) >= 2:
            self.floor[key] = (sorted(p.iv[1] for p in group)[1], sorted(p.iv[0] for p in group)[1])
        self.by_subject[c.subject].append(c)
        self.subject_on[c.subject][_day(c)].append(c)
        # `chosen()` is a function of `found`: it is chosen again only when `found` changes (performance)
        # (b) the new claim as a total for the other groups that want its subject
        hi, lo = c.iv[1], c.iv[0]
        day = _day(c)
        if day is None:
            others = self.wanted_by.get(c.subject, ())
        else:
            on = self.wanted_on.get(c.subject)
            others = (on.get(day, set()) | on.get(None, set())) if on else ()
        for other in sorted(others):
            if other == key:
                continue
            f = self.floor[other]
            if not (f[0] < hi and f[1] < lo):
                continue  # fewer than two figures of the group lie below it: `_parts_match` finds nothing
            m = _parts_match(self.groups[other], c, self.gaz)
            if m is not None:
                self.found[other][c.id] = m
                self._chosen = None
        # (a) its own group, against every total it may have
        if len(group) < 2:
            return
        subjects = {p.subject for p in group}
        wanted = subjects | {t for s in subjects for t in rules.SUBJECT_PART_OF.get(s, ())}
        days = {_day(p) for p in group}
        for s in wanted:
            self.wanted_by[s].add(key)
            for d in days:
                self.wanted_on[s][d].add(key)
        f_hi, f_lo = self.floor[key]
        if None in days:
            pool = (t for s in wanted for t in self.by_subject.get(s, ()))
        else:
            pool = (t for s in wanted for d in (*days, None) for t in self.subject_on[s].get(d, ()))
        totals = {t.id: t for t in pool if f_hi < t.iv[1] and f_lo < t.iv[0]}
        found: dict[str, _PartsMatch] = {}
        for tid in sorted(totals):
            m = _parts_match(group, totals[tid], self.gaz)
            if m is not None:
                found[tid] = m
        if found != self.found.get(key):
            self._chosen = None
        self.found[key] = found

    def chosen(self) -> list[_PartsMatch]:
        if self._chosen is None:
            matches = [m for key in sorted(self.found) for m in self.found[key].values()]
            chosen, used = [], set()
            for m in sorted(matches, key=_PartsMatch.priority):
                ids = {m.total.id, *(p.id for p in m.parts)}
                if ids & used:
                    continue
                used |= ids
                chosen.append(m)
            self._chosen = chosen
        return list(self._chosen)


def _has_repetition(combo) -> bool:
    """Two parts that are the same figure said twice: same subject, places and value, in different
    sentences ("2 by boat and 2 by helicopter" in one sentence are two parts)."""
    for a, b in itertools.combinations(combo, 2):
        same_sentence = (a.article, a.claim.evidence.start) == (b.article, b.claim.evidence.start)
        distinct_figures = a.claim.quantity.span.start != b.claim.quantity.span.start
        if (a.subject, a.leaves, a.iv) == (b.subject, b.leaves, b.iv) and not (same_sentence and distinct_figures):
            return True
    return False


# --------------------------------------------------------------------------- step 2: grouping

@dataclass
class _Group:
    places: tuple[str, ...]
    date: str | None
    members: dict[str, tuple[_C, str]] = field(default_factory=dict)  # id -> (claim, rule)
    tag: str | None = None
    """Set on the smaller groups of a split by article (`_article_split`): keeps their fact ids apart."""

    def add(self, c: _C, rule: str) -> None:
        self.members[c.id] = (c, rule)

    def figures(self) -> list[_C]:
        return [c for c, _ in self.members.values() if c.asserted]


def _components(items: list, linked) -> dict:
    """Connected components of the sorted `items` under the pure relation `linked(a, b)` (union-find),
    keyed by each component's smallest item, members in `items` order. `linked` is asked only for
    pairs not already in one component: it may be costly."""
    parent = {x: x for x in items}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in itertools.combinations(items, 2):
        ra, rb = find(a), find(b)
        if ra != rb and linked(a, b):
            parent[max(ra, rb)] = min(ra, rb)
    comps: dict = defaultdict(list)
    for x in items:
        comps[find(x)].append(x)
    return comps


def _place_groups(bucket: list[_C], gaz: Gazetteer) -> list[_Group]:
    """Group one subject's claims by place: equal or nested places join, unless that is ambiguous."""
    sets = sorted({c.leaves for c in bucket if c.leaves})
    minimal = [x for x in sets if not any(y != x and gaz.set_within(y, x) and not gaz.set_within(x, y) for y in sets)]
    general = [x for x in sets if x not in minimal]
    comps = _components(minimal, gaz.sets_comparable)  # minimal sets that share or nest a place
    set_to_group: dict[tuple, _Group] = {}
    groups: list[_Group] = []
    for root in sorted(comps):
        key = tuple(sorted({p for x in comps[root] for p in x}))
        g = _Group(places=key, date=None)
        groups.append(g)
        for x in comps[root]:
            set_to_group[x] = g
    for x in general:
        targets = {id(set_to_group[m]): set_to_group[m] for m in minimal if gaz.sets_comparable(x, m)}
        if len(targets) > 1 and any(not gaz.known(p) for p in x):
            # a claim naming places the gazetteer does not know ("crossed into Meridia at the Kolo
            # border post") says they belong together: its minimal groups merge (a local gazetteer)
            merged = sorted(targets.values(), key=lambda g: g.places)
            keep = merged[0]
            for other in merged[1:]:
                keep.places = tuple(sorted(set(keep.places) | set(other.places)))
                groups.remove(other)
                # every set that went to the removed group, minimal or general (a general set placed
                # earlier in this loop): a claim must never point at a group that is no longer there
                for m, y in list(set_to_group.items()):
                    if y is other:
                        set_to_group[m] = keep
            targets = {id(keep): keep}
        if len(targets) == 1:
            set_to_group[x] = next(iter(targets.values()))
        else:  # contained by nothing, or ambiguous (Ukraine holds both Mariupol and Kyiv): its own fact
            g = _Group(places=x, date=None)
            groups.append(g)
            set_to_group[x] = g
    # a group of places the gazetteer does not know ("Liberty Square") whose every article's headline
    # names the place of one other group ("… after Varnsk march") lies in that place
    for g in sorted(groups, key=lambda g: g.places):
        if len(groups) < 2 or any(gaz.known(p) for p in g.places) or not any(c.event == ATTEND_EVENT for c in bucket):
            continue
        arts = {c.article: c for c in bucket if c.leaves and set_to_group.get(c.leaves) is g}
        hosts = [h for h in groups if h is not g and all(
            any(re.search(r"\b" + re.escape(p) + r"\b", c.claim.article.title or "") for p in h.places)
            for c in arts.values())]
        if arts and len(hosts) == 1:
            for x, y in list(set_to_group.items()):
                if y is g:
                    set_to_group[x] = hosts[0]
            groups.remove(g)
    before = dict(set_to_group)
    if len(groups) > 1:
        groups = _merge_story_places(bucket, groups, set_to_group, gaz)
    placeless = [c for c in bucket if not c.leaves]
    for c in sorted(bucket, key=_reading_order):
        if c.leaves:
            g = set_to_group[c.leaves]
            g.add(c, RULE_SAME_KEY if c.leaves == g.places else RULE_PART_OF_PLACE if before[c.leaves] is g
                  or before[c.leaves].places == g.places else RULE_STORY_PLACE)
    if placeless:
        if len(groups) == 1:
            for c in placeless:
                groups[0].add(c, RULE_PLACELESS)
        else:
            # several places: a placeless claim joins the one place group its own article speaks of
            g = _Group(places=(), date=None)
            by_article: dict[str, list[_C]] = defaultdict(list)
            for c in bucket:
                by_article[c.article].append(c)
            ties: dict[tuple[str, str], bool] = {}

            def tied(a: str, b: str) -> bool:
                if a == b:
                    return True
                k = (min(a, b), max(a, b))
                if k not in ties:
                    ties[k] = _articles_linked(by_article[k[0]], by_article[k[1]], gaz)
                return ties[k]

            def place(c: _C) -> str:
                """Join c to a place group by its speaker or its own article ("placed"); else "linked" when its
                article has no group that agrees with it (its tied articles may place it), or "rest"."""
                # the same named speaker's figure at one place, in its own or a tied article: its update
                # ("the toll stood at 127", the ministry's 112 in Salvena the day before)
                same = [x for x in groups if c.speaker is not None and any(
                    m.speaker == c.speaker and tied(c.article, m.article) for m, _ in x.members.values())]
                if len(same) == 1:
                    same[0].add(c, RULE_PLACELESS_SPEAKER)
                    return "placed"
                # (a place its article names only for another year's event is not where this count is: "more than
                # 90 people died in a similar blast in Garko in 2024"; rules-1.18)
                own = [x for x in groups if any(m.article == c.article and not _of_another_year(m)
                                                for m, _ in x.members.values())]
                if len(own) > 1:   # its article speaks of several places: the one with a figure it agrees with
                    spoken = own
                    own = [x for x in own if any(m.article == c.article and _agree(c, m) for m, _ in x.members.values())]
                    if not own:
                        # none agrees: another voice's figure for the count its headline gives ("Death toll rises
                        # to 73" and the ruler's "not less than 150"), not a count of some other place (rules-1.18)
                        head = [x for x in spoken if any(m.article == c.article and _in_headline(m)
                                                         for m, _ in x.members.values())]
                        if len(head) == 1 and c.speaker is not None and not _in_headline(c):
                            head[0].add(c, RULE_PLACELESS_HEADLINE)
                            return "placed"
                if len(own) == 1:
                    own[0].add(c, RULE_PLACELESS_ARTICLE)
                    return "placed"
                return "linked" if not own else "rest"

            # first every claim its own article places, then the rest by their tied articles (whose groups are then
            # complete: the wire's placeless 47 follows the daily's NRSC 47 however the two are ordered; rules-1.18)
            verdicts = [(c, place(c)) for c in sorted(placeless, key=_reading_order)]
            for c, verdict in verdicts:
                if verdict == "placed":
                    continue
                if verdict == "rest":
                    g.add(c, RULE_SAME_KEY)
                    continue
                # its article names no place for this count: the one place group of a tied article
                # (the wire's placeless "killing at least six" and the next day's toll "near Orlec")
                linked = [x for x in groups if any(tied(c.article, m.article) and not _of_another_year(m)
                                                   for m, _ in x.members.values())]
                if len(linked) > 1:
                    # a tied article speaks of several places: the one with a figure this one agrees with (the
                    # wire's 47 dead and the daily's "NRSC had put the toll at 47" at Egbede; rules-1.18)
                    linked = [x for x in linked if any(tied(c.article, m.article) and not _of_another_year(m)
                                                       and _agree(c, m) for m, _ in x.members.values())]
                if len(linked) == 1:
                    linked[0].add(c, RULE_PLACELESS_LINKED)
                    continue
                g.add(c, RULE_SAME_KEY)
            if g.members:
                groups.append(g)
    return groups


def _of_another_year(c: _C) -> bool:
    """A background figure: dated only by a year ("in 2024") that is not its article's."""
    text = (c.claim.date_text or "").strip()
    return c.date is None and len(text) == 4 and text.isdigit() and not c.published.startswith(text)


def _in_headline(c: _C) -> bool:
    """Is the claim's figure in its article's headline (its evidence is words of the title)?"""
    title = c.claim.article.title
    return bool(title) and c.claim.evidence.text.strip() in title


def _places_known_apart(a: tuple[str, ...], b: tuple[str, ...], gaz: Gazetteer) -> bool:
    """Two place sets the gazetteer knows to be different places: every place known, none nested in another.
    A place it does not know ("Sennhof", "the Vardenian Alps", "Ardo") may be the same place as, in or around
    the other one: unknown is not different."""
    return all(gaz.known(p) for p in a + b) and not gaz.sets_comparable(a, b)


def _merge_story_places(bucket: list[_C], groups: list[_Group], set_to_group: dict, gaz: Gazetteer) -> list[_Group]:
    """Place groups of one story are one count (`RULE_STORY_PLACE`): two groups not known to be different
    places (`_places_known_apart`) merge when their claims are of one story — the same article with figures
    that agree (headline "in Vardenia" and body "in the Vardenian Alps"), or articles whose headlines are tied
    (`_titles_tied`; a shared stated day alone is too weak to say two places are one) — unless one article
    gives the two merged sides figures that disagree (it tells the places apart itself: "5 killed in Orlec,
    3 in Brod"; "14 dead in the province, 11 of them in the port"). Groups merge pairwise in place order."""
    members: dict[int, list[_C]] = defaultdict(list)
    for c in bucket:
        if c.leaves:
            members[id(set_to_group[c.leaves])].append(c)
    order = sorted(groups, key=lambda g: g.places)

    def linked(a: _Group, b: _Group) -> bool:
        if _places_known_apart(a.places, b.places, gaz):
            return False
        ca, cb = members[id(a)], members[id(b)]
        return any((x.article == y.article and _agree(x, y)) or
                   (x.article != y.article and _titles_tied(x, y)) for x in ca for y in cb)

    def told_apart(ca: list[_C], cb: list[_C]) -> bool:
        # any (x, y) of one article, both asserted, that do not agree: only pairs of a shared article (speed only)
        by_art: dict[str, list[_C]] = defaultdict(list)
        for x in ca:
            if x.asserted:
                by_art[x.article].append(x)
        if not by_art:
            return False
        for y in cb:
            if y.asserted:
                xs = by_art.get(y.article)
                if xs and any(not _agree(x, y) for x in xs):
                    return True
        return False
    comp = {n: [n] for n in range(len(order))}  # root -> members, merged in a fixed order (pure)
    root = list(range(len(order)))
    for i, j in itertools.combinations(range(len(order)), 2):
        ri, rj = root[i], root[j]
        if ri == rj or not linked(order[i], order[j]):
            continue
        ci = [c for n in comp[ri] for c in members[id(order[n])]]
        cj = [c for n in comp[rj] for c in members[id(order[n])]]
        if told_apart(ci, cj):
            continue
        lo, hi = min(ri, rj), max(ri, rj)
        comp[lo].extend(comp.pop(hi))
        for n in comp[lo]:
            root[n] = lo
    comps = {r: sorted(ns) for r, ns in comp.items()}
    if len(comps) == len(order):
        return groups
    out = []
    for root in sorted(comps):
        gs = [order[i] for i in comps[root]]
        keep = _Group(places=tuple(sorted({p for g in gs for p in g.places})), date=None)
        for g in gs:
            for x, y in list(set_to_group.items()):
                if y is g:
                    set_to_group[x] = keep
        out.append(keep)
    return out


def _date_split(place_group: _Group, gaz: Gazetteer, cumulative: bool = False) -> list[_Group]:
    """Split a place group by date; undated (or vaguely dated) claims join a dated group when unambiguous.
    For a cumulative count (`rules.CUMULATIVE_EVENTS`) the days of different reports are one fact
    (`_merge_report_days`)."""
    dated: dict[str, _Group] = {}
    loose: list[tuple[_C, str]] = []
    for c, rule in sorted(place_group.members.values(), key=lambda m: _reading_order(m[0])):
        if c.date is not None and c.date.exact and not c.soft_date:
            g = dated.setdefault(c.date.text, _Group(places=place_group.places, date=c.date.text))
            g.add(c, rule)
        else:
            loose.append((c, rule))
    if cumulative and len(dated) > 1:
        dated = _merge_report_days(dated, gaz)
    out = [dated[k] for k in sorted(dated)]
    rest: list[_C] = []
    rest_rules: dict[str, str] = {}
    # each dated group's distinct (plausible) figure intervals, kept up to date as claims join: `_agree` with
    # any figure of g is `_agree` with any of these (speed only)
    fig_ivs = {id(g): {_plausible_memo(f.iv) for f in g.figures()} for g in out}
    for c, rule in loose:
        cands = [g for g in out if _may_join(c, g, cumulative)]
        if cands:
            pc = _plausible_memo(c.iv)
            c0, hi = pc[0], pc[1] + 1e-9  # exactly `_agree(c, f)`'s comparisons
            compatible = [g for g in cands if any(c0 <= p[1] + 1e-9 and p[0] <= hi for p in fig_ivs[id(g)])]
        else:
            compatible = []
        target, how = None, None
        if c.soft_date:
            # a soft date joins a dated fact only where its figure agrees with one there, or the one
            # dated fact that its own article dates to the very same day (nothing tells them apart)
            own = [g for g in cands if g.date == (c.date.text if c.date else None)
                   and any(f.article == c.article for f, _ in g.members.values())]
            if len(compatible) == 1:
                target, how = compatible[0], RULE_UNDATED_COMPATIBLE
            elif len(out) == 1 and len(own) == 1:
                target, how = own[0], RULE_SOFT_OWN_ARTICLE
        if target is not None or (c.soft_date and not cumulative):
            pass  # a soft date of a non-cumulative count: only the rules above
        elif c.soft_date and not _toll_monotone(c, cands[0] if cands else None):
            pass  # a toll only rises: a later report's smaller figure is another count ("18 still trapped")
        elif len(cands) == 1 and len(out) == 1 and (rule == RULE_SAME_KEY or compatible):
            # the only dated fact for this subject, event and place: join it, whatever the figure says;
            # a claim that already needed a looser place to get here must also agree with a figure
            target, how = cands[0], RULE_UNDATED_ONLY
        elif len(out) > 1 and len(compatible) == 1:
            target, how = compatible[0], RULE_UNDATED_COMPATIBLE
        if target is not None:
            target.add(c, how if rule == RULE_SAME_KEY else f"{how}+{rule}")
            if c.asserted:
                fig_ivs[id(target)].add(_plausible_memo(c.iv))
        else:
            rest.append(c)
            rest_rules[c.id] = rule
    if rest and out:
        # a claim left over follows the one dated fact where a figure of its own article that it agrees
        # with went (the headline's "112" with the body's "at least 112")
        placed = {c.id: g for g in out for c, _ in g.members.values()}
        keep = []
        for c in rest:
            follow = {id(placed[f.id]): placed[f.id] for f, _ in loose
                      if f.id in placed and f.article == c.article and f.asserted and _agree(c, f)
                      and _may_join(c, placed[f.id], cumulative)}
            if len(follow) == 1:
                rule = rest_rules[c.id]
                next(iter(follow.values())).add(c, RULE_FOLLOWS_OWN if rule == RULE_SAME_KEY
                                                else f"{RULE_FOLLOWS_OWN}+{rule}")
            else:
                keep.append(c)
        rest = keep
    if rest:
        # the undated remainder is a fact of its own, named by its own places
        places = gaz.leaves([p for c in rest for p in c.leaves]) if any(c.leaves for c in rest) else place_group.places
        soft = {c.date.text for c in rest if c.date is not None and c.soft_date}
        agreed = next(iter(soft)) if len(soft) == 1 and all(c.date is None or c.soft_date for c in rest) else None
        if agreed is not None and agreed in dated:
            agreed = None  # a stated date already names a fact of that day: this one stays undated
        g = _Group(places=places, date=agreed)  # soft dates that all agree still date the fact
        for c in rest:
            g.add(c, RULE_SAME_KEY if c.leaves == places else RULE_PART_OF_PLACE if c.leaves else RULE_PLACELESS)
        out.append(g)
    return out


RULE_CUMULATIVE = "cumulative-count-across-reports"


def _merge_report_days(dated: dict[str, _Group], gaz: Gazetteer) -> dict[str, _Group]:
    """A cumulative count (a death toll, the missing, the evacuated so far) stated for different days by
    different articles of one story is one count updated by later reports ("toll rises to 11" the day
    after "8 killed"): their dated groups merge into the earliest day, the event's date. Two days merge
    only when the articles are tied (`_articles_linked`) and no article states both days itself (one
    article's "5 killed on Monday, 3 on Tuesday" are two counts)."""
    days = sorted(dated)
    arts = {d: {c.article for c, _ in dated[d].members.values()} for d in days}
    claims = {d: sorted((c for c, _ in dated[d].members.values()), key=_reading_order) for d in days}
    parent = {d: d for d in days}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    def comp(root):
        return [d for d in days if find(d) == root]

    for a, b in itertools.combinations(days, 2):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        ca, cb = comp(ra), comp(rb)
        arts_a = set().union(*(arts[d] for d in ca))
        arts_b = set().union(*(arts[d] for d in cb))
        if arts_a & arts_b:
            continue  # an article states days of both: different counts
        if not _articles_linked([c for d in ca for c in claims[d]], [c for d in cb for c in claims[d]], gaz):
            continue
        parent[max(ra, rb)] = min(ra, rb)
    out: dict[str, _Group] = {}
    for d in days:
        root = find(d)
        if root not in out:
            out[root] = _Group(places=dated[root].places, date=root)
        for cid, (c, rule) in sorted(dated[d].members.items()):
            out[root].add(c, rule if d == root else
                          (RULE_CUMULATIVE if rule == RULE_SAME_KEY else f"{RULE_CUMULATIVE}+{rule}"))
    return out


def _toll_monotone(c: _C, g: "_Group | None") -> bool:
    """May a soft-dated claim join a cumulative toll's one dated fact `g` as an update of another report?
    Only from an article with no figure there yet, and a toll only rises: c's figure is not below a figure
    of an earlier report in g, nor above one of a later report (by the articles' published dates)."""
    if g is None or any(f.article == c.article for f, _ in g.members.values()):
        return False  # its own article's figures there: the own-article rules decide
    for f in g.figures():
        if f.published < c.published and c.iv[1] < f.iv[0]:
            return False
        if f.published > c.published and c.iv[0] > f.iv[1]:
            return False
    return True


CUMULATIVE_WINDOW_DAYS = 7
"""A cumulative toll's dated fact may be dated up to this many days after an undated (or publication-day)
report of it: "the toll stood at 127 on Thursday" dates the count, not the deaths, and the earlier report's
"at least 112" is the same toll."""


def _may_join(c: _C, g: _Group, cumulative: bool = False) -> bool:
    """Nothing about the claim's own time contradicts the dated group. For a cumulative toll the group's
    day may lie a few days after the claim's publication day (a later report's count of the same toll)."""
    d = _parse_date(g.date)
    if d is None:
        return False
    slack = CUMULATIVE_WINDOW_DAYS if cumulative else 0
    if c.date is not None and c.soft_date and (d.start - c.date.end).days > slack:
        return False  # a publication day bounds the event from above only
    if c.date is not None and not c.soft_date and not (c.date.start <= d.end and d.start <= c.date.end):
        return False  # a vague date ("May 2022") that excludes this day
    if c.published:
        pub = _parse_date(c.published[:10])
        if pub is not None and (d.start - pub.end).days > slack:
            return False  # an article cannot report an event after it was published
    return True


TITLE_STOPWORDS = {
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "after",
    "before", "over", "under", "not", "no", "is", "are", "was", "were", "be", "has", "have", "had", "its", "it",
    "their", "his", "her", "says", "say", "said", "claims", "claim", "amid", "into", "than", "more", "less",
    "new", "up", "out", "off", "but", "who", "what", "how", "why", "this", "that", "these", "those",
    "people", "dead", "death", "deaths", "toll", "killed", "kill", "kills", "official", "officials", "police",
    "report", "reports", "government", "day", "year", "week", "least", "some", "tens", "hundreds", "thousands",
    "millions", "dozens", "figure", "figures", "number", "numbers", "firm", "state", "city", "news", "live",
    "update", "updates", "breaking", "exclusive", "analysis", "opinion", "video", "photos",
}
"""Words of a headline that name no particular story."""


@lru_cache(maxsize=65536)
def title_marks(title: str | None) -> frozenset[str]:
    """What in a headline names its story: figures ("234", "85,000") and capitalised words that are
    not generic ("Venezuela", "Chibok"). Two articles whose headlines share one report one story."""
    out = set()
    for tok in re.findall(r"[A-Za-z][A-Za-z'\-]+|\d[\d,.]*\d", title or ""):
        low = tok.lower().strip("'")
        if tok[0].isdigit():
            if len(re.sub(r"\D", "", tok)) >= 2:
                out.add(re.sub(r"[,.]", "", tok))
        elif tok[0].isupper() and len(low) >= 3 and low not in TITLE_STOPWORDS:
            out.add(low.removesuffix("'s"))
    return frozenset(out)


@lru_cache(maxsize=65536)
def title_words(title: str | None) -> frozenset[str]:
    """Every word of a headline that could be a mark, lower-cased: a mark of one headline ties it to another
    headline that has the word in any case ("Avalanche sweeps ski run …" and "Sennhof avalanche toll …";
    "Dunholt marathon" and "Marathon heat: …"), since a headline capitalises its first word."""
    out = set()
    for tok in re.findall(r"[A-Za-z][A-Za-z'\-]+|\d[\d,.]*\d", title or ""):
        low = tok.lower().strip("'")
        if tok[0].isdigit():
            if len(re.sub(r"\D", "", tok)) >= 2:
                out.add(re.sub(r"[,.]", "", tok))
        elif len(low) >= 3 and low not in TITLE_STOPWORDS:
            out.add(low.removesuffix("'s"))
    return frozenset(out)


def _plausible(iv: Interval) -> Interval:
    """An open figure read as a likely range for joining: "at least 31" is not evidence for 1,900."""
    lo, hi = iv
    if hi == math.inf and lo not in (-math.inf,) and lo > 0:
        return (lo, lo * 2)
    return iv


DISPUTE_SCALE = 4.0
"""Two sides' figures for one count rarely differ by more than this factor (police 38,000 vs organisers
120,000); a figure further off is more likely another quantity (a margin, a part, a difference)."""


def _same_scale(a: _C, b: _C) -> bool:
    def mid(c: _C) -> float | None:
        lo, hi = _plausible(c.iv)
        if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= 0:
            return None
        return (max(lo, 0) + hi) / 2
    x, y = mid(a), mid(b)
    return x is not None and y is not None and min(x, y) > 0 and max(x, y) / min(x, y) <= DISPUTE_SCALE


_plausible_memo = lru_cache(maxsize=65536)(_plausible)  # a pure function of one interval (speed only)


def _agree(a: _C, b: _C) -> bool:
    """Figures that agree well enough to put a claim in a group (never a status test)."""
    pa, pb = a.piv, b.piv
    return pa[0] <= pb[1] + 1e-9 and pb[0] <= pa[1] + 1e-9  # rules.overlaps, inlined


@lru_cache(maxsize=262144)
def _titles_tied_text(ta: str | None, tb: str | None) -> bool:
    return bool(title_marks(ta) & title_words(tb) or title_marks(tb) & title_words(ta))


def _titles_tied(a: _C, b: _C) -> bool:
    """The two claims' headlines share a name or a figure: a mark of one is a word of the other."""
    return _titles_tied_text(a.claim.article.title, b.claim.article.title)


def _hard_day(x: _C) -> str | None:
    """The stated exact day of a claim (not a soft date): what `_articles_linked` compares."""
    d = x.date
    return d.text if d is not None and not x.soft_date and d.start == d.end else None


@lru_cache(maxsize=262144)
def _sigs_linked(sa: tuple, sb: tuple, gaz: Gazetteer) -> bool:
    """`_articles_linked` of two single claims, from what it reads of each: (headline, stated day, place set)."""
    return bool(_titles_tied_text(sa[0], sb[0]) or (sa[1] is not None and sa[1] == sb[1])
                or (sa[2] and sb[2] and gaz.sets_comparable(sa[2], sb[2])))


def _articles_linked(a: list[_C], b: list[_C], gaz: Gazetteer) -> bool:
    """Two articles' claims name the same event: a shared (equal or nested) place, the same stated
    day, or headlines that share a name or a figure (`title_marks`). A soft date, a missing place or
    a missing date is no evidence."""
    if len(a) == 1 and len(b) == 1:
        x, y = a[0], b[0]
        return _sigs_linked((x.claim.article.title, _hard_day(x), x.leaves),
                            (y.claim.article.title, _hard_day(y), y.leaves), gaz)
    if _titles_tied(a[0], b[0]):
        return True
    # the pairwise test over all (x, y), on the distinct days and place sets of each side (same answer)
    days_a = {d for d in map(_hard_day, a) if d is not None}
    if days_a and any(d in days_a for d in map(_hard_day, b)):
        return True
    la = {x.leaves for x in a if x.leaves}
    if not la:
        return False
    lb = {y.leaves for y in b if y.leaves}
    sc = gaz.sets_comparable
    return any(sc(x, y) for x in la for y in lb)


def _link_components(arts: list[str], by_article: dict[str, list[_C]], gaz: Gazetteer, speakers: bool) -> dict:
    """`_components(arts, linked)` for `_article_split`'s `linked` (a symmetric relation: the components of its
    graph do not depend on the order pairs are tried), by index: keyed by each component's smallest article,
    members in `arts` order."""
    parent = {a: a for a in arts}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            parent[rb] = ra

    marks: dict[str, list[str]] = defaultdict(list)   # headline mark -> articles
    words: dict[str, list[str]] = defaultdict(list)   # headline word -> articles
    first: dict = {}                                   # a stated day / speaker / place set -> its first article
    by_leaves: dict[tuple, str] = {}
    for a in arts:
        cs = by_article[a]
        title = cs[0].claim.article.title
        for m in title_marks(title):
            marks[m].append(a)
        for w in title_words(title):
            words[w].append(a)
        for c in cs:
            d = _hard_day(c)
            if d is not None:
                k = ("d", d)
                if k in first:
                    union(first[k], a)
                else:
                    first[k] = a
            if speakers and c.speaker is not None:
                k = ("s", c.speaker)
                if k in first:
                    union(first[k], a)
                else:
                    first[k] = a
            if c.leaves:
                if c.leaves in by_leaves:
                    union(by_leaves[c.leaves], a)
                else:
                    by_leaves[c.leaves] = a
    # a mark of one headline that is a word of another ties every article with it as a mark to every one with it
    # as a word (a complete bipartite graph: one component when both sides are there and it has two articles)
    for m, ms in marks.items():
        ws = words.get(m)
        if ws:
            for x in ms:
                union(x, ms[0])
            for x in ws:
                union(x, ms[0])
    sets = sorted(by_leaves)
    for i, x in enumerate(sets):
        for y in sets[i + 1:]:
            if find(by_leaves[x]) != find(by_leaves[y]) and gaz.sets_comparable(x, y):
                union(by_leaves[x], by_leaves[y])
    comps: dict = defaultdict(list)
    for x in arts:
        comps[find(x)].append(x)
    return comps


def _article_split(g: _Group, gaz: Gazetteer) -> list[_Group]:
    """Claims of different articles share a fact only when something ties the articles' claims to one
    event (`_articles_linked`, transitively): unrelated stories that only share a subject and an event
    ("people killed", no place, no stated date) are different facts. Components are ordered by size,
    then by their first article; all but the first get a tag (their first article) in their fact id."""
    by_article: dict[str, list[_C]] = defaultdict(list)
    for c, _ in g.members.values():
        by_article[c.article].append(c)
    arts = sorted(by_article)
    if len(arts) < 2:
        return [g]
    # linked(a, b): `_articles_linked(by_article[a], by_article[b])`, or, in a group with a place, the same named
    # speaker's figures in both articles (the ministry's national toll on Wednesday and its update on Thursday).
    # Its connected components, found by indexing the articles by what ties them (headline words, stated days,
    # place sets, speakers) instead of testing every pair: the same components (speed only).
    comps = _link_components(arts, by_article, gaz, bool(g.places))
    if len(comps) == 1:
        return [g]
    order = sorted(comps.values(), key=lambda arts_: (-sum(len(by_article[a]) for a in arts_), arts_[0]))
    out = []
    for n, arts_ in enumerate(order):
        mine = {cid: m for cid, m in g.members.items() if m[0].article in arts_}
        cs = [m[0] for m in mine.values()]
        places = gaz.leaves([p for c in cs for p in c.leaves]) if any(c.leaves for c in cs) else ()
        out.append(_Group(places=places, date=g.date, members=mine, tag=None if n == 0 else arts_[0]))
    return out


# --------------------------------------------------------------------------- steps 3-5: facts

def _fact_id(unit: str, subject: str, event: str, places: tuple[str, ...], date: str | None,
             tag: str | None = None) -> str:
    key = json.dumps([unit, subject, event, list(places), date] + ([tag] if tag else []), ensure_ascii=False,
                     separators=(",", ":"))
    return "f_" + hashlib.sha256(key.encode()).hexdigest()[:16]


def _supersessions(figures: list[_C]) -> dict[str, str]:
    """claim id -> the claim that supersedes it: the same speaker's figure in a later article."""
    by_speaker: dict[str, dict[tuple[str, str], list[_C]]] = defaultdict(lambda: defaultdict(list))
    for c in figures:
        if c.speaker is not None:
            by_speaker[c.speaker][(c.published, c.article)].append(c)
    out: dict[str, str] = {}
    for arts in by_speaker.values():
        order = sorted(arts)  # by published date, then article id: never arrival order
        for earlier, later in zip(order, order[1:]):
            successor = min(c.id for c in arts[later])
            for c in arts[earlier]:
                out[c.id] = successor
    return out


@dataclass(frozen=True)
class Policy:
    """Choices the rules leave open. The defaults are the issue's rules."""

    corroborate_one_side: bool = False
    """False (default): corroborated needs two independent sides. True: two or more agreeing figures of
    one side (the same body quoted by AP and by Reuters, a figure restated in a tweet) also count as
    corroborated (status_rule "figures-agree-one-side"), after "consistent". The dev gold reads it so."""


DEFAULT_POLICY = Policy()


@dataclass(frozen=True)
class _Figure:
    label: str
    iv: Interval
    side: str
    derived: bool = False
    report: str | None = None
    """For a cumulative count: the report day (the article's published day, else its id). Figures of
    different report days update each other; only figures of one report day can dispute."""


def _report_of(c: _C) -> str:
    return c.published[:10] or c.article


def _comparable(a: _Figure, b: _Figure) -> bool:
    return a.report is None or b.report is None or a.report == b.report


def _status(figures: list[_Figure], parts: list[_PartsMatch], denied: list[_C], superseded: int,
            policy: Policy = DEFAULT_POLICY) -> tuple[str, str, str]:
    notes = []
    if superseded:
        notes.append(f"{superseded} earlier figure(s) superseded by the same speaker's later report")
    if denied:
        notes.append("denied: " + "; ".join(c.label() for c in denied))
    tail = (" — " + "; ".join(notes)) if notes else ""
    reports = sorted({f.report for f in figures if f.report is not None})
    if len(reports) > 1:
        by_day = " → ".join("/".join(sorted({f.label.split(" (")[0] for f in figures if f.report == r})) + f" ({r})"
                            for r in reports)
        notes.insert(0, f"updated by later reports: {by_day}")
        tail = " — " + "; ".join(notes)
    for a, b in itertools.combinations(figures, 2):
        if _comparable(a, b) and not rules.overlaps(a.iv, b.iv):
            return "disputed", STATUS_DISJOINT, f"{a.label} vs {b.label}: intervals do not overlap{tail}"
    sides = sorted({f.side for f in figures})
    if len(reports) > 1:
        # a cumulative count over several reports: corroborated when two sides agree on one figure
        agree = next(((a, b) for a, b in itertools.combinations(figures, 2)
                      if a.side != b.side and rules.overlaps(a.iv, b.iv)), None)
        if agree is not None:
            return ("corroborated", STATUS_SIDES,
                    f"{agree[0].label} and {agree[1].label}: independent sides agree{tail}")
        sides = sides[:1]
    if len(sides) >= 2:
        firsts = [next(f for f in figures if f.side == s) for s in sides]
        return ("corroborated", STATUS_SIDES,
                " and ".join(f.label for f in firsts) + f": {len(sides)} independent sides agree{tail}")
    if parts:
        return ("consistent", STATUS_PARTS,
                "; ".join(f"{p.describe()} matches {p.total.label()}" for p in parts) + tail)
    stated = [f for f in figures if not f.derived]
    if policy.corroborate_one_side and len(stated) >= 2:
        return ("corroborated", STATUS_FIGURES_AGREE,
                f"{len(stated)} figures agree, all from one side ({_side_label(sides[0])}): "
                + "; ".join(f.label for f in stated) + tail)
    if not figures:
        return "single_source", STATUS_NO_FIGURE, "no asserted figure" + tail
    if len(figures) == 1:
        return "single_source", STATUS_ONE_SIDE, f"only {figures[0].label}{tail}"
    return ("single_source", STATUS_ONE_SIDE,
            f"{len(figures)} figures agree but all from one side ({_side_label(sides[0])}): "
            + "; ".join(f.label for f in figures) + tail)


def _build_fact(unit: str, subject: str, event: str, g: _Group, parts: list[_PartsMatch],
                policy: Policy = DEFAULT_POLICY) -> Fact:
    cumulative = event in rules.CUMULATIVE_EVENTS
    part_ids = {p.id: m for m in parts for p in m.parts}
    total_ids = {m.total.id for m in parts}
    candidates = [c for c, _ in g.members.values() if c.asserted and c.id not in part_ids]
    sup = _supersessions(candidates)
    members = []
    for cid in sorted(g.members):
        c, rule = g.members[cid]
        role = "part" if cid in part_ids else "total" if cid in total_ids else "figure"
        members.append(Membership(claim_id=cid, rule=rule, side=c.side, superseded_by=sup.get(cid), role=role))
    figures = [_Figure(c.label(), c.iv, c.side, report=_report_of(c) if cumulative else None)
               for c in sorted(candidates, key=lambda c: c.id) if c.id not in sup]
    live_parts = [m for m in parts if m.total.id not in sup]
    for m in live_parts:
        lo = sum(p.iv[0] for p in m.parts)
        hi = sum(p.iv[1] for p in m.parts)
        figures.append(_Figure(m.describe(), (lo, hi), m.parts[0].side, derived=True,
                               report=_report_of(m.total) if cumulative else None))
    denied = sorted((c for c, _ in g.members.values() if not c.asserted), key=lambda c: c.id)
    status, status_rule, reason = _status(figures, live_parts, denied, len(sup), policy)
    return Fact(fact_id=_fact_id(unit, subject, event, g.places, g.date, g.tag), subject=subject, event=event or None,
                places=list(g.places), date=g.date, members=members, status=status, reason=reason,
                status_rule=status_rule)


RULE_EVENTLESS = "eventless-joins-only-event"


def _own_dispute(c: _C, fixed: dict, fixed_by_article: dict, gaz: Gazetteer) -> tuple | None:
    """The one event bucket an eventless claim's subject has in the claim's own article, given there by
    another side: the claim answers that figure ("19,000 drivers joined the strike" — "only 11,500 of its
    drivers, the operator said"), so it is compared with it even when the figures disagree. Not a claim with
    a verb of its own that the event table does not know ("Seventeen had been discharged"): it only joins by
    an agreeing figure. Shared by `_event_buckets` and the incremental `_Partition`."""
    if c.verb:
        return None
    keys = [k for k in sorted(fixed) if k[0] == c.subject and k[1] and c.article in fixed_by_article[k]]
    if len(keys) != 1:
        return None
    others = list(fixed_by_article[keys[0]][c.article])
    if any(o.side != c.side and _dates_loosely_compatible(o, c) and _same_scale(c, o)
           and (not c.leaves or not o.leaves or gaz.sets_comparable(c.leaves, o.leaves)) for o in others):
        return keys[0]
    return None


def _event_buckets(cs: list[_C], gaz: Gazetteer, memo: dict | None = None) -> dict[tuple[str, str], list[_C]]:
    """Bucket by (subject, event). A claim whose event is unknown ("the turnout was 8 million")
    joins the only event bucket of its subject holding a figure it agrees with at a compatible place
    (nothing contradicts it there); otherwise it stays in the subject's "" bucket. A bare "people"
    count (`GENERIC_SUBJECTS`) may join a bucket of any kind of person the same way, and an evented
    "people" claim the one more specific subject of its event. The agreeing figure must come from the
    claim's own article, else (when its own article has none) from an article tied to it
    (`_articles_linked`): a figure in an unrelated story is no evidence."""
    buckets: dict[tuple[str, str], list[_C]] = defaultdict(list)
    eventless: list[_C] = []
    for c in cs:
        (buckets[(c.subject, c.event)] if c.event else eventless).append(c)
    _merge_attendance(buckets)
    fixed = {k: list(v) for k, v in buckets.items()}
    # performance only (issue 6): each bucket's claims by article, and a memo of the "linked"
    # test that survives between calls (see `_linked_any`); the results are those of the scans
    fixed_by_article: dict[tuple, dict[str, list[_C]]] = {}
    for k, v in fixed.items():
        arts: dict[str, list[_C]] = defaultdict(list)
        for o in v:
            arts[o.article].append(o)
        fixed_by_article[k] = arts
    fixed_ids: dict[tuple, frozenset] = {}

    def target(c: _C, keys: list) -> tuple | None:
        def agrees(o: _C) -> bool:
            return _agree(c, o) and (not c.leaves or not o.leaves or gaz.sets_comparable(c.leaves, o.leaves))
        own = [k for k in keys if any(agrees(o) for o in fixed_by_article[k].get(c.article, ()))]
        if own:
            return own[0] if len(own) == 1 else None

        def linked_to(o: _C) -> bool:
            return o.article != c.article and agrees(o) and _articles_linked([c], [o], gaz)
        linked = []
        for k in keys:
            if memo is None:
                hit = any(linked_to(o) for o in fixed[k])
            else:
                if k not in fixed_ids:
                    fixed_ids[k] = _member_ids(memo, k, fixed[k])
                hit = _linked_any(memo, c, k, fixed[k], fixed_ids[k], linked_to)
            if hit:
                linked.append(k)
        return linked[0] if len(linked) == 1 else None

    def own_dispute(c: _C) -> tuple | None:
        return _own_dispute(c, fixed, fixed_by_article, gaz)

    for c in eventless:
        generic = c.subject in GENERIC_SUBJECTS
        keys = sorted(k for k in fixed if k[1] and (k[0] == c.subject or generic))
        buckets[target(c, keys) or own_dispute(c) or _rest_key(c)].append(c)
    # "people" is the generic count: an evented "people" claim joins the one more specific subject of
    # the same event that holds a figure it agrees with ("234 people abducted" with the girls abducted)
    for key in sorted(k for k in fixed if k[0] in GENERIC_SUBJECTS and k[1]):
        keys = sorted(k for k in fixed if k[1] == key[1] and k[0] not in GENERIC_SUBJECTS)
        rest = []
        anchored: set[tuple] = set()
        # performance only: claims leaving `buckets[key]` are dropped from it once, at the end (claim ids
        # are unique, so this is what `list.remove` one by one gives, without its O(n) field compares)
        moved: set[str] = set()
        for c in fixed[key]:
            t = target(c, keys)
            if t is not None:
                moved.add(c.id)
                buckets[t].append(c)
                anchored.add(t)
            else:
                rest.append(c)
        if key[1] in rules.CUMULATIVE_EVENTS and anchored:
            # a cumulative count ("people killed") and the one kind of person that a "people" figure of
            # the story already matched ("kills 8" = "8 workers killed"): the story's other "people"
            # figures of the same scale are that toll too, whatever they say (a dispute, or an update)
            base = {k: list(buckets[k]) for k in sorted(anchored)}
            base_ids = {k: _member_ids(memo, ("story",) + k, v) for k, v in base.items()} if memo is not None else {}
            for c in rest:
                def same_story(o: _C, c: _C = c) -> bool:
                    return _same_scale(c, o) and _articles_linked([c], [o], gaz)
                if memo is None:
                    story = [k for k in base if any(same_story(o) for o in base[k])]
                else:  # the same test, remembered between calls (`_linked_any`)
                    story = [k for k in base if _linked_any(memo, c, ("story",) + k, base[k], base_ids[k], same_story)]
                if len(story) == 1:
                    moved.add(c.id)
                    buckets[story[0]].append(c)
        if moved:
            buckets[key] = [c for c in buckets[key] if c.id not in moved]
        if not buckets[key]:
            del buckets[key]
    _join_story_counts(buckets, gaz, memo)
    _join_kinds(buckets, gaz)
    return dict(buckets)


def _of_story(c: _C, o: _C, gaz: Gazetteer) -> bool:
    """Is `o` (a claim of c's subject) a figure of c's story that nothing tells apart from c's count? Its own
    article or a tied one (`_articles_linked`); not a day that excludes the other (a soft date bounds from
    above only), not places the gazetteer knows to differ, not the same source's second figure in one article
    ("at least 60 of the district's 90 wells": one source gives two figures for two counts)."""
    if not o.asserted or not _dates_loosely_compatible(c, o):
        return False
    if c.leaves and o.leaves and _places_known_apart(c.leaves, o.leaves, gaz):
        return False
    if o.article == c.article:
        return not _same_source(c, o) or (c.definite and o.definite and _agree(c, o))
    return _articles_linked([c], [o], gaz)


def _may_dispute(c: _C, o: _C, gaz: Gazetteer) -> bool:
    """`_of_story`, and a figure that could be another side's of the same count: of the same scale
    (`_same_scale`), and, for a share, the same share (two percentages rarely have one base)."""
    return _same_scale(c, o) and (c.unit == "count" or _agree(c, o)) and _of_story(c, o, gaz)


def _agrees_in_story(c: _C, o: _C, gaz: Gazetteer) -> bool:
    return _agree(c, o) and _of_story(c, o, gaz)


def _story_count_moves(rest: list[_C], keyed: dict[tuple, list[_C]], gaz: Gazetteer,
                       memo: dict | None = None) -> dict[str, tuple]:
    """claim id -> bucket, for the claims of one subject's eventless bucket `rest` (no event, no verb of their
    own) and that subject's buckets with an event or a verb (`keyed`, key -> claims, none empty). The buckets
    of c's story are those holding a figure of it (`_of_story`). When there is **one**, c joins it whatever its
    figure says, if some figure there could be disputed by it (`_may_dispute`): the one count of that subject
    the story gives. When there are several (runners who started / finished / were treated; missing /
    killed), c joins only the one holding a figure it agrees with, else stays where it is.
    Decided from `keyed` as given: a moved claim does not draw others after it."""
    out: dict[str, tuple] = {}
    ids: dict[tuple, frozenset] = {}

    def any_in(c: _C, k: tuple, tag: str, test) -> bool:
        if memo is None:
            return any(test(c, o, gaz) for o in keyed[k])
        # the same tests, remembered between the incremental reconciler's calls (`_linked_any`)
        mk = (tag, "count") + k
        if mk not in ids:
            ids[mk] = _member_ids(memo, mk, keyed[k])
        return _linked_any(memo, c, mk, keyed[k], ids[mk], lambda o: test(c, o, gaz))
    undecided = []
    for c in rest:
        story = [k for k in sorted(keyed) if any_in(c, k, "of", _of_story)]
        if len(story) == 1:
            if any_in(c, story[0], "dispute", _may_dispute):
                out[c.id] = story[0]
        elif story:
            agreeing = [k for k in story if any_in(c, k, "agree", _agrees_in_story)]
            if len(agreeing) == 1:
                out[c.id] = agreeing[0]
            else:
                undecided.append(c)
    # the story's eventless figures of one count go together: a claim left undecided among several buckets
    # follows its eventless mates of the story that could dispute it, when those that moved all went to one
    # bucket (the ambulance service's "44 in hospital" follows the organisers' "put the number needing
    # hospital treatment at 31" to the runners who "needed" treatment). One step: followers lead no one.
    moved = [m for m in rest if m.id in out]
    follow: dict[str, tuple] = {}
    for c in undecided:
        dests = {out[m.id] for m in moved if _may_dispute(c, m, gaz)}
        if len(dests) == 1:
            follow[c.id] = dests.pop()
    out.update(follow)
    return out


def _join_story_counts(buckets: dict, gaz: Gazetteer, memo: dict | None = None) -> None:
    """One story's counts of one subject (`_story_count_moves`), for every subject but the generic "people"
    (a bare "people" count may be any count of the story): the rescue service's "some 250 rescuers" and the
    police's "more than 200 rescuers working"; the Red Cross's "the same figure of 312" and the organisers'
    "treated 312 runners"; the shipowners' "more than 50" and the port's "38 waiting". Runs last, on the
    buckets as the other rules left them; moved claims are appended in id order."""
    for s, e in sorted(k for k in buckets if not k[1] and k[0] not in GENERIC_SUBJECTS):
        keyed = {k: buckets[k] for k in buckets if k[0] == s and k[1] and buckets[k]}
        if not keyed:
            continue
        moves = _story_count_moves(buckets[(s, e)], keyed, gaz, memo)
        if not moves:
            continue
        rest = buckets[(s, e)]
        for c in rest:
            if c.id in moves:
                buckets[moves[c.id]].append(c)
        left = [c for c in rest if c.id not in moves]
        if left:
            buckets[(s, e)] = left
        else:
            del buckets[(s, e)]


# --------------------------------------------------------------------------- one count under two nouns

KINDS_LOOSE_EVENTS = True
"""May a bucket with no known event (its subject's "" bucket, or a verb the event table does not know) meet a
bucket of another noun with an event? (runners who "needed" treatment / people "taken" to hospital)"""


def _bucket_evented(k: tuple, bucket: list[_C]) -> bool:
    return bool(k[1]) and any(c.event == k[1] for c in bucket)


LIVING_KINDS = {"patient", "survivor", "evacuee"}
"""Nouns of people who are alive by what the noun says: a count of them is never a count of the dead."""


def _kinds_comparable(ka: tuple, ea: bool, kb: tuple, eb: bool) -> bool:
    """Two buckets of different nouns that may be one count (`ea`, `eb`: `_bucket_evented`): the same event; or
    (`KINDS_LOOSE_EVENTS`) one of them says no known event. Two different known events ("missing" / "killed") are
    two counts; a kind of person under arms and one not (`rules.kinds_exclusive`) are never one."""
    if ka[0] == kb[0] or rules.kinds_exclusive(ka[0], kb[0]):
        return False
    if (ka[1] == "killed" and kb[0] in LIVING_KINDS) or (kb[1] == "killed" and ka[0] in LIVING_KINDS):
        return False     # patients are alive: never one count with the dead (rules-1.18, fresh21)
    if ka[1] and ka[1] == kb[1]:
        return True
    return KINDS_LOOSE_EVENTS and ea != eb


def _kinds_evidence(a: _C, b: _C, gaz: Gazetteer) -> bool:
    """Two figures, one of each noun, that a fact-checker would read as one count: different articles tied to one
    event (`_articles_linked`), both asserted, figures that agree and are of one scale, one of them definite ("hundreds"
    and "hundreds" is no evidence), days that do not exclude each
    other (a soft date bounds from above only), places the gazetteer does not know to differ."""
    return (a.article != b.article and a.asserted and b.asserted and (a.definite or b.definite)
            and _agree(a, b) and _same_scale(a, b)
            and _dates_loosely_compatible(a, b)
            and not (a.leaves and b.leaves and _places_known_apart(a.leaves, b.leaves, gaz))
            and _articles_linked([a], [b], gaz))


def _kinds_contradict(a: _C, b: _C, gaz: Gazetteer) -> bool:
    """One source giving the two nouns different figures in one article, same day and place: two counts ("civilians
    killed" and "people killed")."""
    return (a.article == b.article and _same_source(a, b) and _dates_compatible(a, b) and not _agree(a, b)
            and not (a.leaves and b.leaves and _places_known_apart(a.leaves, b.leaves, gaz)))


def _kinds_order(k: tuple, bucket: list[_C]) -> tuple:
    """The bucket that names a merged count: a specific noun before "people", an event before none, then the larger."""
    return (k[0] in GENERIC_SUBJECTS, not _bucket_evented(k, bucket), -len(bucket), k)


def _kinds_pair(ka: tuple, a: list[_C], kb: tuple, b: list[_C], gaz: Gazetteer,
                prev: tuple | None = None) -> tuple[tuple | None, tuple]:
    """(source key, target key, ids of the source's claims that move) for two buckets of different nouns of one
    count, or None. Evidence (`_kinds_evidence`) and nothing contradicting (`_kinds_contradict`); the source is the
    bucket `_kinds_order` puts second, and only its claims of the evidence's story move (its articles or tied ones,
    on a day that does not exclude an evidence figure's). Also returns the scan's state: given back as `prev` when
    both buckets only grew since (the incremental reconciler), only the new pairs of claims are tested (every
    finding is monotone: a contradiction, an evidence pair, an article seen with both nouns, an agreeing pair there)."""
    # across events (one bucket with no known event), the figure of that bucket must say no verb either (the
    # stewards "questioned" are not the people killed, whatever the figures), and be definite: a figure with no
    # event says which count it is only by its value ("hundreds of troops" is not the 264 fighters evacuated)
    loose_a = ka[1] != kb[1] and not _bucket_evented(ka, a)
    loose_b = ka[1] != kb[1] and not _bucket_evented(kb, b)
    aids, bids = frozenset(c.id for c in a), frozenset(c.id for c in b)
    if (prev is not None and prev[0] == (loose_a, loose_b) and prev[1] <= aids and prev[2] <= bids):
        _flags, old_a, old_b, contra, ev, shared = prev
        ev, shared = dict(ev), {k: list(v) for k, v in shared.items()}
        new_b = [y for y in b if y.id not in old_b]
    else:
        old_a, old_b, contra, ev, shared, new_b = frozenset(), frozenset(), False, {}, {}, b
    if not contra:
        # every pair (x, y) of a × b (only the new pairs when `prev` was taken): a contradiction ends the scan (the
        # pair is then None whatever was found); otherwise `ev` and `shared` collect every pair's finding, and both
        # are read order-free. Pairs are visited through an index by article (contradictions and `shared` are of
        # one article, evidence of two), not one by one (speed only).
        def index(ys: list[_C]) -> tuple[dict, list[_C]]:
            by_art: dict[str, list[_C]] = defaultdict(list)
            for y in ys:
                by_art[y.article].append(y)
            evid = [y for y in ys if y.asserted and not (loose_b and (y.event or y.verb or not y.definite))]
            return by_art, evid
        idx_all = index(b)
        idx_new = index(new_b) if new_b is not b else idx_all
        for x in a:
            by_art, evid = idx_new if x.id in old_a else idx_all
            same = by_art.get(x.article, ())
            for y in same:
                if _kinds_contradict(x, y, gaz):
                    contra = True
                    break
            if contra:
                break
            if loose_a and (x.event or x.verb or not x.definite):
                continue
            for y in same:
                if loose_b and (y.event or y.verb or not y.definite):
                    continue
                # across events the evidence is weaker: an article that gives both nouns figures, none of them
                # agreeing, tells them apart even from two sources (the ferry's crew of 18 and 41 unaccounted)
                seen = shared.setdefault(x.article, [False, False])
                seen[0] = True
                seen[1] = seen[1] or _agree(x, y)
            if x.asserted:
                for y in evid:
                    if y.article != x.article and _kinds_evidence(x, y, gaz):
                        ev[x.id] = x
                        ev[y.id] = y
    state = ((loose_a, loose_b), aids, bids, contra, ev, shared)
    if contra or not ev:
        return None, state
    if (loose_a or loose_b) and any(both and not agreed for both, agreed in shared.values()):
        return None, state
    (ks, src), (kt, _tgt) = sorted([(ka, a), (kb, b)], key=lambda kv: _kinds_order(*kv), reverse=True)
    evs = [ev[i] for i in sorted(ev)]
    ev_arts = {e.article for e in evs}
    moved = []
    for c in src:
        for e in evs:
            if ((c.article == e.article or (c.article not in ev_arts and _articles_linked([c], [e], gaz)))
                    and _dates_loosely_compatible(c, e)
                    and not (c.leaves and e.leaves and _places_known_apart(c.leaves, e.leaves, gaz))):
                moved.append(c.id)
                break
    if not moved:
        return None, state
    return (ks, kt, tuple(moved)), state


def _kinds_moves(buckets: dict, gaz: Gazetteer, cache: dict | None = None, ver: dict | None = None) -> dict[str, tuple]:
    """claim id -> (source key, target key): one count named with two nouns in one story (girls / students
    abducted; runners / people taken to hospital). Each pair of buckets of different nouns that may be one count
    (`_kinds_comparable`) is tested (`_kinds_pair`); a source bucket with exactly one target moves its story's claims
    there. Decided on the buckets as given: a moved claim draws no other. `cache` / `ver` (the incremental
    reconciler's): pair results kept per pair of bucket versions."""
    keys = sorted(k for k, v in buckets.items() if v)
    evented = {k: _bucket_evented(k, buckets[k]) for k in keys}
    by_source: dict[tuple, list] = defaultdict(list)
    for i, ka in enumerate(keys):
        for kb in keys[i + 1:]:
            if not _kinds_comparable(ka, evented[ka], kb, evented[kb]):
                continue
            if cache is not None:
                stamp = (ver[ka], ver[kb])
                hit = cache.get((ka, kb))
                if hit is not None and hit[0] == stamp:
                    res = hit[1]
                else:
                    res, state = _kinds_pair(ka, buckets[ka], kb, buckets[kb], gaz, hit[2] if hit is not None else None)
                    cache[(ka, kb)] = (stamp, res, state)
            else:
                res = _kinds_pair(ka, buckets[ka], kb, buckets[kb], gaz)[0]
            if res is not None:
                by_source[res[0]].append(res)
    out: dict[str, tuple] = {}
    for ks in sorted(by_source):
        if len(by_source[ks]) != 1:
            continue
        _ks, kt, ids = by_source[ks][0]
        for cid in ids:
            out[cid] = (ks, kt)
    return out


def _kinds_apply(k: tuple, pre: list[_C], moves: dict[str, tuple], into: dict[tuple, list[_C]]) -> list[_C]:
    """A bucket after `_kinds_moves`: its claims that stay, then those moved in, in id order."""
    out = [c for c in pre if c.id not in moves] if moves else list(pre)
    out += into.get(k, ())
    return out


def _join_kinds(buckets: dict, gaz: Gazetteer) -> None:
    moves = _kinds_moves(buckets, gaz)
    if not moves:
        return
    into: dict[tuple, list[_C]] = defaultdict(list)
    for k in sorted(buckets):
        for c in buckets[k]:
            if c.id in moves:
                into[moves[c.id][1]].append(c)
    for v in into.values():
        v.sort(key=lambda c: c.id)
    for k in sorted(set(buckets) | set(into)):
        lst = _kinds_apply(k, buckets.get(k, []), moves, into)
        if lst:
            buckets[k] = lst
        else:
            buckets.pop(k, None)


GENERIC_SUBJECTS = {"person"}


def _rest_key(c: _C) -> tuple[str, str]:
    """The bucket of an eventless claim that joined no event: its subject's "" bucket, or, for a verb the
    event table does not know, that verb's own bucket (two unknown verbs are not known to be one count)."""
    return (c.subject, c.verb)

ATTEND_EVENT = "attended"


def _merge_attendance(buckets: dict) -> None:
    """Crowds: the people, supporters, protesters or marchers who attended (marched, rallied, joined,
    were drawn) one event are one count told with different nouns by different sides. All "attended"
    buckets of a partition become one (named by its largest subject); places, dates and the articles'
    ties still split different events apart."""
    keys = sorted(k for k in buckets if k[1] == ATTEND_EVENT)
    if len(keys) < 2:
        return
    main = min(keys, key=lambda k: (-len(buckets[k]), k))
    for k in keys:
        if k != main:
            buckets[main].extend(buckets.pop(k))
"""Subjects that say only "people": a wildcard among the human subjects of one partition."""


_IDS = object()
"""Memo key tag of a bucket's member-id sets (`_member_ids`): never equal to a claim id."""


def _member_ids(memo: dict, k: tuple, bucket: list[_C]) -> frozenset:
    """The ids of `bucket`, as the same frozenset object as the last call's when the set is unchanged,
    with (in `memo`) the previous set and the members added since, when the bucket only grew: lets
    `_linked_any` tell "nothing changed" and "these few are new" without scanning the bucket per claim."""
    ids = frozenset(o.id for o in bucket)
    last = memo.get((_IDS, k))
    if last is not None and last[0] == ids:
        return last[0]
    if last is not None and last[0] <= ids:
        memo[(_IDS, k)] = (ids, last[0], [o for o in bucket if o.id not in last[0]])
    else:
        memo[(_IDS, k)] = (ids, None, None)
    return ids


def _linked_any(memo: dict, c: _C, k: tuple, bucket: list[_C], ids: frozenset, test) -> bool:
    """`any(test(o) for o in bucket)`, remembered per (claim, bucket) between the incremental
    reconciler's calls: `test` is a pure function of the two claims, so when the bucket only grew
    since the last call a True stays True and a False needs only the new members tested."""
    seen = memo.get((c.id, k))
    if seen is not None and seen[0] is ids:
        return seen[1]  # the very same member set as last time
    step = memo.get((_IDS, k))
    if seen is not None and step is not None and step[0] is ids and step[1] is not None and seen[0] is step[1]:
        # last seen at the previous member set, which the current one extends by `step[2]`
        hit = seen[1] or any(test(o) for o in step[2])
    elif seen is not None and seen[0] <= ids:
        if seen[1]:
            hit = True
        else:
            hit = any(test(o) for o in bucket if o.id not in seen[0])
    else:
        hit = any(test(o) for o in bucket)
    memo[(c.id, k)] = (ids, hit)
    return hit


def _reconcile_partition(cs: list[_C], gaz: Gazetteer, policy: Policy = DEFAULT_POLICY,
                         cache: dict | None = None, parts: "_PartsIndex | None" = None,
                         memo: dict | None = None) -> list[Fact]:
    """The facts of one partition. `cache` (old key -> Fact, replaced by the keys used now) lets the
    incremental reconciler skip rebuilding groups that did not change; claims are immutable by id.
    `parts` is the partition's parts index kept up to date by the incremental reconciler (it holds
    exactly the claims `cs`); without it the parts are searched from scratch."""
    cs = sorted(cs, key=lambda c: c.id)
    if not cs:
        return []
    unit = cs[0].unit
    matches = parts.chosen() if parts is not None else _find_parts(cs, gaz)
    part_of = {p.id: m for m in matches for p in m.parts}
    buckets = _event_buckets([c for c in cs if c.id not in part_of], gaz, memo)
    facts = []
    used: dict = {}
    for subject, event in sorted(buckets):
        if cache is not None:
            # a bucket whose claims and parts did not change gives the same facts: skip its grouping
            ids = tuple(c.id for c in buckets[(subject, event)])
            idset = set(ids)
            mine_all = tuple((m.total.id, tuple(p.id for p in m.parts)) for m in matches if m.total.id in idset)
            bkey = ("bucket", subject, event, ids, mine_all)
            hit = cache.get(bkey)
            if hit is not None:
                used[bkey] = hit
                facts.extend(hit)
                continue
            start = len(facts)
        for pg in _place_groups(buckets[(subject, event)], gaz):
            for g in (s for dg in _date_split(pg, gaz, event in rules.CUMULATIVE_EVENTS) for s in _article_split(dg, gaz)):
                mine = [m for m in matches if m.total.id in g.members]
                for m in mine:
                    for p in m.parts:
                        g.add(p, RULE_PARTS)
                if cache is None:
                    facts.append(_build_fact(unit, subject, event, g, mine, policy))
                    continue
                key = (subject, event, g.places, g.date, g.tag, tuple((cid, rule) for cid, (_c, rule) in sorted(g.members.items())),
                       tuple((m.total.id, tuple(p.id for p in m.parts)) for m in mine))
                fact = cache.get(key) or _build_fact(unit, subject, event, g, mine, policy)
                used[key] = fact
                facts.append(fact)
        if cache is not None:
            used[bkey] = facts[start:]
    if cache is not None:
        cache.clear()
        cache.update(used)
    return _unique_ids(facts)


def _unique_ids(facts: list[Fact]) -> list[Fact]:
    """Give facts that share a key (subject, event, places, date) ids of their own.

    Two groups can share a key (e.g. two undated, placeless groups of one subject that
    nothing ties together); the picture is keyed by fact id, so each then gets an id
    that also hashes its smallest claim id — decided by the set of claims, not their order.
    """
    count: dict[str, int] = defaultdict(int)
    for f in facts:
        count[f.fact_id] += 1
    if all(n == 1 for n in count.values()):
        return facts
    out = []
    for f in facts:
        if count[f.fact_id] > 1:
            tail = hashlib.sha256(f"{f.fact_id}|{min(f.claim_ids)}".encode()).hexdigest()[:16]
            f = f.model_copy(update={"fact_id": "f_" + tail})
        out.append(f)
    return out


def _dedupe(claims: Iterable[Claim]) -> dict[str, Claim]:
    out: dict[str, Claim] = {}
    for c in claims:
        if c.claim_id in out and out[c.claim_id] != c:
            # two different claims under one id: keep the same one whatever the order
            keep = min((out[c.claim_id], c), key=lambda x: x.model_dump_json())
            out[c.claim_id] = keep
        else:
            out.setdefault(c.claim_id, c)
    return out


def reconcile(claims: Iterable[Claim], gazetteer: Gazetteer | None = None,
              policy: Policy = DEFAULT_POLICY) -> list[Fact]:
    """The facts the set of claims supports, sorted by fact id. Order of `claims` does not matter."""
    gaz = gazetteer or rules.default_gazetteer()
    parts: dict[tuple[str, str, str], list[_C]] = defaultdict(list)
    for claim in _dedupe(claims).values():
        c = _prepare(claim, gaz)
        parts[_pkey(c)].append(c)
    facts = [f for key in sorted(parts) for f in _reconcile_partition(parts[key], gaz, policy)]
    return sorted(facts, key=lambda f: f.fact_id)


# --------------------------------------------------------------------------- incremental partition state

def _reuse(cache: dict, used: dict, key: tuple, facts: list[Fact]) -> bool:
    """Take the cached facts of `key` into `facts` (and keep them for the next call), if there are any."""
    hit = cache.get(key)
    if hit is None:
        return False
    used[key] = hit
    facts.extend(hit)
    return True


def _group_key(g: _Group, matches: list[_PartsMatch]) -> tuple:
    """All a group's facts depend on: its places, date, tag, members with their rules, and its totals' parts."""
    return (g.places, g.date, g.tag, tuple((cid, rule) for cid, (_c, rule) in sorted(g.members.items())),
            tuple((m.total.id, tuple(p.id for p in m.parts)) for m in matches if m.total.id in g.members))


def _bucket_facts(unit: str, key: tuple[str, str], bucket: list[_C], matches: list[_PartsMatch], gaz: Gazetteer,
                  policy: Policy, cache: dict) -> list[Fact]:
    """The facts of one (subject, event) bucket: exactly the loop body of `_reconcile_partition` for one
    bucket. `cache` (group key -> Fact) is the bucket's previous groups; it is replaced by the ones used."""
    subject, event = key
    facts: list[Fact] = []
    used: dict = {}
    for pg in _place_groups(bucket, gaz):
        # the facts of a place group are a function of its members (with their rules), its places and the
        # parts of its totals: a place group the new report did not touch is not split by date and article
        # again (the split reads nothing outside the group; speed only, the same facts)
        pkey = ("place-group", *_group_key(pg, matches))
        if _reuse(cache, used, pkey, facts):
            continue
        start = len(facts)
        for dg in _date_split(pg, gaz, event in rules.CUMULATIVE_EVENTS):
            # the same for a date group (of a place group that changed) the new report did not touch
            dkey = ("date-group", *_group_key(dg, matches))
            if _reuse(cache, used, dkey, facts):
                continue
            dstart = len(facts)
            for g in _article_split(dg, gaz):
                mine = [m for m in matches if m.total.id in g.members]
                for m in mine:
                    for p in m.parts:
                        g.add(p, RULE_PARTS)
                gkey = (subject, event, g.places, g.date, g.tag,
                        tuple((cid, rule) for cid, (_c, rule) in sorted(g.members.items())),
                        tuple((m.total.id, tuple(p.id for p in m.parts)) for m in mine))
                fact = cache.get(gkey) or _build_fact(unit, subject, event, g, mine, policy)
                used[gkey] = fact
                facts.append(fact)
            used[dkey] = facts[dstart:]
        used[pkey] = facts[start:]
    cache.clear()
    cache.update(used)
    return facts


def _attend_main(natives: dict) -> tuple | None:
    """The bucket `_merge_attendance` merges every "attended" bucket into (the only one when alone)."""
    keys = [k for k in natives if k[1] == ATTEND_EVENT]
    return min(keys, key=lambda k: (-len(natives[k]), k)) if keys else None


class _Partition:
    """One partition of the incremental reconciler, kept up to date add by add (performance only).

    It computes what `_reconcile_partition` computes — the same buckets, in the same order, then the same
    facts per bucket — but touches only what the new claims can change:
    * the evented claims of a bucket (`fixed`) only ever grow while the parts chosen stay the same, so the
      "agrees"/"linked" tests of `_event_buckets`' `target` are kept per (claim, bucket) as the set of
      buckets that hit, and a new member is tested only against the claims that depend on its bucket;
    * only the eventless claims, the "people" claims and the cumulative "story" moves that depend on a
      bucket that changed are decided again;
    * only buckets whose claim list (in order) or parts changed are regrouped into facts;
    * `_unique_ids` is kept with counts of the partition's fact ids.
    Whenever the parts chosen change, a new claim is a part, or the "attended" bucket that the others
    merge into changes, the bucket state is rebuilt from all the partition's claims (`_rebuild`)."""

    def __init__(self, gaz: Gazetteer, policy: Policy) -> None:
        self.gaz = gaz
        self.policy = policy
        self.claims: dict[str, _C] = {}
        self.unit: str | None = None
        self.parts = _PartsIndex(gaz)
        self.memo: dict = {}
        self.sig: tuple = ()
        self.matches: list[_PartsMatch] = []
        self.part_of: set[str] = set()
        self.blist: dict[tuple, list[_C]] = {}
        self.bsig: dict[tuple, tuple] = {}
        self.bbase: dict[tuple, list[Fact]] = {}
        self.bfinal: dict[tuple, list[Fact]] = {}
        self.bcache: dict[tuple, dict] = {}
        self.idcount: dict[str, int] = defaultdict(int)
        self.idholders: dict[str, set] = defaultdict(set)
        self.pre: dict[tuple, list[_C]] = {}
        """Each bucket as every rule but `_join_kinds` leaves it (`final_list`); `pre_ids` its claim ids, `kver` its
        version (a stamp of `kclock` taken whenever its claims change)."""
        self.pre_ids: dict[tuple, list[str]] = {}
        self.kver: dict[tuple, int] = {}
        self.kclock = 0
        self.kcache: dict = {}
        self.kmoves: dict[str, tuple] = {}
        self._reset()

    def _reset(self) -> None:
        self.natives: dict[tuple, list[_C]] = {}
        self.native_ids: dict[tuple, list[str]] = {}
        self.main: tuple | None = None
        self.fixed: dict[tuple, list[_C]] = {}
        self.fba: dict[tuple, dict[str, list[_C]]] = {}
        self.eventless: dict[str, _C] = {}
        self.ev_by_subject: dict[str, dict[str, _C]] = defaultdict(dict)
        self.ev_generic: dict[str, _C] = {}
        self.e_dest: dict[str, tuple] = {}
        self.own: dict[str, set] = defaultdict(set)
        self.link: dict[str, set] = defaultdict(set)
        self.p_dest: dict[str, tuple | None] = {}
        self.s_dest: dict[str, tuple] = {}
        self.into_e: dict[tuple, dict[str, _C]] = defaultdict(dict)
        self.into_p: dict[tuple, dict[str, _C]] = defaultdict(dict)
        self.into_s: dict[tuple, dict[str, _C]] = defaultdict(dict)
        self.v_dest: dict[str, tuple] = {}
        """eventless claim id -> the bucket `_join_story_counts` moved it to (one story's count of its subject)."""
        self.v_by_subject: dict[str, set] = defaultdict(set)
        self.into_v: dict[tuple, dict[str, _C]] = defaultdict(dict)
        self.evaluated: set[tuple] = set()
        """(claim id, bucket) pairs whose hits are kept in `own` / `link`."""
        self._prev: tuple | None = None

    # ----------------------------------------------------------------- the tests of `_event_buckets`

    def _agrees(self, c: _C, o: _C) -> bool:
        return _agree(c, o) and (not c.leaves or not o.leaves or self.gaz.sets_comparable(c.leaves, o.leaves))

    def _linked_to(self, c: _C, o: _C) -> bool:
        return o.article != c.article and self._agrees(c, o) and _articles_linked([c], [o], self.gaz)

    def _hits_from_scratch(self, c: _C, k: tuple) -> None:
        self.evaluated.add((c.id, k))
        prev = self._prev
        if prev is not None and (c.id, k) in prev[0] and k in prev[3]:
            # the same pure tests were made before the rebuild against a subset of this bucket:
            # what hit still hits, and only the members added since are tested
            added = prev[4].get(k)
            if added is None:
                was = prev[3][k]
                now = {o.id for o in self.fixed[k]}
                added = prev[4][k] = [o for o in self.fixed[k] if o.id not in was] if was <= now else False
            if added is not False:
                if k in prev[1].get(c.id, ()) or any(self._agrees(c, o) for o in added if o.article == c.article):
                    self.own[c.id].add(k)
                if k in prev[2].get(c.id, ()) or any(self._linked_to(c, o) for o in added):
                    self.link[c.id].add(k)
                return
        if any(self._agrees(c, o) for o in self.fba[k].get(c.article, ())):
            self.own[c.id].add(k)
        if any(self._linked_to(c, o) for o in self.fixed[k]):
            self.link[c.id].add(k)

    def _push(self, c: _C, k: tuple, o: _C) -> bool:
        """`o` joined fixed bucket `k`, one of the buckets `c` is tested against: update c's hits."""
        if o.article == c.article:
            if k not in self.own[c.id] and self._agrees(c, o):
                self.own[c.id].add(k)
                return True
        elif k not in self.link[c.id] and self._linked_to(c, o):
            self.link[c.id].add(k)
            return True
        return False

    def _target(self, c: _C) -> tuple | None:
        own = self.own.get(c.id)
        if own:
            return next(iter(own)) if len(own) == 1 else None
        link = self.link.get(c.id)
        return next(iter(link)) if link and len(link) == 1 else None

    def _own_dispute(self, c: _C) -> tuple | None:
        return _own_dispute(c, self.fixed, self.fba, self.gaz)

    def _eventless_keys(self, c: _C) -> list[tuple]:
        generic = c.subject in GENERIC_SUBJECTS
        return [k for k in self.fixed if k[1] and (k[0] == c.subject or generic)]

    def _person_dependents(self, k: tuple) -> list[_C]:
        if k[0] in GENERIC_SUBJECTS:
            return []
        g = ("person", k[1])
        return self.fixed.get(g, []) if g != k else []

    # ----------------------------------------------------------------- adding claims

    def add(self, new: list[_C]) -> set[tuple] | None:
        """Store the new claims; return the buckets to look at again, or None for "everything"."""
        for c in new:
            self.claims[c.id] = c
            if self.unit is None:
                self.unit = c.unit
            self.parts.add(c)
        matches = self.parts.chosen()
        sig = tuple((m.total.id, tuple(p.id for p in m.parts)) for m in matches)
        if sig != self.sig or any(c.id in self.part_of for c in new):
            return self._rebuild(matches, sig)
        dirty = self._insert(sorted(new, key=lambda c: c.id))
        if dirty is None:
            return self._rebuild(matches, sig)
        return dirty

    def _rebuild(self, matches: list[_PartsMatch], sig: tuple) -> None:
        self.matches, self.sig = matches, sig
        self.part_of = {p.id for m in matches for p in m.parts}
        # the hits made so far, with the bucket members they were made against (reused when a bucket only grew)
        prev = (self.evaluated, dict(self.own), dict(self.link), {k: {o.id for o in v} for k, v in self.fixed.items()}, {})
        self._reset()
        self._prev = prev
        try:
            dirty = self._insert([c for c in sorted(self.claims.values(), key=lambda c: c.id) if c.id not in self.part_of])
        finally:
            self._prev = None
        assert dirty is not None
        return None

    def _insert(self, new: list[_C]) -> set[tuple] | None:
        """Add non-part claims (sorted by id) to the bucket state; None when it must be rebuilt."""
        evented = [c for c in new if c.event]
        for c in evented:
            nk = (c.subject, c.event)
            lst = self.natives.setdefault(nk, [])
            ids = self.native_ids.setdefault(nk, [])
            i = bisect.bisect_left(ids, c.id)
            lst.insert(i, c)
            ids.insert(i, c.id)
        if any(c.event == ATTEND_EVENT for c in evented):
            main = _attend_main(self.natives)
            if self.main is not None and main != self.main:
                return None  # the attended buckets merge into another one: rebuild
            self.main = main
        changed: dict[tuple, list[_C]] = defaultdict(list)
        for c in evented:
            changed[self.main if c.event == ATTEND_EVENT else (c.subject, c.event)].append(c)
        dirty: set[tuple] = set(changed)
        old_keys = set(self.fixed)
        recheck: set[str] = set()   # eventless / person claims whose hits changed
        for fk, added in changed.items():
            if fk == self.main:
                att = sorted(k for k in self.natives if k[1] == ATTEND_EVENT)
                self.fixed[fk] = list(self.natives[fk]) + [c for k in att if k != fk for c in self.natives[k]]
            else:
                self.fixed[fk] = list(self.natives[fk])
            arts = self.fba.setdefault(fk, {})
            for o in added:
                arts.setdefault(o.article, []).append(o)
            if fk in old_keys:
                deps = [c for c in itertools.chain(self.ev_by_subject.get(fk[0], {}).values(), self.ev_generic.values())]
                deps += [c for c in self._person_dependents(fk) if c.id in self.p_dest]
                for c in deps:
                    for o in added:
                        if self._push(c, fk, o):
                            recheck.add(c.id)
        new_keys = [k for k in changed if k not in old_keys]
        for k in new_keys:  # a new bucket: every claim tested against it (old ones)
            deps = [c for c in itertools.chain(self.ev_by_subject.get(k[0], {}).values(), self.ev_generic.values())]
            deps += [c for c in self._person_dependents(k) if c.id in self.p_dest]
            for c in deps:
                self._hits_from_scratch(c, k)
                recheck.add(c.id)
        # new eventless claims
        for c in new:
            if not c.event:
                self.eventless[c.id] = c
                (self.ev_generic if c.subject in GENERIC_SUBJECTS else self.ev_by_subject[c.subject])[c.id] = c
                for k in self._eventless_keys(c):
                    self._hits_from_scratch(c, k)
                recheck.add(c.id)
        # new "people" claims of an event (members of fixed[("person", e)]): tested against its event's buckets
        for fk, added in changed.items():
            if fk[0] in GENERIC_SUBJECTS:
                keys = [k for k in self.fixed if k[1] == fk[1] and k[0] not in GENERIC_SUBJECTS]
                for c in added:
                    self.p_dest[c.id] = None
                    for k in keys:
                        self._hits_from_scratch(c, k)
                    recheck.add(c.id)
        touched_events: set[str] = {k[1] for k in changed}
        # eventless decisions: the new ones, the ones whose hits changed, and (own_dispute) every one
        # whose subject's buckets changed
        subjects = {k[0] for k in changed}
        redo = {cid for cid in recheck if cid in self.eventless}
        if changed:
            for s in subjects:
                redo.update(self.ev_by_subject.get(s, {}))
            redo.update(self.ev_generic)
        for cid in sorted(redo):
            c = self.eventless[cid]
            dest = self._target(c) or self._own_dispute(c) or _rest_key(c)
            was = self.e_dest.get(cid)
            if was != dest:
                if was is not None:
                    del self.into_e[was][cid]
                    dirty.add(was)
                    touched_events.add(was[1])
                self.into_e[dest][cid] = c
                self.e_dest[cid] = dest
                dirty.add(dest)
                touched_events.add(dest[1])
        # "people" decisions
        for cid in sorted(recheck):
            if cid not in self.p_dest:
                continue
            c = self.claims[cid]
            dest = self._target(c)
            was = self.p_dest[cid]
            if was != dest:
                g = self._person_key_of(c)
                if was is not None:
                    del self.into_p[was][cid]
                    dirty.add(was)
                if dest is not None:
                    self.into_p[dest][cid] = c
                    dirty.add(dest)
                self.p_dest[cid] = dest
                dirty.add(g)
                touched_events.add(g[1])
        # the cumulative "story" moves of the touched events
        for e in sorted(touched_events):
            g = ("person", e)
            if e in rules.CUMULATIVE_EVENTS and g in self.fixed:
                self._story(g, dirty)
        self._story_counts(dirty)
        return dirty

    def _story_counts(self, dirty: set) -> None:
        """`_join_story_counts` for the subjects whose buckets changed: its moves depend only on the subject's
        eventless bucket and its buckets with an event or a verb, as the earlier rules left them (every change
        to those marks a bucket of the subject dirty), so the subject's moves are decided again from scratch
        (the pair tests remembered in `memo`) and diffed against the previous ones."""
        subjects = sorted({k[0] for k in dirty if k[0] not in GENERIC_SUBJECTS
                           and ((k[0], "") in self.into_e or self.v_by_subject.get(k[0]))})
        if not subjects:
            return  # no eventless claim of those subjects, none moved before: nothing to decide
        wanted = set(subjects)
        by_subject: dict[str, set] = defaultdict(set)
        for into in (self.fixed, self.into_e, self.into_p, self.into_s):
            for k in into:
                if k[1] and k[0] in wanted:
                    by_subject[k[0]].add(k)
        for s_ in subjects:
            rest = self._pre_count_list((s_, ""))
            keyed = {}
            for k in sorted(by_subject.get(s_, ())):
                lst = self._pre_count_list(k)
                if lst:
                    keyed[k] = lst
            moves = _story_count_moves(rest, keyed, self.gaz, self.memo) if rest and keyed else {}
            for cid in sorted(self.v_by_subject.get(s_, set()) | set(moves)):
                was, now = self.v_dest.get(cid), moves.get(cid)
                if was == now:
                    continue
                if was is not None:
                    del self.into_v[was][cid]
                    del self.v_dest[cid]
                    self.v_by_subject[s_].discard(cid)
                    dirty.add(was)
                if now is not None:
                    self.into_v[now][cid] = self.claims[cid]
                    self.v_dest[cid] = now
                    self.v_by_subject[s_].add(cid)
                    dirty.add(now)
                dirty.add((s_, ""))

    def _pre_count_list(self, k: tuple) -> list[_C]:
        """A non-generic subject's bucket as `_join_story_counts` finds it (every rule but its own applied)."""
        out = self._pre_story_list(k)
        out += [self.into_s[k][i] for i in sorted(self.into_s.get(k, ()))]
        return out

    def _person_key_of(self, c: _C) -> tuple:
        return ("person", ATTEND_EVENT) if c.event == ATTEND_EVENT else ("person", c.event)

    def _story(self, g: tuple, dirty: set) -> None:
        memo, gaz = self.memo, self.gaz
        members = self.fixed[g]
        anchored = {self.p_dest[c.id] for c in members if self.p_dest.get(c.id) is not None}
        new_dest: dict[str, tuple] = {}
        if anchored:
            base = {k: self._pre_story_list(k) for k in sorted(anchored)}
            base_ids = {k: _member_ids(memo, ("story",) + k, v) for k, v in base.items()}
            for c in members:
                if self.p_dest.get(c.id) is not None:
                    continue

                def same_story(o: _C, c: _C = c) -> bool:
                    return _same_scale(c, o) and _articles_linked([c], [o], gaz)
                story = [k for k in base if _linked_any(memo, c, ("story",) + k, base[k], base_ids[k], same_story)]
                if len(story) == 1:
                    new_dest[c.id] = story[0]
        for c in members:
            was, now = self.s_dest.get(c.id), new_dest.get(c.id)
            if was != now:
                if was is not None:
                    del self.into_s[was][c.id]
                    del self.s_dest[c.id]
                    dirty.add(was)
                if now is not None:
                    self.into_s[now][c.id] = c
                    self.s_dest[c.id] = now
                    dirty.add(now)
                dirty.add(g)

    def _pre_story_list(self, k: tuple) -> list[_C]:
        out = list(self.fixed.get(k, ()))
        out += [self.into_e[k][i] for i in sorted(self.into_e.get(k, ()))]
        out += [self.into_p[k][i] for i in sorted(self.into_p.get(k, ()))]
        return out

    def final_list(self, k: tuple) -> list[_C]:
        """`_event_buckets(...)[k]` of the partition's non-part claims before `_join_kinds` ([] when there is no
        such bucket); `refresh` applies that last rule."""
        if k[0] in GENERIC_SUBJECTS and k[1]:
            out = [c for c in self.fixed.get(k, ()) if self.p_dest.get(c.id) is None and c.id not in self.s_dest]
            out += [self.into_e[k][i] for i in sorted(self.into_e.get(k, ()))]
            return out
        out = self._pre_count_list(k)
        if not k[1] and self.v_dest:
            out = [c for c in out if c.id not in self.v_dest]
        out += [self.into_v[k][i] for i in sorted(self.into_v.get(k, ()))]
        return out

    # ----------------------------------------------------------------- facts

    def refresh(self, dirty: set[tuple] | None) -> tuple[list[Fact], list[Fact]]:
        """Regroup the buckets that changed; the facts of the touched buckets before and after."""
        if dirty is None:
            cands = set(self.blist) | set(self.fixed) | set(self.pre)
            for into in (self.into_e, self.into_p, self.into_s, self.into_v):
                cands.update(k for k, v in into.items() if v)
        else:
            cands = set(dirty)
        # the buckets as every rule but `_join_kinds` leaves them (only the dirty ones can have changed), then
        # that rule decided again on all of them (pair results kept per pair of bucket versions)
        for k in cands:
            pre = self.final_list(k)
            ids = [c.id for c in pre]
            if ids == self.pre_ids.get(k, []):
                continue
            self.kclock += 1
            if pre:
                self.pre[k], self.pre_ids[k], self.kver[k] = pre, ids, self.kclock
            else:
                self.pre.pop(k, None)
                self.pre_ids.pop(k, None)
                self.kver.pop(k, None)
        moves = _kinds_moves(self.pre, self.gaz, self.kcache, self.kver) if len(self.pre) > 1 else {}
        for ks, kt in set(self.kmoves.values()) | set(moves.values()):
            cands.add(ks)
            cands.add(kt)
        self.kmoves = moves
        kinto: dict[tuple, list[_C]] = defaultdict(list)
        for cid in sorted(moves):
            kinto[moves[cid][1]].append(self.claims[cid])
        touched: set[tuple] = set()
        ids_changed: set[str] = set()
        for k in sorted(cands):
            lst = _kinds_apply(k, self.pre.get(k, ()), moves, kinto)
            if lst:
                idset = {c.id for c in lst}
                msig = tuple((m.total.id, tuple(p.id for p in m.parts)) for m in self.matches if m.total.id in idset)
            else:
                msig = ()
            if k in self.blist and lst == self.blist[k] and msig == self.bsig[k]:
                continue
            for f in self.bbase.get(k, ()):
                self.idcount[f.fact_id] -= 1
                self.idholders[f.fact_id].discard(k)
                ids_changed.add(f.fact_id)
            touched.add(k)
            if not lst:
                self.blist.pop(k, None)
                self.bsig.pop(k, None)
                self.bbase.pop(k, None)
                self.bcache.pop(k, None)
                continue
            base = _bucket_facts(self.unit, k, lst, self.matches, self.gaz, self.policy, self.bcache.setdefault(k, {}))
            self.blist[k], self.bsig[k], self.bbase[k] = lst, msig, base
            for f in base:
                self.idcount[f.fact_id] += 1
                self.idholders[f.fact_id].add(k)
                ids_changed.add(f.fact_id)
        for fid in ids_changed:
            touched.update(self.idholders.get(fid, ()))
            if self.idcount.get(fid) == 0:
                del self.idcount[fid]
                self.idholders.pop(fid, None)
        old: list[Fact] = []
        new: list[Fact] = []
        for k in sorted(touched):
            old.extend(self.bfinal.pop(k, ()))
            if k in self.bbase:
                final = [f if self.idcount[f.fact_id] == 1 else _unique_copy(f) for f in self.bbase[k]]
                self.bfinal[k] = final
                new.extend(final)
        return old, new


def _unique_copy(f: Fact) -> Fact:
    """`_unique_ids` for one fact whose id another fact of the partition shares."""
    tail = hashlib.sha256(f"{f.fact_id}|{min(f.claim_ids)}".encode()).hexdigest()[:16]
    return f.model_copy(update={"fact_id": "f_" + tail})


class Reconciler:
    """Incremental reconciliation: `add` one claim, get back the facts it changed.

    The state after any sequence of `add`s equals `reconcile(claims())`; adding the same
    claim id twice is a no-op.
    """

    def __init__(self, claims: Iterable[Claim] = (), gazetteer: Gazetteer | None = None,
                 policy: Policy = DEFAULT_POLICY):
        self._gaz = gazetteer or rules.default_gazetteer()
        self._policy = policy
        self._claims: dict[str, Claim] = {}
        self._facts: dict[str, Fact] = {}
        self._partitions: dict[tuple[str, str, str], _Partition] = {}
        self._add(list(_dedupe(claims).values()))

    def _add(self, fresh: list[Claim]) -> tuple[dict[str, Fact], dict[str, Fact]]:
        by_partition: dict[tuple[str, str, str], list[_C]] = defaultdict(list)
        for claim in sorted(fresh, key=lambda c: c.claim_id):
            c = _prepare(claim, self._gaz)
            self._claims[c.id] = claim
            by_partition[_pkey(c)].append(c)
        old: dict[str, Fact] = {}
        new: dict[str, Fact] = {}
        for key in sorted(by_partition):
            part = self._partitions.get(key)
            if part is None:
                part = self._partitions[key] = _Partition(self._gaz, self._policy)
            o, n = part.refresh(part.add(by_partition[key]))
            for f in o:
                old[f.fact_id] = self._facts.pop(f.fact_id)
            for f in n:
                new[f.fact_id] = f
            self._facts.update((f.fact_id, f) for f in n)
        return old, new

    def add(self, claim: Claim) -> list[Fact | FactRetired]:
        """Add one claim; return the new snapshots of facts it changed, then the facts it retired."""
        return self.add_many([claim])

    def add_many(self, claims: Iterable[Claim]) -> list[Fact | FactRetired]:
        """Add several claims at once (the claims of one report); return the facts they changed, then
        the facts they retired. The state after it is the one `add` one by one gives (the state
        depends only on the set of claims); only the intermediate snapshots are not produced, and
        each partition the claims touch is regrouped once rather than once per claim."""
        fresh = [c for c in _dedupe(claims).values() if c.claim_id not in self._claims]
        if not fresh:
            return []
        old, new = self._add(fresh)
        changed: list[Fact | FactRetired] = [new[fid] for fid in sorted(new)
                                             if old.get(fid) is not new[fid] and old.get(fid) != new[fid]]
        retired = sorted(set(old) - set(new))
        holders: dict[str, list[str]] = defaultdict(list)
        if retired:
            for f in new.values():
                for cid in f.claim_ids:
                    holders[cid].append(f.fact_id)
        for fid in retired:
            # the new fact holding most of its claims (ties: the smallest id)
            shared = Counter(h for cid in set(old[fid].claim_ids) for h in holders.get(cid, ()))
            into = min(shared, key=lambda h: (-shared[h], h)) if shared else None
            reason = (f"merged: its claims now belong to fact {into}" if into else "its claims were regrouped")
            changed.append(FactRetired(fact_id=fid, merged_into=into, reason=reason))
        return changed

    def knows(self, claim_id: str) -> bool:
        """Whether the claim was added (adding it again changes nothing)."""
        return claim_id in self._claims

    def facts(self) -> list[Fact]:
        return [self._facts[fid] for fid in sorted(self._facts)]

    def claims(self) -> list[Claim]:
        return [self._claims[cid] for cid in sorted(self._claims)]

    def fact_of(self, claim_id: str) -> Fact | None:
        """The fact a claim belongs to now, if any."""
        for f in self._facts.values():
            if claim_id in f.claim_ids:
                return f
        return None
