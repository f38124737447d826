"""French formatting for templates, written out so no system locale is needed."""

from __future__ import annotations

import json
from datetime import date

from markupsafe import Markup
from pelican import signals

MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip

UNKNOWN_DATE_LABEL = "Date inconnue"


def french_date(value: date, precision: str = "day") -> str:
    """Format a date as French prose at the precision it is known to ("2 décembre 2025")."""
    if precision == "unknown" or value is None:
        return UNKNOWN_DATE_LABEL
    month = MONTHS_FR[value.month - 1]
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return f"{month} {value.year}"
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {month} {value.year}"


def iso_date(value: date, precision: str = "day") -> str:
    """Format a date as ISO 8601 at its precision (for <time datetime>), or '' if unknown."""
    if precision == "unknown" or value is None:
        return ""
    iso = f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    return iso[: {"year": 4, "month": 7}.get(precision, 10)]


def plural_fr(count: int, singular: str, plural: str | None = None) -> str:
    """Return "1 article" / "2 articles" (French: 0 and 1 are singular)."""
    word = singular if count < 2 else (plural or singular + "s")
    return f"{count} {word}"


LANGUAGES_FR = {
    "fr": "français", "en": "anglais", "es": "espagnol", "de": "allemand", "it": "italien",
    "ru": "russe", "uk": "ukrainien", "pt": "portugais", "ar": "arabe", "pl": "polonais",
    "nl": "néerlandais", "zh": "chinois", "tr": "turc", "fa": "persan", "he": "hébreu",
}  # fmt: skip


def language_fr(code: str) -> str:
    """The French name of a language from its ISO 639-1 code ("en" -> "anglais")."""
    return LANGUAGES_FR.get(code, code)


def jsonld(data) -> Markup:
    """schema.org data as JSON for a <script type="application/ld+json"> element.

    Sorted keys for byte-identical builds; "<", ">" and "&" escaped so that no value
    (a seed's title, a description) can close the element or open another.
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


FILTERS = {
    "jsonld": jsonld,
    "french_date": french_date,
    "iso_date": iso_date,
    "plural_fr": plural_fr,
    "language_fr": language_fr,
}


def add_filters(generator) -> None:
    generator.env.filters.update(FILTERS)


def register() -> None:
    signals.generator_init.connect(add_filters)
