"""Stage 4: apply the editor's corrections of line classes from the seed's notes file."""

from __future__ import annotations

from .model import ClassifiedLine, Draft, Kind
from .notes import NotesError, SeedNotes


def apply_corrections(draft: Draft) -> Draft:
    """Apply the notes' `lines:` corrections over the cleaner's classes."""
    return draft.but(classified=tuple(apply_overrides(list(draft.classified), draft.notes)))


def apply_overrides(classified: list[ClassifiedLine], notes: SeedNotes) -> list[ClassifiedLine]:
    """Apply the curated corrections of a notes file to the classes of their lines.

    A correction names its line by number and may quote its text; a number past
    the end or a quote that no longer matches is an error naming the notes file.
    A line the editor makes the title displaces the cleaner's choice.
    """
    by_number = {line.number: position for position, line in enumerate(classified)}
    result = list(classified)
    for override in notes.lines:
        if override.line not in by_number:
            raise NotesError(f"{notes.path}: line {override.line} does not exist in the seed")
        position = by_number[override.line]
        line = result[position]
        if override.text is not None and override.text.strip() != line.text.strip():
            raise NotesError(
                f"{notes.path}: line {override.line} reads {line.text.strip()!r}, "
                f"not {override.text.strip()!r}"
            )
        kind = Kind(override.kind)
        field = override.field if kind is Kind.METADATA else None
        if field == "title":
            result = [demote_title(other) for other in result]
        result[position] = ClassifiedLine(line.number, line.text, kind, override.reason, field)
    return result


def demote_title(line: ClassifiedLine) -> ClassifiedLine:
    if line.field != "title":
        return line
    return ClassifiedLine(line.number, line.text, Kind.REMOVED, "editor")
