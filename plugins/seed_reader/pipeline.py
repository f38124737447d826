"""The cleaning pipeline: raw seed bytes in, a CleanedArticle out.

The stages run in this order, each a pure function from one Draft to the next:

1. decode           bytes -> text (encoding, BOM, mojibake; binary and empty seeds refused)
2. split_lines      text -> numbered lines (any line end)
3. classify_lines   each line -> paragraph / heading / metadata / removed / blank, with a reason
4. extract_metadata metadata lines (+ curated notes) -> title, author, date, ...
5. repair           body lines -> blocks, with every change recorded as a Repair
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .classify import classify_lines
from .decode import decode
from .lines import split_lines
from .metadata import extract_metadata
from .model import Block, ClassifiedLine, CleanedArticle, Line, Metadata, Repair
from .notes import SeedNotes
from .repair import repair


@dataclass(frozen=True)
class Draft:
    """The state between two stages; each stage fills the next fields."""

    seed: str
    raw: bytes
    notes: SeedNotes
    text: str = ""
    lines: tuple[Line, ...] = ()
    classified: tuple[ClassifiedLine, ...] = ()
    metadata: Metadata = field(default_factory=Metadata)
    blocks: tuple[Block, ...] = ()
    repairs: tuple[Repair, ...] = ()
    warnings: tuple[str, ...] = ()

    def but(self, **changes) -> Draft:
        return replace(self, **changes)


Stage = Callable[[Draft], Draft]

STAGES: tuple[Stage, ...] = (decode, split_lines, classify_lines, extract_metadata, repair)


def clean_seed(raw: bytes, seed: str, notes: SeedNotes | None = None) -> CleanedArticle:
    """Run every stage over one seed and return the cleaned article.

    Raises SeedError (naming the seed) for input that is not an article.
    """
    draft = Draft(seed=seed, raw=raw, notes=notes or SeedNotes())
    for stage in STAGES:
        draft = stage(draft)
    return CleanedArticle(
        seed=seed,
        lines=draft.classified,
        blocks=draft.blocks,
        metadata=draft.metadata,
        repairs=draft.repairs,
        warnings=draft.warnings,
        notes=draft.notes,
    )
