"""Stage 3: give every line a class (paragraph, heading, metadata, removed, blank) and a reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import ClassifiedLine, Kind, Line

if TYPE_CHECKING:
    from .pipeline import Draft


def classify_lines(draft: Draft) -> Draft:
    """Classify: the first non-blank line is the title, every other one a paragraph."""
    return draft.but(classified=tuple(classify(draft.lines)))


def classify(lines: tuple[Line, ...]) -> list[ClassifiedLine]:
    classified = []
    title_seen = False
    for line in lines:
        if not line.text.strip():
            classified.append(ClassifiedLine(line.number, line.text, Kind.BLANK, "blank"))
        elif not title_seen:
            title_seen = True
            classified.append(
                ClassifiedLine(line.number, line.text, Kind.METADATA, "first-line", "title")
            )
        else:
            classified.append(ClassifiedLine(line.number, line.text, Kind.PARAGRAPH, "text"))
    return classified
