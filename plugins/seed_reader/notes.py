"""Curated notes of one seed (content/notes/<seed-stem>.yml), read into plain data."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

import yaml

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


@dataclass(frozen=True)
class PassageNote:
    """A note anchored to an exact passage of the cleaned text."""

    quote: str
    kind: str
    text: str


@dataclass(frozen=True)
class SeedNotes:
    """What an editor established about a seed that its text does not say."""

    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    date_evidence: str | None = None
    date_approximate: bool = False
    site: str | None = None
    outlet: str | None = None
    original_language: str | None = None
    original_language_evidence: str | None = None
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
        try:
            values["lines"] = tuple(_override(item) for item in values.get("lines", ()))
            values["notes"] = tuple(PassageNote(**item) for item in values.get("notes", ()))
        except (TypeError, ValueError) as error:
            raise NotesError(f"{path}: {error}") from None
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


def load_notes(path: Path) -> SeedNotes:
    """Read a notes file; a missing file means no notes."""
    if not path.is_file():
        return SeedNotes()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise NotesError(f"{path}: not valid YAML ({error})") from None
    if not isinstance(data, dict):
        raise NotesError(f"{path}: expected a mapping of fields at the top level")
    return SeedNotes.from_mapping(data, str(path))
