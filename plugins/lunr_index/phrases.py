"""Word order: quotes cut a query into phrases; term positions tell whether a document's
words stand next to each other, near each other, or apart. query.py ranks with it.

The executable specification of theme/static/js/search-phrases.js (tests/test_search_cross.py
runs both); NEAR_GAP and the tiers are set in spec.py.

A word (query.Word) may stand for several terms (a word being typed, another name): its
positions in a field are those of any of its terms. Positions count index terms, stop
words left out, so « ministre de la Défense » and "ministre défense" are the same phrase.
"""

from __future__ import annotations

from .spec import ADJACENT, APART, NEAR, NEAR_GAP

# Quotes that make a phrase of the words between them.
QUOTES = '"“”«»'
# Metadata key of a term's positions in a field (the n-th index term of the field, stop
# words left out): the index keeps them (index.py) and lunr hands them back as match data.
POSITIONS = "p"


def split_quotes(text: str) -> list[str]:
    """text cut at every quote: odd-numbered pieces are quoted."""
    pieces, current = [], []
    for char in text:
        if char in QUOTES:
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
    return [*pieces, "".join(current)]


def positions_of(word, metadata: dict, field: str) -> list[int]:
    """Sorted positions, in one field, of any of a word's terms (from lunr's match data)."""
    found = set()
    for term in word.terms:
        found.update(metadata.get(term, {}).get(field, {}).get(POSITIONS, ()))
    return sorted(found)


def in_order(positions: list[list[int]]) -> bool:
    """True when some position of the first word is followed by the next words, in order."""
    rest = [set(p) for p in positions[1:]]
    return any(all(start + n in later for n, later in enumerate(rest, 1)) for start in positions[0])


def smallest_span(positions: list[list[int]]) -> int:
    """The narrowest stretch of positions holding one position of every word."""
    merged = sorted((position, word) for word, found in enumerate(positions) for position in found)
    counts = [0] * len(positions)
    missing, best, start = len(positions), None, 0
    for position, word in merged:
        counts[word] += 1
        missing -= counts[word] == 1
        while missing == 0:
            first, first_word = merged[start]
            span = position - first
            best = span if best is None or span < best else best
            counts[first_word] -= 1
            missing += counts[first_word] == 0
            start += 1
    return best if best is not None else -1


def proximity(words: list, metadata: dict, fields) -> int:
    """ADJACENT: the words next to each other in the order typed, in one field; NEAR:
    near each other in one field; APART: scattered (or one word)."""
    if len(words) < 2:
        return APART
    best = APART
    for field in fields:
        positions = [positions_of(word, metadata, field) for word in words]
        if not all(positions):
            continue
        if in_order(positions):
            return ADJACENT
        if smallest_span(positions) <= NEAR_GAP * (len(words) - 1):
            best = NEAR
    return best
