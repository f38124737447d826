"""The corrections log: every correction note of the archive, newest first."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from archive_core.record import record_of, seed_articles

# Anchor of the corrections section of the Méthode page: the policy JSON-LD points to it.
CORRECTIONS_POLICY_PATH = "methode.html#corrections"


@dataclass(frozen=True)
class CorrectionEntry:
    """One correction as the log shows it: when, where, what the source says, what to read."""

    date: str  # YYYY-MM-DD, the note's date
    article_title: str
    article_url: str  # relative to the site root
    number: int | None  # the note's number on the article page (None: passage not found)
    quote: str
    source_says: str
    should_read: str
    text: str

    @property
    def day(self) -> datetime.date:
        return datetime.date.fromisoformat(self.date)

    @property
    def note_url(self) -> str:
        return f"{self.article_url}#note-{self.number}" if self.number else self.article_url


def collect_corrections(articles) -> list[CorrectionEntry]:
    """Every correction of every seed article, newest first; same day: by article, then note."""
    entries = []
    for article in seed_articles(articles):
        record = record_of(article)
        if record is None or record.notes is None:
            continue
        entries.extend(
            CorrectionEntry(
                date=note.date,
                article_title=article.title,
                article_url=article.url,
                number=note.number,
                quote=note.quote,
                source_says=note.source_says,
                should_read=note.should_read,
                text=note.text,
            )
            for note in record.notes.notes
            if note.kind == "correction"
        )
    # Two stable sorts: the later one (date, newest first) decides, the earlier breaks ties.
    entries.sort(key=lambda entry: (entry.article_url, entry.number or 0))
    entries.sort(key=lambda entry: entry.date, reverse=True)
    return entries
