"""Publication and update stamps: "Publié le 3 mars 2022 à 10h05, mis à jour le 4 mars".

`match_stamp(line)` says whether a line is a stamp ("published" or "updated");
`stamp_values(field, line)` reads its dates, each from its own part of the line, and
its author. The date shapes are those of dates.py, so a line is taken for a stamp by
the same shapes its date is read from.

Choices:
- a stamp is a whole line (a lead word, dates, times, separators, an update, an
  author or reading time after it): "Publié le 3 mars 2022, le rapport..." is prose;
- a stamp without a full date ("Mis à jour à 10 h 30", "Publié il y a 3 heures") is a
  stamp that carries no value, rather than a date guessed from the day of the copy;
- a line with a publication and an update is "published" with the first date; one
  that starts with an update is "updated", and its date never becomes the publication's;
- a date alone on its line ("13 juin 2023", "03/03/2022") is a publication stamp, so a
  chronology's date headings are too: telling them apart needs the page, not the line;
- a dash or a channel's emoji may lead it ("— 15 janvier 2025 à 7h32", "📅 03.12.2025").
"""

from __future__ import annotations

import re

from archive_core.text import CAPITAL

from .credit_names import NAMES, squeeze
from .dates import (
    LONG_DATE,
    MONTH,
    NUMERIC_DATE,
    SHORT_NUMERIC_DATE,
    TIME,
    WEEKDAY,
    parse_french_date,
)

# The words that open a publication or an update stamp.
_PUBLISHED_LEAD = (
    r"(?:(?:date\s+de\s+)?publication|publi[ée]e?s?|mise?\s+en\s+ligne|paru(?:e|tion)?"
    r"|post[ée]e?|diffus[ée]e?)(?![^\W\d_])"
)
_UPDATED_LEAD = (
    r"(?:(?:date\s+de\s+)?(?:derni[èe]re\s+)?(?:mise?\s+[àa]\s+jour|modification)|m[àa]j"
    r"|modifi[ée]e?|actualis[ée]e?|corrig[ée]e?|r[ée]vis[ée]e?)(?![^\W\d_])"
)
# "Publié par ssofidelis le 3 décembre 2025": who posted it, between the lead and the date.
_POSTED_BY = rf"\s+par\s+(?-i:[\w.@’'-]+(?:\s+[{CAPITAL}][\w.’'-]*){{0,3}})"
_LEAD_GLUE = r"\s*:?\s*"
_TIME_PART = rf"\s*(?:[,|–—-]\s*)?(?:[àa]\s+)?{TIME}"
# "le", "le :", "mercredi", "le mercredi," before a date ("le" never before a time alone).
_DAY_PREFIX = rf"(?:le\s*:?\s*)?(?:{WEEKDAY}\s*,?\s+)?"
_FULL_DATE = rf"(?:{LONG_DATE}|{NUMERIC_DATE})"
_RELATIVE = (
    r"(?:il\s+y\s+a\s+(?:environ\s+|plus\s+d[’']\s*)?(?:\d+|une?)\s*(?:s(?:ec(?:ondes?)?)?"
    r"|min(?:utes?)?|h(?:eures?)?|j(?:ours?)?|semaines?|mois|ans?)(?![^\W\d_])"
    r"|aujourd[’']\s*hui|hier|avant-hier|ce\s+(?:matin|soir)|cette\s+nuit)"
)
# The when of a stamp after its lead word: a date (a two-digit year is trusted here), a
# day and month with a time (a site that leaves out the current year), a time alone,
# or a relative day ("il y a 3 heures", "hier à 18h").
_WHEN_LED = (
    rf"(?:{_DAY_PREFIX}(?:{_FULL_DATE}|{SHORT_NUMERIC_DATE})(?:{_TIME_PART})?"
    rf"|{_DAY_PREFIX}(?<!\d)\d{{1,2}}(?:er)?\s+{MONTH}{_TIME_PART}"
    rf"|(?:{WEEKDAY}\s*,?\s*)?(?:[àa]\s+)?{TIME}"
    rf"|{_RELATIVE}(?:{_TIME_PART})?)"
)
# A stamp without a lead word is a date alone or with a time: "13 juin 2023",
# "17.05.2023, 11:04", "Le 27 septembre 2022 à 12h48", "Mercredi 3 février 2023" (a
# two-digit year only with a time: "17-05-23, 11:04").
# A mail client abbreviates the day: "lun. 22 sept. 2025, 07:02".
_WEEKDAY_SHORT = r"(?:lun|mar|mer|jeu|ven|sam|dim)\."
_WHEN_BARE = (
    rf"(?:le\s+)?(?:(?:{WEEKDAY}|{_WEEKDAY_SHORT})\s*,?\s+)?"
    rf"(?:{_FULL_DATE}(?:{_TIME_PART})?|{SHORT_NUMERIC_DATE}{_TIME_PART})"
)
# Between a publication and an update: punctuation, "et", brackets, or nothing at all
# ("à 17:42Mis à jour le ...").
_SEGMENT = (
    r"(?:\s*(?:[,;.|·•/–—-]\s*)+|\s+et\s+|\s*)\(?\s*"
    rf"(?:{_PUBLISHED_LEAD}|{_UPDATED_LEAD}){_LEAD_GLUE}{_WHEN_LED}\s*\)?"
)
# After the stamp: who wrote it ("... à 10h05 par Jean Dupont"), or the reading time.
_TRAILER = (
    rf"(?:\s+par\s+(?P<author>(?-i:{NAMES}))"
    r"|\s*[|·•–—-]\s*(?:lecture\s*:?\s*)?\d{1,3}\s*min(?:utes?)?(?:\s+de\s+lecture)?"
    # A mail client's "(il y a 3 heures)" after the date.
    rf"|\s*\(\s*{_RELATIVE}\s*\))?"
)
# What may lead a stamp: a dash ("— 15 janvier 2025 à 7h32") or a channel's emoji or
# symbol ("📅 03.12.2025 | 09:14"); never a letter, a digit or an opening quote.
_STAMP_MARK = r"(?:[—–-]|[^\w\s(«\"'’.,;:]{1,3})\s*"
STAMP_RE = re.compile(
    rf"^(?:{_STAMP_MARK})?\(?(?:(?:{_PUBLISHED_LEAD}(?:{_POSTED_BY})?|{_UPDATED_LEAD}){_LEAD_GLUE}{_WHEN_LED}"
    rf"|{_WHEN_BARE})\)?(?:{_SEGMENT})*{_TRAILER}\s*\.?$",
    re.IGNORECASE,
)
# Where each part of a stamp starts, and which part it is.
_LEAD_RE = re.compile(
    rf"(?<![^\W\d_])(?:(?P<updated>{_UPDATED_LEAD})|(?P<published>{_PUBLISHED_LEAD}))",
    re.IGNORECASE,
)


def match_stamp(line: str) -> str | None:
    """Return "published" or "updated" for a stamp line, else None.

    A stamp is "updated" when it starts with an update word ("Mis à jour le ..."), and
    "published" otherwise, even when an update follows ("Publié le ..., modifié le ...").
    """
    if not STAMP_RE.match(line):
        return None
    first = _LEAD_RE.match(strip_stamp_mark(line).lstrip("( "))
    return "updated" if first and first.group("updated") else "published"


def stamp_values(field: str, line: str) -> dict[str, str]:
    """The dates of a stamp, each read from its own part of the line, and its author.

    A "published" line gives the date of its first part only: an update that follows
    never becomes the publication date. An "updated" line gives the date of its first
    update part as `updated`, and the date of a "Publié ..." part, if it has one.
    """
    stamp = STAMP_RE.match(line)  # when it matches, a two-digit year is a year
    line = strip_stamp_mark(line)
    starts = [
        (match.start(), "updated" if match.group("updated") else "published")
        for match in _LEAD_RE.finditer(line)
    ]
    if not starts or line[: starts[0][0]].strip(" ("):
        starts.insert(0, (0, "published"))  # "Le 27 septembre 2022 à 12h48, modifié le ..."
    ends = [start for start, _ in starts[1:]] + [len(line)]
    parts = [
        (kind, parse_french_date(line[start:end], short_years=stamp is not None))
        for (start, kind), end in zip(starts, ends, strict=True)
    ]
    values: dict[str, str] = {}
    if field == "published":
        kind, found = parts[0]
        if kind == "published" and found:
            values["date"] = found
    else:
        updates = [found for kind, found in parts if kind == "updated"] or [parts[0][1]]
        publications = [found for kind, found in parts if kind == "published" and found]
        if updates[0]:
            values["updated"] = updates[0]
        if publications and parts[0][0] == "updated":
            values["date"] = publications[0]
    if stamp and stamp.group("author"):
        values["author"] = squeeze(stamp.group("author"))
    return values


def strip_stamp_mark(line: str) -> str:
    """The stamp without the dash or emoji that leads it."""
    return _STAMP_MARK_RE.sub("", line, count=1)


_STAMP_MARK_RE = re.compile(rf"^{_STAMP_MARK}")
