"""Curated notes of one seed (content/notes/<seed-stem>.yml), read into plain data."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, fields
from pathlib import Path

from archive_core.curated import read_curated

from .model import Kind


class NotesError(ValueError):
    """A notes file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class LineOverride:
    """An editor's correction of one line's class: `lines: [{line: 27, kind: heading, ...}]`."""

    line: int
    kind: str
    reason: str = "editor"
    field: str | None = None
    text: str | None = None  # the line's text, checked so a stale correction is caught


# Notes fields that override a metadata value of the page (FieldChoice.field -> key).
OVERRIDE_KEYS = {"author": "author", "site": "site", "translator": "translator",
                 "source_credit": "source"}  # fmt: skip
OVERRIDE_FIELDS = tuple(OVERRIDE_KEYS.values())

NOTE_KINDS = ("correction", "contexte", "traduction", "ambiguïté")
# A note's date is the day the editor wrote or last changed it: a full day, nothing vaguer.
NOTE_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
# The article's language, as an ISO 639-1 code: two lowercase letters ("en", "uk").
LANGUAGE_RE = re.compile(r"[a-z]{2}")


@dataclass(frozen=True)
class PassageNote:
    """A note anchored to an exact passage of the cleaned text.

    `prefix` and `suffix` are the text just before and just after the quote, as in the
    W3C annotation model's TextQuoteSelector: they pick one occurrence of a quote the
    text holds more than once. A correction says what the source says (`source_says`,
    verbatim) and what it should read (`should_read`).
    """

    quote: str
    kind: str
    text: str
    prefix: str | None = None
    suffix: str | None = None
    date: str | None = None  # YYYY-MM-DD, written by the editor
    source_says: str | None = None
    should_read: str | None = None


@dataclass(frozen=True)
class SeedNotes:
    """What an editor established about a seed that its text does not say."""

    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    date_evidence: str | None = None
    date_approximate: bool = False
    # The editor's values for what the page states wrongly or not at all: they win over
    # the page's evidence (`make review` proposes them for uncertain values).
    author: str | None = None
    site: str | None = None
    translator: str | None = None
    source: str | None = None
    outlet: str | None = None
    original_language: str | None = None
    original_language_evidence: str | None = None
    # The language the article is written in, over the detector's (ISO 639-1 code).
    language: str | None = None
    lines: tuple[LineOverride, ...] = ()
    notes: tuple[PassageNote, ...] = ()
    topics_add: tuple[str, ...] = ()
    topics_remove: tuple[str, ...] = ()
    path: str | None = None  # the notes file, for messages

    @classmethod
    def from_mapping(cls, data: dict, path: str | None = None) -> SeedNotes:
        known = {f.name for f in fields(cls)} - {"path"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise NotesError(f"{path}: unknown field(s) {', '.join(unknown)}")
        values = {name: data[name] for name in known if data.get(name) is not None}
        if "date" in values:
            values["date"] = str(values["date"])
        if "language" in values and not LANGUAGE_RE.fullmatch(str(values["language"])):
            raise NotesError(
                f"{path}: language {values['language']!r} is not an ISO 639-1 code (such as en)"
            )
        try:
            values["lines"] = tuple(_override(item) for item in values.get("lines", ()))
            values["notes"] = tuple(
                _passage_note(number, item)
                for number, item in enumerate(values.get("notes", ()), start=1)
            )
        except (TypeError, ValueError) as error:
            raise NotesError(f"{path}: {error}") from None
        for name in OVERRIDE_FIELDS:
            if name in values and not (isinstance(values[name], str) and values[name].strip()):
                raise NotesError(f"{path}: {name} must be a non-empty text")
        for name in ("topics_add", "topics_remove"):
            values[name] = tuple(values.get(name, ()))
        return cls(**values, path=path)


def _override(item: dict) -> LineOverride:
    override = LineOverride(**item)
    if override.kind not in {kind.value for kind in Kind} - {"blank"}:
        raise ValueError(f"line {override.line}: unknown kind {override.kind!r}")
    if override.kind == "metadata" and not override.field:
        raise ValueError(f"line {override.line}: a metadata line needs a field")
    return override


def _passage_note(number: int, item) -> PassageNote:
    """Read one entry of `notes:`; the error names the entry and its passage."""
    if not isinstance(item, dict):
        raise ValueError(f"note {number}: expected a mapping")
    where = f"note {number} ({item.get('quote')!r})"
    known = {f.name for f in fields(PassageNote)}
    unknown = sorted(set(item) - known)
    if unknown:
        raise ValueError(f"{where}: unknown field(s) {', '.join(unknown)}")
    values = dict(item)
    if values.get("date") is not None:
        values["date"] = str(values["date"])  # YAML reads an unquoted day as a date
    for name in known:
        if values.get(name) is not None and not isinstance(values[name], str):
            raise ValueError(f"{where}: {name} must be text")
    missing = [name for name in ("quote", "kind", "text") if not values.get(name)]
    if missing:
        raise ValueError(f"{where}: missing {', '.join(missing)}")
    note = PassageNote(**values)
    if note.kind not in NOTE_KINDS:
        raise ValueError(f"{where}: unknown kind {note.kind!r} (one of {', '.join(NOTE_KINDS)})")
    if note.date is not None and not NOTE_DATE_RE.fullmatch(note.date):
        raise ValueError(f"{where}: date {note.date!r} is not YYYY-MM-DD")
    if note.date is not None:
        _check_day(where, note.date)
    correction_fields = [n for n in ("source_says", "should_read") if getattr(note, n) is not None]
    if note.kind != "correction" and correction_fields:
        raise ValueError(f"{where}: {', '.join(correction_fields)} only belong to a correction")
    if note.kind == "correction":
        # The corrections log sorts by date and shows what the source says and should read.
        missing = [n for n in ("date", "source_says", "should_read") if getattr(note, n) is None]
        if missing:
            raise ValueError(f"{where}: a correction needs {', '.join(missing)}")
    if note.source_says is not None and note.source_says not in note.quote:
        raise ValueError(f"{where}: source_says must be verbatim inside the quote")
    if note.source_says is not None and note.source_says == note.should_read:
        raise ValueError(f"{where}: source_says and should_read are the same")
    return note


def _check_day(where: str, day: str) -> None:
    try:
        datetime.date.fromisoformat(day)
    except ValueError:
        raise ValueError(f"{where}: date {day!r} is not a real day") from None


def load_notes(path: Path) -> SeedNotes:
    """Read a notes file; a missing file means no notes."""
    if not path.is_file():
        return SeedNotes()
    data = read_curated(path, NotesError, dict, "a mapping of fields at the top level")
    return SeedNotes.from_mapping(data, str(path))
