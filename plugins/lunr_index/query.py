"""What a reader's query means: the executable specification of search-core.js.

The browser runs theme/static/js/search-core.js; tests/test_search_cross.py runs this
module and it on the same queries over the built index and requires the same results,
in the same order, with the same scores. Change the rules here and there together; the
numbers they use (limits, tiers) are set once, in spec.py.

A query is never parsed with lunr's query syntax (where ':', '~', '^', '*', '+',
'-' and quotes mean something): it is cut into words with the index's own
tokenizer, so any input is safe. Every word must match (AND), each in any field:

- a finished word matches its index term ("nucléaires" -> "nucleair"), and itself
  folded, as an article in another language stores it ("sirens");
- the word being typed (the last one, when no space or punctuation follows it), from
  its third letter, matches every index term it could be the start of: terms
  beginning with its stem or its folded form ("Stolten" -> "stoltenberg", "nucl" ->
  "nucleair"), and terms it already runs past ("russi" -> "russ", the stem of
  "Russie"). Beginnings shorter than three letters are not completed: every term a
  word can become is then in the term file of its first three letters (index.py).

A word (or several) that is a form of an entry of the names file (aliases.py) also
matches the entry's other forms: "Kyiv" matches "kiev", "NATO" matches "otan" or
"alliance atlantique" (all its words). Such a Word has alternatives: the reader's own
words, and each other form, the words of a form all required.

lunr scores the documents (BM25 over the boosted fields); a document is kept when
each word found its terms in it (one alternative whole). Then word order counts,
from the positions the index keeps of every term in every field:

- results where the words stand next to each other, in the order typed, in one field
  come first ("bombe sale"); then those where they stand near each other (at most
  NEAR_GAP index terms apart per word, in any order); then the rest; by score within
  each group (a word's positions are those of any of its terms, other names included);
- words between quotes ("…", “…”, «…») must stand next to each other in that order:
  a document where they are scattered is not a result.

Positions count index terms, stop words left out: « ministre de la Défense » and
"ministre défense" are the same phrase.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from archive_core.text import TOKEN_RE, fold, normalize, strip_elision, tokenize
from lunr.query import Query

from .aliases import NO_ALIASES, AliasTable, match_alias, written
from .french import STOP_WORDS, analyse, prefix_term, word_terms
from .phrases import proximity, split_quotes
from .spec import (
    ADJACENT,
    KEY_LENGTH,
    MAX_EXPANSIONS,
    MAX_OVERRUN,
    MAX_QUERY_CHARS,
    MAX_WORDS,
    MIN_OVERRUN_TERM,
    MIN_PREFIX,
)


@dataclass(frozen=True)
class Alternative:
    """One way to satisfy a word: a term of each slot, every slot.

    form: None for the reader's own words, else the other name it stands for.
    """

    slots: tuple[tuple[str, ...], ...]
    form: str | None = None

    def matches(self, matched) -> bool:
        return all(any(term in matched for term in slot) for slot in self.slots)


@dataclass(frozen=True)
class Word:
    """One word of the query (or the words of a name), and the terms that satisfy it."""

    text: str
    alternatives: tuple[Alternative, ...]

    @property
    def terms(self) -> tuple[str, ...]:
        """Every term of every alternative, once, in order (the query's clauses)."""
        found = (term for a in self.alternatives for slot in a.slots for term in slot)
        return tuple(dict.fromkeys(found))

    def matches(self, matched) -> bool:
        """True when the terms a document matched satisfy one alternative."""
        return any(alternative.matches(matched) for alternative in self.alternatives)


def single(text: str, terms: tuple[str, ...]) -> Word:
    """A word satisfied by any of its terms."""
    return Word(text, (Alternative((terms,)),))


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
    # A stem may be shorter than the folded word ("ans" -> "an"): only beginnings of
    # MIN_PREFIX letters or more are completed.
    for prefix in {p for p in (prefix_term(word), folded) if len(p) >= MIN_PREFIX}:
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


def cased_words(text: str, words: list[str]) -> list[str] | None:
    """The query's words as written (capitals kept), or None if they do not pair with words."""
    raw = TOKEN_RE.findall(normalize(text)[:MAX_QUERY_CHARS])[:MAX_WORDS]
    if len(raw) != len(words) or any(r.lower() != w for r, w in zip(raw, words, strict=True)):
        return None
    return [written(token) for token in raw]


def is_stop_word(word: str) -> bool:
    return fold(strip_elision(word)) in STOP_WORDS


def parse(text: str, vocabulary: list[str], aliases: AliasTable = NO_ALIASES) -> list[Word]:
    """The words a document must match, each with the terms that satisfy it."""
    words = query_words(text)
    last = len(words) - 1 if is_typing(text) else -1
    cased = cased_words(text, words)
    analysed = [analyse(word) for word in words]
    parsed: list[Word] = []

    def own_slot(position: int, earlier: bool) -> tuple[str, ...] | None:
        """The terms a word of the query stands for; None: the word does not count.

        earlier: a word counted before it.
        """
        if position != last:
            return word_terms(words[position]) or None
        # A stop word being typed only counts alone ("la" may become "Lavrov").
        if earlier and is_stop_word(words[position]):
            return None
        return completions(words[position], vocabulary)

    position = 0
    while position < len(words):
        match = match_alias(aliases, cased, analysed, position)
        if match is None:
            slot = own_slot(position, bool(parsed))
            if slot is not None:
                parsed.append(single(words[position], slot))
            position += 1
            continue
        number, _form, end = match
        own: list[tuple[str, ...]] = []
        for inside in range(position, end):
            slot = own_slot(inside, bool(parsed or own))
            if slot is not None:
                own.append(slot)
        text_words = (cased or words)[position:end]
        if word := alias_word(" ".join(text_words), own, aliases.entries[number]):
            parsed.append(word)
        position = end
    return parsed


def alias_word(text: str, own: list[tuple[str, ...]], entry) -> Word | None:
    """Words that are a form of an entry: satisfied by the words or by any other form."""
    # The reader's own words, unless one of them can match nothing (a prefix of no term).
    alternatives = [Alternative(tuple(own))] if own and all(own) else []
    for form in entry:
        # Never to an exact form: the index folds case, so it would find the common
        # word too ("NATO" would find every "alliance").
        if form.exact or not form.terms:
            continue
        alternative = Alternative(tuple((term,) for term in form.terms), form.text)
        if all(a.slots != alternative.slots for a in alternatives):
            alternatives.append(alternative)
    return Word(text, tuple(alternatives)) if alternatives else None


def expansions(words: list[Word], matched) -> list[tuple[str, tuple[str, ...]]]:
    """Why a document matched words the reader did not write: (word, other names found).

    Only for words whose own terms the document lacks, so "NATO" on an article about
    the OTAN gives [("NATO", ("OTAN",))].
    """
    found = []
    for word in words:
        if any(a.form is None and a.matches(matched) for a in word.alternatives):
            continue
        forms = tuple(a.form for a in word.alternatives if a.form and a.matches(matched))
        if forms:
            found.append((word.text, forms))
    return found


def term_key(term: str) -> str:
    """The key of the file of index terms a term is in: its first KEY_LENGTH characters."""
    return term[:KEY_LENGTH]


def term_keys(text: str, aliases: AliasTable = NO_ALIASES) -> set[str]:
    """Keys of the term files a query needs: its words' terms (other names included), and
    the beginnings of the word being typed (each of its completions begins the same way)."""
    keys = {term_key(term) for word in parse(text, [], aliases) for term in word.terms}
    words = query_words(text)
    if is_typing(text) and words:
        prefixes = (prefix_term(words[-1]), fold(strip_elision(words[-1])))
        keys |= {term_key(prefix) for prefix in prefixes if len(prefix) >= MIN_PREFIX}
    return {key for key in keys if key}


def quoted_phrases(text: str, words: list[Word]) -> list[list[Word]]:
    """The words between each pair of quotes (an open quote runs to the end)."""
    text = normalize(text)[:MAX_QUERY_CHARS]
    segments = split_quotes(text)
    phrases = []
    typing = is_typing(text)
    for number, segment in enumerate(segments):
        if number % 2 == 0:
            continue
        phrase = []
        tokens = tokenize(segment)
        for position, token in enumerate(tokens):
            last = number == len(segments) - 1 and position == len(tokens) - 1
            if typing and last:
                # The word being typed, as parse completed it (unless it skipped it).
                phrase += [words[-1]] if words and words[-1].text == token else []
            elif terms := word_terms(token):
                phrase.append(single(token, terms))
        if len(phrase) > 1:
            phrases.append(phrase)
    return phrases


def search(index, text: str, aliases: AliasTable = NO_ALIASES) -> list[tuple[str, float]]:
    """(ref, score) of the documents matching every word (and quoted phrase), best first.

    Best: words next to each other first, then near each other, then by lunr's score
    (then by ref, for a stable order).
    """
    vocabulary = sorted(index.inverted_index)
    words = parse(text, vocabulary, aliases)
    if not words:
        return []
    query = index.create_query()
    for word in words:
        for term in word.terms:
            query.clause(term, use_pipeline=False, wildcard=Query.WILDCARD_NONE)
    if not query.clauses:
        return []
    phrases = quoted_phrases(text, words)
    fields = index.fields
    ranked = []
    for result in index.query(query):
        metadata = result["match_data"].metadata
        if not all(word.matches(metadata) for word in words):
            continue
        if not all(proximity(phrase, metadata, fields) == ADJACENT for phrase in phrases):
            continue
        ranked.append((-proximity(words, metadata, fields), -result["score"], int(result["ref"])))
    return [(str(ref), -score) for _tier, score, ref in sorted(ranked)]


def explain(index, text: str, aliases: AliasTable = NO_ALIASES) -> dict[str, list]:
    """The expansions behind each result of search() in this index: {ref: expansions}."""
    words = parse(text, sorted(index.inverted_index), aliases)
    terms = {term for word in words for term in word.terms}
    found = {}
    for ref, _score in search(index, text, aliases):
        # The query's terms the document holds in any field: lunr's match data.
        matched = {
            term
            for term in terms
            if any(
                ref in index.inverted_index.get(term, {}).get(field, {}) for field in index.fields
            )
        }
        found[ref] = expansions(words, matched)
    return found
