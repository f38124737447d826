"""A candidate value for one metadata field, its score, and the choice between candidates.

Every kind of evidence gives a base confidence (how often that kind of line names the
field rightly); the candidate's position moves it: bylines and stamps stand near the
title, and the same line in the page's tail belongs to a teaser or a comment. Values
that several lines agree on gain support. The best candidate wins; ties go to the
first in page order, so the choice never depends on a set's order.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import FieldChoice

# A byline or a stamp this many lines from the title (non-blank or not) is still
# the article's; further away it loses confidence, and in the page's tail more.
NEAR_TITLE_LINES = 12
FAR_PENALTY = 0.1
TAIL_PENALTY = 0.3
# Another line naming the same value adds this much, up to a ceiling below the notes'.
AGREEMENT_BONUS = 0.05
MAX_TEXT_CONFIDENCE = 0.95


@dataclass(frozen=True)
class Candidate:
    """One line's claim to a field's value."""

    field: str
    value: str
    line: int | None  # 1-based
    text: str
    kind: str
    confidence: float
    key: str = ""  # the form under which candidates agree (defaults to the value)

    def to_choice(self, confidence: float | None = None) -> FieldChoice:
        return FieldChoice(
            self.field, self.value, self.line, self.text, self.kind,
            round(self.confidence if confidence is None else confidence, 3),
        )  # fmt: skip


@dataclass(frozen=True)
class Layout:
    """Where the article stands on the page: its title's line and its prose's last line."""

    title: int | None = None  # 1-based line number
    body_end: int | None = None  # 1-based number of the last body line


def placed(candidate: Candidate, layout: Layout) -> Candidate:
    """The candidate's confidence once its position is known."""
    if candidate.line is None:
        return candidate
    confidence = candidate.confidence
    if layout.body_end is not None and candidate.line > layout.body_end:
        confidence -= TAIL_PENALTY
    elif layout.title is not None and abs(candidate.line - layout.title) > NEAR_TITLE_LINES:
        confidence -= FAR_PENALTY
    return Candidate(
        candidate.field, candidate.value, candidate.line, candidate.text, candidate.kind,
        confidence, candidate.key,
    )  # fmt: skip


def choose(candidates: list[Candidate]) -> FieldChoice | None:
    """The best-supported candidate as a FieldChoice, or None when there is none."""
    if not candidates:
        return None
    keys = {}
    for candidate in candidates:
        keys.setdefault(candidate.key or candidate.value, []).append(candidate)

    def support(candidate: Candidate) -> float:
        others = len(keys[candidate.key or candidate.value]) - 1
        return min(MAX_TEXT_CONFIDENCE, candidate.confidence + AGREEMENT_BONUS * others)

    best = max(enumerate(candidates), key=lambda item: (support(item[1]), -item[0]))[1]
    return best.to_choice(support(best))
