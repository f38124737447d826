"""How `make eval` prints a set's pooled scores, whatever kind of set it measured."""

from __future__ import annotations


def format_scores(scores: dict[str, float | int]) -> list[str]:
    """One line per score: rates with three decimals, counts as they are."""
    return [
        f"{key:24} {value:.3f}" if isinstance(value, float) else f"{key:24} {value}"
        for key, value in scores.items()
    ]
