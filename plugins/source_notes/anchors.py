"""Curated notes anchored to passages: a marked passage, a numbered marker, a note back."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from archive_core.record import InlineMark

KIND_LABELS = {
    "correction": "Correction",
    "contexte": "Contexte",
    "traduction": "Traduction",
    "ambiguïté": "Ambiguïté",
}


@dataclass(frozen=True)
class AnchoredNote:
    number: int | None  # None: the passage was not found once in the cleaned text
    kind: str
    quote: str
    text: str
    occurrences: int = 1  # places the quote (with its prefix/suffix) fits: 1 to be anchored
    date: str | None = None
    source_says: str | None = None
    should_read: str | None = None

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.capitalize())

    @property
    def day(self) -> datetime.date | None:
        """The note's date as a date, for French formatting."""
        return datetime.date.fromisoformat(self.date) if self.date else None

    @property
    def is_ambiguous(self) -> bool:
        return self.occurrences > 1


def find_passage(blocks: list[str], note) -> list[tuple[int, int]]:
    """Every (block, position) where the note's quote stands between its prefix and suffix.

    As a W3C TextQuoteSelector: the prefix is the text just before the quote and the
    suffix the text just after, both inside the same block.
    """
    if not note.quote:
        return []
    prefix, suffix = note.prefix or "", note.suffix or ""
    found = []
    for order, text in enumerate(blocks):
        position = text.find(note.quote)
        while position >= 0:
            end = position + len(note.quote)
            if text[:position].endswith(prefix) and text[end:].startswith(suffix):
                found.append((order, position))
            position = text.find(note.quote, position + 1)
    return found


def anchor_notes(blocks: list[str], notes) -> tuple[list[AnchoredNote], list[InlineMark]]:
    """Find each note's passage in the body's blocks and number the notes in reading order.

    A passage lies inside one paragraph or heading; it is found in the block's text,
    so a person link inside it does not hide it. A note whose passage is not found, or
    is found more than once, keeps number None (the caller reports it). Returns the
    notes, numbered ones first, and the marks that put each passage and its marker in
    the body.
    """
    located, occurrences = [], {}
    for note in notes:
        places = find_passage(blocks, note)
        occurrences[id(note)] = len(places)
        if len(places) == 1:
            located.append((places[0], note))
    located.sort(key=lambda item: item[0])
    numbered = {id(note): number for number, (_, note) in enumerate(located, start=1)}
    marks = [
        InlineMark(
            block=order,
            start=position,
            end=position + len(note.quote),
            kind="note",
            href=f"#note-{numbered[id(note)]}",
            number=numbered[id(note)],
        )
        for (order, position), note in located
    ]
    anchored = [
        AnchoredNote(
            numbered.get(id(note)),
            note.kind,
            note.quote,
            note.text,
            occurrences[id(note)],
            note.date,
            note.source_says,
            note.should_read,
        )
        for note in notes
    ]
    anchored.sort(key=lambda note: (note.number is None, note.number or 0))
    return anchored, marks
