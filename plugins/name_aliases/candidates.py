"""Organisations and places the French model finds in the articles that the names file lacks.

spaCy's ORG and LOC entities are noisy: elision fragments ("qu’", "L’"), words of page
furniture the cleaner left, articles glued to the name ("la Défense", "L’Otan"), persons
labelled as places. Candidates are the entity texts with leading elisions and articles
stripped, that start with a capital, and whose words, case and accents aside, are no form
of the names file or of the people registry. They go to a report, never to the search.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from archive_core.text import TRAILING_ELISION_RE, fold, sentence_at, strip_elision, tokenize

# spaCy's labels, as the names file's kinds.
KINDS = {"ORG": "organisation", "LOC": "lieu"}
LEADING_RE = re.compile(r"^(?:(?:[LlDd]|[Qq]u|[Jj]usqu|[Ll]orsqu)[’']\s*|(?:[Ll]es?|[Ll]a)\s+)+")
QUOTES_RE = re.compile(r"^[^\w’']+|[^\w’']+$")
EDGE_RE = re.compile(r"^[\W_]+|[\W_]+$")
# A name has at least two letters: "L’" or "s’" alone is an elision fragment.
MIN_LETTERS = 2


@dataclass(frozen=True)
class Candidate:
    name: str  # the spelling the seeds use most
    kind: str
    count: int  # mentions in all the seeds
    seeds: tuple[str, ...]
    example: str  # the sentence of the first mention


def clean_entity(text: str) -> str:
    """'L’Otan' -> 'Otan', 'la Défense' -> 'Défense', '« Kiev »' -> 'Kiev'."""
    name = QUOTES_RE.sub("", text.strip())
    name = LEADING_RE.sub("", TRAILING_ELISION_RE.sub("", name))
    return EDGE_RE.sub("", name)


def name_key(name: str) -> str:
    """A name's words without case, accents and elisions: 'États-Unis' -> 'etats unis'."""
    return " ".join(fold(strip_elision(word)) for word in tokenize(name))


def is_plausible(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= MIN_LETTERS and name[0].isupper()


def find_candidates(articles: list[tuple[str, list[str]]], known: Iterable[str]) -> list[Candidate]:
    """Candidates from (seed name, body blocks) pairs, most mentioned first.

    known: every form of the names file and of the people registry.
    """
    from french_nlp import ENTITIES, process

    known_keys = {name_key(form) for form in known}
    spellings: dict[str, Counter] = defaultdict(Counter)
    kinds: dict[str, Counter] = defaultdict(Counter)
    seeds: dict[str, list[str]] = defaultdict(list)
    examples: dict[str, str] = {}
    texts = [(seed, block) for seed, blocks in articles for block in blocks]
    for position, doc in process((block for _, block in texts), ENTITIES):
        seed = texts[position][0]
        for entity in doc.ents:
            if entity.label_ not in KINDS:
                continue
            name = clean_entity(entity.text)
            key = name_key(name)
            if not key or key in known_keys or not is_plausible(name):
                continue
            spellings[key][name] += 1
            kinds[key][KINDS[entity.label_]] += 1
            if seed not in seeds[key]:
                seeds[key].append(seed)
            examples.setdefault(key, sentence_at(doc.text, entity.start_char))
    candidates = [
        Candidate(
            name=spellings[key].most_common(1)[0][0],
            kind=kinds[key].most_common(1)[0][0],
            count=sum(spellings[key].values()),
            seeds=tuple(seeds[key]),
            example=examples[key],
        )
        for key in spellings
    ]
    return sorted(candidates, key=lambda c: (-c.count, name_key(c.name)))
