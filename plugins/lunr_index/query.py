"""What a reader's query means, in Python; the browser's twin is search-core.js.

A query is never parsed with lunr's query syntax (where ':', '~', '^', '*', '+',
'-' and quotes mean something): it is cut into words with the index's own
tokenizer, so any input is safe. Every word must match (AND), each in any field:

- a finished word matches its index term ("nucléaires" -> "nucleair");
- the word being typed (the last one, when no space or punctuation follows it)
  matches every index term it could be the start of: terms beginning with its
  stem or its folded form ("Stolten" -> "stoltenberg", "nucl" -> "nucleair"),
  and terms it already runs past ("russi" -> "russ", the stem of "Russie").

lunr scores the documents (BM25 over the boosted fields); a document is kept when
each word found at least one of its terms in it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from lunr.query import Query

from .french import STOP_WORDS, analyse, fold, normalize, prefix_term, strip_elision, tokenize

# Limits, shared with the browser through the index file (LIMITS in index.json).
MAX_QUERY_CHARS = 200
MAX_WORDS = 12
MIN_PREFIX = 2
MAX_EXPANSIONS = 100
# How many characters a term may lack from the end of the word being typed
# ("russ" for "russi", "polit" for "politiqu").
MAX_OVERRUN = 4
MIN_OVERRUN_TERM = 3
LIMITS = {
    "maxQueryChars": MAX_QUERY_CHARS,
    "maxWords": MAX_WORDS,
    "minPrefix": MIN_PREFIX,
    "maxExpansions": MAX_EXPANSIONS,
    "maxOverrun": MAX_OVERRUN,
    "minOverrunTerm": MIN_OVERRUN_TERM,
}


@dataclass(frozen=True)
class Word:
    """One word of the query: the index terms that satisfy it."""

    text: str
    terms: tuple[str, ...]


def query_words(text: str) -> list[str]:
    """The words of a query (at most MAX_WORDS, from its first MAX_QUERY_CHARS characters)."""
    return tokenize(normalize(text)[:MAX_QUERY_CHARS])[:MAX_WORDS]


def is_typing(text: str) -> bool:
    """True when the query ends inside a word (no space or punctuation after it)."""
    text = normalize(text)[:MAX_QUERY_CHARS]
    return bool(text) and bool(tokenize(text[-1]))


def completions(word: str, vocabulary: list[str]) -> tuple[str, ...]:
    """Index terms the word being typed could become (vocabulary is sorted)."""
    folded = fold(strip_elision(word))
    if len(folded) < MIN_PREFIX:
        return ()
    found = set()
    for prefix in {prefix_term(word), folded}:
        start = bisect.bisect_left(vocabulary, prefix)
        for term in vocabulary[start:]:
            if not term.startswith(prefix):
                break
            found.add(term)
    shortest = max(MIN_OVERRUN_TERM, len(folded) - MAX_OVERRUN)
    found.update(
        folded[:end] for end in range(shortest, len(folded)) if index_has(vocabulary, folded[:end])
    )
    return tuple(sorted(found, key=lambda term: (len(term), term))[:MAX_EXPANSIONS])


def index_has(vocabulary: list[str], term: str) -> bool:
    position = bisect.bisect_left(vocabulary, term)
    return position < len(vocabulary) and vocabulary[position] == term


def parse(text: str, vocabulary: list[str]) -> list[Word]:
    """The words a document must match, each with the terms that satisfy it."""
    words = query_words(text)
    typing = is_typing(text)
    parsed = []
    for position, word in enumerate(words):
        if typing and position == len(words) - 1:
            # A stop word being typed only counts alone ("la" may become "Lavrov").
            if parsed and fold(strip_elision(word)) in STOP_WORDS:
                continue
            parsed.append(Word(word, completions(word, vocabulary)))
        elif term := analyse(word):
            parsed.append(Word(word, (term,)))
    return parsed


def search_shards(indexes, text: str) -> list[tuple[str, float]]:
    """search() over the shards of the archive, merged: best score first, then by ref."""
    results = [result for index in indexes for result in search(index, text)]
    return sorted(results, key=lambda result: (-result[1], int(result[0])))


def search(index, text: str) -> list[tuple[str, float]]:
    """(ref, score) of the documents matching every word, best first."""
    vocabulary = sorted(index.inverted_index)
    words = parse(text, vocabulary)
    if not words:
        return []
    query = index.create_query()
    for word in words:
        for term in word.terms:
            query.clause(term, use_pipeline=False, wildcard=Query.WILDCARD_NONE)
    if not query.clauses:
        return []
    results = index.query(query)
    return [
        (result["ref"], result["score"])
        for result in results
        if all(set(word.terms) & set(result["match_data"].metadata) for word in words)
    ]
