"""Component `numbers`: read one number written in digits or words.

A small lexicon, because the libraries fall short (see docs/extraction.md):
"20,000", "4,18,480" (Indian grouping), "3.4 million", "193k", "Eighteen",
"forty-six", "one hundred and twenty", "a dozen", "two dozen", "half a million", "4.18 lakh".
"""
from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000,
          "crores": 10_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
DIGIT_SUFFIX = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000}
DIGITS_RE = re.compile(r"^(\d{1,3}(?:,\d{2,3})+|\d+)(\.\d+)?([A-Za-z]*)$")


def is_number_word(w: str) -> bool:
    w = w.lower()
    if w in UNITS or w in TENS:
        return True
    parts = w.split("-")
    return len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS


def word_value(w: str) -> int | None:
    w = w.lower()
    if w in UNITS:
        return UNITS[w]
    if w in TENS:
        return TENS[w]
    parts = w.split("-")
    if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS and UNITS[parts[1]] < 10:
        return TENS[parts[0]] + UNITS[parts[1]]
    return None


def parse_digits(tok: str) -> tuple[float | int, str] | None:
    """'20,000' -> (20000, ''); '193k' -> (193000, 'k'); '11am' -> (11, 'am'). None if not a number."""
    m = DIGITS_RE.match(tok)
    if not m:
        return None
    whole, frac, suffix = m.group(1), m.group(2) or "", m.group(3)
    num = float(whole.replace(",", "") + frac) if frac else int(whole.replace(",", ""))
    mult = DIGIT_SUFFIX.get(suffix.lower()) if suffix else None
    if mult:
        return normalise(num * mult), suffix
    return num, suffix


def normalise(v: float | int) -> float | int:
    """Whole floats become ints: 3.4e6 -> 3400000."""
    if isinstance(v, float) and abs(v - round(v)) < 1e-6:
        return int(round(v))
    return v


def read_words(words: list[str]) -> tuple[int, int] | None:
    """Read a number from the start of `words` (lowercase). Returns (value, words used) or None.

    "forty-six" -> 46; "one hundred and twenty" -> 120; "a dozen" -> 12; "two dozen" -> 24;
    "a hundred" -> 100; "five million" -> handled by the caller's scale step too.
    """
    total, current, used, seen = 0, 0, 0, False
    i = 0
    while i < len(words):
        w = words[i]
        v = word_value(w)
        if v is not None and (not seen or current % 100 == 0 or current < 100 and current % 10 == 0 and v < 10):
            if seen and current and v >= 10 and current % 100 != 0:
                break
            current += v
            seen, i, used = True, i + 1, i + 1
            continue
        if w in ("a", "an") and not seen and i + 1 < len(words) and words[i + 1] in ("dozen", "hundred", "thousand",
                                                                                   "million", "billion"):
            current, seen, i = 1, True, i + 1
            continue
        if w == "dozen" and seen:
            current *= 12
            i, used = i + 1, i + 1
            continue
        if w == "hundred" and seen:
            current *= 100
            i, used = i + 1, i + 1
            continue
        if w in ("thousand", "million", "billion", "trillion") and seen:
            total += current * SCALES[w]
            current = 0
            i, used = i + 1, i + 1
            continue
        if w == "and" and seen and i + 1 < len(words) and word_value(words[i + 1]) is not None \
                and (current >= 100 or total):
            i += 1
            continue
        break
    if not seen or used == 0:
        return None
    return total + current, used
