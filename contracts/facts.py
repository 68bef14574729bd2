"""Facts: claims that speak of the same thing, and whether they agree.

A fact is derived, never primary: the reconcile service computes it from claims
and records each new state of it as a `FactUpdated` event holding this snapshot.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

FactStatus = Literal["disputed", "corroborated", "consistent", "single_source"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Membership(_Frozen):
    """Why a claim belongs to a fact: the grouping rule that put it there."""

    claim_id: str
    rule: str
    """E.g. "same-key" (subject, event, place, date all equal), "undated-joins-dated",
    "part-of-place" (Azovstal is in Mariupol), "parts-of-total"."""
    side: str | None = None
    """The side the claim speaks for after outlet grouping (TASS and the Russian MoD are both "Russia")."""
    superseded_by: str | None = None
    """Set when a later figure from the same speaker for the same fact replaces this one."""
    role: Literal["figure", "part", "total"] = "figure"


class Fact(_Frozen):
    """The current state of one fact."""

    fact_id: str
    subject: str
    event: str | None = None
    places: list[str] = Field(default_factory=list)
    date: str | None = None
    members: list[Membership]
    """Sorted by claim id, so equal facts serialise identically."""
    status: FactStatus
    reason: str
    """Why the status holds, in words a reader can check ("46 (Russia) vs 20 (Ukraine): intervals do not overlap")."""
    status_rule: str
    """The rule that decided the status ("intervals-disjoint", "independent-sides-agree", "parts-sum-to-total", "one-side")."""

    @property
    def claim_ids(self) -> list[str]:
        return [m.claim_id for m in self.members]


class FactRetired(_Frozen):
    """A fact that no longer exists because its claims now belong to another fact."""

    fact_id: str
    merged_into: str | None = None
    reason: str
