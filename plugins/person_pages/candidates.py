"""People the French model finds in the articles that the registry does not know yet.

spaCy's raw PER entities are noisy: elision fragments ("n’", "Poutine s’"), words at the
start of a sentence ("Créer", "Jeudi"), places and organisations ("Washington", "L’Otan"),
and titles ("président Poutine"). Candidates keep only spans of at least two capitalised
words, one of them a proper noun, once titles and elisions are stripped, and that no
registry form covers. They go to a review report, never to a page.
"""

from __future__ import annotations

from dataclasses import dataclass

from archive_core.people import PersonRecord
from archive_core.text import LEADING_ELISION_RE, TRAILING_ELISION_RE, sentence_at

TITLES = frozenset(
    "M. Mme Mlle Me Dr Pr Sir Lord Dame président présidente ministre général générale "
    "secrétaire chancelier chancelière premier première roi reine pape colonel amiral".split()
)
# A person's name has a given name and a surname: single words are too ambiguous
# (places, companies, exercises) to propose without a human.
MIN_NAME_WORDS = 2


@dataclass(frozen=True)
class Candidate:
    name: str
    seed: str
    context: str


def clean_name(text: str) -> str:
    """Strip elided articles, trailing elisions and leading titles from an entity's text."""
    name = TRAILING_ELISION_RE.sub("", LEADING_ELISION_RE.sub("", text.strip()))
    words = name.split()
    while words and words[0] in TITLES:
        words.pop(0)
    return " ".join(words)


def is_plausible_name(entity, name: str) -> bool:
    words = name.split()
    if len(words) < MIN_NAME_WORDS:
        return False
    if not all(word[0].isupper() for word in words if word not in {"de", "du", "van", "von"}):
        return False
    proper = [t for t in entity if t.text in words]
    return any(t.pos_ == "PROPN" for t in proper)


def find_candidates(
    articles: list[tuple[str, list[str]]], records: tuple[PersonRecord, ...]
) -> list[Candidate]:
    """Candidates from (seed name, body blocks) pairs, one per name and seed."""
    from french_nlp import ENTITIES, process

    known = {form for record in records for form in record.forms}
    found: dict[tuple[str, str], Candidate] = {}
    texts = [(seed, block) for seed, blocks in articles for block in blocks]
    for position, doc in process((block for _, block in texts), ENTITIES):
        seed = texts[position][0]
        for entity in doc.ents:
            if entity.label_ != "PER":
                continue
            name = clean_name(entity.text)
            if name in known or any(name in form for form in known):
                continue
            if is_plausible_name(entity, name):
                # A piece's offsets: the context is the sentence in the piece.
                context = sentence_at(doc.text, entity.start_char)
                found.setdefault((name, seed), Candidate(name, seed, context))
    return sorted(found.values(), key=lambda c: (c.name, c.seed))
