"""Stage 4: extract the article's metadata from its metadata lines and its curated notes.

Each `extract_*` function returns a value or None; `extract_metadata` composes them.
The byline, the site, the dates, the translator and the source are chosen from scored
candidates (evidence/), and each value keeps its evidence (a FieldChoice: the line, its
kind, a confidence). The notes' `author`, `site`, `translator` and `source` override
the page (an editor's correction); their date only fills what the text does not say,
and a date from the notes carries its evidence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .credits import original_title_of, parse_credit
from .evidence.candidates import Candidate, Layout, choose
from .evidence.fields import byline_names, credit_candidates, layout_of
from .evidence.site import choose_site, site_candidates
from .language import guess_language
from .model import ClassifiedLine, FieldChoice, Kind, Metadata
from .repair import fix_characters

if TYPE_CHECKING:
    from .model import Draft
    from .notes import SeedNotes


def extract_metadata(draft: Draft) -> Draft:
    """Fill Metadata from the page's evidence (scored candidates), then from the notes."""
    lines, notes = draft.classified, draft.notes
    values = credit_values(lines)
    layout = layout_of(lines)
    candidates = credit_candidates(lines, layout)
    author = choose_field("author", candidates, notes.author)
    site = extract_site(lines, author, layout, notes)
    translator = choose_field("translator", candidates, notes.translator)
    source = choose_field("source_credit", candidates, notes.source)
    stated = choose([c for c in candidates if c.field == "date"])
    date, precision, evidence, approximate, origin = extract_date(stated, notes)
    dated = stated if origin == "text" else notes_choice("date", date) if date else None
    choices = [author, site, translator, source, dated]
    return draft.but(
        metadata=Metadata(
            title=extract_field(lines, "title"),
            original_title=original_title(lines),
            original_language=extract_original_language(lines, values, notes),
            author=author.value if author else None,
            translator=translator.value if translator else None,
            site=site.value if site else None,
            source_credit=source.value if source else None,
            date=date,
            date_precision=precision,
            date_evidence=evidence,
            date_approximate=approximate,
            date_source=origin,
            updated=values.get("updated"),
            authors=byline_names(author.value if author else None),
            evidence=tuple(choice for choice in choices if choice is not None),
        )
    )


def choose_field(field: str, candidates: list[Candidate], override: str | None):
    """The notes' value when the editor gave one, else the best candidate of the page."""
    if override:
        return notes_choice(field, override)
    return choose([c for c in candidates if c.field == field])


def notes_choice(field: str, value: str) -> FieldChoice:
    return FieldChoice(field, value, None, value, "notes", 1.0)


# Fields whose value is the line's text itself, not parsed from a credit.
TEXT_FIELDS = frozenset(
    {None, "title", "original_title", "site_name", "source_name", "byline_name"}
    | {"byline_role", "page_address"}
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


def original_title(lines: tuple[ClassifiedLine, ...]) -> str | None:
    """The title in the original language, without the label that may lead it."""
    line = extract_field(lines, "original_title")
    return original_title_of(line) if line is not None else None


def extract_original_language(
    lines: tuple[ClassifiedLine, ...], values: dict[str, str], notes: SeedNotes
) -> str | None:
    """The translator credit's language, else the original title's, else the notes'."""
    if language := values.get("original_language"):
        return language
    if (original := original_title(lines)) and (language := guess_language(original)):
        return language
    return notes.original_language


def extract_site(
    lines: tuple[ClassifiedLine, ...], author: FieldChoice | None, layout: Layout, notes: SeedNotes
) -> FieldChoice | None:
    """The outlet's name from the notes, else from the page's best evidence (evidence/site.py)."""
    if notes.site:
        return notes_choice("site", notes.site)
    byline = author.value if author and author.kind != "notes" else None
    best = choose_site(site_candidates(lines, byline, layout))
    if best is None:
        return None
    value = site_display_name(best.value, lines) if best.kind.startswith("logo") else best.value
    return FieldChoice("site", value, best.line, best.text, best.kind, round(best.confidence, 3))


def site_display_name(name: str, lines: tuple[ClassifiedLine, ...]) -> str:
    """The name without a logo's final dot; a logo in lowercase ("euronews.") or in
    capitals of several words ("EL ESPAÑOL") takes the ordinary capitalised form the
    page writes elsewhere ("Par Euronews", "© El Español"), never a form in capitals
    ("FRANCEINFO" in a byline leaves "franceinfo" as it is; "RTBF" stays an acronym)."""
    name = name.strip().rstrip(".·•|-– ").strip()
    shouted = name.isupper() and len(name.split()) > 1
    if any(c.isupper() for c in name) and not shouted:
        return name
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    for line in lines:
        for match in pattern.finditer(line.text):
            form = match.group(0)
            if form[0].isupper() and not form.isupper():
                return form
    return name


def extract_date(
    stated: FieldChoice | None, notes: SeedNotes
) -> tuple[str | None, str, str | None, bool, str]:
    """Return (ISO date, precision, evidence, approximate, source), from the text first.

    The source says who gives the date: "text", "notes" (the editor) or "unknown".
    """
    if stated is not None:
        evidence = f"Date donnée par le texte : « {stated.text} »"
        # The editor's evidence for the same date (a header date, a gap with the
        # original) is shown after the text's, never dropped.
        if notes.date_evidence and notes.date in (None, stated.value):
            evidence = f"{evidence}. {notes.date_evidence}"
        return stated.value, "day", evidence, False, "text"
    if notes.date:
        precision = date_precision(notes.date)
        return notes.date, precision, notes.date_evidence, notes.date_approximate, "notes"
    return None, "unknown", None, False, "unknown"


def date_precision(iso: str | None) -> str:
    """Return day, month, year or unknown for an ISO date of 10, 7 or 4 characters."""
    return {10: "day", 7: "month", 4: "year"}.get(len(iso or ""), "unknown")
