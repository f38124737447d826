"""How French text becomes index terms: one tokenizer and four lunr pipeline functions.

The browser runs the same steps in theme/static/js/search-pipeline.js, registered
in lunr.js under the same labels: this module is its executable specification, and
tests/test_search_cross.py proves both agree.

    tokenize      "l’OTAN, d’armes nucléaires"  ->  ["l’otan", "d’armes", "nucléaires"]
    elision       "l’otan" -> "otan"       (archive-fr-elision)
    fold          "nucléaires" -> "nucleaires", "cœur" -> "coeur"   (archive-fr-fold)
    stop words    "les" -> dropped          (archive-fr-stop)
    stemmer       "nucleaires" -> "nucleair"   (stemmer-fr: Snowball, as lunr-languages)

An article in another language (its record's language is not "fr") has the words of
its title, body and corrections stored folded but not stemmed (`plain_terms`); a
finished query word matches both its stem and its folded form (`word_terms`).

Accents are folded *before* stemming, so that a word typed without accents
gives the same stem as the word in the text ("securite" and "sécurité" both give
"securit"). The Snowball stemmer of lunr-languages and snowballstemmer 2.2.0 agree
on every folded word (tests/test_search_pipeline.py checks 70,000 of them); newer
snowballstemmer releases changed words with a diaeresis, which folding removes anyway.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import snowballstemmer

# Tokens, elisions and folding are the core's: the search reads words as every plugin does.
from archive_core.text import (
    fold,
    strip_elision,
    tokenize,
)
from lunr.pipeline import Pipeline

from .spec import PIPELINE_LABELS

STOP_WORDS_PATH = Path(__file__).with_name("stopwords_fr.txt")

# Labels under which the functions are serialised in the index; the browser
# registers functions of the same names (search-pipeline.js).
ELISION_LABEL = PIPELINE_LABELS["elision"]
FOLD_LABEL = PIPELINE_LABELS["fold"]
STOP_LABEL = PIPELINE_LABELS["stop"]
STEMMER_LABEL = PIPELINE_LABELS["stemmer"]


def load_stop_words(path: Path = STOP_WORDS_PATH) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


STOP_WORDS = load_stop_words()
_stemmer = snowballstemmer.stemmer("french")


@cache
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


def prefix_term(word: str) -> str:
    """A word being typed, as far as it can be analysed: elided, folded and stemmed.

    Stop words are kept ('la' may be the start of 'Lavrov').
    """
    folded = fold(strip_elision(word))
    return stem(folded) if folded else ""


@cache  # the same words come back in every document
def analyse(word: str) -> str | None:
    """A whole word as the index stores it, or None for a stop word or an empty token."""
    folded = fold(strip_elision(word))
    if not folded or folded in STOP_WORDS:
        return None
    return stem(folded)


def terms(text: str) -> list[str]:
    """Every index term of a text, in order (what the index stores for a field)."""
    return [term for word in tokenize(text) if (term := analyse(word))]


@cache
def plain_term(word: str) -> str | None:
    """A whole word of a text in another language, as the index stores it: folded, not
    stemmed (the French stemmer would cut English words), or None for a stop word."""
    folded = fold(strip_elision(word))
    if not folded or folded in STOP_WORDS:
        return None
    return folded


def plain_terms(text: str) -> list[str]:
    """Every index term of a text in another language than French, in order."""
    return [term for word in tokenize(text) if (term := plain_term(word))]


def word_terms(word: str) -> tuple[str, ...]:
    """The terms a finished query word matches: its French stem, and the word itself
    folded, as an article in another language stores it ("sirens" -> "siren", "sirens")."""
    return tuple(dict.fromkeys(term for term in (analyse(word), plain_term(word)) if term))


# The same steps as lunr pipeline functions, each taking and returning a lunr Token.


def elision_step(token, i=None, tokens=None):
    token.update(lambda word, metadata: strip_elision(word))
    return token if str(token) else None


def fold_step(token, i=None, tokens=None):
    return token.update(lambda word, metadata: fold(word))


def stop_step(token, i=None, tokens=None):
    return None if str(token) in STOP_WORDS else token


def stem_step(token, i=None, tokens=None):
    return token.update(lambda word, metadata: stem(word))


PIPELINE = (
    (elision_step, ELISION_LABEL),
    (fold_step, FOLD_LABEL),
    (stop_step, STOP_LABEL),
    (stem_step, STEMMER_LABEL),
)


def register_pipeline() -> None:
    """Register the functions with lunr.py (idempotent), so that an index can be loaded."""
    for function, label in PIPELINE:
        if Pipeline.registered_functions.get(label) is not function:
            Pipeline.register_function(function, label)


def french_pipeline() -> Pipeline:
    register_pipeline()
    pipeline = Pipeline()
    pipeline.add(*(function for function, _ in PIPELINE))
    return pipeline
