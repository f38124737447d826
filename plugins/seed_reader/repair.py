"""Stage 5: turn body lines into blocks, recording every change made to their wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Block, Repair

if TYPE_CHECKING:
    from .pipeline import Draft


def repair(draft: Draft) -> Draft:
    """Make one block of each body line, with surrounding white space trimmed."""
    blocks, repairs = [], []
    for line in draft.classified:
        if not line.is_body:
            continue
        text = line.text.strip()
        if text != line.text:
            repairs.append(Repair(line.number, "whitespace", line.text, text))
        blocks.append(Block(line.kind, text, (line.number,)))
    return draft.but(blocks=tuple(blocks), repairs=tuple(repairs))
