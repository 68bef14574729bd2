"""The small, editable tables and pure helpers the reconciliation engine decides with.

Everything here is a function of one claim (or two), never of arrival order:
normalised subject and event, canonical places and their part-of chain
(`gazetteer.toml`), the side a claim speaks for, and the interval a figure allows.
See docs/reconcile.md for the rules in words.
"""
from __future__ import annotations

import math
import re
import tomllib
from functools import lru_cache
from pathlib import Path

from contracts.claims import Claim

GAZETTEER_PATH = Path(__file__).with_name("gazetteer.toml")

# --------------------------------------------------------------------------- subjects

IRREGULAR_SINGULAR = {
    "men": "man", "women": "woman", "children": "child", "people": "person", "persons": "person",
    "police": "police", "personnel": "personnel", "staff": "staff", "troops": "troop", "lives": "life",
    "wives": "wife", "bodies": "body", "casualties": "casualty", "militia": "militia",
    "media": "media", "data": "data", "buses": "bus", "viruses": "virus", "gases": "gas", "series": "series", "species": "species", "news": "news",
}

SUBJECT_SYNONYMS = {
    # canonical <- variants (all singular, lower case)
    "person": {"person", "people", "individual", "human", "turnout", "crowd", "attendee", "attendance", "entry"},
    "civilian": {"civilian", "noncombatant", "non-combatant"},
    "child": {"child", "kid", "minor"},
    "girl": {"girl", "schoolgirl"},
    "boy": {"boy", "schoolboy"},
    "student": {"student", "pupil", "schoolchild"},
    "troop": {"troop", "soldier", "serviceman", "servicemember", "servicemen"},
    "fighter": {"fighter", "combatant", "defender"},
    "rider": {"rider", "passenger"},
    "voter": {"voter", "vote", "ballot"},
    "job": {"job", "position", "post", "role"},
    "refugee": {"refugee"},
    "prisoner": {"prisoner", "inmate", "detainee", "convict"},
    "pay": {"pay", "rise", "raise", "pay rise", "offer", "wage", "salary", "pay offer"},
    "ship": {"ship", "vessel"},
    "apartment": {"apartment", "flat"},
    "protester": {"protester", "protestor", "demonstrator"},
}
_SUBJECT_CANON = {v: k for k, vs in SUBJECT_SYNONYMS.items() for v in vs}

SUBJECT_PART_OF = {
    # a part subject -> the totals it can be a part of ("18 men + 14 women + 8 children = 40 civilians")
    "man": {"civilian", "person", "refugee", "hostage", "prisoner", "resident"},
    "woman": {"civilian", "person", "refugee", "hostage", "prisoner", "resident"},
    "child": {"civilian", "person", "refugee", "hostage", "prisoner", "resident"},
    "boy": {"child", "civilian", "person", "refugee", "hostage", "student"},
    "girl": {"child", "civilian", "person", "refugee", "hostage", "student"},
    "elderly": {"civilian", "person", "refugee", "resident"},
}

DEMOGRAPHIC_SUBJECTS = {"man", "woman", "child", "boy", "girl", "adult", "elderly"}
"""Sex and age groups: a figure of them is most often a part of a story's count of people ("38 of them men and
six women", "26,140 children and 22,170 adults"), whatever the people are called (runners, residents, hostages):
each is a part subject of every kind of person (`subject_part_of`), never a merged role (`person_role`)."""

PERSON_KINDS = {
    "civilian", "resident", "refugee", "migrant", "worker", "miner", "employee", "passenger", "rider",
    "protester", "marcher", "demonstrator", "voter", "student", "girl", "boy", "child", "man", "woman",
    "patient", "survivor", "victim", "hostage", "captive", "prisoner", "tourist", "guest", "villager", "troop",
    "fighter", "driver", "crew", "officer",
    "evacuee", "spectator", "fan", "supporter", "participant", "striker", "pupil", "daughter",
    "arrival", "member", "teacher", "parent", "relative", "steward",
    # roles of the people a story counts (2026-11-23): runners, skiers, nurses, rescuers, residents are people
    "runner", "athlete", "competitor", "starter", "finisher", "skier", "climber", "hiker", "rescuer", "firefighter",
    "nurse", "doctor", "medic", "physician", "dockworker", "docker", "staff", "personnel", "official",
    "adult", "elderly", "pensioner", "pilgrim", "inhabitant", "occupant", "shopper",
    "visitor", "farmer", "protestor", "activist", "journalist", "labourer", "laborer", "sailor", "seafarer",
    "crewman", "policeman", "guard",
}
"""Kinds of people: a bare "people" count may be any of them (a headline's "27 people" and the body's
"27 workers"). They share the person family (one partition); only the generic "person" crosses them."""

COMBATANT_KINDS = {"troop", "fighter", "militant", "rebel", "insurgent", "guerrilla", "mercenary"}
"""Kinds of people under arms: never one count with a kind of person not under arms (civilians, residents,
passengers), whatever the figures say (`engine._kinds_comparable`); a bare "people" count may still be either."""


def kinds_exclusive(a: str, b: str) -> bool:
    """Two specific kinds of person that are never one count: one under arms, the other not."""
    if a in GENERIC_PERSON or b in GENERIC_PERSON:
        return False
    return (a in COMBATANT_KINDS) != (b in COMBATANT_KINDS)


GENERIC_PERSON = {"person"}

DEATH_NOUNS = {"death", "dead", "fatality", "toll", "death toll", "body", "corpse"}
"""A subject that already says "died": "300 deaths" counts persons killed."""

# --------------------------------------------------------------------------- events

EVENT_SYNONYMS = {
    # canonical <- variants: whole phrases or the event's first word (a verb in any form)
    "evacuated": {"evacuated", "evacuate", "evacuates", "evacuating", "evacuation", "left", "leave", "leaves",
                  "leaving", "departed", "depart", "taken", "take", "taken out", "rescued", "rescue", "removed", "brought out",
                  "got out", "gotten out", "exited", "pulled out", "bused out", "transferred", "moved",
                  "relocated"},
    "killed": {"killed", "kill", "kills", "died", "die", "dead", "drowned", "drown", "confirmed dead",
               "burned to death", "slay", "perish", "murder", "death", "deaths", "slain", "perished",
               "lost their lives", "lost lives", "murdered", "fatalities"},
    "injured": {"injured", "wounded", "hurt", "injuries", "injure", "wound"},
    "abducted": {"abducted", "abduct", "kidnapped", "kidnap", "taken hostage", "taken captive", "seized",
                 "snatched", "abduction", "kidnapping"},
    "escaped": {"escaped", "escape", "broke free", "fled captivity", "ran away", "reunited", "returned"},
    "displaced": {"displaced", "fled", "flee", "fleeing", "forced from their homes", "uprooted", "forced",
                  "forced out", "made homeless", "crossed", "crossed into", "cross", "entered", "enter"},
    "missing": {"missing", "unaccounted", "unaccounted for", "still missing", "remain missing", "reported missing",
                "remained missing"},
    "arrested": {"arrested", "detained", "arrest", "detain", "jailed", "jail"},
    "captured": {"captured", "capture", "taken prisoner", "surrendered", "surrender", "captive"},
    "voted": {"voted", "vote", "votes", "cast ballots", "cast their ballots", "turned out", "participated"},
    "attended": {"attended", "attend", "gathered", "turned up", "showed up", "marched", "march", "rallied",
                 "rally", "protested", "demonstrated", "joined", "join", "took part", "take part", "drew",
                 "taken part", "packed", "packed into", "passed through", "filled", "stayed away", "walked out",
                 "stayed at home", "stayed home", "stopped work", "downed tools", "went on strike"},
    "running": {"running", "ran", "run", "runs", "operating", "operated", "in service"},
    "rode": {"rode", "ride", "rides", "riding", "ridden"},
    "sheltering": {"sheltering", "shelter", "sheltered", "holed up", "hiding", "hid"},
    "deployed": {"deployed", "stationed", "kept", "massed", "entrenched"},
    "closed": {"closed", "close", "closing", "shut", "shut down", "shuts", "closure", "closures"},
    "aboard": {"aboard", "on board", "board", "carried", "carrying", "carry"},
    "damaged": {"damaged", "damage", "destroyed", "destroy", "damaged or destroyed", "ruined", "buried", "flattened",
                "swept away", "razed", "levelled", "leveled", "collapsed"},
    # prisoners, hostages and detainees let go ("freed in the swap", "handed over", "came home")
    "released": {"released", "release", "freed", "free", "set free", "handed over", "handed", "swapped", "swap",
                 "exchanged", "exchange", "repatriated", "liberated", "came home", "come home", "returned home"},
}
_EVENT_CANON = {v: k for k, vs in EVENT_SYNONYMS.items() for v in vs}

CUMULATIVE_EVENTS = {"killed", "injured", "missing", "damaged"}
"""Tolls that reports keep updating (the dead, the injured, the missing, homes destroyed so far): figures of
one story from different report days are one fact, and a later report's figure updates an earlier one
instead of disputing it. Not flows that are counted per day (evacuated, crossed/displaced, arrested: "46
left on Tuesday, 40 on Thursday" are two counts) nor events that happen once at a size (attended, voted)."""

REPORTING_VERBS = {
    "said", "say", "says", "told", "counted", "count", "estimated", "estimate", "reported", "report", "announced",
    "announce", "put", "gave", "give", "showed", "show", "shows", "dismissed", "disputed", "compared", "recorded",
    "record", "confirmed", "claimed", "tallied", "tampered", "cited", "quoted", "added", "insisted", "noted",
    "registered", "register", "listed", "logged",
}
"""Verbs of telling a figure, not of the counted event ("police counted 38,000", "the firm dismissed
… 1 million votes"): as an event they say nothing, so the claim is read as eventless."""


def singular(word: str) -> str:
    """A rough English singular for head nouns ("refugees" -> "refugee", "buses" -> "bus")."""
    w = word.lower()
    if w in IRREGULAR_SINGULAR:
        return IRREGULAR_SINGULAR[w]
    for suf, rep in (("ies", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("xes", "x"),
                     ("ses", "se"), ("s", "")):
        if w.endswith(suf) and len(w) > len(suf) + 2 and not w.endswith("ss"):
            return w[: -len(suf)] + rep
    return w


def _words(text: str | None) -> list[str]:
    return re.findall(r"[a-z0-9][a-z0-9'.:\-]*", (text or "").lower().replace("’", "'"))


QUANTITY_WORDS = {"tens", "hundreds", "thousands", "millions", "billions", "dozens", "dozen", "scores", "number",
                  "numbers", "total", "some", "about", "around", "more", "than", "over", "at", "least", "up",
                  "nearly", "almost", "least", "a", "an", "the", "all", "many", "several", "few", "another",
                  "other", "those", "these", "its", "their", "whose"}
_SUBJECT_BREAKS = {"of", "from", "in", "at", "to", "on", "who", "that", "which", "with", "for", "by", "near",
                   "inside", "during", "after", "before", "under", "into", "were", "was", "have", "had", "are"}


def normalize_subject(subject: str | None) -> str:
    """The counted thing as one canonical singular head noun.

    "Ukrainian fighters" -> "fighter"; "civilians from the plant" -> "civilian" (the head comes before
    a preposition or relative clause); "tens of thousands of people" -> "person" (quantity words skipped).
    """
    words = [w.strip(".:'-") for w in _words(subject) if re.search(r"[a-z]", w)]
    words = [w for w in words if w]
    if not words:
        return ""
    phrase = " ".join(words)
    if phrase in DEATH_NOUNS:
        return "death"
    segments, cur = [], []
    for w in words:
        if w in _SUBJECT_BREAKS:
            segments.append(cur)
            cur = []
        else:
            cur.append(w)
    segments.append(cur)
    head = words[-1]
    for seg in segments:
        content = [w for w in seg if w not in QUANTITY_WORDS]
        while len(content) > 1 and _verb_base(content[-1]) in _EVENT_CANON:
            content.pop()  # "people killed" -> "people"
        if content:
            head = content[-1]
            break
    head = singular(head)
    if head in DEATH_NOUNS:
        return "death"
    return _SUBJECT_CANON.get(head, head)


def normalize_event(event: str | None) -> str:
    """The event as a canonical verb plus any qualifier kept verbatim.

    "left" / "were taken" / "rescued" -> "evacuated"; "rode Metro by 11 a.m." -> "rode metro by 11 a.m.":
    a qualifier such as "by 11 a.m." marks a different (partial) count, so it stays in the key.
    A place after "to"/"from"/"in" is dropped (places are compared separately).
    """
    words = _words(event)
    while words and words[0] in _AUXILIARIES:
        words = words[1:]
    if not words or (words[0] in REPORTING_VERBS and " ".join(words) not in _EVENT_CANON):
        return ""
    head, rest = words[:1], words[1:]
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        canon = _EVENT_CANON.get(phrase) or (_EVENT_CANON.get(_verb_base(phrase)) if n == 1 else None)
        if canon:
            head, rest = [canon], words[n:]
            break
    # a trailing place phrase ("taken to Novoazovsk", "evacuated from Azovstal") is not part of the event
    if rest and rest[0] in _PLACE_PREPOSITIONS and not any(re.match(r"\d", t) for t in rest):
        rest = []
    return " ".join(head + rest)


def _verb_base(word: str) -> str:
    """The first of word's plausible base forms that the event table knows ("rescuing" -> "rescue")."""
    cands = [word]
    for suf, rep in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""),
                     ("es", ""), ("s", "")):
        if word.endswith(suf) and len(word) > len(suf) + 2:
            base = word[: -len(suf)] + rep
            cands.append(base)
            if len(base) > 2 and base[-1] == base[-2]:
                cands.append(base[:-1])  # "kidnapped" -> "kidnapp" -> "kidnap"
    # a base form also stands for its past participle ("forces" -> "force" -> "forced")
    cands += [c + suf for c in list(cands) for suf in ("ed", "d")]
    return next((c for c in cands if c in _EVENT_CANON), word)


_AUXILIARIES = {"were", "was", "been", "be", "being", "are", "is", "have", "has", "had", "got", "get", "reportedly"}
_PLACE_PREPOSITIONS = {"to", "from", "in", "at", "into", "out", "of", "near", "inside", "toward", "towards",
                       "across", "around", "via", "through"}


def normalize_subject_event(claim: Claim) -> tuple[str, str]:
    """Subject and event together: "300 deaths" is (person, killed)."""
    subject = normalize_subject(claim.subject)
    # a death noun's own verb is left as the extractor read it (see docs: "a death noun's event always
    # killed" was tried and dropped); other single-word events are completed from the evidence
    event = normalize_event(claim.event if subject == "death" else _event_phrase(claim))
    if subject and _qualified(claim, subject):
        subject = "suspected " + subject   # "90 suspected cases" are not the 212 confirmed ones
    elif subject and is_increment(claim):
        subject = "more " + subject   # "three more workers died": added to a toll, never a figure of it
    if subject in ARRIVAL_NOUNS:
        subject = "person"
        if event in {"", "registered", "recorded", "reported", "counted"}:
            event = "displaced"   # "15,200 arrivals", "48,300 arrivals registered": people who crossed
    if subject == "prisoner" and event.split(" ")[0] == "displaced":
        event = "escaped" + event[len("displaced"):]   # inmates who "fled" the jail escaped it
    if subject in CROWD_NOUNS and not event:
        event = "attended"   # "118,000 marchers", "34,200 spectators", "3,000 strikers": people who attended
    if subject == "death":
        subject = "person"
        if event in {"", "killed", "reported", "recorded", "confirmed"} or _is_body_count(claim.subject):
            event = "killed"    # bodies found, left or recovered are the dead whatever the verb
    return subject, event


def known_event(event: str) -> bool:
    """Is this normalised event one of the event table's verbs (with any qualifier)? A verb the table does
    not know ("passed", "derailed", "identified", "sickens") says little about *which* count a figure is:
    the engine reads such a claim as eventless for joining (`engine._prepare`), keeping the verb only to
    keep apart the claims that join nothing."""
    return bool(event) and event.split()[0] in EVENT_SYNONYMS


_STATE_PREPOSITIONS = _PLACE_PREPOSITIONS | {"on", "by", "under", "without", "with", "still", "behind"}


def subject_event_verb(claim: Claim) -> tuple[str, str, str]:
    """(subject, event, verb) as the engine groups by: a verb the event table does not know is no event
    (`known_event`) and is returned as `verb` instead; a death noun's verb is kept as read (see
    `normalize_subject_event`)."""
    subject, event = normalize_subject_event(claim)
    if (not event or known_event(event) or normalize_subject(claim.subject) == "death"
            or event.split()[0] in _STATE_PREPOSITIONS):
        return subject, event, ""   # "at the hostel", "in boarding": a state, not a verb, still tells counts apart
    return subject, "", event


UNCONFIRMED_QUALIFIERS = {"suspected", "probable", "possible", "presumed", "unconfirmed", "likely"}
"""Words before a counted noun that make it a different count from the confirmed one."""


def is_increment(claim: Claim) -> bool:
    """The figure counts what came on top of an earlier count: "Three more workers died", "dozens more were
    missing", "2,000 more tents" ("more" right after the figure, not "more than"). Such a figure is a
    difference, never one side's figure of the count it adds to, so it does not join that count's fact."""
    text, q = claim.evidence.text or "", claim.quantity.span
    start = q.end - claim.evidence.start
    if not (0 <= start <= len(text)):
        return False
    rest = re.split(r"[.;:!?]", text[start:start + 200])[0]
    m = re.match(r"\s+more\b(?!\s*,)", rest)
    # "1 million more, or fewer", "millions more may have lost their lives … than the official count": a
    # comparison, not an addition
    return m is not None and "than" not in _words(rest[m.end():])


def _qualified(claim: Claim, subject: str) -> bool:
    """The words between the figure and its counted noun hold an unconfirmed qualifier
    ("Another 90 suspected cases"), or the subject itself does."""
    words = set(_words(claim.subject))
    if words & UNCONFIRMED_QUALIFIERS:
        return True
    text, q = claim.evidence.text or "", claim.quantity.span
    start = q.end - claim.evidence.start
    if not (0 <= start <= len(text)):
        return False
    after = _words(text[start:start + 60])[:4]
    head = next((i for i, w in enumerate(after) if singular(w) == subject or w == subject), None)
    return head is not None and bool(set(after[:head]) & UNCONFIRMED_QUALIFIERS)


def _event_phrase(claim: Claim) -> str | None:
    """The event, completed from the evidence when the extractor kept only its first word of a phrase the
    event table knows ("stayed" of "stayed at home", "taken" of "taken part", "stopped" of "stopped work")."""
    event = claim.event
    words = _words(event)
    if len(words) != 1 or not claim.evidence.text:
        return event
    m = re.search(rf"\b{re.escape(words[0])}\b((?:\s+[a-z]+){{1,2}})", claim.evidence.text.lower())
    if not m:
        return event
    nxt = m.group(1).split()
    for n in range(len(nxt), 0, -1):
        phrase = " ".join([words[0], *nxt[:n]])
        if phrase in _EVENT_CANON:
            return phrase
    return event


def _is_body_count(subject: str | None) -> bool:
    return any(singular(w) in BODY_NOUNS for w in _words(subject))


BODY_NOUNS = {"body", "corpse"}

CROWD_NOUNS = {"spectator", "marcher", "protester", "protestor", "demonstrator", "striker", "rallygoer"}
"""A subject that already says "attended" (like a death noun says "killed"): a figure of marchers, spectators or
strikers with no event of its own (or only a verb of telling: "police counted 118,000 marchers") counts the
people who attended the march, the match, the strike — one count with the organisers' "120,000 people joined"."""

ARRIVAL_NOUNS = {"arrival", "new arrival", "entrant", "border crossing"}
"""A subject that already says "crossed": "15,200 arrivals" counts persons who came across (displaced)."""


def _families() -> dict[str, str]:
    """Subjects linked through SUBJECT_PART_OF share a family: only they can ever interact."""
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for part, totals in list(SUBJECT_PART_OF.items()) + [(k, {"person"}) for k in sorted(PERSON_KINDS)]:
        for t in totals:
            a, b = find(part), find(t)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {x: find(x) for x in parent}


_FAMILY = _families()


DEMONYM_SUFFIXES = ("ian",)
"""A noun ending so names people of a place or a calling (Ukrainians, Palestinians; politicians, guardians):
counted, it is a kind of person even where no table lists it."""


def is_person_kind(subject: str) -> bool:
    """A kind of person: listed in `PERSON_KINDS`, or a noun in "-ian" (a people or a calling)."""
    return subject in PERSON_KINDS or (len(subject) >= 6 and subject.endswith(DEMONYM_SUFFIXES))


def subject_family(subject: str) -> str:
    """The partition a subject belongs to: man, woman, child, civilian, person... share one."""
    fam = _FAMILY.get(subject)
    if fam is None:
        return _FAMILY["person"] if is_person_kind(subject) else subject
    return fam


def subject_part_of(part: str, total: str) -> bool:
    """Can a count of `part` be one of the parts of a count of `total` (men of civilians)? A sex or age group
    (`DEMOGRAPHIC_SUBJECTS`) is a part of any kind of person (men and women of the runners, children and adults
    of the camp's residents), but not of another sex or age group unless the table says so (boys of children)."""
    if total in SUBJECT_PART_OF.get(part, set()):
        return True
    return part in DEMOGRAPHIC_SUBJECTS and is_person_kind(total) and total not in DEMOGRAPHIC_SUBJECTS


# --------------------------------------------------------------------------- places

def _place_norm(name: str) -> str:
    s = re.sub(r"\s+", " ", name.strip().lower().replace("’", "'"))
    s = re.sub(r"^the ", "", s)
    return s.rstrip(".")


class Gazetteer:
    """Canonical place names and their part-of parents, read from `gazetteer.toml`."""

    def __init__(self, data: dict):
        self.canon: dict[str, str] = {}
        self.parent: dict[str, str] = {}
        self._memo: dict[str, str] = {}
        self._sc_memo: dict[tuple, bool] = {}  # sets_comparable / set_within: pure, memoised (speed only)
        self._sw_memo: dict[tuple, bool] = {}
        for name, info in (data.get("places") or {}).items():
            self.canon[_place_norm(name)] = name
            for alias in info.get("aliases", []):
                self.canon.setdefault(_place_norm(alias), name)
            if info.get("part_of"):
                self.parent[name] = info["part_of"]

    @classmethod
    def load(cls, path: Path = GAZETTEER_PATH) -> "Gazetteer":
        with open(path, "rb") as f:
            return cls(tomllib.load(f))

    def canonical(self, place: str) -> str:
        """The gazetteer's name for a place; an unknown place keeps its own words, title-cased."""
        if place not in self._memo:
            self._memo[place] = self._canonical(place)
        return self._memo[place]

    def _canonical(self, place: str) -> str:
        key = _place_norm(place)
        if key in self.canon:
            return self.canon[key]
        # "Azovstal steel plant in Mariupol" style: the first known place named inside it
        for k in sorted(self.canon, key=lambda k: (-len(k), k)):
            if len(k) > 3 and re.search(rf"\b{re.escape(k)}\b", key):
                return self.canon[k]
        return " ".join(w[:1].upper() + w[1:] for w in key.split())

    def known(self, place: str) -> bool:
        """Does the gazetteer know this (canonical) place?"""
        return _place_norm(place) in self.canon or place in self.parent

    def ancestors(self, place: str) -> list[str]:
        out, seen = [], {place}
        p = self.parent.get(place)
        while p and p not in seen:
            out.append(p)
            seen.add(p)
            p = self.parent.get(p)
        return out

    def within(self, inner: str, outer: str) -> bool:
        """inner == outer or inner lies inside outer. A place the gazetteer does not know whose name holds
        another place's whole name lies inside it ("Kalvik Borova Arena" in Kalvik and in Borova Arena)."""
        return inner == outer or outer in self.ancestors(inner) or self._named_within(inner, outer)

    def _named_within(self, inner: str, outer: str) -> bool:
        key = (inner, outer)
        hit = self._memo.get(key)  # type: ignore[call-overload]
        if hit is None:
            i, o = _place_norm(inner), _place_norm(outer)
            hit = (len(o) > 3 and i != o and i not in self.canon
                   and re.search(rf"(?<![\w'-]){re.escape(o)}(?![\w'-])", i) is not None)
            self._memo[key] = hit  # type: ignore[index]
        return hit

    def comparable(self, a: str, b: str) -> bool:
        return self.within(a, b) or self.within(b, a)

    def leaves(self, places) -> tuple[str, ...]:
        """The most specific of a claim's places: [Azovstal, Mariupol] -> (Azovstal,)."""
        canon = sorted({self.canonical(p) for p in places if p and p.strip()})
        return tuple(p for p in canon if not any(q != p and self.within(q, p) for q in canon))

    def sets_comparable(self, a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        # a pure function of two place sets (the gazetteer never changes once read): memoised, bounded
        memo = self._sc_memo
        hit = memo.get((a, b))
        if hit is None:
            hit = any(self.comparable(x, y) for x in a for y in b)
            if len(memo) > 200_000:
                memo.clear()
            memo[(a, b)] = hit
        return hit

    def set_within(self, inner: tuple[str, ...], outer: tuple[str, ...]) -> bool:
        """Every place of `inner` lies in (or is) some place of `outer`."""
        memo = self._sw_memo
        hit = memo.get((inner, outer))
        if hit is None:
            hit = bool(inner) and all(any(self.within(x, y) for y in outer) for x in inner)
            if len(memo) > 200_000:
                memo.clear()
            memo[(inner, outer)] = hit
        return hit


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer.load()


# --------------------------------------------------------------------------- sides

SIDE_ALIASES = {
    # affiliation (lower case) -> side
    "russia": "Russia", "russian": "Russia", "russian federation": "Russia", "moscow": "Russia",
    "kremlin": "Russia", "russian government": "Russia", "russian media": "Russia", "dpr": "Russia",
    "donetsk people's republic": "Russia", "russian-backed separatists": "Russia",
    "ukraine": "Ukraine", "ukrainian": "Ukraine", "kyiv": "Ukraine", "kiev": "Ukraine",
    "ukrainian government": "Ukraine", "ukrainian media": "Ukraine",
}

OUTLET_SIDES = {
    # a speaker (or article outlet) whose name contains these words speaks for this side, whatever
    # affiliation an extractor gave it: state media and their correspondents are their state's side
    ("tass",): "Russia", ("ria",): "Russia", ("ria", "novosti"): "Russia", ("sputnik",): "Russia",
    ("rt",): "Russia", ("russian", "media"): "Russia", ("russian", "state", "media"): "Russia",
    ("izvestia",): "Russia", ("rossiyskaya", "gazeta"): "Russia", ("russian", "ministry"): "Russia",
    ("ukrinform",): "Ukraine", ("ukrainian", "media"): "Ukraine",
}

NEUTRAL_AFFILIATIONS = {"", "media", "press", "news", "independent", "none", "unknown", "unaffiliated",
                        "witness", "witnesses", "journalist", "journalists"}
"""Affiliations that name a kind of speaker, not a party: each such speaker is its own side
(Reuters and AP are independent of each other even though both are "Media")."""


NAME_ARTICLES = {"the", "a", "an"}
"""Articles in a speaker's name say nothing about who it is: "the health ministry" is "health ministry"."""


def _name_tokens(name: str | None) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", (name or "").lower().replace("’", "'"))) - NAME_ARTICLES


def side_of(claim: Claim) -> str:
    """The side a claim speaks for, after grouping outlets with their state.

    - an affiliation naming a party ("Russia", "Russian Federation", "Ukraine", "UN") is the side;
    - a speaker named like a state outlet (TASS, RIA Novosti, "Russian media") is that state's side;
    - a neutral or missing affiliation makes the named speaker its own side ("speaker:reuters");
    - the article's own voice is the outlet's side ("outlet:<outlet or article id>"): articles from
      different outlets are independent of each other, two articles of one outlet are not.
    """
    aff = (claim.speaker.affiliation or "").strip()
    aff_l = re.sub(r"\s+", " ", aff.lower())
    toks = _name_tokens(claim.speaker.name)
    if aff_l in SIDE_ALIASES:
        return SIDE_ALIASES[aff_l]
    for words, side in sorted(OUTLET_SIDES.items()):
        if set(words) <= toks:
            return side
    if aff_l and aff_l not in NEUTRAL_AFFILIATIONS:
        return aff
    if claim.speaker.name and claim.speaker.name.strip():
        return "speaker:" + " ".join(sorted(toks)) if toks else "speaker:" + claim.speaker.name.strip().lower()
    outlet = (claim.article.outlet or "").strip().lower()
    return "outlet:" + (outlet or claim.article.id)


def speaker_key(claim: Claim) -> str | None:
    """Who said it, for supersession: the normalised speaker name; None for the article's own voice."""
    name = claim.speaker.name
    if not name or not name.strip():
        return None
    return " ".join(sorted(_name_tokens(name))) or name.strip().lower()


# --------------------------------------------------------------------------- figures

Interval = tuple[float, float]


def interval_of(claim: Claim) -> Interval:
    """The interval a figure allows; None bounds are open (-inf / +inf).

    low/high win; a missing bound falls back to the value unless the wording leaves that side open
    ("at least 1 million": [1e6, inf); "up to 100": (-inf, 100]).
    """
    q = claim.quantity
    lo = q.low if q.low is not None else (q.value if q.approx != "at_most" else None)
    hi = q.high if q.high is not None else (q.value if q.approx != "at_least" else None)
    lo_f = -math.inf if lo is None else float(lo)
    hi_f = math.inf if hi is None else float(hi)
    if lo_f > hi_f:
        lo_f, hi_f = hi_f, lo_f
    return lo_f, hi_f


def overlaps(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] + 1e-9 and b[0] <= a[1] + 1e-9


def is_bounded(iv: Interval) -> bool:
    return math.isfinite(iv[0]) and math.isfinite(iv[1])


def fmt_number(x: float | int | None) -> str:
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "?"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def fmt_figure(claim: Claim) -> str:
    q = claim.quantity
    if q.text and q.text.strip():
        return q.text.strip()
    lo, hi = interval_of(claim)
    if q.value is not None:
        return fmt_number(q.value)
    return f"{fmt_number(lo)}..{fmt_number(hi)}"


def source_label(claim: Claim, side: str | None = None) -> str:
    """Who gives a figure, for people to read: "Hanna Maliar, Ukraine"; "Reuters, independent" (a
    speaker that is its own side); "the article (Reuters)" / "the article ("<title>")" for the
    article's own voice. Never the side key itself ("speaker:agency news reuters")."""
    side = side if side is not None else side_of(claim)
    name = (claim.speaker.name or "").strip()
    if not name:
        art = claim.article
        if art.outlet and art.outlet.strip():
            return f"the article ({art.outlet.strip()})"
        if art.title and art.title.strip():
            title = art.title.strip()
            return f"the article (“{title[:60] + '…' if len(title) > 60 else title}”)"
        return f"the article ({art.uri or art.id})" if (art.uri or art.id) else "the article"
    if side.startswith(("speaker:", "outlet:")):
        return f"{name}, independent"
    return name if side.lower() in name.lower() else f"{name}, {side}"
