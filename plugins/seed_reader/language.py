"""Which language an article or a short line is in, and whether a word is known French.

`decide_language` is the pipeline's stage: it detects the language of the cleaned
article (title + body) with py3langid, unless the notes file says it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

    from .model import CleanedArticle, Draft

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
    "cuando también sobre hasta contra según tras hacia",
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


# The archive's language: what an article is published in unless shown otherwise.
ARCHIVE_LANGUAGE = "fr"
# Below this probability the detector is not trusted and the article stays in the
# archive's language, with a warning: on whole articles py3langid gives above 0.99
# (docs/language.md), so a lower figure means a text too short or too mixed to tell.
MIN_CONFIDENCE = 0.9


def is_french(article: CleanedArticle) -> bool:
    """True for an article in the archive's language, the one French analysis is made for."""
    return article.metadata.language == ARCHIVE_LANGUAGE


@cache
def _identifier() -> LanguageIdentifier:
    # The model ships inside the package (about 4.5 MB): nothing is downloaded. All its
    # 97 languages are kept, so a seed in a language nobody expected is not called French.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float] | None:
    """Return (ISO 639-1 code, probability) of the text's language, or None for no words."""
    if not words_of(text):
        return None
    code, probability = _identifier().classify(text)
    # Rounded so that the record (and its golden file) does not depend on float noise.
    return code, round(float(probability), 3)


def decide_language(draft: Draft) -> Draft:
    """Stage: set the article's language from the notes, else from its title and body."""
    metadata = draft.metadata
    if draft.notes.language:
        chosen = replace(metadata, language=draft.notes.language, language_source="notes")
        return draft.but(metadata=chosen)
    text = "\n\n".join([metadata.title or "", *(block.text for block in draft.blocks)])
    detected = detect_language(text)
    if detected is None:
        return draft.but(metadata=replace(metadata, language=ARCHIVE_LANGUAGE))
    code, confidence = detected
    if confidence < MIN_CONFIDENCE and code != ARCHIVE_LANGUAGE:
        warning = (
            f"language unsure ({code} at {confidence:.2f}): kept as {ARCHIVE_LANGUAGE}; "
            "set `language:` in the notes file to decide"
        )
        return draft.but(
            metadata=replace(metadata, language=ARCHIVE_LANGUAGE, language_confidence=confidence),
            warnings=(*draft.warnings, warning),
        )
    chosen = replace(
        metadata, language=code, language_confidence=confidence, language_source="text"
    )
    return draft.but(metadata=chosen)
