"""The article as the services pass it on: its text exactly as read, plus what ingest learned."""
from __future__ import annotations

import hashlib
import unicodedata

from pydantic import BaseModel, ConfigDict

from contracts.claims import ArticleRef


class Article(BaseModel):
    """A news report. `text` is the text as read (UTF-8 decoded, header line included),
    so that evidence offsets point into the very file the user gave."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    uri: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    """ISO date (YYYY-MM-DD) the article was published, or None when it does not say."""
    text: str

    def ref(self) -> ArticleRef:
        return ArticleRef(id=self.id, uri=self.uri, title=self.title, outlet=self.outlet,
                          published=self.published)


def normalise_for_identity(text: str) -> str:
    """What two copies of one article share: NFC, one newline style, no trailing blanks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


def article_id_for(text: str) -> str:
    """Content id: the same article sent twice (from another path, with CRLF endings) is one article."""
    return "a_" + hashlib.sha256(normalise_for_identity(text).encode()).hexdigest()[:20]
