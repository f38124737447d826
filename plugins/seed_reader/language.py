"""Which language a short line is in, and whether a word is known French."""

from __future__ import annotations

import re
from functools import cache

# The most frequent function words of each language: enough to tell a title or
# a link text in English, Spanish, German or Italian from French, with no model.
# Words that are also French ("a", "que", "y", "on", "il", "la"...) are left out.
FUNCTION_WORDS = {
    "fr": "le les des du une est et au aux dans pour par sur avec qui ne pas ce cette ses son "
    "sa leurs nous vous ils elle été sont mais ou donc après contre entre selon",
    "en": "the of and to in is are was were for with that this by from at be not "
    "did does has have it its against something their they what which will would why how "
    "who can could should no our your you we he she his her into about over than more just",
    "es": "el los las del con por para una es al lo su sus más como pero podría está "
    "cuando también sobre hasta",
    "de": "der die das und ist nicht ein eine mit für auf den dem im zu von sich auch wird",
    "it": "gli della delle dei che per con una sono è nel alla anche più come",
}
WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SETS = {lang: frozenset(words.split()) for lang, words in FUNCTION_WORDS.items()}

# A line needs this many function words of a language to be said to be in it.
MIN_EVIDENCE = 2


def words_of(text: str) -> list[str]:
    return WORD_RE.findall(text)


def guess_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the language with the most function words, or None."""
    tokens = [word.lower() for word in words_of(text)]
    scores = {lang: sum(token in words for token in tokens) for lang, words in _SETS.items()}
    best = max(scores, key=lambda lang: (scores[lang], lang == "fr"))
    if scores[best] < MIN_EVIDENCE:
        return None
    return best


def is_foreign(text: str) -> bool:
    """True when the line is clearly in a language other than French."""
    language = guess_language(text)
    return language is not None and language != "fr"


@cache
def _french_frequencies() -> dict[str, float]:
    # wordfreq ships its word lists in the package: nothing is downloaded.
    from wordfreq import get_frequency_dict

    return get_frequency_dict("fr")


# Zipf 3 = once per million words: common words and well-known names.
KNOWN_WORD_MIN_FREQUENCY = 1e-6


def is_known_french_word(word: str) -> bool:
    """True for a word (or name) that French text uses at least once per million words."""
    return _french_frequencies().get(word.lower(), 0.0) >= KNOWN_WORD_MIN_FREQUENCY


def french_frequency(word: str) -> float:
    return _french_frequencies().get(word.lower(), 0.0)
