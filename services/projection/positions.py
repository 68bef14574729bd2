"""Positions in the log: what an "as of" means.

A position is a stream entry id ("1700000000000-3": server milliseconds and a
sequence number). Every stream's ids come from one server clock, so one position
cuts all streams at one moment; `fold_log(store, until=position)` is the picture
as it stood then. Users may also give an ISO time, which means "everything
recorded up to and including that millisecond".
"""
from __future__ import annotations

import re
from datetime import datetime, timezone

from claimlog.store import entry_key

_ENTRY_ID = re.compile(r"^(\d{1,20})-(\d{1,20})$")
_MAX = 2**64 - 1


class BadPosition(ValueError):
    """An as-of that is neither an entry id nor an ISO time."""


def position_of(as_of: str) -> str:
    """An entry id ("1700000000000-0") as it is; an ISO time to its millisecond (all of it, inclusive)."""
    as_of = as_of.strip()
    m = _ENTRY_ID.match(as_of)
    if m:
        if int(m.group(1)) > _MAX or int(m.group(2)) > _MAX:
            raise BadPosition(f"entry id out of range: {as_of!r}")
        return as_of
    try:
        t = datetime.fromisoformat(as_of.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise BadPosition(f"as-of wants an entry id (1700000000000-0) or an ISO time, got {as_of!r}") from None
    if t.tzinfo is None:
        t = t.replace(tzinfo=timezone.utc)
    ms = int(t.timestamp() * 1000)
    if ms < 0:
        raise BadPosition(f"as-of before 1970: {as_of!r}")
    return str(ms)


def latest(positions) -> str | None:
    """The newest of some entry ids (None if there are none)."""
    positions = [p for p in positions if p]
    return max(positions, key=entry_key) if positions else None


def at_or_before(entry_id: str, position: str) -> bool:
    """Whether `entry_id` is inside the picture as of `position` (a bare millisecond includes all of it)."""
    if "-" in position:
        return entry_key(entry_id) <= entry_key(position)
    return entry_key(entry_id)[0] <= int(position)
