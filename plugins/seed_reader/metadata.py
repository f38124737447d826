"""Stage 4: extract the article's metadata from its metadata lines and its curated notes.

Each `extract_*` function returns a value or None; `extract_metadata` composes them.
A value stated by the text wins over the notes file; the notes only fill what the
text does not say, and a date from the notes carries its evidence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .credits import parse_credit
from .language import guess_language
from .model import ClassifiedLine, Kind, Metadata
from .repair import fix_characters

if TYPE_CHECKING:
    from .model import Draft
    from .notes import SeedNotes


def extract_metadata(draft: Draft) -> Draft:
    """Fill Metadata from the lines classified as metadata, then from the notes."""
    values = credit_values(draft.classified)
    notes = draft.notes
    date, precision, evidence, approximate, source = extract_date(values, notes)
    return draft.but(
        metadata=Metadata(
            title=extract_field(draft.classified, "title"),
            original_title=extract_field(draft.classified, "original_title"),
            original_language=extract_original_language(draft.classified, values, notes),
            author=values.get("author") or extract_byline_name(draft.classified),
            translator=values.get("translator"),
            site=extract_site(draft.classified, values, notes),
            source_credit=values.get("source_credit")
            or extract_field(draft.classified, "source_name"),
            date=date,
            date_precision=precision,
            date_evidence=evidence,
            date_approximate=approximate,
            date_source=source,
            updated=values.get("updated"),
        )
    )


# Fields whose value is the line's text itself, not parsed from a credit.
TEXT_FIELDS = frozenset(
    {None, "title", "original_title", "site_name", "source_name", "byline_name"}
)


def credit_values(lines: tuple[ClassifiedLine, ...]) -> dict[str, str]:
    """Merge the values of every credit line; the first line to give a value wins."""
    merged: dict[str, str] = {}
    for line in lines:
        if line.kind is not Kind.METADATA or line.field in TEXT_FIELDS:
            continue
        text = fix_characters(line.text)
        parsed = parse_credit(line.field, text)
        # Remember which line stated each date: it is the date's evidence.
        for name in ("date", "site_date"):
            if name in parsed:
                parsed[f"{name}_line"] = text
        for name, value in parsed.items():
            merged.setdefault(name, value)
    return merged


def extract_field(lines: tuple[ClassifiedLine, ...], field: str) -> str | None:
    """Return the text of the first line feeding the field, white space normalised."""
    for line in lines:
        if line.kind is Kind.METADATA and line.field == field:
            return fix_characters(line.text)
    return None


def extract_original_language(
    lines: tuple[ClassifiedLine, ...], values: dict[str, str], notes: SeedNotes
) -> str | None:
    """The translator credit's language, else the original title's, else the notes'."""
    if language := values.get("original_language"):
        return language
    if (original := extract_field(lines, "original_title")) and (
        language := guess_language(original)
    ):
        return language
    return notes.original_language


# "Nicolas Dufaux, Bürgenstock", "Marie Roy à Vilnius": where the byline was written.
PLACE_AFTER_NAME_RE = re.compile(r",\s*|\s+[àa]\s+(?=[A-ZÀ-Þ])")


def extract_byline_name(lines: tuple[ClassifiedLine, ...]) -> str | None:
    """A bare name beside the stamp, without the place after its comma."""
    if name := extract_field(lines, "byline_name"):
        return PLACE_AFTER_NAME_RE.split(name)[0].strip()
    return None


def extract_site(
    lines: tuple[ClassifiedLine, ...], values: dict[str, str], notes: SeedNotes
) -> str | None:
    """The site's name as the page shows it, else its domain, else the notes' site."""
    if name := extract_field(lines, "site_name"):
        return site_display_name(name, lines)
    return values.get("site") or notes.site


def site_display_name(name: str, lines: tuple[ClassifiedLine, ...]) -> str:
    """The name without a logo's final dot; a lowercase logo ("euronews.") takes the
    ordinary capitalised form the page writes elsewhere ("Par Euronews"), never a
    form in capitals ("FRANCEINFO" in a byline leaves "franceinfo" as it is)."""
    name = name.strip().rstrip(".·•|-– ").strip()
    if any(c.isupper() for c in name):
        return name
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    for line in lines:
        for match in pattern.finditer(line.text):
            form = match.group(0)
            if form[0].isupper() and not form.isupper():
                return form
    return name


def extract_date(
    values: dict[str, str], notes: SeedNotes
) -> tuple[str | None, str, str | None, bool, str]:
    """Return (ISO date, precision, evidence, approximate, source), from the text first.

    The source says who gives the date: "text", "notes" (the editor) or "unknown".
    """
    for name in ("date", "site_date"):
        if stated := values.get(name):
            evidence = f"Date donnée par le texte : « {values[name + '_line']} »"
            # The editor's evidence for the same date (a header date, a gap with the
            # original) is shown after the text's, never dropped.
            if notes.date_evidence and notes.date in (None, stated):
                evidence = f"{evidence}. {notes.date_evidence}"
            return stated, "day", evidence, False, "text"
    if notes.date:
        precision = date_precision(notes.date)
        return notes.date, precision, notes.date_evidence, notes.date_approximate, "notes"
    return None, "unknown", None, False, "unknown"


def date_precision(iso: str | None) -> str:
    """Return day, month, year or unknown for an ISO date of 10, 7 or 4 characters."""
    return {10: "day", 7: "month", 4: "year"}.get(len(iso or ""), "unknown")
