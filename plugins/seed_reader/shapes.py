"""What the classification knows of a line's form: length, sentence shape, words, style.

These are the cues that hold across sites (jusText's, adapted to plain text): how long
a line is, whether it ends like a sentence, how many of its words are French function
words, which content words it shares with other lines, and its apostrophe style.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import snowballstemmer

from .language import french_frequency

# Prose: a sentence of some length. Shorter lines without final punctuation are
# headings, titles or debris.
MIN_PROSE_WORDS = 12
ALWAYS_PROSE_WORDS = 30
SENTENCE_END_RE = re.compile(r"[.!?…:;][»”\"’')\]]*\s*$|[»”\"]\s*\.?\s*$")
# Titles and headings are short and do not end like a sentence.
MAX_HEADING_WORDS = 16
MAX_HEADING_CHARS = 140
MAX_TITLE_WORDS = 30
# (A final ellipsis is not a full stop: "La Bourse termine en hausse..." is a teaser.)
HEADING_END_RE = re.compile(r"(?<!\.\.)[.,;:]\s*$")
QUESTION_END_RE = re.compile(r"\?[»”\"’')\]]*\s*$")
ELLIPSIS_END_RE = re.compile(r"(?:\.\.\.|…)\s*[»”\"]?\s*$")
# A menu entry, a button, an account link: a few words, no sentence.
MAX_LINK_WORDS = 4
# Content words: 4 letters or more, rarer than 1 in 10,000 words (so "les",
# "pour", "mois", "trois" are out), compared on their first 5 letters so that
# "sabotage" meets "saboter".
MIN_CONTENT_WORD = 4
FUNCTION_WORD_FREQUENCY = 1e-4
STEM_LENGTH = 5
# A repeated title must cover at least this share of the title to count as one.
MIN_REPEAT_SHARE = 0.5
# The body's apostrophe style is settled when one form has this share of uses.
DOMINANT_STYLE_SHARE = 0.8


@dataclass(frozen=True)
class Shape:
    """What the rules need to know of a line's form."""

    text: str
    words: int

    @property
    def ends_sentence(self) -> bool:
        return bool(SENTENCE_END_RE.search(self.text))

    @property
    def is_prose(self) -> bool:
        if self.words >= ALWAYS_PROSE_WORDS:
            return True
        # A final ellipsis cuts a teaser short; it does not end a sentence.
        return (
            self.words >= MIN_PROSE_WORDS
            and self.ends_sentence
            and not ELLIPSIS_END_RE.search(self.text)
        )

    @property
    def is_sentence(self) -> bool:
        """A short sentence: a one-line paragraph, a caption, a comment."""
        return self.words >= 4 and self.ends_sentence and not ELLIPSIS_END_RE.search(self.text)

    @property
    def is_heading_shaped(self) -> bool:
        return (
            0 < self.words <= MAX_HEADING_WORDS
            and len(self.text) <= MAX_HEADING_CHARS
            and not HEADING_END_RE.search(self.text)
            and not self.is_prose
        )

    @property
    def is_question(self) -> bool:
        return bool(QUESTION_END_RE.search(self.text))

    @property
    def is_title_shaped(self) -> bool:
        return 0 < self.words <= MAX_TITLE_WORDS and not self.text.endswith(".")

    @property
    def is_link_like(self) -> bool:
        """A menu entry or a button: a few words and no sentence."""
        return 0 < self.words <= MAX_LINK_WORDS and not self.ends_sentence


# Soft hyphens mark where a browser may break a word ("réac\u00adtion"): invisible,
# they must not cut the word in two.
SOFT_HYPHEN = "\u00ad"


def without_soft_hyphens(text: str) -> str:
    return text.replace(SOFT_HYPHEN, "")


# A figure: "2 235 010 euros", "32 pays", "2 %", "1,5 million", "des centaines d’habitants".
FIGURE_RE = re.compile(
    r"\d(?:[\d\s\u00a0\u202f.,]*\d)?\s*(?:%|€|\$|[^\W\d_])"
    r"|\b(?i:dizaines?|centaines?|milliers?|millions?|milliards?)\s+d[e’']"
)


def has_figure(text: str) -> bool:
    """A figure, and no pictograph: "👍 312 🔥 48" counts a post's reactions."""
    return bool(FIGURE_RE.search(text)) and not any(unicodedata.category(c) == "So" for c in text)


def shape_of(text: str) -> Shape:
    stripped = text.strip()
    return Shape(stripped, len(stripped.split()))


@lru_cache(maxsize=1 << 16)  # titles are compared with every short line, again and again
def normalize_for_comparison(text: str) -> str:
    """Fold case, accents and punctuation: "Les États-Unis" -> "les etats unis"."""
    # NFKD leaves the ligatures whole: "œuvre" must meet "oeuvre".
    text = without_soft_hyphens(text)
    folded = unicodedata.normalize("NFKD", text.casefold().replace("œ", "oe").replace("æ", "ae"))
    return " ".join(folded.translate(_LETTERS_ONLY).split())


class _LettersOnly(dict):
    """str.translate table, filled as characters come: a combining mark goes, a letter or
    digit stays, anything else becomes a space."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        kept = "" if unicodedata.combining(char) else char if char.isalnum() else " "
        self[code] = kept
        return kept


_LETTERS_ONLY = _LettersOnly()


def is_repeat_of(text: str, title: str) -> bool:
    """True when text is the title again, whole or truncated, with or without accents."""
    line, whole = normalize_for_comparison(text), normalize_for_comparison(title)
    if not line or not whole:
        return False
    return line == whole or (whole.startswith(line) and len(line) >= MIN_REPEAT_SHARE * len(whole))


@cache
def stems_of(text: str) -> frozenset[str]:
    """Crude stems of the content words: accents folded, first letters, frequent words out."""
    stems = set()
    for word in normalize_for_comparison(text).split():
        if len(word) >= MIN_CONTENT_WORD and french_frequency(word) < FUNCTION_WORD_FREQUENCY:
            stems.add(word[:STEM_LENGTH])
    return frozenset(stems)


def shared_share(text: str, stems: frozenset[str]) -> float:
    """The share of a line's content stems found among `stems` (0 for a line with none)."""
    own = stems_of(text)
    return len(own & stems) / len(own) if own else 0.0


def stems_of_lines(shapes: list[Shape]) -> frozenset[str]:
    """The stems of every prose line among shapes: what the article is about."""
    stems: set[str] = set()
    for shape in shapes:
        if shape.is_prose:
            stems |= stems_of(shape.text)
    return frozenset(stems)


def apostrophe_style(text: str) -> str | None:
    """Return "typographic" (’), "straight" (') or None for a text with neither or both."""
    curly, straight = "’" in text, "'" in text
    if curly == straight:
        return None
    return "typographic" if curly else "straight"


def dominant_apostrophe(shapes: list[Shape]) -> str | None:
    """Return the apostrophe style of the article's prose when one form clearly dominates."""
    curly = sum(shape.text.count("’") for shape in shapes if shape.is_prose)
    straight = sum(shape.text.count("'") for shape in shapes if shape.is_prose)
    total = curly + straight
    if total == 0:
        return None
    if curly >= DOMINANT_STYLE_SHARE * total:
        return "typographic"
    if straight >= DOMINANT_STYLE_SHARE * total:
        return "straight"
    return None


# Continuity: how much of a paragraph's specific vocabulary the article already used.
# Words are stemmed (Snowball) and weighted by rarity (-log10 of their frequency,
# capped), so that a shared "gazoduc" counts more than a shared "président".
WORD_RE = re.compile(r"[^\W\d_]+")
MAX_RARITY = 8.0
# Memoised: an archive has some tens of thousands of distinct words, stemmed in every line.
_stem = cache(snowballstemmer.stemmer("french").stemWord)


@cache
def weighted_terms(text: str) -> dict[str, float]:
    """The stems of a text's content words, each with its rarity."""
    terms: dict[str, float] = {}
    for word in WORD_RE.findall(without_soft_hyphens(text).lower()):
        frequency = french_frequency(word)
        if len(word) < MIN_CONTENT_WORD or frequency >= FUNCTION_WORD_FREQUENCY:
            continue
        rarity = min(MAX_RARITY, -math.log10(frequency)) if frequency else MAX_RARITY
        stem = _stem(word)
        terms[stem] = max(terms.get(stem, 0.0), rarity)
    return terms


def terms_of_lines(shapes: list[Shape]) -> frozenset[str]:
    """The terms of every prose line among shapes: what the article is about."""
    terms: set[str] = set()
    for shape in shapes:
        if shape.is_prose:
            terms |= set(weighted_terms(shape.text))
    return frozenset(terms)


def continuity(text: str, article_terms: frozenset[str]) -> float:
    """The rarity-weighted share of a text's terms that the article already used."""
    own = weighted_terms(text)
    total = sum(own.values())
    return sum(w for term, w in own.items() if term in article_terms) / total if total else 0.0
