"""Curated notes anchored to passages: a marked passage, a numbered marker, a note back."""

from __future__ import annotations

from dataclasses import dataclass

from bs4 import BeautifulSoup

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


def anchor_notes(html: str, notes) -> tuple[str, list[AnchoredNote]]:
    """Mark each note's passage in the body and number the notes in reading order.

    A passage must lie inside one paragraph or heading; a note whose passage is not
    found keeps number None (the caller reports it).
    """
    soup = BeautifulSoup(html, "html.parser")
    blocks = soup.find_all(["p", "h2"], id=True)
    located = []
    for note in notes:
        for order, element in enumerate(blocks):
            # Searched text node by text node, so a found passage can be wrapped.
            positions = [s.find(note.quote) for s in element.find_all(string=True)]
            found = [p for p in positions if p >= 0]
            if found:
                located.append(((order, found[0]), note, element))
                break
    located.sort(key=lambda item: item[0])
    numbered = {id(note): number for number, (_, note, _) in enumerate(located, start=1)}
    for _, note, element in located:
        mark_passage(soup, element, note.quote, numbered[id(note)])
    anchored = [
        AnchoredNote(numbered.get(id(note)), note.kind, note.quote, note.text) for note in notes
    ]
    anchored.sort(key=lambda note: (note.number is None, note.number or 0))
    return str(soup), anchored


def mark_passage(soup, element, quote: str, number: int) -> None:
    """Wrap the passage in <mark> followed by the note marker <sup><a>N</a></sup>."""
    for string in element.find_all(string=True):
        position = string.find(quote)
        if position < 0:
            continue
        mark = soup.new_tag("mark", attrs={"class": "annotated", "id": f"passage-{number}"})
        mark.string = quote
        marker = soup.new_tag("sup", attrs={"class": "note-ref"})
        link = soup.new_tag(
            "a",
            href=f"#note-{number}",
            id=f"ref-{number}",
            attrs={"role": "doc-noteref", "aria-label": f"Note {number}"},
        )
        link.string = str(number)
        marker.append(link)
        before, after = string[:position], string[position + len(quote) :]
        string.replace_with(before, mark, marker, after)
        return
