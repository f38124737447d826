"""Curated notes anchored to passages: a marked passage, a numbered marker, a note back."""

from __future__ import annotations

from dataclasses import dataclass

from seed_reader.record import InlineMark

KIND_LABELS = {
    "correction": "Correction",
    "contexte": "Contexte",
    "traduction": "Traduction",
    "ambiguïté": "Ambiguïté",
}


@dataclass(frozen=True)
class AnchoredNote:
    number: int | None  # None: the passage was not found in the cleaned text
    kind: str
    quote: str
    text: str

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.capitalize())


def anchor_notes(blocks: list[str], notes) -> tuple[list[AnchoredNote], list[InlineMark]]:
    """Find each note's passage in the body's blocks and number the notes in reading order.

    A passage lies inside one paragraph or heading; it is found in the block's text,
    so a person link inside it does not hide it. A note whose passage is not found
    keeps number None (the caller reports it). Returns the notes, numbered ones first,
    and the marks that put each passage and its marker in the body.
    """
    located = []
    for note in notes:
        for order, text in enumerate(blocks):
            position = text.find(note.quote) if note.quote else -1
            if position >= 0:
                located.append(((order, position), note))
                break
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
        AnchoredNote(numbered.get(id(note)), note.kind, note.quote, note.text) for note in notes
    ]
    anchored.sort(key=lambda note: (note.number is None, note.number or 0))
    return anchored, marks
