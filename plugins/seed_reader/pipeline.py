"""The cleaning pipeline: raw seed bytes in, a CleanedArticle out.

The stages run in this order, each a pure function from one Draft to the next:

1. decode           bytes -> text (encoding, BOM, mojibake; binary and empty seeds refused)
2. split_lines      text -> numbered lines (any line end)
3. classify_lines   each line -> paragraph / heading / metadata / removed / blank, with a
                    reason and a confidence (and the title chosen, with its runner-up)
4. apply_corrections the notes file's `lines:` corrections, over the cleaner's classes
5. extract_metadata metadata lines (+ curated notes) -> title, author, date, ...
6. repair           body lines -> blocks, with every change recorded as a Repair
7. decide_language  title + body -> the article's language and its confidence (or the notes')
"""

from __future__ import annotations

from collections.abc import Callable

from .classify import classify_lines
from .corrections import apply_corrections
from .decode import decode
from .language import decide_language
from .lines import split_lines
from .metadata import extract_metadata
from .model import CleanedArticle, CorpusFacts, Draft
from .notes import SeedNotes
from .repair import repair

Stage = Callable[[Draft], Draft]

STAGES: tuple[Stage, ...] = (
    decode,
    split_lines,
    classify_lines,
    apply_corrections,
    extract_metadata,
    repair,
    decide_language,
)


def clean_seed(
    raw: bytes, seed: str, notes: SeedNotes | None = None, corpus: CorpusFacts | None = None
) -> CleanedArticle:
    """Run every stage over one seed and return the cleaned article.

    `corpus` holds what the other seeds of the folder tell about this one
    (corpus.py). Raises SeedError (naming the seed) for input that is not an article.
    """
    draft = Draft(seed=seed, raw=raw, notes=notes or SeedNotes(), corpus=corpus or CorpusFacts())
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
        title_choice=draft.title_choice,
        source_format=draft.source_format,
    )
