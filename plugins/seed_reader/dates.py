"""French dates as pages write them, parsed to ISO strings with their precision."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2,
    "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
    "août": 8, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}  # fmt: skip

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# "2 décembre 2025", "1er mars 2022", "lundi 3 mars 2022", "3 déc. 2025"
LONG_DATE_RE = re.compile(
    rf"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
    rf"(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{_MONTH_NAMES})\.?\s+(?P<year>\d{{4}})",
    re.IGNORECASE,
)
# "03/12/2025", "3-12-2025", "03.12.2025": French order, day first.
NUMERIC_DATE_RE = re.compile(r"\b(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})\b")
ISO_DATE_RE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")


def parse_french_date(text: str) -> str | None:
    """Return the first real calendar date in text (by position) as YYYY-MM-DD, or None."""
    candidates = []
    for pattern in (LONG_DATE_RE, NUMERIC_DATE_RE, ISO_DATE_RE):
        for match in pattern.finditer(text):
            month = match.group("month")
            month_number = MONTHS[month.lower()] if not month.isdigit() else int(month)
            try:
                found = date(int(match.group("year")), month_number, int(match.group("day")))
            except ValueError:
                continue  # 31/02/2024 is not a date
            candidates.append((match.start(), found.isoformat()))
    return min(candidates)[1] if candidates else None


def has_date(text: str) -> bool:
    return parse_french_date(text) is not None
