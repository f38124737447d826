"""What the seeds of one folder tell about each other: the furniture their sites repeat.

In a real archive many seeds come from the same site, and a menu entry, a footer
link or a newsletter call comes back in each of them. A short line that is not a
sentence and occurs in several seeds is page furniture. Prose never is, even when
it repeats: syndicated copies of one agency dispatch share whole paragraphs, and
those paragraphs are the article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .components import furniture_key
from .decode import decode_bytes
from .lines import to_lines
from .model import CorpusFacts, SeedError
from .shapes import shape_of

# A line counts as furniture when this many seeds carry it.
MIN_SEEDS = 2
# Furniture is short and not a sentence: menus, buttons, labels.
MAX_FURNITURE_WORDS = 6


def is_furniture_shaped(text: str) -> bool:
    shape = shape_of(text)
    return (
        0 < shape.words <= MAX_FURNITURE_WORDS and shape.is_heading_shaped and not shape.is_sentence
    )


def furniture_of(text: str) -> set[str]:
    """The keys of the furniture-shaped lines of one seed's text."""
    return {furniture_key(line.text) for line in to_lines(text) if is_furniture_shaped(line.text)}


def corpus_facts(texts: Iterable[str]) -> CorpusFacts:
    """The facts shared by a set of decoded seed texts."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(furniture_of(text))
    return CorpusFacts(frozenset(key for key, n in counts.items() if key and n >= MIN_SEEDS))


def folder_facts(folder: Path) -> CorpusFacts:
    """The facts of every readable seed (*.txt) of a folder; unreadable seeds add nothing."""
    texts = []
    for path in sorted(folder.glob("*.txt")):
        try:
            texts.append(decode_bytes(path.read_bytes(), path.name)[0])
        except (OSError, SeedError):
            continue  # the reader reports this seed; it has no furniture to share
    return corpus_facts(texts)
