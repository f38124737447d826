"""Stage 4: extract the article's metadata from its metadata lines and its curated notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Metadata

if TYPE_CHECKING:
    from .pipeline import Draft


def extract_metadata(draft: Draft) -> Draft:
    """Fill Metadata from the lines classified as metadata, then from the notes."""
    fields = {line.field: line.text.strip() for line in draft.classified if line.field is not None}
    notes = draft.notes
    date, precision = notes.date, date_precision(notes.date)
    return draft.but(
        metadata=Metadata(
            title=fields.get("title"),
            date=date,
            date_precision=precision,
            date_evidence=notes.date_evidence,
            date_approximate=notes.date_approximate,
            site=notes.site,
            original_language=notes.original_language,
        )
    )


def date_precision(iso: str | None) -> str:
    """Return day, month, year or unknown for an ISO date of 10, 7 or 4 characters."""
    return {10: "day", 7: "month", 4: "year"}.get(len(iso or ""), "unknown")
