"""Component `subjects`: what was counted (head noun) and what happened to it (event verb).

The head noun is read from the words after the figure ("53 heavily injured fighters",
"Hundreds of fighters", "90% of the city"). A bare figure ("Another 211 were evacuated",
"the figure reached 234") borrows it, in this order, from: "45 of the girls"; "234 not
129 girls"; a relative "who" (people); "the number/count of X" or "the death toll" earlier
in the sentence; the subject of "X was/stands at N"; the figure before it in the sentence;
the previous figure of the article; the nearest plural noun before it; else "people".
"""
from __future__ import annotations

from services.extract.doc import Doc, Mention, Sentence

IRREGULAR_PLURALS = {"men", "women", "children", "people", "police", "personnel", "staff", "troops", "cattle",
                     "livestock", "militia", "crew", "youth", "clergy", "folk", "feet", "teeth", "mice", "geese",
                     "sheep", "fish", "deer", "aircraft", "offspring", "data", "media", "population", "electorate"}
STOP = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "can",
        "may", "might", "must", "shall", "should", "do", "does", "did", "remain", "remained", "remains", "stand",
        "stands", "stood", "in", "on", "at", "to", "from", "for", "with", "by", "into", "onto", "under", "near",
        "during", "after", "before", "since", "until", "including", "among", "who", "whom", "whose", "which",
        "that", "and", "or", "but", "not", "as", "than", "per", "across", "through", "while", "who'd", "who've",
        "who're", "out", "off", "up", "down", "across", "against", "toward", "towards", "via", "amid", "so",
        "according", "said", "say", "says", "told", "more", "fewer", "less", "ahead", "behind", "this", "it",
        "they", "them", "there", "here", "when", "where", "if", "then", "also", "still", "only", "just", "each",
        "every", "both", "all", "those", "these", "its", "their", "his", "her", "our", "your", "my", "we", "he",
        "she", "i", "you", "left", "died", "fled", "went", "came", "once", "earlier", "later", "ago", "day", "days",
        "week", "weeks", "year", "years", "today", "yesterday", "full", "empty", "compared",
        # rules-1.17: time words, prepositions and quantity words never name what a figure counts ("214 last year",
        # "23 dead within hours", "19 trapped hundreds of metres underground", "41 injured includes four")
        "last", "next", "previous", "past", "hour", "hours", "minute", "minutes", "month", "months", "night",
        "nights", "morning", "evening", "within", "without", "despite", "between", "throughout", "beyond",
        "hundreds", "thousands", "millions", "dozens", "tens", "includes", "included", "comprises", "contains"}
COLLECTIVE_BEFORE = {"crowd", "crowds", "turnout", "group", "groups", "convoy", "fleet", "delegation", "audience",
                     "attendance", "gathering", "army", "force", "contingent", "increase", "rise", "drop", "fall",
                     "decline", "jump", "surge", "growth", "cut", "cuts", "share", "crew", "team", "squad",
                     "workforce"}
ESTIMATE_VERBS = {"put", "puts", "putting", "estimated", "estimates", "estimate", "placed", "places", "pegged",
                  "set", "sets"}
SKIP_FIRST = {"the", "a", "an", "of", "their", "its", "his", "her", "our", "these", "those", "other", "such",
              "further", "additional", "more", "another", "extra", "some", "new"}
PARTICIPLE_EVENTS = {"taken", "left", "killed", "held", "seen", "fled", "hurt", "gone", "died", "trapped",
                     "evacuated", "wounded", "injured", "displaced", "missing", "arrested", "detained", "rescued",
                     "kidnapped", "abducted", "released", "freed", "damaged", "destroyed", "uprooted", "attended",
                     "voted", "escaped", "returned", "affected", "infected", "struck", "shot", "burnt", "burned",
                     "drowned", "buried", "found", "sheltering", "stranded", "protesting", "marched", "joined",
                     "deployed", "used", "ridden", "participated", "flocked", "gathered", "rallied", "striking",
                     "walked", "stayed", "remain", "sent", "fired", "launched", "lost", "holed", "exchanged", "shut",
                     "ran", "operated"}
DEATH_WORDS = {"toll", "tally", "killed", "dead", "deaths", "died", "fatalities", "casualties"}
COUNT_HEADS = {"number", "count", "total", "tally", "toll", "figure", "figures", "numbers", "estimate", "sum"}
COPULAS = {"was", "is", "are", "were", "been", "be", "at", "reached", "hit", "totalled", "totaled", "stood",
           "stands", "numbered", "topped", "exceeded", "passed", "rose", "climbed", "fell", "dropped"}
COPULA_GAP = {"about", "around", "at", "least", "more", "than", "some", "nearly", "only", "likely", "to", "in",
              "the", "several", "estimated", "an", "between", "over", "under", "up", "almost", "roughly", "just",
              "still", "now", "already", "off", "by", "a", "total", "of", "approximately",
              # "turnout was no higher than 41 percent", "not less than" (rules-1.18)
              "no", "not", "higher", "lower", "fewer", "less", "greater", "below", "above"}
PRONOUN_HEADS = {"them", "those", "these", "whom", "us", "which"}
NOMINAL_ADJ = {"injured", "dead", "wounded", "missing", "displaced", "sick", "elderly", "deceased", "evacuated",
               "arrested", "detained", "hospitalised", "hospitalized", "infected", "survivors"}
"""Adjectives used as nouns after "of the": "three of the injured were children" -> injured."""
CHANGE_VERBS = {"fallen", "risen", "grown", "shrunk", "dropped", "increased", "decreased", "declined", "fell", "rose",
                "grew", "jumped", "climbed", "slumped", "plunged", "soared", "down", "up"}
SURVEY_NOUNS = {"survey", "poll", "study", "census", "questionnaire"}
IRREGULAR_PARTICIPLES = {"taken", "given", "seen", "shown", "known", "held", "done", "made", "brought", "kept",
                         "sent", "caught", "thrown", "driven", "drawn", "stuck", "spent"}
"""Past participles that do not end in -ed: after a figure they are its verb ("41 taken to hospital", the
"about 60" given by the operator), never the counted noun."""
CONTACT_VERBS = {"has", "have", "had", "is", "was", "were", "are", "says", "said", "gave", "gives", "uses", "used",
                 "claims", "claimed", "cites", "cited", "quotes", "quoted", "will", "would", "put", "puts"}
"""Verbs that, after "the N the government", make a relative clause without "that": "the 65,000 the
government has used" -- the noun is who uses the figure, not what it counts."""
MAKE_UP = {("made", "up"), ("make", "up"), ("makes", "up"), ("accounted", "for"), ("account", "for"),
           ("accounts", "for")}
"""'Children under 18 made up 26,140 of those counted': the sentence's subject is what was counted."""


def is_plural_like(w: str) -> bool:
    w = w.lower()
    if "'" in w or "’" in w or not w.isalpha() and "-" not in w:
        return False
    if w in IRREGULAR_PLURALS:
        return True
    if w in STOP or w in SKIP_FIRST:
        return False
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous", "ics", "news"))


def head_after(low: list[str], j: int, percent: bool = False) -> str | None:
    """The counted noun in the words from token j on."""
    k = j
    while k < len(low) and low[k] in SKIP_FIRST:
        k += 1
    chunk: list[str] = []
    while k < len(low) and len(chunk) < 6:
        w = low[k]
        if w in STOP or not (w.replace("-", "").replace("'", "").replace("’", "").isalnum()):
            break
        if w[:1].isdigit():
            break
        chunk.append(w)
        if is_plural_like(w) and not (k + 1 < len(low) and is_plural_like(low[k + 1])
                                                      and low[k + 1] not in STOP):
            return w
        k += 1
    if not chunk:
        return None
    last = chunk[-1]
    if last in IRREGULAR_PARTICIPLES:
        return None
    if last.endswith("ing") or last.endswith("ed") and not percent:
        return None
    if not percent and any(w.endswith("ed") and len(w) > 4 for w in chunk[:-1]):
        return None     # "1,200 lacked water": a verb and its object, not a counted noun
    if "'" in last or "’" in last:
        return None
    return last


OBJECT_SKIP = {"more", "than", "about", "around", "some", "at", "least", "nearly", "almost", "over", "an", "a",
               "the", "approximately", "roughly", "just", "only", "another", "estimated", "as", "many", "much",
               "fewer", "less", "under", "close", "to", "up", "well", "precisely", "exactly", "a", "further",
               "additional", "another", "nearly", "barely", "all", "of"}
"""Words between a verb and its object figure: "has killed more than 300", "rescued about 40"."""
NOT_EVENT_VERBS = {"said", "reported", "stated", "claimed", "added", "insisted", "announced", "confirmed",
                   "estimated", "believed", "expected", "feared", "thought", "seen", "known", "understood",
                   "compared", "hundred", "need", "alleged", "noted", "tweeted", "recorded", "quoted", "cited",
                   "numbered", "totalled", "totaled", "reached", "exceeded", "topped", "passed", "based",
                   "called", "named", "so-called", "listed", "counted", "remain", "remained", "remains", "scheduled",
                   "planned"}
"""Verbs of saying, reckoning and perceiving: they report the event, they are not it ("have been seen
leaving" -> leaving; "were believed to have been kidnapped" -> kidnapped)."""
AUX = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "may",
       "might", "can", "should", "must", "got", "get", "gets"}
RELATIVES = {"who", "which", "that", "whom", "whose"}


EVENT_VERB_BASES = {"kill", "injure", "wound", "hurt", "displace", "evacuate", "rescue", "abduct", "kidnap",
                    "arrest", "detain", "strand", "trap", "affect", "infect", "force", "drive", "march", "rally",
                    "protest", "flee", "die", "drown", "gather", "strike", "join", "attend", "demonstrate", "riot",
                    "escape", "vote", "leave", "cut", "shed", "axe", "destroy", "damage", "free", "release",
                    "uproot", "claim", "lose", "sicken", "shoot", "seize", "capture", "cross", "walk", "board",
                    "draw"}
"""Verbs of counted news events, by base form. Their present forms ("Floods kill at least 58", "Wildfire
forces 9,000 from homes", "Tens of thousands march") and -ing forms ("killing at least 27 workers") are
the event as much as their past participles are."""
IRREGULAR_FORMS = {"fled": "flee", "left": "leave", "drove": "drive", "driven": "drive", "struck": "strike",
                   "shot": "shoot", "lost": "lose", "losing": "lose", "dying": "die", "dies": "die", "died": "die",
                   "drew": "draw", "drawn": "draw"}
DETERMINERS = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "whose"}


def event_base(w: str) -> str | None:
    """The base of an event verb in any form ("kills", "forcing", "marched" -> kill, force, march), or None."""
    if w in IRREGULAR_FORMS:
        return IRREGULAR_FORMS[w]
    if w in EVENT_VERB_BASES:
        return w
    for suf, rep in (("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
                     ("d", "")):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            base = w[: -len(suf)] + rep
            if base in EVENT_VERB_BASES:
                return base
            if len(base) > 2 and base[-1] == base[-2] and base[:-1] in EVENT_VERB_BASES:
                return base[:-1]        # "kidnapping" -> "kidnapp" -> "kidnap"
    return None


def _verbish(w: str, prev: str = "", ing: bool = False) -> bool:
    if w in PARTICIPLE_EVENTS or (w.endswith("ed") and len(w) > 4 and w not in NOT_EVENT_VERBS):
        return True
    # a present form of an event verb, unless a determiner makes it a noun ("the march", "its cuts"); an
    # -ing form only where it takes the figure as its object ("killing at least 27"), not as an adjective
    # ("the country's voting machines")
    if w.endswith("ing") and not ing:
        return False
    return event_base(w) is not None and prev not in DETERMINERS and w not in NOT_EVENT_VERBS



CLAUSE_OPENERS = {"as", "while", "whereas", "although", "though", "because", "after", "when", "but", "and",
                  "before", "until", "leaving", "bringing", "taking", "raising", "with", "according"}
"""Words that, after a comma, open another clause: its verb is another figure's event ("17 people who
died …, as … nearly 90 fans came to be injured"; "15,000 crossed at two posts, and that 48,000 had
arrived"); ", according to an estimate published on Monday" is the attribution, not the event."""
TAKE_PART = {"took"}
"""The first word of "took part": the event of "35,000 people took part and accused …" (not "accused"). Not
"expect … to take part" (a forecast, no event yet)."""
BARE_OPENERS = {"while", "whereas", "although", "though", "because", "after", "when"}
"""Subordinators that open another clause even without a comma ("risen to 17 after five of the injured
died")."""


def _clause_ends(low: list[str], k: int) -> bool:
    """Does a new clause (with its own predicate) start at token k?"""
    w = low[k]
    if w == "," and k + 1 < len(low) and low[k + 1] in CLAUSE_OPENERS:
        return True
    if w == "and" and k + 1 < len(low) and low[k + 1] == "that":
        return True                     # "participation had been 41 per cent and that 4,500 … postponed"
    return w in BARE_OPENERS


LIST_PREDICATES = {"dead": "killed", "killed": "killed", "missing": "missing", "injured": "injured",
                   "hurt": "injured", "wounded": "wounded", "trapped": "trapped", "homeless": "displaced",
                   "displaced": "displaced", "detained": "detained", "arrested": "arrested",
                   "rescued": "rescued", "evacuated": "evacuated", "stranded": "stranded"}
"""Predicates of list items ("9 dead, dozens missing, 40 injured"; "Six inmates dead, 40 hurt";
"leaving 30 missing"): each figure's own adjective is its event."""
LIST_ENDS = {",", ";", ".", ":", "and", "in", "at", "on", "after", "as", "-", "–", "—", "while", "from", "so",
             "but", "when", "since", "across", "near", "by", "the", "amid", "following", "over"}


def _list_predicate(low: list[str], j: int) -> tuple[str | None, str] | None:
    """(noun or None, event) when the figure is a list item "N [noun] ADJ," / "N ADJ" at a list end."""
    noun = None
    p = j
    if p < len(low) and low[p] not in LIST_PREDICATES and is_plural_like(low[p]):
        noun, p = low[p], p + 1
    if p < len(low) and low[p] in LIST_PREDICATES and (p + 1 == len(low) or low[p + 1] in LIST_ENDS):
        return noun, LIST_PREDICATES[low[p]]
    return None


HUMAN_EVENT_WORDS = {"arrived", "arriving", "arrive", "moved", "relocated", "missing", "sheltering",
                     "sheltered", "stranded", "trapped", "gathered", "crossed", "entered", "walked", "stayed",
                     "marched", "rallied", "protested", "voted", "attended", "died", "fled", "drowned",
                     "evacuated", "rescued", "displaced", "injured", "wounded", "hurt", "killed", "escaped",
                     "joined", "treated", "hospitalised", "hospitalized", "recaptured", "arrested", "detained"}
HUMAN_EVENT_BASES = {"kill", "injure", "wound", "hurt", "displace", "evacuate", "rescue", "abduct", "kidnap",
                     "arrest", "detain", "strand", "trap", "flee", "die", "drown", "march", "rally", "protest",
                     "gather", "attend", "demonstrate", "escape", "vote", "cross", "walk", "join", "free",
                     "release"}
"""Events that only happen to people: a bare figure with one of them counts people, not the thing a
nearby figure counted ("2,000 more tents … just over 12,000 had crossed")."""
HUMAN_NOUNS = {"people", "persons", "men", "women", "children", "workers", "residents", "civilians", "refugees",
               "migrants", "soldiers", "troops", "fighters", "officers", "police", "members", "teachers", "nurses",
               "students", "pupils", "girls", "boys", "inmates", "prisoners", "guards", "passengers", "crew",
               "fans", "spectators", "voters", "protesters", "survivors", "victims", "patients", "miners",
               "staff", "employees", "arrivals", "evacuees", "families", "villagers", "fishermen", "medics",
               "doctors", "volunteers", "hostages", "others", "adults", "citizens", "supporters",
               "demonstrators", "marchers", "participants", "attendees", "delegates", "tourists", "pilgrims",
               "journalists", "dead", "injured", "missing", "casualties", "bodies", "lives", "neighbours",
               "neighbors", "personnel", "servicemen", "sailors", "marines", "pilots", "daughters", "sons",
               "relatives", "parents", "stewards", "drivers", "riders", "guests", "captives", "strikers",
               "firefighters", "rescuers", "infants", "babies", "elderly", "youths", "ones", "nationals",
               "detainees", "employees", "labourers", "laborers", "farmers", "worshippers", "mourners"}


EVENT_FAMILIES = {
    "evacuated": {"evacuated", "taken", "left", "leaving", "rescued", "moved", "relocated", "pulled", "brought",
                  "transferred", "bused", "freed", "released"},
    "killed": {"killed", "died", "dead", "drowned", "killing", "perished"},
    "injured": {"injured", "wounded", "hurt"},
    "displaced": {"displaced", "fled", "crossed", "entered", "arrived", "uprooted", "forced"},
    "attended": {"attended", "marched", "rallied", "joined", "gathered", "protested", "walked", "stayed"},
}
_FAMILY = {w: k for k, ws in EVENT_FAMILIES.items() for w in ws}


def _same_event(a: str | None, b: str | None) -> bool:
    """Two events of one family ("taken" and "evacuated"); no event is no match."""
    return bool(a and b) and (a == b or _FAMILY.get(a, a) == _FAMILY.get(b, b))


def _whole_of_part(doc: Doc, m: Mention, low: list[str]) -> bool:
    """Is the figure the whole in "N of (the|its|the country's) M …"?"""
    k = m.tok_start - 1
    while k >= 0 and (low[k] in ("the", "its", "their", "his", "her", "our", "a", "total") or
                      low[k].endswith(("'s", "’s"))):
        k -= 1
    if k < 1 or low[k] != "of":
        return False
    return any(o is not m and o.sent == m.sent and o.tok_end == k for o in doc.mentions)


def _human_event(ev: str | None) -> bool:
    return bool(ev) and (ev in HUMAN_EVENT_WORDS or event_base(ev) in HUMAN_EVENT_BASES)


def _human_noun(w: str | None) -> bool:
    return bool(w) and (w in HUMAN_NOUNS or w.endswith(("ists", "ians", "ees")))


def _head_index(low: list[str], m: Mention) -> int | None:
    """Where the counted noun stands right after the figure ("53 heavily injured fighters" -> fighters)."""
    subj = (m.subject or "").lower()
    if not subj:
        return None
    for k in range(m.tok_end, min(len(low), m.tok_end + 7)):
        if low[k] == subj:
            return k
        if low[k] in (".", ";", ",", ":") or low[k] in STOP and low[k] != "of":
            return None
    return None


def _event(low: list[str], m: Mention, sent: Sentence) -> str | None:
    """The verb that says what happened to the counted things.

    In order: the verb whose object the figure is ("has killed more than 300", "rescued 400 people");
    the main verb after the figure's noun phrase, skipping participles used as adjectives before the
    noun ("53 heavily injured fighters were taken" -> taken; "264 wounded fighters rescued from" ->
    rescued), verbs of saying or seeing ("have been seen leaving" -> leaving) and a relative clause
    that a main verb follows ("buses carrying fighters who were holed up … have been seen leaving");
    else an adjectival participle of the noun phrase; else the nearest verb before the figure.
    """
    # 1. the figure is the object of a verb just before it
    k = m.tok_start - 1
    while k >= 0 and low[k] in OBJECT_SKIP:
        if low[k] == "to" and not (k > 0 and low[k - 1] == "up"):
            break
        k -= 1
    if k >= 0 and k < m.tok_start - 0 and _verbish(low[k], low[k - 1] if k > 0 else "", ing=True) and \
            low[k] not in COPULAS and not (k > 0 and low[k - 1] in ("the", "a", "an")):
        if k + 1 == m.tok_start or low[k + 1] in OBJECT_SKIP:
            return low[k]
    # 2. the main verb after the noun phrase
    head = _head_index(low, m)
    start = head + 1 if head is not None else m.tok_end
    modifiers = [w for w in low[m.tok_end:head] if _verbish(w)] if head is not None else []
    in_rel, rel_verb, prev = False, None, ""
    for k in range(start, min(len(low), start + 20)):
        w = low[k]
        if w in (".", ";") or _clause_ends(low, k):
            break
        if w in RELATIVES and not in_rel and k <= start + 4:
            in_rel = True
            prev = w
            continue
        if in_rel:
            if rel_verb and w in AUX and prev not in AUX:
                in_rel = False          # the main clause resumes: "… beneath the plant have been seen leaving"
            else:
                if rel_verb is None and _verbish(w, prev):
                    rel_verb = w
                prev = w
                continue
        if w in NOT_EVENT_VERBS:
            prev = "been"               # "seen leaving": the next -ing form is the event
            continue
        if w in TAKE_PART and k + 1 < len(low) and low[k + 1] == "part":
            return w                    # "took part" (the reconciler completes the phrase)
        if _verbish(w, prev) or (w.endswith("ing") and len(w) > 5 and prev in AUX):
            return w
        prev = w
    if rel_verb:
        return rel_verb
    if modifiers:
        return modifiers[-1]
    for k in range(m.tok_start - 1, max(-1, m.tok_start - 8), -1):
        w = low[k]
        if w in ("that", ";") or _clause_ends(low, k):
            break                       # "said the figure was exaggerated and that 1,140 …"
        if w in PARTICIPLE_EVENTS or (w.endswith("ed") and len(w) > 4 and w not in ("hundred", "said", "reported")):
            return w
    return None


RATE_LABELS = {"turnout", "participation", "unemployment", "inflation", "approval", "coverage", "occupancy",
               "literacy", "attendance", "positivity"}
"""Nouns that label the percentage right after them, headline style ("…, turnout 58%"): the share's subject
(rules-1.18)."""
SHARE_NOUNS = {"participation", "support", "membership"}
"""Heads of a share that name whose share it is after "among" / "of"."""
OFFER_VERBS = {"offered": "offer", "offers": "offer", "offer": "offer", "offering": "offer", "proposed": "offer",
               "proposes": "offer", "tabled": "offer", "demanded": "demand", "demands": "demand",
               "demanding": "demand", "wants": "demand", "seeks": "demand", "seeking": "demand"}

ANAPHORS = {"others", "own", "critical", "serious", "stable"}
"""Heads that name no noun of their own: "9 others remain trapped" (the figure before: miners), "while
losing 12 of their own" (the possessor's people: "its troops"), a condition ("94 students fall ill, 2 critical": the
students; rules-1.18)."""
POSSESSIVES = {"its", "their", "our", "his", "her", "own"}
LOST_PEOPLE = {"soldiers", "troops", "men", "fighters", "servicemen", "people", "lives", "officers", "police",
               "personnel", "crew", "civilians", "members", "marines", "sailors", "pilots", "comrades"}


def _antecedent(low: list[str], m: Mention, word: str, previous: str | None) -> str:
    """The noun an anaphoric head stands for: for "of their own", the nearest plural noun owned by a
    possessive earlier in the sentence ("its troops … while losing 12 of their own" -> troops); for
    "others", the noun of the figure before it (in the sentence, else the article); else "people"."""
    if word == "own":
        for k in range(m.tok_start - 1, 0, -1):
            if low[k - 1] in POSSESSIVES and is_plural_like(low[k]):
                return low[k]
    if previous and previous not in ANAPHORS:
        return previous
    return "people"


RACE_LINES = {"start": "started", "starting": "started", "finish": "finished", "finishing": "finished"}


def _race_line(low: list[str], m: Mention) -> str | None:
    """"13,872 runners had crossed the start line", "9,700 crossed the finish": started / finished (a race's
    line, not a border)."""
    ks = [k for k in range(len(low)) if low[k] in ("crossed", "cross", "crossing", "crosses")]
    if not ks:
        return None
    k = min(ks, key=lambda k: (k < m.tok_end, abs(k - m.tok_end)))
    if k + 1 < len(low) and low[k + 1] == "the":
        k += 1
    return RACE_LINES.get(low[k + 1]) if k + 1 < len(low) else None


def _contact_clause(low: list[str], j: int) -> bool:
    """Does a relative clause without "that" follow the figure ("the 65,000 the government has used")?"""
    if j >= len(low) or low[j] not in ("the", "its", "their", "his", "her"):
        return False
    for k in range(j + 1, min(len(low), j + 5)):
        if low[k] in CONTACT_VERBS:
            return k > j + 1
        if not low[k].replace("'", "").replace("’", "").isalpha() or low[k] in STOP:
            return False
    return False


def _predicate_noun(low: list[str], j: int) -> str | None:
    """"38 were men and six were women": the noun after "were" classifies the figure."""
    if j + 1 < len(low) and low[j] in ("were", "are", "was", "is") and is_plural_like(low[j + 1]) and \
            (j + 2 == len(low) or low[j + 2] in (",", ".", ";", "and", "or", "but")):
        return low[j + 1]
    return None


def run(doc: Doc) -> Doc:
    prev_subject: str | None = None
    prev_sent: int | None = None
    prev_event: str | None = None
    last_in_sentence: dict[int, str] = {}
    same_value: dict[float, str] = {}         # a figure's noun, by value: a later bare restatement takes it
    for m in doc.mentions:
        sent = doc.sentences[m.sent]
        low = [t.lower for t in sent.tokens]
        subj = None
        estimate_of_count = False
        predicate = False
        deaths = False            # the figure is a death toll ("the death toll … around 300"): event killed
        j = m.tok_end
        while j < len(low) and low[j] in ("”", "\"", "’"):
            j += 1                                # killed "dozens" of rebel fighters
        percent = m.unit == "percent"
        before = low[m.tok_start - 1] if m.tok_start > 0 else ""
        h_next = head_after(low, j, percent)
        if percent and before in RATE_LABELS:
            subj = before                         # "wins 142 seats, turnout 58%"
        elif before == "of" and m.tok_start > 1 and low[m.tok_start - 2] in COLLECTIVE_BEFORE and \
                not (h_next and h_next in low[j:j + 3]):   # but "a group of around 100 civilians"
            subj = low[m.tok_start - 2]           # "a record crowd of 84,312", "an increase of 40 per cent"
        elif before == "at" and any(w in ESTIMATE_VERBS for w in low[max(0, m.tok_start - 6):m.tok_start - 1]):
            k0 = next(k for k in range(m.tok_start - 2, -1, -1) if low[k] in ESTIMATE_VERBS)
            subj = head_after(low, k0 + 1)        # "Police put the turnout at 38,000"
            if subj in COUNT_HEADS or subj is None and any(w in COUNT_HEADS for w in low[k0 + 1:k0 + 4]):
                subj = None                       # "put the figure at 41%": the figure named before
                estimate_of_count = True          # … not the estimator ("The association put the number at 50")
        elif before in ("numbering", "totalling", "totaling"):
            subj = next((w for w in reversed(low[:m.tok_start - 1]) if is_plural_like(w)), None)
        elif before == "by" and percent or j < len(low) and low[j] in ("full", "empty", "occupied", "booked"):
            # a change or a share of capacity: "ridership … was up by a fifth", "car parks were three-quarters full"
            k0 = m.tok_start - 1
            while k0 > 0 and low[k0 - 1] not in (",", ";", ":", "that", "and", "but", "said", "says", "“", "\""):
                k0 -= 1
            subj = head_after(low, k0)
            k1 = k0
            while k1 < m.tok_start and low[k1] in SKIP_FIRST:
                k1 += 1
            if subj is None and low[k1].endswith("ing") and low[k1].isalpha() and k1 + 1 < m.tok_start and \
                    low[k1 + 1] in STOP | CHANGE_VERBS:
                subj = low[k1]                    # "staffing on the line had fallen by 70 per cent"
            if subj is None and before == "by" and m.tok_start > 1 and low[m.tok_start - 2].isalpha() and \
                    low[m.tok_start - 2] not in STOP and not low[m.tok_start - 2].endswith("ed") and \
                    low[m.tok_start - 2] not in CHANGE_VERBS:
                subj = low[m.tok_start - 2]       # "had cut its workforce by a quarter"
        elif j < len(low) and low[j] == "of":
            k = j + 1
            # "71 of the 130 seats", "60 of the district's 90 wells"
            while k < len(low) and (low[k] in SKIP_FIRST or low[k].endswith(("'s", "’s")) or low[k][:1].isdigit()):
                k += 1
            subj = head_after(low, k, percent)
            if subj is None and k < len(low) and low[k] in NOMINAL_ADJ and low[k - 1] == "the":
                subj = low[k]                     # "three of the injured were children"
            if subj == "us":
                subj = "people"
            elif subj in ("them", "those", "these") and k + 1 < len(low) and low[k + 1] in ("were", "are", "was"):
                subj = head_after(low, k + 2)     # "9 of them were women"
            elif subj in PRONOUN_HEADS:
                subj = None
        elif (not percent or m.approx == "vague") and _contact_clause(low, j):
            subj = None                           # "the 65,000 the government has used": borrowed
        elif not percent or m.approx == "vague":
            subj = head_after(low, j)
        elif j < len(low) and low[j].endswith("ed") and low[j].isalpha() and len(low[j]) > 4:
            subj = None                           # "while 27% opposed the protests": a verb, not a noun, follows
        else:
            subj = head_after(low, j, percent)
        if subj in EVENT_VERB_BASES and (m.value is None or m.value > 1 or m.approx == "vague") and \
                j < len(low) and low[j] == subj:
            # a count followed by a verb's base form is the verb's subject ("Tens of thousands march in X",
            # "Hundreds flee"): a plural count takes the base form, so the word is no counted noun
            subj = "people"
        if subj in SHARE_NOUNS:
            # "put participation among drivers at 61 per cent": the share is of the drivers
            k = next((k for k in range(len(low) - 2) if low[k] == subj and low[k + 1] in ("among", "of")), None)
            if k is not None:
                subj = head_after(low, k + 2) or subj
        if subj is None and percent and m.tok_start > 0:
            # "The government has offered 4%", "the union wants 9%": a share that is a pay offer or demand
            k = m.tok_start - 1
            while k > 0 and low[k] in OBJECT_SKIP:
                k -= 1
            if low[k] in OFFER_VERBS:
                subj = OFFER_VERBS[low[k]]
        if subj in ANAPHORS:
            subj = _antecedent(low, m, subj, last_in_sentence.get(m.sent) or prev_subject)
        if subj is None and j + 1 < len(low) and low[j] in ("not", "or", "and", "to", ",") and \
                low[j + 1][:1].isdigit() and not ("of" in low[max(0, m.tok_start - 2):m.tok_start] and low[j] == ",") \
                and not (j + 3 < len(low) and low[j + 2] == "of" and low[j + 3] in ("them", "whom", "those")):
            # not "Of the 44, 38 were men"; nor a part after it: "rose to 40, 12 of them children" (rules-1.18)
            for k in range(j + 2, min(len(low), j + 5)):
                cand = head_after(low, k)
                if cand:
                    subj = cand
                    break
        if subj is None and j < len(low) and low[j] in ("who", "who'd", "who've", "whom"):
            subj = "people"
        if subj is None and _predicate_noun(low, j):
            subj = _predicate_noun(low, j)        # "six were women"
            predicate = True
        if subj is None and m.tok_start > 1 and (low[m.tok_start - 2], low[m.tok_start - 1]) in MAKE_UP:
            k0 = m.tok_start - 2
            while k0 > 0 and low[k0 - 1] not in (",", ";", ":", "that", "said", "says", "“", "\""):
                k0 -= 1
            subj = head_after(low, k0)            # "Children under 18 made up 26,140 of those counted"
        if subj is None and m.tok_start > 1 and is_plural_like(before) and low[m.tok_start - 2] in ("and", ",") \
                and (j == len(low) or low[j] in (",", ".", ";")) and \
                any(o.sent == m.sent and o.tok_end < m.tok_start - 2 for o in doc.mentions):
            subj = before                         # gapping: "children made up 26,140 … and adults 22,170"
        if subj is None:
            # the nearest count noun before the figure, unless another figure of the sentence is between them and the
            # figure goes on with a clause of its own ("toll rises to 14, dozens feared trapped": the toll is the 14's;
            # rules-1.18)
            own_clause = j < len(low) and (low[j].endswith("ed") or low[j] in ("were", "are", "was", "is", "remain",
                                                                              "remained", "still"))
            between = [o.tok_start for o in doc.mentions if o.sent == m.sent and o.tok_end <= m.tok_start] \
                if own_clause else []
            for k in range(m.tok_start - 1, -1, -1):
                if any(k < b for b in between):
                    break
                if low[k] in COUNT_HEADS and k + 1 < len(low):
                    if low[k] in ("toll", "tally") or (k + 1 < len(low) and low[k + 1] in DEATH_WORDS):
                        subj = "people"
                        deaths = low[k] == "toll" or (k + 1 < len(low) and low[k + 1] in DEATH_WORDS)
                    elif low[k + 1] == "of":
                        k2 = k + 2
                        while k2 < m.tok_start and low[k2] in OBJECT_SKIP:
                            k2 += 1
                        # "the governor's earlier figure of about 400": the figure itself, no noun
                        subj = head_after(low, k + 2) if k2 < m.tok_start else None
                    if subj:
                        break
        if subj is None:
            # "a survey of its members found that 4 in 10 …": the surveyed group
            for k in range(m.tok_start - 1, 1, -1):
                if low[k] in (".", ";") or low[k] in SURVEY_NOUNS:
                    if low[k] in SURVEY_NOUNS and k + 1 < m.tok_start and low[k + 1] == "of":
                        subj = head_after(low, k + 2)
                    break
        if subj is None and m.value is not None and m.value >= 20 and m.value in same_value:
            subj = same_value[m.value]            # "police say they counted 2,100" after "2,100 tractors"
        if subj is None and not estimate_of_count:
            # "X was / stands at / could have been N": the sentence's own subject
            for k in range(m.tok_start - 1, max(-1, m.tok_start - 6), -1):
                if low[k] not in COPULA_GAP and low[k] not in COPULAS:
                    break
                if low[k] in COPULAS:
                    start = k
                    while start > 0 and low[start - 1] not in (":", ";", "“", "\"", "‘", "that", "and", "but", ",",
                                                                "said", "says", "told", "added"):
                        start -= 1
                    first = head_after(low, start)
                    if first and first not in COUNT_HEADS:
                        subj = first
                    elif first in ("toll", "tally"):
                        subj = "people"
                        deaths = first == "toll"
                    break
        listed = _list_predicate(low, j)
        if listed is not None and (subj is None or subj in LIST_PREDICATES or subj == listed[0]):
            subj = listed[0] or "people"          # "14 dead, 30 missing, more than 200 injured"
        borrowed = None
        if subj is None and m.sent in last_in_sentence:
            subj = borrowed = last_in_sentence[m.sent]
        if subj is None and prev_subject:
            subj = borrowed = prev_subject
            if m.sent not in last_in_sentence and prev_sent is not None and prev_sent != m.sent:
                borrowed = "far"
        defaulted = subj is None
        if subj is None:
            subj = "people"
        m.subject = subj
        if borrowed is None and not defaulted and m.value is not None:
            same_value.setdefault(m.value, subj)
        m.event = "killed" if deaths else (listed[1] if listed is not None else _event(low, m, sent))
        if m.event in ("crossed", "cross", "crossing", "crosses"):
            m.event = _race_line(low, m) or m.event
        if _whole_of_part(doc, m, low):
            m.event = "total"       # "1,140 of its 5,300 scheduled services": the whole, not another count
        if borrowed is not None and _human_event(m.event) and (
                not _human_noun(subj) or borrowed == "far" and prev_event is None):
            # a bare figure of a human event borrows only a noun of people, and across sentences only
            # from a figure of some event ("had moved 80,000" after "a meeting of 300 aid workers": people)
            subj = m.subject = "people"
        if m.event and event_base(m.event) == "lose" and subj in LOST_PEOPLE:
            m.event = "killed"      # "losing 12 of their own", "lost 30 soldiers": people lost in a fight died
        if predicate:
            continue        # "38 were men": a class of what was counted, not a noun for later figures
        last_in_sentence[m.sent] = subj
        prev_subject = subj
        prev_sent, prev_event = m.sent, m.event
    return doc
