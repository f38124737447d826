"""Lines that carry metadata: bylines, translator and source credits, stamps, site names.

`match_credit(text)` names the field a line feeds (or None); `parse_credit(field, text)`
returns the values it carries. Both use the same patterns, so what is classified as
metadata is exactly what is extracted.
"""

from __future__ import annotations

import re

from .dates import parse_french_date

# A person's name as bylines write it: capitalised words, with particles.
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_PARTICLE = r"(?:de|du|des|da|di|van|von|der|le|la|ben|ibn|el)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,4}}"
_NAMES = rf"{_NAME}(?:\s*(?:,|\bet\b|&|\band\b)\s*{_NAME})*"
# Where a date or a role follows a name: "Par X, le 2 décembre 2025", "Par X - 03/12/2025".
_TAIL = r"(?:\s*\([^()]{1,60}\))?(?:\s*[,–—|-]\s*(?P<rest>.+?))?\s*\.?"

# Only the lead words ignore case: the name itself must be capitalised, so
# "Par exemple, le conseiller..." is not a byline.
BYLINE_RE = re.compile(
    r"^(?i:par|texte\s+par|textes?\s+et\s+photos\s+par|propos\s+recueillis\s+par|"
    r"un\s+article\s+de|r[ée]dig[ée]\s+par|[ée]crit\s+par|by)\s*:?\s+"
    rf"(?P<name>{_NAMES}){_TAIL}$"
)
# "Jeanne Martin, envoyée spéciale à Kiev", "Paul Durand, correspondant à Bruxelles"
ROLE_BYLINE_RE = re.compile(
    rf"^(?P<name>{_NAMES}),\s+(?P<rest>(?:notre\s+)?(?:envoy[ée]e?s?\s+sp[ée]ciale?s?|"
    rf"correspondante?s?|journaliste|r[ée]dact(?:eur|rice)|chroniqueu(?:r|se)|avec\s+AFP)\b.*)$"
)
LANGUAGES = {
    "anglais": "en", "espagnol": "es", "allemand": "de", "italien": "it", "russe": "ru",
    "ukrainien": "uk", "portugais": "pt", "arabe": "ar", "polonais": "pl", "néerlandais": "nl",
    "chinois": "zh", "turc": "tr", "persan": "fa", "hébreu": "he", "japonais": "ja",
}  # fmt: skip
TRANSLATOR_RE = re.compile(
    r"^(?:traduit|traduction|adapt[ée])(?:\s+(?:de\s+l[’']|du\s+|de\s+)(?P<language>[a-zéè]+))?"
    r"\s*(?:par\s*:?|:)\s+(?P<name>.+?)\s*\.?$",
    re.IGNORECASE,
)
SOURCE_RE = re.compile(r"^sources?\s*:\s*(?P<source>.+?)\s*\.?$", re.IGNORECASE)
AGENCY_RE = re.compile(
    r"^\(?\s*avec\s+(?P<source>(?:l[’'])?(?:AFP|Reuters|AP|ANSA|DPA|EFE|Belga|ATS|agences?)"
    r"(?:\s*(?:,|\bet\b)\s*(?:l[’'])?(?:AFP|Reuters|AP|ANSA|DPA|EFE|Belga|ATS|agences?))*)\s*\)?\.?$",
    re.IGNORECASE,
)
PUBLISHED_RE = re.compile(
    r"^(?:publi[ée]|mis\s+en\s+ligne|paru)\s+(?:le\s+)?(?P<rest>.+)$", re.IGNORECASE
)
UPDATED_RE = re.compile(
    r"^(?:mis\s+à\s+jour|modifi[ée]|actualis[ée]|mise\s+à\s+jour)\s*:?\s*(?:le\s+)?(?P<rest>.+)$",
    re.IGNORECASE,
)
# What makes "Publié ..." a stamp rather than a sentence: a date, a time, or a day.
STAMP_TIME_RE = re.compile(
    r"\d{1,2}[/.]\d{1,2}[/.]\d{4}|\b\d{1,2}\s*[h:]\s*\d{2}\b|\baujourd[’']hui\b|\bhier\b"
    r"|\bil\s+y\s+a\b|\b\d{1,2}(?:er)?\s+[a-zéû]+\.?\s+\d{4}\b",
    re.IGNORECASE,
)
# A stamp line that is only a date and maybe a time: "03/03/2022 - 10:05".
DATE_STAMP_RE = re.compile(
    r"^(?:le\s+)?\d{1,2}[/.]\d{1,2}[/.]\d{4}(?:\s*(?:[-–|à,]\s*)?\d{1,2}[:h]\d{2})?$",
    re.IGNORECASE,
)
DOMAIN_RE = re.compile(
    r"\b(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b", re.IGNORECASE
)
SITE_LINE_RE = re.compile(rf"^{DOMAIN_RE.pattern}$", re.IGNORECASE)
READING_TIME_RE = re.compile(r"\b\d{1,3}\s*min\b", re.IGNORECASE)
INTERNAL_ID_RE = re.compile(r"#\d{3,}")

# Bylines and credits are short; a longer line is prose that happens to start alike.
MAX_CREDIT_WORDS = 16


def match_credit(text: str) -> str | None:
    """Return the metadata field this line carries, or None if it is not a credit line."""
    line = text.strip()
    if not line or len(line.split()) > MAX_CREDIT_WORDS:
        return None
    if TRANSLATOR_RE.match(line):
        return "translator"
    if AGENCY_RE.match(line) or SOURCE_RE.match(line):
        return "source_credit"
    if UPDATED_RE.match(line) and parse_french_date(line):
        return "updated"
    if (PUBLISHED_RE.match(line) and STAMP_TIME_RE.search(line)) or DATE_STAMP_RE.match(line):
        return "published"
    if BYLINE_RE.match(line) or ROLE_BYLINE_RE.match(line):
        return "byline"
    if SITE_LINE_RE.match(line):
        return "site"
    if is_site_stamp(line):
        return "site_stamp"
    return None


def is_site_stamp(line: str) -> bool:
    """A page header giving at least two of: date, site domain, reading time, internal id."""
    signals = [
        parse_french_date(line) is not None,
        DOMAIN_RE.search(line) is not None,
        READING_TIME_RE.search(line) is not None,
        INTERNAL_ID_RE.search(line) is not None,
    ]
    return sum(signals) >= 2 and len(line.split()) <= 8


def parse_credit(field: str, text: str) -> dict[str, str]:
    """Return the metadata values a credit line of the given field carries."""
    line = text.strip()
    values: dict[str, str] = {}
    if field == "translator":
        match = TRANSLATOR_RE.match(line)
        values["translator"] = match.group("name")
        language = (match.group("language") or "").lower()
        if language in LANGUAGES:
            values["original_language"] = LANGUAGES[language]
    elif field == "source_credit":
        match = AGENCY_RE.match(line) or SOURCE_RE.match(line)
        values["source_credit"] = match.group("source")
    elif field == "byline":
        match = BYLINE_RE.match(line) or ROLE_BYLINE_RE.match(line)
        values["author"] = match.group("name")
        if match.group("rest") and (found := parse_french_date(match.group("rest"))):
            values["date"] = found
    elif field in {"published", "updated"}:
        if found := parse_french_date(line):
            values["date" if field == "published" else "updated"] = found
    elif field == "site":
        values["site"] = line.lower()
    elif field == "site_stamp":
        if domain := DOMAIN_RE.search(line):
            values["site"] = domain.group(0).lower()
        if found := parse_french_date(line):
            values["site_date"] = found
    return values
