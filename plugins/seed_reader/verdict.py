"""A line's verdict: its class, the reason, the field it feeds, and how sure the rule is."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Kind


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    reason: str
    field: str | None = None
    confidence: float = 1.0


BLANK = Verdict(Kind.BLANK, "blank")


def removal(reason: str, confidence: float = 0.95) -> Verdict:
    return Verdict(Kind.REMOVED, reason, None, confidence)
