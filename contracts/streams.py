"""Stream, group and key names: the one place each is defined.

Every stream is part of the immutable log: entries are appended, never edited,
never trimmed. Each key carries a Redis Cluster hash tag (`{...}`) so that a
stream and its dedupe set live in one slot (the append script touches both) while
different streams may live on different shards.
"""
from __future__ import annotations

from typing import Final

PREFIX: Final = "claimlog"

INBOX: Final = f"{PREFIX}:{{inbox}}"
"""`ArticleSubmitted`: raw submissions from the CLI or the HTTP API, read by ingest."""
ARTICLES: Final = f"{PREFIX}:{{articles}}"
"""`ArticleReceived`: normalised articles with their content ids, read by extract and projection."""
CLAIMS: Final = f"{PREFIX}:{{claims}}"
"""`ClaimExtracted` and `ArticleExtracted`, read by reconcile and projection."""
FACTS: Final = f"{PREFIX}:{{facts}}"
"""`FactUpdated` and `FactRetired`, read by projection."""
DEAD_LETTERS: Final = f"{PREFIX}:{{deadletters}}"
"""`MessageDeadLettered`: messages that failed too often, with the error; see `claimlog dead-letters`."""

LOG_STREAMS: Final = (INBOX, ARTICLES, CLAIMS, FACTS)
"""The streams the services pass work over, in pipeline order (the merge order of a replay on ties)."""


def dedupe_key(stream: str) -> str:
    """The set of event ids already appended to `stream` (same hash slot as the stream)."""
    return f"{stream}:ids"


# Consumer groups: (stream, group) pairs. A group name is the service that reads.
INGEST_GROUP: Final = "ingest"
EXTRACT_GROUP: Final = "extract"
RECONCILE_GROUP: Final = "reconcile"
PROJECTION_GROUP: Final = "projection"

SUBSCRIPTIONS: Final = (
    (INBOX, INGEST_GROUP),
    (ARTICLES, EXTRACT_GROUP),
    (CLAIMS, RECONCILE_GROUP),
    (ARTICLES, PROJECTION_GROUP),
    (CLAIMS, PROJECTION_GROUP),
    (FACTS, PROJECTION_GROUP),
)
"""Every consumer group of the system; `claimlog run` waits until all are drained."""

# The projection's read model (derived, may be dropped and rebuilt at any time).
READ_MODEL_FACTS: Final = f"{PREFIX}:{{picture}}:facts"
READ_MODEL_ARTICLES: Final = f"{PREFIX}:{{picture}}:articles"
READ_MODEL_META: Final = f"{PREFIX}:{{picture}}:meta"
READ_MODEL_KEYS: Final = (READ_MODEL_FACTS, READ_MODEL_ARTICLES, READ_MODEL_META)
