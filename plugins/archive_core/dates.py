"""Dates known to a precision: "day", "month", "year" or "unknown" (the seed reader's
`Metadata.date_precision`), and how to write them."""

from __future__ import annotations

from datetime import date

UNKNOWN = "unknown"

MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip

UNKNOWN_DATE_LABEL = "Date inconnue"

# Characters of "YYYY-MM-DD" each precision keeps; a day is the whole date.
ISO_LENGTH = {"year": 4, "month": 7}


def is_known(precision: str) -> bool:
    """Whether a date of this precision says anything (an unknown date is a placeholder)."""
    return precision != UNKNOWN


def iso_at_precision(value: date | None, precision: str = "day") -> str:
    """Format a date as ISO 8601 at its precision (for <time datetime>), or '' if unknown."""
    if not is_known(precision) or value is None:
        return ""
    iso = f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    return iso[: ISO_LENGTH.get(precision, 10)]


def french_at_precision(value: date | None, precision: str = "day") -> str:
    """Format a date as French prose at the precision it is known to ("2 décembre 2025")."""
    if not is_known(precision) or value is None:
        return UNKNOWN_DATE_LABEL
    month = MONTHS_FR[value.month - 1]
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return f"{month} {value.year}"
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {month} {value.year}"
