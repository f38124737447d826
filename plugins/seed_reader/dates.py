"""French dates as pages write them, parsed to ISO strings with their precision.

The group-free pattern strings (`LONG_DATE`, `NUMERIC_DATE`, `SHORT_NUMERIC_DATE`,
`TIME`, `WEEKDAY`, `MONTH`) are shared with the stamp grammar of `credits`, so a line
is taken for a stamp by the same shapes its date is read from.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2,
    "fév": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6,
    "juillet": 7, "juill": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "sept": 9,
    "sep": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12,
    "decembre": 12, "déc": 12, "dec": 12,
}  # fmt: skip

WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
# Longest names first, never the start of a longer word ("mars" in "marsupial"), and
# the abbreviation's full stop: "3 févr. 2023".
MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![^\W\d_])\.?"
_DAY = r"(?<!\d)\d{1,2}(?:er|ᵉʳ)?"

# "2 décembre 2025", "1er mars 2022", "3 déc. 2025" (any case).
LONG_DATE = rf"{_DAY}\s+{MONTH}\s+\d{{4}}(?!\d)"


def _numeric(year: str, end: str) -> str:
    """Day, month and year with one separator throughout: "03/12/2025", not "03/12.2025"."""
    shapes = (rf"\d{{1,2}}{s}\d{{1,2}}{s}{year}" for s in ("/", r"\.", "-"))
    return r"(?<![\d/.-])(?:" + "|".join(shapes) + f"){end}"


# "03/12/2025", "3-12-2025", "03.12.2025": French order, day first.
NUMERIC_DATE = _numeric(r"\d{4}", r"(?!\d)")
# "03/02/23": a two-digit year, trusted only inside a stamp (see `parse_french_date`).
SHORT_NUMERIC_DATE = _numeric(r"\d{2}", r"(?!\d|[/.-]\d)")
# A clock time: "10h05", "9 h 12", "22 h 17 min", "11:04", "18 h", "10 heures", and a zone:
# Canadian (HNE, HAE, HNR...), "GMT+1", "UTC", "CET", "(heure de Paris)".
_ZONE = (
    r"(?:\(?\s*(?:H[AN][EACRPT]|GMT|UTC|CES?T|HEC|HAEC)(?![^\W\d_])"
    r"(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\s*\)?"
    r"|\(?\s*heure\s+(?:de\s+Paris|locale|de\s+l[’']Est|fran[çc]aise)\s*\)?)"
)
TIME = (
    r"(?<!\d)\d{1,2}\s*(?:h(?:eures?)?\s*(?:\d{2}(?!\d)(?:\s*min\b)?)?|:\s*\d{2}(?::\d{2})?(?!\d))"
    rf"(?:\s*{_ZONE})?"
)

LONG_DATE_RE = re.compile(
    rf"(?:{WEEKDAY}\s*,?\s+)?(?<!\d)(?P<day>\d{{1,2}})(?:er|ᵉʳ)?\s+(?P<month>{MONTH})\s+"
    r"(?P<year>\d{4})(?!\d)",
    re.IGNORECASE,
)
NUMERIC_DATE_RE = re.compile(
    r"(?<![\d/.-])(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\d)"
)
SHORT_NUMERIC_DATE_RE = re.compile(
    r"(?<![\d/.-])(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{2})"
    r"(?!\d|[/.-]\d)"
)
ISO_DATE_RE = re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)")

# What makes "03/02/23" a date rather than "3/4/22 des voix": a stamp's lead word just
# before it, or a clock time just after it.
_STAMP_LEAD_BEFORE_RE = re.compile(
    r"(?:publi[ée]e?|mise?\s+(?:en\s+ligne|[àa]\s+jour)|m[àa]j|modifi[ée]e?|actualis[ée]e?"
    r"|paru(?:e|tion)?|publication|post[ée]e?)\s*:?\s*(?:le\s*)?:?\s*$",
    re.IGNORECASE,
)
_TIME_AFTER_RE = re.compile(rf"\s*(?:[,|–—-]\s*)?(?:[àa]\s+)?{TIME}", re.IGNORECASE)
# Two-digit years 00-69 are this century, 70-99 the last one.
CENTURY_PIVOT = 70


def parse_french_date(text: str, *, short_years: bool = False) -> str | None:
    """Return the first real calendar date in text (by position) as YYYY-MM-DD, or None.

    A two-digit year ("03/02/23") counts only inside a stamp: after a lead word such as
    "Publié le" or before a clock time, or anywhere when the caller has already
    recognised the text as a stamp (`short_years=True`).
    """
    candidates = []
    for pattern in (LONG_DATE_RE, NUMERIC_DATE_RE, ISO_DATE_RE, SHORT_NUMERIC_DATE_RE):
        for match in pattern.finditer(text):
            year = int(match.group("year"))
            if pattern is SHORT_NUMERIC_DATE_RE:
                if not (short_years or short_year_in_stamp(text, match)):
                    continue
                year += 2000 if year < CENTURY_PIVOT else 1900
            month = match.group("month")
            month_number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
            try:
                found = date(year, month_number, int(match.group("day")))
            except ValueError:
                continue  # 31/02/2024 is not a date
            candidates.append((match.start(), found.isoformat()))
    return min(candidates)[1] if candidates else None


def short_year_in_stamp(text: str, match: re.Match) -> bool:
    """True when a dd/mm/yy date has a stamp's lead word before it or a clock time after it."""
    return bool(
        _STAMP_LEAD_BEFORE_RE.search(text, 0, match.start())
        or _TIME_AFTER_RE.match(text, match.end())
    )


def has_date(text: str) -> bool:
    return parse_french_date(text) is not None
