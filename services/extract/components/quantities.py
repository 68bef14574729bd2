"""Component `quantities`: find every figure that can be a claim, with its interval.

Reads numbers (via `numbers`), then the words around them:
- scale words ("3.4 million", "4.18 lakh") and percent ("90%", "90 per cent");
- approximators "some/about/around/nearly/roughly" -> approximate, about +-12.5 %;
- bounds "more than/over/at least" -> at_least (high None, or 100 for a percent),
  "up to/fewer than/at most" -> at_most; "only"/"a total of"/"another" stay exact;
- ranges "between 3.4 to 4.9 million", "3.4 million to 4.9 million";
- vague amounts "hundreds of" (100..999), "thousands" (1000..9999), "tens of thousands",
  "hundreds of thousands", "millions", "several millions", "dozens of";
- fractions "a fifth of", "half of", "two-thirds of" -> percent.
Not claims: years, dates, times, durations, ages, ordinals, money, measures,
numbers inside names ("Covid-19", "Flight 17") and a restatement in brackets ("4,18,480 (4.18 lakh)").
"""
from __future__ import annotations

import math

from services.extract.components.numbers import SCALES, is_number_word, normalise, parse_digits, read_words
from services.extract.doc import Doc, Mention, Sentence

MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec"}
TIME_UNITS = {"second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hrs", "day", "days",
              "week", "weeks", "month", "months", "year", "years", "yrs", "decade", "decades", "century",
              "centuries", "night", "nights", "weekend", "weekends", "am", "pm", "gmt", "utc", "bst", "o'clock",
              "overs", "innings", "seasons", "semester", "semesters", "term", "terms", "times", "hrs", "mins", "secs"}
MEASURE_UNITS = {"km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre",
                 "metres", "meter", "meters", "feet", "foot", "ft", "inch", "inches", "cm", "mm", "yards", "yard",
                 "kg", "kgs", "kilogram", "kilograms", "kilo", "kilos", "gram", "grams", "tonne", "tonnes", "ton",
                 "tons", "lb", "lbs", "ounces", "acre", "acres", "hectare", "hectares", "sq", "square", "degree",
                 "degrees", "celsius", "fahrenheit", "mph", "kph", "km/h", "litre", "litres", "liter", "liters",
                 "gallon", "gallons", "barrel", "barrels", "megawatt", "megawatts", "mw", "gw", "kw", "volts",
                 "magnitude", "knots", "calories", "bytes", "gb", "mb", "points", "goals", "runs", "wickets",
                 "storeys", "stories", "floors", "mps", "m", "km2", "sqkm", "percentile", "cubic", "millimetres",
                 "millimeters", "centimetres", "centimeters", "mm", "ml", "kilowatts", "watts", "gigawatts",
                 "decibels", "bar", "psi", "storey", "metric", "nautical"}
MONEY_WORDS = {"dollar", "dollars", "usd", "euro", "euros", "eur", "pound", "pounds", "sterling", "gbp", "yen",
               "yuan", "renminbi", "rupee", "rupees", "inr", "rouble", "roubles", "ruble", "rubles", "hryvnia",
               "hryvnias", "naira", "peso", "pesos", "franc", "francs", "cents", "cent", "bolivar", "bolivars",
               "rand", "shillings", "lira", "liras", "won", "dinar", "dinars", "riyal", "riyals", "dirham",
               "dirhams", "baht", "ringgit", "taka", "cedis", "kwacha", "birr", "zloty", "crowns", "krona", "kronor",
               "krone", "kroner", "forint", "lei", "leu", "lev", "kuna", "rials", "rial", "rupiah", "dong",
               "reais", "soles", "tenge", "som", "manat", "lari", "dram", "leone", "leones", "shekels", "shekel",
               "hryvnias", "bucks", "quid"}
CURRENCY_SIGNS = set("$£€¥₹₦₽₴")
CURRENCY_TOKENS = {"us$", "rs", "rs.", "inr", "usd", "eur", "gbp", "a$", "c$", "hk$", "ksh", "n"}
NAME_BEFORE_NUMBER = {"article", "section", "chapter", "resolution", "flight", "route", "highway", "interstate",
                      "room", "gate", "terminal", "platform", "apollo", "boeing", "airbus", "category", "phase",
                      "level", "grade", "number", "no", "channel", "proposition", "prop", "unit", "block", "ward",
                      "zone", "page", "pages", "paragraph", "clause", "amendment", "covid", "g", "f", "mig", "su",
                      "windows", "iphone", "version", "model", "top", "act", "bill", "district", "precinct",
                      "camp", "bus", "line", "lot", "class", "division", "brigade", "battalion", "regiment",
                      "squad", "corps", "army", "fleet", "team", "vol", "volume", "episode", "season", "series"}
AGE_WORDS = {"aged", "age", "ages", "ageing"}
WEEKDAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
KIN_WORDS = {"son", "daughter", "brother", "sister", "mother", "father", "wife", "husband", "he", "she", "boy",
             "girl", "child", "baby", "grandson", "granddaughter", "nephew", "niece", "cousin", "youngest", "oldest"}
"""Who "is N." when N is an age."""
LOWER_NAME_BEFORE_NUMBER = {"line", "row", "platform", "gate", "route", "flight", "room", "bay", "pier", "berth",
                            "exit", "junction", "lane", "track", "seat", "numbers", "terminal", "ward", "runway"}
"""Nouns that name what the number after them labels even in lower case ("the line 4 tram", "row 9")."""
APPROX = ["approximately", "approx", "about", "around", "some", "roughly", "nearly", "almost", "an estimated",
          "estimated", "close to", "circa", "more or less", "an approximate"]
AT_LEAST = ["more than", "over", "past", "topped", "surpassed", "at least", "upwards of", "in excess of", "no fewer than", "no less than",
            "not less than", "greater than", "just over", "well over", "as many as", "higher than", "above",
            "exceeding", "exceeds"]
AT_MOST = ["up to", "fewer than", "less than", "under", "at most", "no more than", "not more than", "just under",
           "below", "as few as", "a maximum of", "maximum of", "lower than"]
FRACTIONS = {"half": 50, "a half": 50, "one half": 50, "a third": 100 / 3, "one third": 100 / 3,
             "one-third": 100 / 3, "two thirds": 200 / 3, "two-thirds": 200 / 3, "a quarter": 25,
             "one quarter": 25, "one-quarter": 25, "three quarters": 75, "three-quarters": 75, "a fifth": 20,
             "one fifth": 20, "one-fifth": 20, "two fifths": 40, "two-fifths": 40, "three fifths": 60,
             "a tenth": 10, "one tenth": 10, "one-tenth": 10, "a sixth": 100 / 6, "an eighth": 12.5}
VAGUE = {  # word -> (low, high)
    "dozens": (24, 99), "scores": (40, 199), "hundreds": (100, 999), "thousands": (1_000, 9_999),
    "millions": (1_000_000, 9_999_999), "billions": (1_000_000_000, 9_999_999_999),
}
VAGUE_SCALED = {("tens", "thousands"): (10_000, 99_999), ("hundreds", "thousands"): (100_000, 999_999),
                ("tens", "millions"): (10_000_000, 99_999_999), ("hundreds", "millions"): (100_000_000, 999_999_999),
                ("tens", "billions"): (10_000_000_000, 99_999_999_999)}
AFTER_NUMBER_TIME = {"consecutive", "straight", "successive", "more", "full", "long"}  # "nine consecutive days"
AGE_THRESHOLDS = {5, 12, 13, 14, 15, 16, 18, 21, 25, 30, 40, 50, 60, 65, 70, 75, 80}
AGE_HOLDERS = {"children", "child", "kids", "people", "those", "girls", "boys", "youths", "adults", "men",
               "women", "patients", "everyone", "anyone", "residents", "voters", "users"}
SCORE_WORDS = {"beat", "beats", "beating", "won", "win", "wins", "lost", "lose", "loses", "drew", "draw",
               "defeated", "defeat", "victory", "score", "scored", "scoreline", "thrashed", "edged", "led",
               "trailed", "trailing", "leading"}
RATIO_DENOMS = {2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 50, 100, 1000}
SEVERAL = {"several": (3, 9), "a few": (2, 5), "few": (2, 5), "many": (2, 9)}
MAX_MENTIONS = 2000
FRACTION_WORDS = [(ph.split(), pct) for ph, pct in FRACTIONS.items()]
FRACTION_FIRST = {words[0] for words, _ in FRACTION_WORDS}
SEVERAL_FIRST = {"a", "several", "few", "many"}


def approx_interval(v: float) -> tuple[float | int, float | int]:
    return normalise(math.floor(v * 0.875)), normalise(math.ceil(v * 1.125))


def _lowers(sent: Sentence) -> list[str]:
    return [t.lower for t in sent.tokens]


def _match_before(low: list[str], i: int, phrases: list[str]) -> int:
    """Length in tokens of the longest phrase that ends just before token i (0 if none)."""
    best = 0
    for ph in phrases:
        words = ph.split()
        n = len(words)
        if i - n >= 0 and low[i - n:i] == words:
            best = max(best, n)
    return best


def _read_number(sent: Sentence, low: list[str], i: int):
    """A number starting at token i: (value, end token index, kind) or None. kind: digits|words."""
    tok = sent.tokens[i]
    parsed = parse_digits(tok.text)
    if parsed is not None:
        value, suffix = parsed
        if suffix and suffix.lower() not in ("k", "m", "mn", "bn", "b"):
            return None
        j = i + 1
        if not suffix and j < len(low) and low[j] in SCALES and low[j] not in ("mn", "bn") or \
                (j < len(low) and low[j] in ("mn", "bn")):
            value = normalise(value * SCALES[low[j]])
            j += 1
            if j < len(low) and low[j] in ("thousand", "million", "billion") and low[j - 1] == "hundred":
                value = normalise(value * SCALES[low[j]])
                j += 1
        return value, j, "digits"
    if low[i] == "half" and i + 2 < len(low) and low[i + 1] == "a" and low[i + 2] in ("million", "billion",
                                                                                        "dozen", "thousand"):
        scale = 12 if low[i + 2] == "dozen" else SCALES[low[i + 2]]
        return normalise(scale / 2), i + 3, "words"
    if is_number_word(low[i]) or low[i] in ("a", "an"):
        words = []
        for t in low[i:i + 12]:
            words.extend([t] if "-" not in t or is_number_word(t) else [t])
        r = read_words(low[i:i + 12])
        if r is None:
            return None
        value, used = r
        j = i + used
        # "five million" is read by read_words; a trailing lakh/crore scale too
        if j < len(low) and low[j] in ("lakh", "lakhs", "crore", "crores"):
            value *= SCALES[low[j]]
            j += 1
        return value, j, "words"
    return None


def _excluded(doc: Doc, sent: Sentence, low: list[str], i: int, j: int, value, kind: str) -> bool:
    """Is the number at tokens [i, j) a date, time, age, duration, money, measure or part of a name?"""
    toks = sent.tokens
    text = doc.text
    first, last = toks[i], toks[j - 1]
    nxt = low[j] if j < len(low) else ""
    nxt2 = low[j + 1] if j + 1 < len(low) else ""
    prev = low[i - 1] if i > 0 else ""
    before = text[first.start - 1] if first.start > 0 else " "
    before2 = text[first.start - 2] if first.start > 1 else " "
    after = text[last.end] if last.end < len(text) else " "
    if kind == "digits":
        raw = first.text
        if ":" in raw or "/" in raw:
            return True                          # 5:30, 1/20/13
        if before.isalnum() or before in "/@#._" or (before == "-" and before2.isalpha()):
            return True                          # Covid-19, pic.twitter.com/80e10, @user1
        if before in CURRENCY_SIGNS or before2 in CURRENCY_SIGNS and before in " $":
            return True
        if after == "-" and last.end + 1 < len(text) and text[last.end + 1].isalpha():
            return True                          # 12-year-old, 7.8-magnitude
        if isinstance(value, int) and 1000 <= value <= 2100 and len(raw) == 4 and j == i + 1:
            if not (nxt.endswith("s") and not nxt.endswith(("us", "is", "ss")) and nxt.isalpha()
                    and nxt not in TIME_UNITS and prev not in
                    ("in", "since", "from", "until", "till", "by", "of", "between", "and", "to", "year", "before",
                     "after", "early", "late", "mid", "during", "for")):
                return True                      # a year
            if prev in ("in", "since", "from", "until", "till", "by", "between", "year", "before", "after",
                        "during"):
                return True
    else:
        if value == 1 and j == i + 1 and not (
                nxt == "of" and nxt2 in ("them", "whom") and prev in (",", "including")
                and (low[j + 2] if j + 2 < len(low) else "") not in ("was", "is", "were", "has", "had", "said")):
            return True          # "one miner", "number one"; but "…, one of them seriously" is a part of the figure before
        if after == "-" and last.end + 1 < len(text) and text[last.end + 1].isalpha() and \
                not is_number_word(text[last.end + 1:last.end + 12].split()[0].split("-")[0]):
            return True
    if nxt in MONTHS or prev in MONTHS or prev == "." and i >= 2 and low[i - 2] in MONTHS:
        return True                              # 7 May, May 7, Nov. 18
    if prev in ("and", "to") and i >= 3 and low[i - 2][:1].isdigit() and low[i - 3] in MONTHS:
        return True                              # the second day of "December 1 and 2"
    if kind == "digits" and i >= 1 and toks[i - 1].text.isupper() and toks[i - 1].text.isalpha() and \
            len(toks[i - 1].text) >= 2 and isinstance(value, int) and (value <= 99 or 1900 <= value <= 2100):
        return True                              # a name's number or year: "KCBN 7", "TCSE 2026 results"
    if prev == "(" and nxt == ")" and i >= 2 and low[i - 2] in WEEKDAY_WORDS:
        return True                              # "this Thursday (29)": the day of the month
    if nxt in ("—", "–", "-") and nxt2 in TIME_UNITS:
        return True                              # "25 — days the hostages spent in captivity"
    if prev in ("is", "was") and nxt in (".", ",", "") and isinstance(value, (int, float)) and value < 120 and \
            i >= 2 and low[i - 2] in KIN_WORDS:
        return True                              # an age: "My son is 23."
    if nxt in ("to", "and", "-", "–") and nxt2[:1].isdigit() and j + 2 < len(low) and low[j + 2] in MONTHS:
        return True                              # the first day of "from 10 to 12 November", "between 3 and 14 August"
    if prev in ("over", "under", "to", "and", "-", "–", "between", "from", "of") and i >= 2 and (
            low[i - 2] in AGE_WORDS or i >= 3 and low[i - 2][:1].isdigit() and (
                low[i - 3] in AGE_WORDS or i >= 4 and low[i - 3] in ("between", "from") and low[i - 4] in AGE_WORDS)):
        return True                              # ages: "aged over 75", "aged 15 to 17", "aged between 30 and 49",
                                                 # "the retirement age from 63 to 66", "the age of five"
    if prev == "per":
        return True                              # the base of a rate: "61 per 100,000"
    if nxt == "and" and nxt2 == "a" and j + 2 < len(low) and low[j + 2] in ("half", "quarter") and \
            j + 3 < len(low) and low[j + 3] in TIME_UNITS:
        return True                              # "two and a half years"
    if prev in ("was", "is") and nxt in (".", "", ",", ";") and isinstance(value, (int, float)) and value < 120 and \
            any(w in ("youngest", "oldest") for w in low[max(0, i - 12):i]):
        return True                              # an age: "The youngest of the dead, Petr Haldane, was 19."
    if kind == "digits" and prev in LOWER_NAME_BEFORE_NUMBER and not sent.headline:
        return True                              # "the line 4 tram", "sitting in row 9", "at numbers 12 and 16"
    if kind == "digits" and prev == "and" and i >= 3 and low[i - 2][:1].isdigit() and \
            low[i - 3] in LOWER_NAME_BEFORE_NUMBER:
        return True
    if kind == "digits" and _phone_number(low, i, first.text):
        return True
    if prev == "," and i >= 2 and low[i - 2].isdigit() and i >= 3 and low[i - 3] in MONTHS:
        return True                              # May 7, 2022
    if nxt in TIME_UNITS or nxt in MEASURE_UNITS or nxt in MONEY_WORDS:
        return True
    if nxt in ("a", "p") and nxt2 == "." or nxt in ("a.m", "p.m"):
        return True                              # 11 a.m.
    if nxt == "-" and nxt2 in TIME_UNITS:
        return True
    if nxt in ("per", "percent") and nxt2 in ("hour", "day", "week", "month", "year", "capita", "head"):
        return False
    if prev in AGE_WORDS or prev in CURRENCY_TOKENS and (before in " " and prev != "n"):
        return True
    if prev and i > 0 and toks[i - 1].is_cap and prev in NAME_BEFORE_NUMBER and not sent.headline:
        return True
    if prev in ("number", "no", "top") or prev == "." and i > 1 and low[i - 2] == "no":
        return True
    if nxt in ("th", "st", "nd", "rd"):
        return True
    if nxt in AFTER_NUMBER_TIME and nxt2 in TIME_UNITS:
        return True                              # nine consecutive days, two more weeks
    if prev in ("magnitude", "scale", "aged", "level", "force") or (prev == "a" and i > 1 and low[i - 2] == "magnitude"):
        return True                              # a magnitude 6.8 quake
    # an age in apposition: "Prime Minister Oskar Brandt, 61, told", "Grace Mwangi, 37, a trader"
    if kind == "digits" and prev == "," and nxt == "," and isinstance(value, int) and 1 <= value < 120 and \
            i >= 2 and toks[i - 2].is_cap and low[i - 2] not in MONTHS and not sent.headline:
        return True
    # an age in apposition closing the sentence: '…," said Damir Kos, 34.'
    if kind == "digits" and prev == "," and nxt in (".", "") and isinstance(value, int) and 1 <= value < 120 and \
            i >= 2 and toks[i - 2].is_cap and low[i - 2] not in MONTHS and not sent.headline:
        return True
    # an age comparison: "older than 80", "younger than 16"
    if prev == "than" and i >= 2 and low[i - 2] in ("older", "younger") and isinstance(value, (int, float)) \
            and value < 120:
        return True
    # "the two sides" (of a dispute) names the parties, it counts nothing
    if value == 2 and prev in ("the", "both") and nxt in ("sides", "side"):
        return True
    # an age bound: "children under five", "arrivals are under 18."
    if prev in ("under", "over") and value in AGE_THRESHOLDS and (
            i >= 2 and low[i - 2] in AGE_HOLDERS or not nxt[:1].isalpha()):
        return True
    # a score: "beat Rovers 2-1", "a 3-0 win"
    if kind == "digits" and (nxt in ("-", "–") and j + 1 < len(low) and low[j + 1].isdigit()
                             and last.end + 1 < len(text) and text[last.end + 1].isdigit()
                             and _is_score(low, i, j, value, int(low[j + 1]))
                             or prev in ("-", "–") and i >= 2 and low[i - 2].isdigit()
                             and first.start > 0 and text[first.start - 2].isdigit()
                             and _is_score(low, i - 2, i - 1, int(low[i - 2]), value)):
        return True
    if nxt == "years" or (nxt == "-" and nxt2 == "year"):
        return True
    return False


PHONE_VERBS = {"call", "calls", "phone", "ring", "dial", "text", "contact", "telephone", "helpline", "hotline",
               "sms"}


def _phone_number(low: list[str], i: int, raw: str) -> bool:
    """A telephone number: "call Marlshire Police on 101", "anonymously on 0800 555 111" (a group with a leading
    zero, and the groups after it)."""
    if len(raw) >= 3 and raw.startswith("0") and raw.isdigit():
        return True
    k = i - 1
    while k >= 0 and low[k][:1].isdigit() and low[k].isdigit():
        if low[k].startswith("0") and len(low[k]) >= 3:
            return True                          # "555" and "111" of "0800 555 111"
        k -= 1
    if len(raw) >= 3 and (i + 2 < len(low) and low[i + 1] == "-" and low[i + 2].isdigit() and len(low[i + 2]) >= 3
                          or i >= 2 and low[i - 1] == "-" and low[i - 2].isdigit() and len(low[i - 2]) >= 3):
        return True                              # "555-2187", "(06742-231100)"
    return i >= 1 and low[i - 1] in ("on", "to", "at") and any(w in PHONE_VERBS for w in low[max(0, i - 8):i - 1])


def _is_score(low: list[str], i: int, j: int, a, b) -> bool:
    """"2-1" after "beat", before "win"/"victory", or any descending pair of small numbers (ranges ascend)."""
    if not isinstance(a, int) or not isinstance(b, int) or a > 30 or b > 30:
        return False
    around = set(low[max(0, i - 4):i]) | set(low[j + 2:j + 5])
    return bool(around & SCORE_WORDS) or a >= b


def _unit_after(low: list[str], j: int) -> tuple[str, int]:
    if j < len(low) and low[j] == "%":
        return "percent", j + 1
    if j + 1 < len(low) and low[j] == "per" and low[j + 1] == "cent":
        return "percent", j + 2
    if j < len(low) and low[j] in ("percent", "pc"):
        return "percent", j + 1
    if j + 1 < len(low) and low[j] == "percentage" and low[j + 1] in ("points", "point"):
        return "percent", j + 2
    return "count", j


def scan_sentence(doc: Doc, sent: Sentence) -> list[Mention]:
    low = _lowers(sent)
    toks = sent.tokens
    out: list[Mention] = []
    i = 0
    n = len(low)

    def add(ts, te, value, lo, hi, approx, unit, ms=None):
        ms = ts if ms is None else ms
        out.append(Mention(sent.idx, ms, te, toks[ms].start, toks[te - 1].end,
                           doc.text[toks[ms].start:toks[te - 1].end], value, lo, hi, approx, unit))

    while i < n:
        w = low[i]
        # vague amounts: "tens of thousands", "hundreds of", "several millions", "several hundred"
        if w in ("tens", "hundreds") and i + 2 < n and low[i + 1] == "of" and (w, low[i + 2]) in VAGUE_SCALED:
            lo, hi = VAGUE_SCALED[(w, low[i + 2])]
            start = i - _match_before(low, i, ["several", "many", "some", "a few"])
            add(start, i + 3, None, lo, hi, "vague", "count", start)
            i += 3
            continue
        if w in VAGUE and not (i > 0 and (parse_digits(toks[i - 1].text) or is_number_word(low[i - 1]))):
            lo, hi = VAGUE[w]
            k = _match_before(low, i, ["several", "many", "a few", "the", "some", "not"])
            add(i - k if k and low[i - k] in ("several", "many", "a few") else i, i + 1, None, lo, hi,
                "vague", "count")
            i += 1
            continue
        # "several hundred", "a few thousand"
        sev = None
        for key in (("a few", "several", "few", "many") if w in SEVERAL_FIRST else ()):
            kw = key.split()
            if low[i:i + len(kw)] == kw and i + len(kw) < n and low[i + len(kw)] in ("hundred", "thousand",
                                                                                     "million", "billion", "dozen"):
                sev = (kw, low[i + len(kw)])
                break
        if sev:
            kw, scale = sev
            a, b = SEVERAL[" ".join(kw)]
            s = 12 if scale == "dozen" else SCALES[scale]
            add(i, i + len(kw) + 1, None, a * s, b * s + (s - 1 if s > 1 else 0), "vague", "count")
            i += len(kw) + 1
            continue
        # fractions followed by "of": "a fifth of", "half of"
        frac = None
        for words, pct in (FRACTION_WORDS if w in FRACTION_FIRST else ()):
            # "half of", "by a fifth" (a change), "three-quarters full" (a share of capacity)
            k = i + len(words)
            if k + 1 < n and low[k] in ('"', "”") and low[k + 1] == "of":
                k += 1                           # '"fewer than half" of the children'
            if low[i:i + len(words)] == words and k < n and (
                    low[k] in ("of", "full", "empty", "occupied", "booked", "complete")
                    or i > 0 and low[i - 1] in ("by", "than") and low[i] != "half"
                    # "lost half their takings", "half the staff"
                    or words == ["half"] and not (i > 0 and low[i - 1] in ("first", "second", "the", "a"))
                    and (low[k] in ("their", "its", "his", "her", "our") or low[k] in ("the", "all") and k + 1 < n
                         and low[k + 1].endswith("s") and not low[k + 1].endswith("ss"))):
                if not frac or len(words) > len(frac[0]):
                    frac = (words, pct)
        if frac:
            words, pct = frac
            pct = normalise(round(pct, 1))
            ka = _match_before(low, i, AT_LEAST)
            km = _match_before(low, i, AT_MOST)
            kx = _match_before(low, i, APPROX)
            if ka:
                add(i - ka, i + len(words), pct, pct, 100, "at_least", "percent")
            elif km:
                add(i - km, i + len(words), pct, None, pct, "at_most", "percent")
            elif kx:
                lo, hi = approx_interval(pct)
                add(i - kx, i + len(words), pct, lo, hi, "approximate", "percent")
            else:
                add(i, i + len(words), pct, pct, pct, "exact", "percent")
            i += len(words)
            continue
        r = _read_number(sent, low, i)
        if r is None:
            i += 1
            continue
        value, j, kind = r
        # a ratio: "one in three cases", "Nine out of ten trains", "1 in 5 polling stations" -> percent
        rj = j + 1 if j < n and low[j] == "in" else j + 2 if low[j:j + 2] == ["out", "of"] else None
        if rj is not None and rj < n and isinstance(value, int) and value >= 1:
            r2 = _read_number(sent, low, rj)
            if r2 is not None and r2[0] in RATIO_DENOMS and r2[0] > value and \
                    not (r2[1] < n and (low[r2[1]] in TIME_UNITS or low[r2[1]] in MONEY_WORDS)):
                pct = normalise(round(value * 100 / r2[0], 1))
                kx = _match_before(low, i, APPROX)
                ka = _match_before(low, i, AT_LEAST)
                km = _match_before(low, i, AT_MOST)
                if kx:
                    lo, hi = approx_interval(pct)
                    add(i - kx, r2[1], pct, lo, hi, "approximate", "percent")
                elif ka:
                    add(i - ka, r2[1], pct, pct, 100, "at_least", "percent")
                elif km:
                    add(i - km, r2[1], pct, None, pct, "at_most", "percent")
                else:
                    add(i, r2[1], pct, pct, pct, "exact", "percent")
                i = r2[1]
                continue
        if _excluded(doc, sent, low, i, j, value, kind):
            i = j
            continue
        unit, j2 = _unit_after(low, j)
        # a bracketed restatement right after the previous figure: "4,18,480 (4.18 lakh)"
        if out and i > 0 and low[i - 1] == "(" and out[-1].tok_end == i - 1:
            i = j2
            continue
        # ranges: "between 3.4 to 4.9 million", "3.4 million to 4.9 million", "10-15"
        between = i > 0 and low[i - 1] == "between"
        if j2 < n and low[j2] in ("to", "-", "–", "and") and (between or low[j2] != "and") and j2 + 1 < n:
            r2 = _read_number(sent, low, j2 + 1)
            if r2 is not None and unit == "count" and r2[1] < n and _excluded(doc, sent, low, j2 + 1, r2[1], r2[0],
                                                                               r2[2]) and \
                    (low[r2[1]] in MEASURE_UNITS or low[r2[1]] in TIME_UNITS or low[r2[1]] in MONEY_WORDS):
                i = r2[1]                        # "6 to 8 degrees", "two to three weeks": both ends are a measure
                continue
            if r2 is not None and not _excluded(doc, sent, low, j2 + 1, r2[1], r2[0], r2[2]):
                v2, k2, _ = r2
                unit2, k3 = _unit_after(low, k2)
                v1 = value
                if k2 > j2 + 2 and low[k2 - 1] in SCALES and j == i + 1 and v1 < v2 / SCALES[low[k2 - 1]] * 10 + 1:
                    v1 = normalise(v1 * SCALES[low[k2 - 1]])  # the scale of the second end applies to both
                if v2 > v1 and (between or low[j2] == "to" or kind == "digits"):
                    start = i - 1 if between else i
                    add(start, k3, None, v1, v2, "approximate", unit2 if unit == "count" else unit)
                    i = k3
                    continue
        # modifiers before the number
        ka = _match_before(low, i, AT_LEAST)
        km = _match_before(low, i, AT_MOST)
        kx = _match_before(low, i, APPROX)
        if kx and low[i - kx] == "some" and kind == "words" and value < 10:
            kx = 0                                # "some two" is rare; "some" alone is not a number
        if ka and unit == "percent":
            add(i - ka, j2, value, value, 100, "at_least", unit)
        elif ka:
            add(i - ka, j2, value, value, None, "at_least", unit)
        elif km:
            add(i - km, j2, value, 0 if unit == "count" else 0, value, "at_most", unit)
        elif kx:
            lo, hi = approx_interval(value)
            add(i - kx, j2, value, lo, hi, "approximate", unit)
        else:
            add(i, j2, value, value, value, "exact", unit)
        i = j2
    # numeric suffix range "or so" after the number
    return out


def run(doc: Doc) -> Doc:
    for sent in doc.sentences:
        doc.mentions.extend(scan_sentence(doc, sent))
        if len(doc.mentions) > MAX_MENTIONS:
            del doc.mentions[MAX_MENTIONS:]
            break
    return doc
