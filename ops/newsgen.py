"""A generator of realistic synthetic news reports, at any volume, for benchmarks and fault tests.

Every report is invented: invented countries (Veloria, Castamar), towns and
officials. Several outlets report the same underlying events, with each side
giving its own figure, some as parts of a total, some as vague amounts, with
dates relative to the report's own date — the shapes real reports have.
Deterministic for a given seed.

    python -m ops.newsgen --count 500 --out /tmp/reports
"""
from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SIDES = {
    "Veloria": ["Veloria's interior ministry", "the Velorian army", "Velorian state media",
                "Velorian police chief Anton Reyes", "the Velorian Red Lantern society"],
    "Castamar": ["Castamar's defence ministry", "Castamari officials", "the Castamari general staff",
                 "Castamar's president Ilse Morant", "the Castamari news agency Korva"],
}
NEUTRAL = ["a United Nations spokesman", "the Red Cross", "Reuters"]
TOWNS = ["Drevna", "Halvik", "Marsen", "Ostrava Nova", "Tolmir", "Benecia", "Skarn", "Lutova", "Pellin", "Arvo"]
EVENTS = [  # (subject, verb phrase, plausible range)
    ("civilians", "were evacuated from", (20, 2_000)),
    ("people", "were killed in", (3, 400)),
    ("residents", "fled", (100, 20_000)),
    ("buildings", "were damaged in", (10, 900)),
    ("soldiers", "were captured near", (5, 300)),
    ("protesters", "gathered in", (500, 60_000)),
    ("buses", "left", (3, 60)),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OUTLETS = ["Northern Ledger", "Daily Meridian", "Coastal Times", "Observer Post", "Halvik Radio"]


@dataclass(frozen=True)
class Happening:
    subject: str
    verb: str
    town: str
    day: date
    value: int


def _words(n: int) -> str:
    small = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve"]
    return small[n] if n < len(small) else f"{n:,}"


def _figure(rng: random.Random, value: int) -> str:
    kind = rng.random()
    if kind < 0.45:
        return f"{value:,}"
    if kind < 0.6:
        return f"some {value:,}"
    if kind < 0.72:
        return f"more than {value:,}"
    if kind < 0.8:
        return f"at least {value:,}"
    if kind < 0.88 and value <= 12:
        return _words(value)
    return f"about {value:,}"


def report(rng: random.Random, world: list[Happening], index: int, truth: list[dict] | None = None) -> str:
    """One report: a header line with its date, then 4-9 paragraphs about 2-3 happenings.

    With `truth` (a list), one dict per attributed figure is appended to it: the
    happening it is about, the side and speaker, the value and its wording, and the
    sentence it stands in (see `reports_with_truth`).
    """
    picks = rng.sample(world, k=min(len(world), rng.randint(2, 3)))
    published = max(h.day for h in picks) + timedelta(days=rng.randint(0, 2))
    outlet = rng.choice(OUTLETS)
    first = picks[0]
    lines = [f" date {published.isoformat()} {first.subject.capitalize()} {first.verb.split()[-1]} "
             f"{first.town}, officials say (invented report {index})"]
    lines.append(f"This is an invented report from the {outlet} about events that never happened.")
    for h in picks:
        days_back = (published - h.day).days
        when = "on " + WEEKDAYS[h.day.weekday()] if 0 < days_back < 7 else "today" if days_back == 0 else \
            f"on {h.day.day} {h.day.strftime('%B')}"
        for side, speakers in rng.sample(sorted(SIDES.items()), k=2):
            speaker = rng.choice(speakers)
            skew = 1.0 if side == "Veloria" else rng.choice([0.5, 1.0, 1.0, 1.6])
            value = max(1, int(h.value * skew))
            fig = _figure(rng, value)
            style = rng.random()
            if style < 0.4:
                lines.append(f"{speaker[0].upper() + speaker[1:]} said {fig} {h.subject} {h.verb} {h.town} {when}.")
            elif style < 0.75:
                lines.append(f"{fig[0].upper() + fig[1:]} {h.subject} {h.verb} {h.town} {when}, {speaker} said.")
            else:
                lines.append(f"According to {speaker}, {fig} {h.subject} {h.verb} {h.town} {when}.")
            if truth is not None:
                truth.append({"happening": h, "side": side, "speaker": speaker, "value": value,
                              "figure": fig, "sentence": lines[-1], "when": when,
                              "outlet": outlet, "published": published.isoformat()})
        if rng.random() < 0.3 and h.value > 30:
            a = h.value // 3
            b = h.value // 4
            neutral = rng.choice(NEUTRAL)
            lines.append(f"{neutral[0].upper()}{neutral[1:]} said {a:,} men, {b:,} women "
                         f"and {h.value - a - b:,} children {h.verb} {h.town}.")
        if rng.random() < 0.25:
            lines.append(f"Hundreds of {h.subject} remained near {h.town}, witnesses told the {outlet}.")
    lines.append(f"The situation in {first.town} remains tense, the {outlet} reported.")
    return "\n\n".join(lines) + "\n"


def _world(rng: random.Random, n: int) -> list[Happening]:
    """`n` invented happenings between March and July 2031, the events the reports tell of."""
    start = date(2031, 3, 1)
    world = []
    for _ in range(n):
        subject, verb, (lo, hi) = rng.choice(EVENTS)
        world.append(Happening(subject, verb, rng.choice(TOWNS), start + timedelta(days=rng.randint(0, 120)),
                               rng.randint(lo, hi)))
    return world


def generate(count: int, *, seed: int = 7, happenings: int | None = None) -> list[str]:
    """`count` reports about a shared world of happenings (several reports per happening)."""
    rng = random.Random(seed)
    world = _world(rng, happenings or max(3, count // 3))
    return [report(rng, world, i) for i in range(count)]


def reports_with_truth(count: int, *, seed: int = 7, happenings: int | None = None):
    """Like `generate`, lazily, each report with what it states: yields (text, figures).

    Each figure is a dict: `happening` (a `Happening`), `side`, `speaker`, `value`,
    `figure` (the words, "some 40"), `sentence`, `when`, `outlet`, `published`, and
    `start`/`end`: the figure's character offsets in the text. The benchmarks use
    it to build a realistic log (claims and facts) without running the extractor.
    """
    rng = random.Random(seed)
    world = _world(rng, happenings or max(3, count // 3))
    for i in range(count):
        truth: list[dict] = []
        text = report(rng, world, i, truth)
        pos = 0
        for t in truth:
            s = text.find(t["sentence"], pos)
            lowered = t["sentence"].lower()
            f = lowered.find(t["figure"].lower())
            t["start"], t["end"] = s + f, s + f + len(t["figure"])
            pos = s + len(t["sentence"])
        yield text, truth


def write(count: int, out: Path, *, seed: int = 7) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(generate(count, seed=seed)):
        p = out / f"report_{i:06d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    print(f"wrote {len(write(a.count, a.out, seed=a.seed))} reports to {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
