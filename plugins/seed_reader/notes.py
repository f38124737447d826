"""Curated notes of one seed (content/notes/<seed-stem>.yml), read into plain data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml


class NotesError(ValueError):
    """A notes file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class SeedNotes:
    """What an editor established about a seed that its text does not say."""

    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    date_evidence: str | None = None
    date_approximate: bool = False
    site: str | None = None
    outlet: str | None = None
    original_language: str | None = None
    source_url: str | None = None
    path: str | None = None  # the notes file, for messages

    @classmethod
    def from_mapping(cls, data: dict, path: str | None = None) -> SeedNotes:
        known = {name for name in cls.__dataclass_fields__ if name != "path"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise NotesError(f"{path}: unknown field(s) {', '.join(unknown)}")
        values = {name: data[name] for name in known if name in data}
        if "date" in values and values["date"] is not None:
            values["date"] = str(values["date"])
        return cls(**values, path=path)


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
