"""Component `speakers`: who says each figure.

Rules of news English, tried in this order for each figure:
1. inside a quotation -> the quote's speaker (“…,” X said / X said: “…” / a colon-introduced
   quote's subject), also across paragraphs while the quote runs on;
2. "N … counted/reported/announced by X" -> X;
3. "the official count/toll/turnout … N" -> the official figure ("official count");
4. "X said (that) … N", "X says …", "X told …", "X confirmed/reported/insisted …" (nearest before N,
   not inside "what X reported"/"as X reported", not a passive "was said to");
5. "according to X";
6. "…N…, X said." / "…N…,” said X" (trailing);
7. "the claim by X that N";
8. a headline ending "– Parents"; an embedded tweet signed "— Name (@handle)";
9. the previous sentence's speaker, in the same paragraph, when it was a verb of saying;
10. otherwise the article's own voice (name None).
Pronouns ("he said", "according to their estimates") go to the last named speaker or
person-like subject before them; a bare surname ("Maliar says") to the full name met before.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from services.extract.components.numbers import TENS, UNITS
from services.extract.components.quotes import quote_at
from services.extract.components.sentences import ABBREVIATIONS
from services.extract.doc import Attribution, Doc, Mention, Sentence, Token

GIVE_VERBS = {"give", "gives", "gave", "given", "giving"}
"""Verbs of telling only when what is given is a figure ("had given a toll of 14"; `GIVEN_FIGURES`, rules-1.18)."""
SAY = GIVE_VERBS | {
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "report", "reports", "reported",
    "reporting", "confirm", "confirms", "confirmed", "confirming", "add", "adds", "added", "adding", "claim",
    "claims", "claimed", "claiming", "insist", "insists", "insisted", "insisting", "state", "states", "stated",
    "announce", "announces", "announced", "announcing", "estimate", "estimates", "estimated", "note", "notes",
    "noted", "write", "writes", "wrote", "tweet", "tweets", "tweeted", "tweeting", "post", "posted", "warn",
    "warns", "warned", "explain", "explains", "explained", "acknowledge", "acknowledges", "acknowledged",
    "admit", "admits", "admitted", "argue", "argues", "argued", "maintain", "maintains", "maintained",
    "allege", "alleges", "alleged", "deny", "denies", "denied", "denying", "dispute", "disputes", "disputed",
    "believe", "believes", "suggest", "suggests", "suggested", "put", "puts", "quoted", "cited", "cites",
    "announced", "declared", "revealed", "reveals", "disclosed", "told", "informed", "briefed", "wrote",
    "testified", "predicted", "predicts", "calculated", "calculates", "found", "finds", "concluded",
    "counted", "counts", "recorded", "records", "registered", "logged", "showed", "shows",
    "complain", "complains", "complained", "stress", "stresses", "stressed", "contend", "contends", "contended",
    "concede", "conceded", "assert", "asserts", "asserted", "recall", "recalled", "recalls",
    "repeated", "repeats", "reiterated", "reiterates",
    # rules-1.17: "the mayor affirmed … that the city already has 'more than 9,000'", "the army spoke of 29 people
    # abducted", "KMT communicated that the tram was carrying about 180"
    "affirm", "affirms", "affirmed", "spoke", "speaks", "communicated", "communicates", "advances",
}
ORG_WORDS = {
    "ministry", "agency", "organization", "organisation", "council", "commission", "society", "group", "union",
    "unions", "federation", "service", "department", "authority", "institute", "office", "company", "committee",
    "police", "army", "military", "government", "party", "mission", "association", "coalition", "alliance",
    "bank", "fund", "court", "network", "forces", "operator", "board", "borders", "analytics", "mining", "media",
    "agency's", "ministry's", "un", "unhcr", "unicef", "who", "iom", "msf", "red", "crescent", "cross", "corp",
    "inc", "ltd", "institute", "center", "centre", "university", "administration", "secretariat", "team",
    "consultancy", "firm", "charity", "organisers", "organizers", "officials", "authorities", "data", "report",
    "survey", "figures", "statistics", "coastguard", "navy", "airline", "railway", "metro", "club", "league",
    "chamber", "directorate", "inspectorate", "utility", "trust",
    # news outlets: "Continental Press", "the Daily Meridian" are not a "she"
    "press", "news", "times", "post", "tribune", "herald", "gazette", "wire", "radio", "television", "tv",
    "broadcaster", "newspaper", "journal", "chronicle",
}
PERSON_TITLES = {"mr", "mrs", "ms", "dr", "sir", "lt", "col", "gen", "capt", "sgt", "maj", "prof", "spokesman",
                 "spokeswoman", "spokesperson", "minister", "president", "governor", "mayor", "leader", "chief",
                 "director", "head", "secretary", "commander", "official", "executive", "chairman",
                 "chairwoman", "coordinator", "manager", "councillor", "deputy", "representative", "envoy",
                 "ambassador", "officer", "adviser", "advisor", "analyst", "correspondent", "reporter", "editor",
                 "surgeon", "doctor", "nurse", "witness", "resident", "mother", "father", "wife", "husband"}
DATA_VERBS = {"counted", "counts", "recorded", "records", "registered", "logged", "showed", "shows", "found",
              "finds", "calculated", "calculates", "believe", "believes"}
DENY = {"deny", "denies", "denied", "denying", "dispute", "disputes", "disputed"}
AGENT_PARTICIPLES = {"counted", "reported", "announced", "estimated", "recorded", "given", "released",
                     "published", "cited", "provided", "confirmed", "compiled", "issued", "quoted", "registered",
                     "tallied", "put", "claimed", "stated", "offered", "cited", "listed", "logged", "supplied"}
STATE_PARTICIPLES = {"confirmed", "reported", "believed", "feared", "presumed", "declared", "listed"}
STATE_AFTER = {"dead", "killed", "missing", "injured", "wounded", "drowned", "alive", "safe", "captured"}
"""'the number of people confirmed dead', '12 reported missing': the participle says what is known of the people, it
is not somebody saying it (rules-1.17)."""
NOT_AGENTS = {"test", "tests", "testing", "analysis", "analyses", "scan", "scans", "sample", "samples", "screening",
              "autopsy", "autopsies", "x-ray", "x-rays", "sequencing", "footage", "images", "imagery"}
"""Heads of a participle's "by" phrase that are a means, not a source: "214 of them confirmed by laboratory tests"
keeps the sentence's speaker (rules-1.18)."""
TIME_AFTER_BY = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                 "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
                 "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "noon",
                 "midnight", "midday", "then", "now", "nightfall", "dawn", "dusk", "yesterday", "today", "tonight",
                 "mid", "late", "early", "last", "this"}
THE_TIME_AFTER_BY = {"end", "time", "weekend", "morning", "evening", "afternoon", "close", "start", "middle"}
"""First words of a "by" phrase that is a time ("1,284 cases had been recorded by Wednesday"), not an agent
(rules-1.18)."""
OWN_DATA = {"figures", "figure", "data", "statistics", "count", "tally", "records", "estimate", "estimates"}
"""What a body's possessive names as its own numbers ("according to its latest figures"; rules-1.18)."""
PASSIVE_AUX = {"was", "were", "is", "are", "be", "been", "being", "'s", "am"}
AUX = {"has", "have", "had", "will", "would", "could", "can", "may", "might", "did", "does", "do", "shall",
       "should", "must", "also", "both", "all", "however", "still", "earlier", "later", "exclusively", "again",
       "further", "then", "previously", "first", "separately", "already", "reportedly", "now", "too",
       "subsequently", "meanwhile", "repeatedly", "initially", "just", "yesterday", "today"}
BACK_STOP_WORDS = {"that", "which", "who", "whom", "whose", "where", "when", "while", "as", "because", "if",
                   "whether", "what", "than", "and", "but", "though", "although", "after", "before", "with",
                   "so", "yet", "or", "since", "until", "how", "why", "once", "whereas", "even", "unless",
                   "without", "about", "by", "to", "for", "from", "of", "on", "in", "at", "into", "like", "not",
                   "is", "are", "was", "were", "be", "been"}
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month",
              "year", "night", "morning", "evening", "afternoon", "weekend"}
NP_INNER_OK = {"of", "for", "on", "in", "at", "to", "from", "by", "the", "a", "an"}  # allowed inside a subject NP
SUBORDINATE = {"what", "which", "as", "than", "if", "whether", "how", "why", "who", "whom", "when"}
CLAUSE_BREAK = {"while", "whereas", "although", "though", "because", "but", "unless"}
PREPOSITIONS = {"in", "on", "at", "after", "before", "during", "since", "until", "following", "from", "with",
                "by", "for", "to", "under", "over", "as", "amid", "despite", "throughout", "within", "into",
                "across", "according", "speaking", "asked", "earlier", "later", "meanwhile", "but", "and",
                "however", "so", "yet", "also", "then", "still", "separately", "elsewhere", "overall"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "our", "my", "him", "them"}
OPEN_Q = {"“", "\"", "‘"}
CLOSE_Q = {"”", "\"", "’"}
PUNCT_BOUNDARY = {",", ";", ":", "“", "”", "\"", "(", ")", "—", "–", ".", "!", "?", "[", "]", "‘"}
PERSON_NOUNS = {
    "source", "sources", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister",
    "governor", "president", "mayor", "chief", "chiefs", "commander", "director", "head", "leader",
    "secretary", "ambassador", "general", "officer", "witness", "witnesses", "resident", "residents", "doctor",
    "doctors", "police", "chairman", "chairwoman", "ceo", "manager", "principal", "commissioner", "teacher",
    "miner", "worker", "workers", "survivor", "analyst", "expert", "experts", "researcher", "researchers",
    "professor", "author", "authors", "man", "woman", "correspondent", "reporter", "organiser", "organizer",
    "organisers", "organizers", "activist", "activists", "lawmaker", "senator", "parents", "parent", "mother",
    "father", "journalist", "coroner", "medic", "colonel", "captain", "major", "sergeant", "lieutenant",
    "admiral", "inspector", "superintendent", "marshal", "brigadier", "sheriff", "judge", "prosecutor", "medics", "paramedic", "rescuer", "rescuers", "ministry",
}
COUNT_NOUNS = {"count", "counts", "toll", "tally", "turnout", "number", "numbers", "figure", "figures", "total",
               "result", "results", "estimate", "estimates", "data", "statistics", "census", "record", "records"}
CLAIM_NOUNS = {"claim", "claims", "estimate", "estimates", "figure", "figures", "report", "reports", "statement",
               "assertion", "allegation", "count", "tally", "assessment", "account", "announcement"}
STUDY_NOUNS = {"study", "survey", "analysis", "poll", "review", "audit", "investigation", "census", "inquiry"}
"""Works whose author's figures they are: "a 2024 study by the University of Kesh found that 61% …"."""
FINDING_VERBS = {"found", "finds", "showed", "shows", "estimated", "estimates", "concluded", "suggested", "suggests",
                 "revealed", "reveals", "put", "puts", "said", "says"}
MAX_NP = 16
POSS_ADJ = {"earlier", "latest", "own", "new", "official", "revised", "initial", "final", "updated", "death",
            "provisional", "previous", "first", "estimated", "original", "lower", "higher", "casualty"}
POSS_GAP = {"of", "at", "stood", "stands", "was", "is", "had", "has", "risen", "rose", "reached", "to", "about",
            "around", "nearly", "almost", "some", "more", "than", "roughly", "approximately", "over", "just",
            "under", "now", "put", "only", "still",
            # a time frame between the count and its figure: "the ministry's count that day was 38,000" (rules-1.17)
            "that", "day", "night", "week", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "then"}
# words that are nouns as often as verbs ("an estimate", "the report"): a verb only when what follows fits
AMBIGUOUS = GIVE_VERBS | {"estimate", "estimates", "estimated", "report", "reports", "reported", "claim", "claims", "count",
             "counts", "counted", "record", "records", "recorded", "post", "posted", "state", "states", "note",
             "notes", "tweet", "tweets", "shows", "showed", "found", "finds", "put", "puts", "cited", "quoted",
             "suggests", "suggested", "registered", "logged", "believe", "believes", "calculated", "calculates",
             "estimates", "cites", "reveals", "revealed", "disputed", "disputes", "noted", "dispute"}
GIVEN_FIGURES = {"toll", "figure", "figures", "estimate", "count", "tally", "number", "total"}
"""What a speaker "gives" when giving is telling (`GIVE_VERBS`)."""
VERB_FOLLOW = {"that", "the", "a", "an", "about", "around", "some", "more", "at", "over", "up", "nearly",
               "almost", "only", "roughly", "its", "his", "her", "their", "there", "it", "he", "she", "they",
               "this", "these", "those", "“", "\"", ":", ",", ".", "on", "in", "last", "yesterday", "today",
               "earlier", "late", "fewer", "less", "just", "as", "hundreds", "thousands", "tens", "dozens",
               "millions", "between", "no", "its", "what", "how", "his", "we", "i", "you", "approximately",
               # a bare weekday after the verb, news-agency style: "biologists estimated Wednesday that about 38,000
               # fish …" (rules-1.18)
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
FINITE = {"had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "can", "should", "did"}
NOUN_AFTER_NAME = {"state", "states", "post", "record", "records", "report"}  # "Tarabe state", "Washington Post"
NOUN_BEFORE = {"the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "this", "that", "these",
               "those", "no", "any", "each", "every", "official", "latest", "new", "first", "final", "initial",
               "previous", "earlier", "own", "whose", "all"}


_NUMBER_WORDS = set(UNITS) | set(TENS)


@dataclass
class Cand:
    """An attribution found in a sentence: its speaker tokens [a, b) and its verb token v."""
    kind: str            # leading | trailing | according | claimby | agent | official | dash | tweet | colon
    a: int
    b: int
    v: int
    name: str
    say_type: bool = True
    denied: bool = False


def _low(tokens: list[Token]) -> list[str]:
    return [t.lower for t in tokens]


def _span_text(doc: Doc, toks: list[Token], a: int, b: int) -> str:
    return doc.text[toks[a].start:toks[b - 1].end]


def _clean_np(low: list[str], toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """Trim a subject NP: leading conjunctions/adverbs and determiners of nothing; reject if unusable."""
    while a < b and (low[a] in ("but", "and", "yet", "so", "meanwhile", "however", "also", "then", "now", "still")
                     or low[a] in PUNCT_BOUNDARY):
        a += 1
    while b > a and low[b - 1] in PUNCT_BOUNDARY:
        b -= 1
    if b - a > 3 and low[a] in ("a", "an", "the") and low[a + 1] in COUNT_NOUNS | CLAIM_NOUNS and \
            low[a + 2] not in ("of", "by", "for", "from", "on", "in", ","):
        a += 3 if low[a + 2] == "that" else 2   # "…, a figure (that) the service's director, Dr X, disputed"
    if a >= b or b - a > MAX_NP:
        return None
    words = low[a:b]
    if all(w in ("the", "a", "an", "this", "that", "these", "those", "some", "many", "both") for w in words):
        return None
    if any(t.text[:1].isdigit() for t in toks[a:b]):
        return None
    if b - a > 1 and any(w in ("he", "she", "we", "i", "they", "you") for w in low[a:b]):
        return None      # '"We are confident we have found …"': "confident we" is no subject
    if any(w in ("said", "says", "say", "told", "tells") for w in low[a:b]):
        return None      # "She said her crew had found …": the subject of "found" is not "She said her crew"
    if low[a] in PREPOSITIONS and low[a] not in ("but", "and"):
        return None
    if any(_name_then_verb(toks, low, k) for k in range(a + 1, b)):
        return None      # "Rask called the gate records …": a name and its verb, so "records" is a noun
    return a, b


def _name_then_verb(toks: list[Token], low: list[str], k: int) -> bool:
    """Is token k a past-tense verb with an object right after a capitalised name ("Teodor Rask called the
    gate records …")? Not a participle ("the Vilmar Institute published on Tuesday found …")."""
    return 0 < k < len(low) - 1 and toks[k - 1].is_cap and not toks[k].is_cap and \
        (low[k].endswith("ed") and len(low[k]) > 4 or low[k] in IRREGULAR_PAST) and \
        low[k + 1] in ("the", "a", "an", "its", "his", "her", "their", "our", "this", "that")


def _is_name(toks: list[Token], a: int, b: int) -> bool:
    """A run of capitalised words ("Taner Yildiz", "Mrs Asabe Kwambura")."""
    return 0 < b - a <= 6 and all(t.is_cap or t.lower in ("de", "van", "von", "al", "bin", "'", "-") for t in toks[a:b])


def _np_like(low: list[str], toks: list[Token], a: int, b: int) -> bool:
    if a >= b or b - a > 10:
        return False
    if low[a] in PREPOSITIONS or low[a] in SUBORDINATE:
        return False
    return low[a] in ("the", "a", "an") or toks[a].is_cap or low[a] in PERSON_NOUNS


def _walk_segment(low: list[str], end: int, toks: list[Token] | None = None) -> int:
    """Start index of the segment ending before `end`, walking back to a boundary."""
    k = end - 1
    while k >= 0 and end - k <= MAX_NP:
        w = low[k]
        if w == "." and k > 0 and low[k - 1] in ABBREVIATIONS and k + 1 < end:
            k -= 1       # "coastguard spokesman Lt. Andreas Kostas"
            continue
        if toks is not None and w in BACK_STOP_WORDS and toks[k].is_cap and 0 < k < end - 1 \
                and toks[k - 1].is_cap and toks[k + 1].is_cap and low[k - 1] not in PUNCT_BOUNDARY:
            k -= 1       # "Doctors Without Borders", "Council For Democracy"
            continue
        if toks is not None and w in ("and", "&") and 0 < k < end - 1 and toks[k - 1].is_cap and toks[k + 1].is_cap \
                and low[k - 1] not in PUNCT_BOUNDARY:
            k -= 1       # "the Disaster Risk Reduction and Management Office" (rules-1.18)
            continue
        if w in PUNCT_BOUNDARY:
            break
        if w in ("that", "who", "which") and k > 0 and k < end - 1 and low[k - 1] not in SAY and \
                low[k - 1] not in PUNCT_BOUNDARY and low[k - 1] not in BACK_STOP_WORDS and low[k - 1] not in AUX:
            k -= 1       # "the company that provides the voting machines said"
            continue
        if w in BACK_STOP_WORDS and not (w in NP_INNER_OK and k > 0 and low[k - 1] not in PUNCT_BOUNDARY
                                         and low[k - 1] not in BACK_STOP_WORDS and k < end - 1):
            break
        k -= 1
    return k + 1


PARENTHETICALS = (("for", "its", "part"), ("for", "their", "part"), ("for", "his", "part"), ("for", "her", "part"),
                  ("in", "turn"), ("however",), ("meanwhile",), ("too",))
"""Asides between a subject and its verb: "The inter-union, for its part, claims 3.5 million"."""


def subject_before(low: list[str], toks: list[Token], v: int) -> tuple[int, int] | None | str:
    """The subject NP of the verb at v, walking back. Returns (a, b), None, or 'passive'."""
    for aside in PARENTHETICALS:
        k = v - 1 - len(aside)
        if k >= 1 and low[v - 1] == "," and tuple(low[k:v - 1]) == aside and low[k - 1] == ",":
            low = low[:k - 1] + low[v:]
            toks = toks[:k - 1] + toks[v:]
            v = k - 1
            break
    j = v - 1
    while j >= 0 and (low[j] in AUX or (low[j].endswith("ly") and len(low[j]) > 4 and low[j] not in ("family",
                                                                                                   "assembly"))):
        j -= 1
    if j >= 1 and low[j] in TIME_WORDS and low[j - 1] in ("on", "last", "this", "late", "early"):
        j -= 2          # "The organisers, who on Sunday put the number at 31": the time is no subject
        while j >= 0 and low[j] in AUX:
            j -= 1
    if j >= 1 and low[j] in ("who", "which") and low[j - 1] == ",":
        a0 = _walk_segment(low, j - 1, toks)
        if a0 < j - 1 and _np_like(low, toks, a0, j - 1):
            return a0, j - 1
    # "Municipal engineers who reached the two towns yesterday said …": the subject is the NP the relative
    # clause hangs on, not the clause's last noun
    for r in range(j, max(0, j - 12), -1):
        if low[r] in PUNCT_BOUNDARY or low[r] in SAY:
            break
        if low[r] == "who" and r >= 1 and low[r - 1] not in PUNCT_BOUNDARY:
            a0 = _walk_segment(low, r, toks)
            if a0 < r and _np_like(low, toks, a0, r):
                return a0, r
            break
    if j < 0:
        return None
    if low[j] in PASSIVE_AUX or low[j] in ("a", "an", "the", "to"):
        return "passive"
    if low[j] in ("not", "n't") :
        j -= 1
        while j >= 0 and low[j] in AUX:
            j -= 1
    appositive = False
    if j >= 0 and low[j] == ",":
        appositive = True
        j -= 1
    if j >= 0 and low[j] == ")":
        k = j - 1
        while k >= 0 and j - k <= 8 and low[k] != "(":
            k -= 1
        if k > 0 and low[k] == "(":
            j = k - 1    # "The union, the Federation of Locomotive Staff (FLS), said"
    if appositive:
        # ", who asked not to be named," -> the NP before the relative clause
        for c in range(j, max(-1, j - 30), -1):
            if low[c] == "," and c + 1 <= j and low[c + 1] in ("who", "which", "whose"):
                e0 = c
                if e0 > 1 and low[e0 - 1] == ")":
                    # "Medical Relief International (MRI), which runs …, said": the name before its acronym
                    k = e0 - 2
                    while k >= 0 and e0 - k <= 8 and low[k] != "(":
                        k -= 1
                    if k > 0 and low[k] == "(":
                        e0 = k
                a0 = _walk_segment(low, e0, toks)
                if a0 < e0 and _np_like(low, toks, a0, e0):
                    return a0, e0
                break
            if low[c] in (".", ";", ":", "“", "”", "\""):
                break
    end = j + 1
    a = _walk_segment(low, end, toks)
    if a >= end:
        return None
    # ", which operates the subway," -> skip the relative clause
    if a > 0 and low[a - 1] in ("which", "who", "whose") and a > 1 and low[a - 2] == ",":
        end2 = a - 2
        a2 = _walk_segment(low, end2, toks)
        if a2 < end2:
            return a2, end2
        return None
    if appositive and a > 1 and low[a - 1] in PREPOSITIONS and low[a - 2] == ",":
        # "Mr Kofi Ansah-Mensah, at a press conference in the afternoon, disputed …": a prepositional aside, the NP
        # before it is the subject (rules-1.18)
        a2 = _walk_segment(low, a - 2, toks)
        if a2 < a - 2 and (_is_name(toks, a2, a - 2) or _np_like(low, toks, a2, a - 2)):
            return a2, a - 2
    if appositive:
        if a > 0 and low[a - 1] == ",":
            a2 = _walk_segment(low, a - 1, toks)
            if a2 < a - 1 and _np_like(low, toks, a2, a - 1):
                if any(t.text[:1].isdigit() for t in toks[a:end]) or \
                        low[a].endswith("ed") and not toks[a].is_cap or low[a] in AGENT_PARTICIPLES:
                    return a2, a - 1     # "the organisers, a coalition of 14 trade unions, said"; "The
                                         # agency's census, published on Wednesday, counted …"
                return a2, end
        if _is_name(toks, a, end) or _np_like(low, toks, a, end):
            return a, end
        return None
    if a > 0 and low[a - 1] == "," and _is_name(toks, a, end):
        a2 = _walk_segment(low, a - 1, toks)
        # (not a clause with a figure: a title-case headline "Death Toll Rises to 38, Police Say"; rules-1.18)
        if a2 < a - 1 and _np_like(low, toks, a2, a - 1) and (a2 == 0 or low[a2 - 1] in PUNCT_BOUNDARY) and \
                not any(t.text[:1].isdigit() for t in toks[a2:a - 1]):
            return a2, end
    return a, end


def _subordinate(low: list[str], a: int) -> bool:
    k = a - 1
    return k >= 0 and low[k] in SUBORDINATE


def _np_after(low: list[str], toks: list[Token], v: int) -> tuple[int, int] | None:
    """The NP after an inverted verb: '…,” said Smartmatic Chief Executive Antonio Mugica in …'."""
    a = v + 1
    b = a
    while b < len(low) and b - a < MAX_NP and low[b] not in PUNCT_BOUNDARY and \
            not (low[b] in ("in", "on", "at", "during", "after", "before", "while", "adding", "who", "yesterday",
                            "today", "last", "this", "earlier", "later", "when") and b > a):
        b += 1
    if b == a:
        return None
    return a, b


def _reported_clause_after(low: list[str], b: int) -> bool:
    """Does the clause go on after an NP with a finite verb or a figure ("… said the real number of people on any
    given night was closer to 1,800")? Then the NP is the subject of what was said, not who said it."""
    for w in low[b:]:
        if w in PUNCT_BOUNDARY:
            return False
        if w in FINITE or toks_is_digit(w):
            return True
    return False


def _short_rest(low: list[str], v: int) -> bool:
    """After a trailing attribution's verb: only an object, time words, a short PP, then a comma or the end."""
    k = v + 1
    count = 0
    while k < len(low) and low[k] not in (",", ";", ".", "!", "?", "—", "–", "(", "”", "\""):
        if low[k] in ("that",) and count == 0:
            return False
        if toks_is_digit(low[k]):
            return False
        count += 1
        k += 1
        if count > 10:
            return False
    return True


def toks_is_digit(w: str) -> bool:
    return w[:1].isdigit()


def sentence_candidates(doc: Doc, sent: Sentence) -> list[Cand]:
    toks = sent.tokens
    low = _low(toks)
    n = len(low)
    cands: list[Cand] = []
    for v, w in enumerate(low):
        if w == "according" and v + 1 < n and low[v + 1] == "to" or \
                w == "as" and v + 1 < n and low[v + 1] == "per" and v + 2 < n and low[v + 2] != "cent":
            a = v + 2   # "according to X", and "as per X" (Indian English: "As per the DCA, there were 68 …")
            b = a
            while b < n and b - a < MAX_NP and low[b] not in (",", ";", ".", "—", "–", "(", ":", "”", "\""):
                b += 1
            if b > a:
                cands.append(Cand("according", a, b, v, _span_text(doc, toks, a, b)))
            continue
        by = v + 1 if v + 1 < n and low[v + 1] == "by" else None
        if by is None and w in STUDY_NOUNS:
            # "A poll of 1,206 adults for this newspaper by the Halden Institute, carried out …, found 58%"
            by = next((k for k in range(v + 2, min(n, v + 9)) if low[k] == "by"), None)
            if by is not None and any(low[k] in PUNCT_BOUNDARY for k in range(v + 1, by)):
                by = None
        if w in CLAIM_NOUNS | STUDY_NOUNS and by is not None:
            a = by + 1
            b = a
            # "of" inside a name ("a study by the University of Kesh found that …") does not end it
            while b < n and b - a < 10 and low[b] not in ("that", ",", ";", ".", "—", *FINDING_VERBS) and not (
                    low[b] == "of" and not (b + 1 < n and toks[b + 1].is_cap)):
                b += 1
            finds = b < n and (low[b] == "that" or low[b] in FINDING_VERBS)
            if not finds and b < n and low[b] == "," and w in STUDY_NOUNS and by > v + 1:
                # its finding verb after an aside: "…, carried out from 10 to 12 November, found 58% …"
                finds = any(low[k] in FINDING_VERBS for k in range(b + 1, n)) and any(t.is_cap for t in toks[a:b])
            if b > a and finds:
                cands.append(Cand("claimby", a, b, v, _span_text(doc, toks, a, b)))
            continue
        if w in AGENT_PARTICIPLES and v >= 3 and low[v - 1] in ("has", "had", "have"):
            # a contact clause after a figure: "not the 41 Costavia has reported", "the 161 passengers Costavia has
            # listed" (rules-1.17): who reported the figure
            k = v - 2
            while k >= 0 and toks[k].is_cap and v - 2 - k < 4:
                k -= 1
            figure_before = k >= 0 and (toks_is_digit(low[k]) or k >= 1 and toks_is_digit(low[k - 1])
                                        and low[k].isalpha() and not toks[k].is_cap)
            if k < v - 2 and figure_before:
                cands.append(Cand("agent", k + 1, v - 1, v, _span_text(doc, toks, k + 1, v - 1)))
                continue
        if w not in SAY and not (w in AGENT_PARTICIPLES and v + 1 < n and low[v + 1] == "by"):
            continue            # "the "about 60" given by the operator": an agent of a participle not of saying
        if w in STATE_PARTICIPLES and v + 1 < n and low[v + 1] in STATE_AFTER:
            continue            # "the number of people confirmed dead", "reported missing": a state, not a saying
        if v + 1 < n and low[v + 1] == "by":
            if w in AGENT_PARTICIPLES:
                a = v + 2
                b = a
                while b < n and b - a < 10 and low[b] not in PUNCT_BOUNDARY and low[b] not in (
                        "in", "on", "at", "that", "which", "who", "and", "as", "for", "during", "with"):
                    b += 1
                time_by = low[a] in TIME_AFTER_BY or low[a] == "the" and a + 1 < n and low[a + 1] in THE_TIME_AFTER_BY
                if b > a and low[b - 1] not in NOT_AGENTS and not time_by:
                    cands.append(Cand("agent", a, b, v, _span_text(doc, toks, a, b)))
            continue
        if w in AMBIGUOUS:
            nxt = low[v + 1] if v + 1 < n else "."
            prv = low[v - 1] if v > 0 else ""
            if w in NOUN_AFTER_NAME and v > 0 and toks[v - 1].is_cap and low[v - 1] not in PRONOUNS:
                continue
            # "The UNHCR put Monday's arrivals … at 15,200", "The ministry put participation at 31 per cent"
            put_at = w in ("put", "puts", "estimated", "estimates") and "at" in low[v + 2:v + 10] and \
                prv not in NOUN_BEFORE and not prv.endswith("'s")
            if w in GIVE_VERBS:
                # "The agency had given a toll of 14", "the ministry gave a death toll of 31": giving a figure is
                # telling it; giving anything else is not ("gave 300 blankets", "gave birth"; rules-1.18)
                if prv in NOUN_BEFORE or not any(low[k] in GIVEN_FIGURES and k + 1 < n and low[k + 1] == "of"
                                                 for k in range(v + 1, min(n - 1, v + 5))):
                    continue
            elif not put_at and (prv in NOUN_BEFORE or prv.endswith("'s") or not (
                    nxt in VERB_FOLLOW or nxt[:1].isdigit() or nxt.split("-")[0] in _NUMBER_WORDS)):
                continue
        say_type = w not in DATA_VERBS
        denied = w in DENY
        # inverted: '…,” said X' / '…, said X'
        if v > 0 and (low[v - 1] in (",", "”", "\"") or (v > 1 and low[v - 1] in CLOSE_Q)) and \
                w in ("said", "says", "added", "adds", "claimed", "wrote", "insisted", "noted", "explained",
                      "tweeted", "reported", "stated", "according"):
            # not "told": what follows it is the audience ('…," the spokeswoman, Jana Horvat, told Continental Press')
            np = _np_after(low, toks, v)
            if np and any(w in FINITE for w in low[np[0]:np[1]]):
                np = None        # "Local officials …, the worst hit, said the hospital there had treated …"
            if np and _reported_clause_after(low, np[1]):
                np = None        # "Its chief executive, David Aluko, said the real number … was closer to 1,800"
            # a lower-case title before a name is the speaker too ("…, said shelter manager Tom Becker")
            if np and (toks[np[0]].is_cap or low[np[0]] in ("the", "a", "an") or any(
                    t.is_cap for t in toks[np[0] + 1:np[1]])) and low[np[0]] not in PRONOUNS:
                cands.append(Cand("trailing", np[0], np[1], v, _span_text(doc, toks, *np), say_type, denied))
                continue
        # a headline's "…, Says US Think-Tank"
        if sent.headline and w in ("says", "say") and toks[v].is_cap and v > 0 and low[v - 1] == ",":
            np = (v + 1, n)
            if np[1] > np[0]:
                cands.append(Cand("trailing", np[0], np[1], v, _span_text(doc, toks, *np), say_type, denied))
                continue
        if w in ("adding", "saying", "claiming", "insisting", "noting", "warning") and v > 0 and low[v - 1] == ",":
            # "…, said Musa Idris, the district head, adding that 9 …": the attribution before covers it; with none
            # before, the sentence's subject says it ("The trust hit back, saying only around 1,300 …", rules-1.17)
            if not any(c.v < v for c in cands):
                np = _subject_np(low, toks, v)
                if np and (_is_name(toks, *np) or kind_of(_span_text(doc, toks, *np)) in ("person", "org")) and \
                        not any(low[k] in (";", ":", "“", "”", "\"") for k in range(np[1], v)):
                    cands.append(Cand("leading", np[0], np[1], v, _span_text(doc, toks, *np), True, False))
            continue
        sub = subject_before(low, toks, v)
        if sub is None and v > 0 and low[v - 1] in ("and", "but") and cands and cands[-1].kind == "leading" \
                and cands[-1].v < v:
            prev = cands[-1]     # "X said it had found … but noted that …": the same subject
            cands.append(Cand("leading", prev.a, prev.b, v, prev.name, w not in DATA_VERBS, w in DENY))
            continue
        if sub is None and v > 0 and low[v - 1] in ("and", "but") and w not in DATA_VERBS:
            # "Minister Irena Dolenc called that figure false and said …": the sentence's subject says it
            np = _first_np(doc, sent, v)
            if np and not any(t.text[:1].isdigit() for t in toks[np[0]:np[1]]) and \
                    (_is_name(toks, *np) or kind_of(_span_text(doc, toks, *np)) in ("person", "org")) and \
                    not any(low[k] in (";", ":", "who", "which", "whom") for k in range(np[1], v)):
                cands.append(Cand("leading", np[0], np[1], v, _span_text(doc, toks, *np), True, w in DENY))
            continue
        if sub is None or sub == "passive":
            continue
        a, b = sub
        cl = _clean_np(low, toks, a, b)
        if cl is None:
            continue
        a, b = cl
        if low[b - 1] in NOT_AGENTS:
            continue             # "Laboratory tests have confirmed …, the institute said": a means says nothing
        if _subordinate(low, a):
            continue
        if low[a] in ("there", "it", "this") and b - a == 1 and low[a] != "it":
            continue
        before = low[a - 1] if a > 0 else ""
        trailing = a > 0 and before in (",", "”", "\"", "—", "–") and _short_rest(low, v)
        # "what X reported" / "as X reported" are not attributions of the sentence
        cands.append(Cand("trailing" if trailing else "leading", a, b, v, _span_text(doc, toks, a, b),
                          say_type, denied))
    # a headline's "… – Parents" / "… – parents, principal insist"
    if sent.headline:
        for d in range(n - 1, 0, -1):
            if low[d] in ("–", "—", "-"):
                a, b = d + 1, n
                # (not a clause: "… city marathon - but heat keeps medics busy"; rules-1.18)
                if b > a and b - a <= 6 and not any(t.text[:1].isdigit() for t in toks[a:b]) and \
                        low[a] not in ("but", "and", "as", "while", "yet", "so", "after", "amid"):
                    if low[b - 1] in SAY:
                        b -= 1
                    if b > a:
                        cands.append(Cand("dash", a, b, d, _span_text(doc, toks, a, b)))
                break
    # "the health ministry's toll stood at 127", "the governor's earlier figure of about 400",
    # "the federation stands by its count of 6,500": the figure is the possessor's
    for k, w in enumerate(low):
        if not (w.endswith("'s") or w in ("its", "their", "his", "her")) or k + 1 >= n:
            continue
        m = k + 1
        while m < n and m - k <= 3 and low[m] in POSS_ADJ:
            m += 1
        if w.endswith("'s") and m == k + 1 and m < n and toks_is_digit(low[m]):
            # "against the NSI's 37,800", "The company's 212 is a fiction" (rules-1.17): the body's own figure
            # (not "this year's 38% rise": a time owns nothing)
            a = k
            while a > 0 and k - a < 5 and (toks[a - 1].is_cap or low[a - 1] in ("the", "a", "an") or
                                           low[a - 1] in ORG_WORDS):
                a -= 1
            name = doc.text[toks[a].start:toks[k].end - 2]
            acronym = toks[k].text[:-2].isupper() and len(toks[k].text) > 3
            if w[:-2] not in TIME_WORDS | {"year", "today", "yesterday", "day", "night"} and (
                    acronym or kind_of(name) in ("person", "org")):
                cands.append(Cand("possessive", a, k + 1, k, name, say_type=False))
            continue
        if m >= n or low[m] not in COUNT_NOUNS | {"claim", "claims", "estimate", "estimates"}:
            continue
        g = m + 1
        while g < n and g - m <= 5 and low[g] in POSS_GAP:
            g += 1
        if g >= n or not (toks[g].text[:1].isdigit() or low[g].split("-")[0] in _NUMBER_WORDS):
            continue
        if w.endswith("'s"):
            a = _walk_segment(low, k + 1, toks)
            name = doc.text[toks[a].start:toks[k].end - 2] if a <= k else ""
            if name and kind_of(name) in ("person", "org"):
                cands.append(Cand("possessive", a, k + 1, m, name, say_type=False))
        elif w == "its":
            # the sentence's own subject when it is an organisation ("The union stands by its count of …"),
            # else resolved like the pronoun "it"
            a = 0
            while a < k and low[a] in ("but", "and", "meanwhile", "however", "still"):
                a += 1
            b = a + (1 if a < k and low[a] in ("the", "a", "an") else 0)
            while b < k and (toks[b].is_cap or low[b] in ORG_WORDS or low[b] in ("of", "for") and b + 1 < k
                             and toks[b + 1].is_cap):
                b += 1
            name = _span_text(doc, toks, a, b) if b > a else ""
            if not (name and b < k and low[b] not in PUNCT_BOUNDARY and kind_of(name) == "org"):
                # "The motorists' association VAM is sticking to its estimate", "Vodokanal has stuck to its figure":
                # the subject NP up to its verb, when it names a body (a capitalised name or an organisation word)
                b2 = next((x for x in range(a, k) if low[x] in FINITE | AUX | PUNCT_BOUNDARY), k)
                if a < b2 <= a + 6 and low[b2] in FINITE | AUX and (
                        any(t.is_cap for t in toks[a + 1:b2]) or b2 - a == 1 and toks[a].is_cap
                        or any(x in ORG_WORDS for x in low[a:b2])) and low[a] not in PRONOUNS:
                    name, b = _span_text(doc, toks, a, b2), b2
            if name and b < k and low[b] not in PUNCT_BOUNDARY and kind_of(name) in ("org", "person"):
                cands.append(Cand("possessive", a, b, m, name, say_type=False))
            else:
                cands.append(Cand("possessive", k, k + 1, m, toks[k].text, say_type=False))
    # "an initial police estimate of 18,000", "the union count of 6,500": a body's own figure, named bare
    for k, w in enumerate(low):
        if w not in ORG_WORDS or k + 1 >= n or low[k + 1] not in COUNT_NOUNS or k == 0 or \
                low[k - 1] not in NOUN_BEFORE | POSS_ADJ:
            continue
        g = k + 2
        while g < n and g - k - 1 <= 5 and low[g] in POSS_GAP:
            g += 1
        if g < n and (toks[g].text[:1].isdigit() or low[g].split("-")[0] in _NUMBER_WORDS):
            cands.append(Cand("possessive", k, k + 1, k + 1, toks[k].text, say_type=False))
    # "the official count of N", "India's official tally on Wednesday was N"
    for k, w in enumerate(low):
        if w == "official" and k + 1 < n:
            for m in range(k + 1, min(n, k + 6)):
                if low[m] in COUNT_NOUNS:
                    a = k
                    if k > 0 and (low[k - 1].endswith("'s") or low[k - 1] in ("the",)):
                        a = k - 1 if low[k - 1].endswith("'s") else k
                    cands.append(Cand("official", a, m + 1, m, _span_text(doc, toks, a, m + 1)))
                    break
    return cands


def _tweet_signature(doc: Doc, sent: Sentence) -> str | None:
    """An embedded tweet ends '— Name (@handle) January 20, 2017'."""
    line_start = doc.text.rfind("\n", 0, sent.start) + 1
    line_end = doc.text.find("\n", sent.end)
    line = doc.text[line_start: line_end if line_end >= 0 else len(doc.text)]
    m = re.search(r"[—–]\s*([A-Z][^()\n—–]{0,60}?)\s*\(@\w{1,30}\)", line)
    return m.group(1).strip() if m else None


def _subject_np(low: list[str], toks: list[Token], limit: int) -> tuple[int, int] | None:
    """The sentence's subject as a short NP before its verb: a determiner, then capitalised words, organisation and
    person nouns and "of" ("But the Tanjara Union of Teachers (TUT) has faulted …", "The trust hit back …"); None
    when no such NP opens the sentence."""
    a = 0
    while a < limit and low[a] in ("but", "and", "yet", "so", "meanwhile", "however"):
        a += 1
    b = a + (1 if a < limit and low[a] in ("the", "a", "an", "its", "their") else 0)
    start = b
    while b < limit and b - a < 10 and (toks[b].is_cap or low[b] in ORG_WORDS | PERSON_NOUNS or
                                        low[b] in ("of", "for") and b + 1 < limit and toks[b + 1].is_cap):
        b += 1
    if b == start and b < limit and low[b].isalpha() and low[b] not in FINITE | AUX and not low[b].endswith("ed"):
        b += 1                                   # "The trust", "the council": one common noun
    if b < limit and low[b] == "(":              # "(TUT)"
        c = b + 1
        while c < limit and c - b <= 4 and low[c] != ")":
            c += 1
        if c < limit and low[c] == ")":
            b = c + 1
    return (a, b) if b > start else None


def _first_np(doc: Doc, sent: Sentence, limit: int | None = None) -> tuple[int, int] | None:
    """The sentence's opening NP ("one miner" in "But one miner who works … disputed …";
    "Colonel Rami Haddad" in "Colonel Rami Haddad spoke …"; "The principal, Ms Joy Ade," with its apposition)."""
    toks = sent.tokens
    low = _low(toks)
    a = 0
    while a < len(low) and low[a] in ("but", "and", "yet", "so", "meanwhile", "however", "“", "\"", "‘"):
        a += 1
    if a < len(low) and low[a] in PREPOSITIONS:
        return None
    stop = limit if limit is not None else len(low)
    b = a
    if a + 1 < stop and toks[a].is_cap and toks[a + 1].is_cap and low[a] not in ("the", "a", "an"):
        while b < stop and b - a < 8 and (toks[b].is_cap or low[b] in ("of", "for") and b + 1 < stop
                                           and toks[b + 1].is_cap or low[b] in PERSON_TITLES | PERSON_NOUNS
                                           and b + 1 < stop and toks[b + 1].is_cap) and low[b] not in PUNCT_BOUNDARY:
            b += 1
    else:
        while b < stop and b - a < 8 and low[b] not in PUNCT_BOUNDARY and low[b] not in (
                "who", "which", "that", "said", "says", "has", "have", "had", "was", "were", "is", "are", "will",
                "would", "gave", "did", "does", "told", "in", "on", "at", "whose", "where", "when", "with"):
            if b > a and _name_then_verb(toks, low, b):
                break   # "Union leader Teodor Rask called the gate records …": the name ends at its verb
            b += 1
    # an apposition: "The principal, Ms Joy Ade, met …"
    if b < stop - 2 and low[b] == ",":
        c = b + 1
        while c < stop and c - b <= 5 and toks[c].is_cap:
            c += 1
        if c > b + 1 and c < stop and low[c] == ",":
            b = c
    return (a, b) if b > a else None


class Resolver:
    """Pronouns and short names: a timeline of named speakers and person-like subjects."""

    def __init__(self) -> None:
        self.timeline: list[tuple[int, int, Attribution]] = []

    def add(self, pos: int, att: Attribution) -> None:
        # a subject holding a figure ("About 70% of the 2,300 residents") is what is counted, never who speaks
        if att.name and not self.is_pronoun(att.name) and not re.search(r"\d", att.name):
            bisect.insort(self.timeline, (pos, len(self.timeline), att), key=lambda x: x[0])

    def before(self, pos: int, limit: int = 200):
        """Timeline entries before `pos`, nearest first (at most `limit`)."""
        i = bisect.bisect_left(self.timeline, pos, key=lambda x: x[0])
        for k in range(i - 1, max(-1, i - 1 - limit), -1):
            yield self.timeline[k][0], self.timeline[k][2]

    @staticmethod
    def is_pronoun(name: str) -> bool:
        words = name.lower().replace("’", "'").split()
        return bool(words) and words[0] in PRONOUNS and (len(words) == 1 or words[0] in ("his", "her", "their",
                                                                                         "its", "our"))

    def resolve(self, pos: int, att: Attribution) -> Attribution:
        if not att.name:
            return att
        words0 = att.name.lower().split()
        if self.is_pronoun(att.name) and len(words0) > 1 and words0[-1] in OWN_DATA:
            # "according to its latest figures": the figures are the body's own, and the body speaks (rules-1.18)
            src = next((a for _p, a in self.before(pos) if kind_of(a.name) in ("org", "?")), None)
            if src is not None:
                return Attribution(src.name, src.start, src.end, att.kind + "+possessive", att.say_type,
                                   att.denied, src.affiliation)
        if self.is_pronoun(att.name) and len(att.name.split()) > 1 and kind_of(att.name) == "org":
            # "its operator", "their union": a body of its own, named by its role ("operator" is who speaks)
            return att
        if self.is_pronoun(att.name) and any(w[:1].isupper() for w in att.name.split()[1:]):
            # "Its director, Hernán Salcedo, said": the possessive's person is named (rules-1.18)
            return att
        if self.is_pronoun(att.name):
            p0 = att.name.lower().split()[0]
            want = "person" if p0 in ("he", "she", "his", "her", "him") else "org" if p0 in ("it", "its") else None
            src = next((a for _p, a in self.before(pos) if want is None or kind_of(a.name) in (want, "?")), None)
            if src is None:
                src = next((a for _p, a in self.before(pos)), None)
            if src is not None:
                return Attribution(src.name, src.start, src.end, att.kind + "+pronoun", att.say_type, att.denied,
                                   src.affiliation)
            return Attribution(None, kind=att.kind + "+unresolved", say_type=att.say_type)
        words = att.name.split()
        if " its " in f" {att.name.lower()} " and not any(w[:1].isupper() for w in words[1:]) and \
                words[0].lower() in ("a", "an", "the") and len(words) <= 6:
            # "a survey of its members found …": the survey is the organisation's
            src = next((a for _p, a in self.before(pos) if kind_of(a.name) == "org"), None)
            if src is not None:
                return Attribution(src.name, src.start, src.end, att.kind + "+possessive", att.say_type,
                                   att.denied, src.affiliation)
        if len(words) == 1 and words[0][:1].isupper():
            key = words[0].rstrip("'’s")
            for p, a in self.before(pos):
                if a.name and a.name != att.name and key in re.findall(r"[A-Za-z’'-]+", a.name) \
                        and a.name.split()[-1].rstrip(",") == key:
                    return Attribution(a.name, att.start, att.end, att.kind + "+alias", att.say_type, att.denied,
                                       a.affiliation)
        return att


def kind_of(name: str | None) -> str:
    """'person', 'org' or '?' for a speaker's name: what "he"/"she" and "it" can refer to."""
    head = re.split(r",| of ", name or "", maxsplit=1)[0]     # "Sofia Lind of the charity …" -> "Sofia Lind"
    words = [w.strip(",.()").lower().replace("’", "'") for w in head.split()]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    if not words:
        return "?"
    caps = [w for w in head.split() if w[:1].isupper()]
    if set(words) & PERSON_TITLES or set(words) & PERSON_NOUNS - ORG_WORDS:
        # "coastguard spokesman Andreas Kostas" is a person; "the ministry" is not
        if not (set(words) & ORG_WORDS) or set(words) & PERSON_TITLES or len(caps) >= 2 and caps[-1][:1].isupper() \
                and words[-1] not in ORG_WORDS:
            return "person"
    if set(words) & ORG_WORDS:
        return "org"
    if len(caps) >= 2 and len(caps) == len(words):
        return "person"          # "Sofia Lind"
    if not caps and words[-1].endswith("s") and not words[-1].endswith("ss"):
        return "plural"          # "laboratory tests": "it" cannot refer to it
    return "?"


def _att(doc: Doc, sent: Sentence, c: Cand) -> Attribution:
    toks = sent.tokens
    return Attribution(c.name, toks[c.a].start, toks[c.b - 1].end, c.kind, c.say_type, c.denied)


def _between_breaks(low: list[str], v: int, q: int) -> bool:
    """Is there a clause break ("while", "but", "even as") between verb v and figure q?"""
    for k in range(v + 1, q):
        if low[k] in ("while", "whereas") and k + 1 == q:
            continue             # "X found 61% supported …, while 27% opposed": the same report goes on
        if low[k] in CLAUSE_BREAK and not (k + 1 < len(low) and low[k + 1].endswith("ing")):
            return True
        if low[k] == "as" and k > 0 and low[k - 1] in ("even", ","):
            return True
    return False


def choose(doc: Doc, sent: Sentence, cands: list[Cand], m: Mention) -> Cand | None:
    low = _low(sent.tokens)
    q = m.tok_start
    # the figure's own agent: "8.1 million ballots counted by authorities"
    agents = [c for c in cands if c.kind == "agent" and q < c.v <= m.tok_end + 6]
    if agents:
        return agents[0]
    poss = [c for c in cands if c.kind == "possessive" and c.v < q and q - c.v <= 6
            and not any(w in PUNCT_BOUNDARY for w in low[c.v:q])]
    if poss:
        return poss[-1]
    off = [c for c in cands if c.kind == "official" and c.b <= q and q - c.b <= 6 and not any(
        w in (",", ";", "that") for w in low[c.b:q])]
    if off:
        return off[-1]
    inq = quote_at(doc, m.start)
    leading = [c for c in cands if c.kind == "leading" and c.v < q and not _between_breaks(low, c.v, q)
               and not _subordinate(low, c.a) and quote_at(doc, sent.tokens[c.v].start) in (None, inq)]
    acc = [c for c in cands if c.kind == "according" and not (c.a <= q < c.b)]
    if leading:
        best = max(leading, key=lambda c: c.v)
        # "The authority said 216 pupils … and that laboratory tests had confirmed … 37 cases": a common-noun
        # subject inside what an earlier speaker said is part of the report, not its source
        outer = [c for c in leading if c.v < best.a and c.say_type and "that" in low[c.v + 1:best.a]]
        if outer and not sent.tokens[best.a].is_cap and kind_of(best.name) not in ("person", "org"):
            best = max(outer, key=lambda c: c.v)
        if not best.say_type and acc:
            return min(acc, key=lambda c: abs(c.v - q))   # "Sensors counted N …, according to the department"
        if not best.say_type:
            # "Rescue teams found four more bodies …, civil protection chief Olga Marin said": a data verb's
            # subject did the finding; the sentence's trailing "…, X said" is who gives the figure
            later = [c for c in cands if c.kind == "trailing" and c.a > q and c.say_type]
            if later:
                return min(later, key=lambda c: c.a)
        return best
    if acc:
        return min(acc, key=lambda c: abs(c.v - q))
    trailing = [c for c in cands if c.kind == "trailing" and c.a > q]
    if trailing:
        return min(trailing, key=lambda c: c.a)
    # "…, the agency said on Wednesday, up from 260 a day earlier": the attribution covers the tail
    tail = [c for c in cands if c.kind == "trailing" and c.b <= q and not _between_breaks(low, c.v, q)
            and not any(low[k] == "," and low[k + 1] in ("which", "who", "whose", "where") for k in range(c.v, q))]
    if tail:
        return max(tail, key=lambda c: c.v)
    claimby = [c for c in cands if c.kind == "claimby" and c.b <= q]
    if claimby:
        return claimby[-1]
    dash = [c for c in cands if c.kind == "dash" and c.v > q]
    if dash:
        return dash[0]
    return None


def quote_speaker(doc: Doc, k: int, cands_of: dict[int, list[Cand]], sent_of_pos) -> Attribution | None:
    """Speaker of quote k: the attribution right after it closes, or the one that opens it."""
    qa, qb = doc.quotes[k]
    s_end = sent_of_pos(max(qb - 1, qa))
    if s_end is not None:
        sent = doc.sentences[s_end]
        for c in cands_of.get(s_end, []):
            if c.kind in ("trailing", "leading") and sent.tokens[c.a].start >= qb:
                # '“…,” Spicer claimed Saturday.' / '“…,” said X'
                gap = doc.text[qb:sent.tokens[c.a].start]
                if len(gap) <= 6 or (c.kind == "trailing" and sent.tokens[c.v].start - qb <= 8):
                    return _att(doc, sent, c)
            if c.kind == "trailing" and sent.tokens[c.v].start >= qb and sent.tokens[c.v].start - qb <= 8:
                return _att(doc, sent, c)
    s_start = sent_of_pos(max(qa - 1, 0))
    if s_start is not None:
        sent = doc.sentences[s_start]
        before = [c for c in cands_of.get(s_start, []) if c.kind in ("leading",) and sent.tokens[c.v].end <= qa]
        if before:
            return _att(doc, sent, max(before, key=lambda c: c.v))
        intro = doc.text[sent.start:qa - 1].rstrip()
        if intro.endswith(":"):
            toks = sent.tokens
            limit = next((i for i, t in enumerate(toks) if t.start >= qa - 1), len(toks))
            np = _first_np(doc, sent, limit)
            if np:
                a, b = np
                return Attribution(_span_text(doc, toks, a, b), toks[a].start, toks[b - 1].end, "colon")
    return None


AUDIENCE_VERBS = {"told", "tells", "tell", "telling", "addressed", "addresses", "addressing"}
AUDIENCE_NOUNS = {"crowd", "crowds", "rally", "meeting", "gathering", "audience", "conference", "assembly",
                  "protest", "demonstration", "march", "congregation", "crowd's"}
AUDIENCE_GAP = {"a", "an", "the", "of", "about", "around", "some", "nearly", "almost", "more", "than", "at",
                "least", "over", "roughly", "up", "to", "an", "estimated", "approximately", "close", "just",
                "cheering", "angry", "large", "packed", "press", "news"}


def _audience_size(low: list[str], q: int) -> bool:
    """'X told a rally of about 5,000 …': the figure is the audience's size, told in the article's own
    voice, not a figure X gives."""
    k = q - 1
    noun = False
    while k >= 0 and (low[k] in AUDIENCE_GAP or low[k] in AUDIENCE_NOUNS):
        noun = noun or low[k] in AUDIENCE_NOUNS
        k -= 1
    return noun and k >= 0 and low[k] in AUDIENCE_VERBS and "of" in low[k:q]


def _other_year_clause(s: Sentence, q: int) -> bool:
    """'… since 1998, when 14 people died …': the figure sits in a clause about another year."""
    low = _low(s.tokens)
    return any(re.fullmatch(r"(1[89]|20)\d\d", low[k]) and low[k + 1] == "," and low[k + 2] == "when"
               for k in range(max(0, q - 12), q - 2))


def _opens_other_frame(s: Sentence) -> bool:
    """'In the 2018 election, …', 'Since 2012, …': a sentence about another time, not the speaker's account."""
    low = _low(s.tokens)
    if not low or low[0] not in ("in", "since", "until", "before", "during", "by"):
        return False
    comma = low.index(",") if "," in low else len(low)
    return any(re.fullmatch(r"(1[89]|20)\d\d", w) for w in low[:comma])


IRREGULAR_PAST = {"flew", "sent", "took", "made", "gave", "built", "set", "paid", "brought", "began", "ran", "won",
                  "lost", "cut", "bought", "sold", "held", "kept", "spent", "fought", "drew", "led", "hit", "shot",
                  "sank", "struck", "threw", "wrote", "bore", "dug", "fed", "froze", "swept", "tore", "laid", "left"}
ACTOR_AUX = {"has", "have", "had", "will", "would", "could", "did", "also", "already", "now", "then", "just"}
NOT_ACTOR_HEADS = COUNT_NOUNS | CLAIM_NOUNS | {"rate", "share", "level", "price", "prices", "cost", "costs",
                                               "death", "deaths", "damage", "storm", "fire", "flood", "blast",
                                               "explosion", "quake", "earthquake", "cyclone", "strike", "attack"}


def _own_actor_subject(s: Sentence, q: int, prev: Attribution | None) -> bool:
    """'The government has offered 4%.', 'Engineers had flagged 17 cracks …', 'Army helicopters flew 26
    missions …' after a sentence of another speaker: the sentence has its own actor as subject, doing an
    act of its own (active verb, the figure in its object), so the previous speaker is not carried onto it.
    Not when the subject holds the figure ("Thirteen people were still missing"), is a pronoun or
    possessive ("Its volunteers were feeding …"), a measure ("The death toll rose to …"), the previous
    speaker itself, or the verb is passive/progressive ("… had been recovered")."""
    low = _low(s.tokens)
    v = None
    for k in range(1, min(q, MAX_NP + 3)):
        w = low[k]
        if w in PUNCT_BOUNDARY or w in SAY or w in PASSIVE_AUX:
            return False
        if (w.endswith("ed") and len(w) > 4) or w in IRREGULAR_PAST or w in ("offers", "offer"):
            v = k
            break
    if v is None:
        return False
    end = v
    while end > 0 and low[end - 1] in ACTOR_AUX:
        end -= 1
    np = low[:end]
    if not np or np[0] in PRONOUNS or np[0] in ("this", "that", "these", "those", "another", "other", "others"):
        return False
    if any(toks_is_digit(w) or w in _NUMBER_WORDS for w in np):
        return False
    if not all(re.fullmatch(r"[a-z][a-z'’.-]*", w) for w in np) or np[-1] in NOT_ACTOR_HEADS:
        return False
    if any(w in ("of", "in", "at", "from", "with") for w in np):
        return False          # "Dozens of residents …", "Most of the injured …": a counted group, not an actor
    if prev is not None and prev.name and {w for w in np if len(w) > 3} & set(prev.name.lower().split()):
        return False          # the previous speaker itself: "The ministry said … The ministry has deployed …"
    return True


def run(doc: Doc) -> Doc:
    sents = doc.sentences
    starts = [s.start for s in sents]

    def sent_of_pos(pos: int) -> int | None:
        import bisect
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and sents[i].start <= pos < max(sents[i].end, sents[i].start + 1) + 1:
            return i
        return i if i >= 0 else None

    cands_of = {s.idx: sentence_candidates(doc, s) for s in sents}
    resolver = Resolver()
    # person-like sentence subjects ("A source on the entourage of the governor, gave reasons …")
    for s in sents:
        np = _first_np(doc, s)
        if np:
            a, b = np
            words = {t.lower for t in s.tokens[a:b]}
            if (words & PERSON_NOUNS or _is_name(s.tokens, a, b) and b - a >= 2) and not (words & PRONOUNS):
                resolver.add(s.tokens[a].start, Attribution(_span_text(doc, s.tokens, a, b),
                                                            s.tokens[a].start, s.tokens[b - 1].end, "subject"))
        for c in cands_of[s.idx]:
            if c.kind in ("leading", "trailing", "according", "dash") and not Resolver.is_pronoun(c.name):
                att = _att(doc, s, c)
                resolver.add(att.start, resolver.resolve(att.start, att))
    quote_cache: dict[int, Attribution | None] = {}
    sig_cache: dict[int, str | None] = {}
    by_sent: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        by_sent.setdefault(m.sent, []).append(m)
    prev_para, prev_att = -1, None
    list_att: Attribution | None = None
    for s in sents:
        chosen_any: Attribution | None = None
        for m in by_sent.get(s.idx, []):
            att = None
            k = quote_at(doc, m.start)
            agent = [c for c in cands_of[s.idx] if c.kind == "agent" and m.tok_start < c.v <= m.tok_end + 6]
            if agent:
                att = _att(doc, s, agent[0])    # 'the "about 60" given by the operator': a quoted figure's source
            elif k is not None:
                if k not in quote_cache:
                    quote_cache[k] = quote_speaker(doc, k, cands_of, sent_of_pos)
                att = quote_cache[k]
            if att is None and _audience_size(_low(s.tokens), m.tok_start):
                att = Attribution(None, kind="own")
            if att is None:
                c = choose(doc, s, cands_of[s.idx], m)
                if c is not None:
                    att = _att(doc, s, c)
            if att is None and m.tok_start >= 2 and _low(s.tokens)[m.tok_start - 2:m.tok_start] in (
                    ["up", "from"], ["down", "from"]):
                # "… stood at 127 on Thursday, up from 112 a day earlier": the earlier figure is the same source's
                before = [x for x in by_sent[s.idx] if x.tok_end <= m.tok_start and x.speaker is not None]
                if before and before[-1].speaker.name:
                    att = before[-1].speaker
            if att is None:
                if s.para not in sig_cache:      # one search per paragraph, not per figure
                    sig_cache[s.para] = _tweet_signature(doc, s)
                sig = sig_cache[s.para]
                if sig:
                    att = Attribution(sig, kind="tweet")
            if att is None and prev_att is not None and prev_para == s.para and prev_att.say_type \
                    and not _opens_other_frame(s) and not _own_actor_subject(s, m.tok_start, prev_att) \
                    and not _other_year_clause(s, m.tok_start):
                att = Attribution(prev_att.name, prev_att.start, prev_att.end, "carry", True, prev_att.denied,
                                  prev_att.affiliation)
            if att is None and list_att is not None and _bulleted(doc, s):
                # "According to the report:" then "- 9,870 deaths were registered …": a list's items are its
                # introducer's (rules-1.17)
                att = Attribution(list_att.name, list_att.start, list_att.end, "carry", True, list_att.denied,
                                  list_att.affiliation)
            if att is None:
                att = Attribution(None, kind="own")
            else:
                att = resolver.resolve(att.start if att.start >= 0 else m.start, att)
            m.speaker = att
            if att.name:
                chosen_any = att
        # what carries to the next sentence: this sentence's attribution (of a figure, or its main verb)
        if chosen_any is None:
            main = [c for c in cands_of[s.idx] if c.kind in ("leading", "trailing", "according")]
            if main:
                chosen_any = resolver.resolve(_att(doc, s, main[0]).start, _att(doc, s, main[0]))
        prev_att = chosen_any if chosen_any and chosen_any.kind not in ("own",) else None
        prev_para = s.para
        if doc.text[s.start:s.end].rstrip().endswith(":"):
            list_att = prev_att or _according_intro(doc, s)
        elif not _bulleted(doc, s):
            list_att = None
    return doc


BULLETS = ("- ", "• ", "* ", "– ", "— ")


def _bulleted(doc: Doc, s: Sentence) -> bool:
    """A list item: a sentence that opens its paragraph with a bullet."""
    line_start = doc.text.rfind("\n", 0, s.start) + 1
    return doc.text[line_start:s.start].strip() == "" and doc.text[s.start:s.start + 2] in BULLETS


def _according_intro(doc: Doc, s: Sentence) -> Attribution | None:
    """"According to the report:", "The institute found:": who a list that follows is by."""
    for c in sentence_candidates(doc, s):
        if c.kind in ("according", "leading", "trailing") and not Resolver.is_pronoun(c.name):
            return _att(doc, s, c)
    return None
