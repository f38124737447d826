"""French text helpers every plugin shares: one definition of each.

Capitals, apostrophes and elisions, sentence boundaries, invisible characters and the
foldings that compare words and names. The search's JavaScript twin
(theme/static/js/search-pipeline.js) writes the tokens, apostrophes and elisions again;
tests/test_search_cross.py holds the two to the same result.
"""

from __future__ import annotations

import re
import unicodedata

# A capital letter, accented ones included (× is no letter): a character-class body,
# to write inside [...] ("[{CAPITAL}]").
CAPITAL = "A-ZÀ-ÖØ-Þ"

# A token is a run of letters, digits and apostrophes (Python's \w without "_",
# which is JavaScript's [\p{L}\p{N}]). Everything else separates words, including
# hyphens ("États-Unis"), slashes and every kind of space.
APOSTROPHES = "'’‘ʼ"
TOKEN_RE = re.compile(rf"(?:[^\W_]|[{APOSTROPHES}])+")
APOSTROPHE_RE = re.compile(f"[{APOSTROPHES}]")

# The elided words of French, which lose their vowel before another word: l’, d’, j’,
# m’, n’, s’, t’, c’, qu’, jusqu’, lorsqu’, puisqu’, quoiqu’.
ELIDED = ("c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu")
# One lowercase word, its apostrophe made ’ (strip_elision): the word after the elision.
ELISION_RE = re.compile(rf"^(?:{'|'.join(ELIDED)})’(.+)$")
# An elision leading a name as written ("L’Otan", "d’Emmanuel Macron"), with its capital.
LEADING_ELISION_RE = re.compile(
    rf"^(?:{'|'.join(f'[{w[0].upper()}{w[0]}]{w[1:]}' for w in ELIDED)})[{APOSTROPHES}]\s*"
)
# An elided word left at the end of an entity's text ("Poutine s’").
TRAILING_ELISION_RE = re.compile(r"\s+\w{1,3}[’']$")

# A French sentence ends at . ! ? or … followed by a space and a capital or a quote;
# a full stop after a capital is an initial or "M." ("M. Dragone"), not an end.
SENTENCE_END_RE = re.compile(rf"(?<=[.!?…»”])(?<![A-Z]\.)\s+(?=[«“\"{CAPITAL}])")

# Zero-width characters, bidirectional embeddings/overrides/isolates, byte-order
# marks and C0/C1 controls: invisible on the page, or able to reorder its text.
INVISIBLE_RE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\x00-\x08\x0b-\x1f\x7f-\x9f]+"
)

LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})


def normalize(text: str) -> str:
    """NFC, so that an accent typed as a combining mark is part of its letter."""
    return unicodedata.normalize("NFC", text)


def tokenize(text: str) -> list[str]:
    """Split text into lowercase word tokens (apostrophes kept, for elision)."""
    return TOKEN_RE.findall(normalize(text).lower())


def strip_elision(word: str) -> str:
    """'l’otan' -> 'otan'; 'aujourd’hui' stays; surrounding quotes go."""
    word = APOSTROPHE_RE.sub("’", word).strip("’")
    match = ELISION_RE.match(word)
    return match.group(1) if match else word


def fold(word: str) -> str:
    """Remove accents and expand ligatures: 'Choïgou' -> 'choigou', 'cœur' -> 'coeur'."""
    decomposed = unicodedata.normalize("NFD", word.translate(LIGATURES))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def fold_name(name: str) -> str:
    """Fold case, accents and hyphens: "Sergueï Choïgou" -> "serguei choigou"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("-", " ").replace(".", " ").split())


def sentence_at(text: str, position: int) -> str:
    """The sentence of text that contains position."""
    start = 0
    for boundary in SENTENCE_END_RE.finditer(text):
        if boundary.start() >= position:
            return text[start : boundary.start()].strip()
        start = boundary.end()
    return text[start:].strip()


def sentence_start(text: str) -> int:
    """Where the last sentence of text begins (0 if text is one sentence)."""
    return max((boundary.end() for boundary in SENTENCE_END_RE.finditer(text)), default=0)
