"""Metadata that only its neighbours reveal: a source box, a bare name beside a stamp."""

from __future__ import annotations

import re

from .model import Kind
from .shapes import Shape
from .verdict import Verdict, removal

# A name alone on a line: capitalised words (or initials, or a newsroom in
# capitals), maybe a comma and a place.
_NAME_WORD = r"(?:[A-ZÀ-Þ][\w’'.-]*|de|du|des|d’|van|von|le|la)"
NAME_LINE_RE = re.compile(
    rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}(?:(?:,\s*|\s+[àa]\s+)[A-ZÀ-Þ][\w’'-]*(?:\s+[A-ZÀ-Þ][\w’'-]*)?)?$"
)
# "Source" alone on a line, above the name of the outlet a translation comes from.
SOURCE_LABEL_RE = re.compile(r"^(?i:sources?|texte\s+original|article\s+original)\s*:?$")
MAX_SOURCE_NAME_WORDS = 6


def mark_source_boxes(shapes: list[Shape], verdicts: list[Verdict | None]) -> None:
    """A "Source" label on its own line credits the outlet named on the next line."""
    for index, shape in enumerate(shapes):
        if not SOURCE_LABEL_RE.match(shape.text):
            continue
        following = next((j for j in range(index + 1, len(shapes)) if shapes[j].text), None)
        if following is None or verdicts[following] is not None:
            continue
        name = shapes[following]
        if name.words <= MAX_SOURCE_NAME_WORDS and not name.ends_sentence:
            verdicts[index] = removal("source-box", 0.85)
            verdicts[following] = Verdict(Kind.METADATA, "source-name", "source_name", 0.8)


def mark_bylines_beside_stamps(shapes: list[Shape], verdicts: list[Verdict | None]) -> None:
    """A bare name right above or below a date stamp is the byline: "FRANCEINFO",
    "Nicolas Dufaux, Bürgenstock", "Marie Roy à Vilnius" (a name, maybe the place)."""
    for index, shape in enumerate(shapes):
        if verdicts[index] is not None or not NAME_LINE_RE.match(shape.text):
            continue
        neighbours = [
            next((j for j in steps if shapes[j].text), None)
            for steps in (range(index - 1, -1, -1), range(index + 1, len(shapes)))
        ]
        if any(j is not None and is_stamp(verdicts[j]) for j in neighbours):
            verdicts[index] = Verdict(Kind.METADATA, "byline-name", "byline_name", 0.75)


def is_stamp(verdict: Verdict | None) -> bool:
    return verdict is not None and verdict.field in {"published", "updated"}
