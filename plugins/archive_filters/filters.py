"""French formatting for templates, written out so no system locale is needed.

The date filters are archive_core.dates' formats, under the names templates use.
"""

from __future__ import annotations

import json

from archive_core.dates import french_at_precision, is_known, iso_at_precision
from markupsafe import Markup
from pelican import signals


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
    "french_date": french_at_precision,
    "iso_date": iso_at_precision,
    "plural_fr": plural_fr,
    "language_fr": language_fr,
}


# Jinja tests: `article.date_precision is known`, `selectattr("date_precision", "known")`.
TESTS = {"known": is_known}


def add_filters(generator) -> None:
    generator.env.filters.update(FILTERS)
    generator.env.tests.update(TESTS)


def register() -> None:
    signals.generator_init.connect(add_filters)
