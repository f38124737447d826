"""Evidence that a person entity of the French model is not a person, one kind per rule.

The model tags as PER words that are not people, in kinds that recur: a common French
word at the start of a sentence ("Jeudi", "Réunis"), a name cut short ("Hamish de",
"Bretton" of "Bretton-Gordon"), a thing named like a person (a missile, an aircraft, a
ship, a pipeline, an exercise, a building: "missiles Patriot", "avions Gripen",
"auditorium Andrew W. Mellon") and an organisation or a place ("L’Agence", "Bloomberg").
Each rule reads the entity and the words around it; `rejection_of` names the first
that holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from archive_core.text import CAPITAL

# Lowercase words inside a name ("Hamish de Bretton-Gordon", "Ursula von der Leyen").
PARTICLES = frozenset("de du des d’ d' von van der den da del della di ben bin al el le la".split())
# Common nouns that put a name on a thing, not a person: weapons and vehicles, ships,
# infrastructure, exercises and operations, buildings and prizes. A name right after
# one ("les batteries Patriot", "le gazoduc Balticconnector") names that thing.
THING_NOUNS = frozenset(
    """
    missile missiles antimissile antimissiles anti-missile anti-missiles système systèmes
    batterie batteries char chars blindé blindés obus roquette roquettes lance-roquettes
    drone drones avion avions chasseur chasseurs bombardier bombardiers hélicoptère
    hélicoptères appareil appareils ogive ogives torpille torpilles fusil fusils canon canons
    navire navires bateau bateaux cargo cargos pétrolier pétroliers frégate frégates
    sous-marin sous-marins porte-avions destroyer croiseur vaisseau brise-glace
    gazoduc gazoducs oléoduc oléoducs câble câbles pipeline pipelines satellite satellites
    exercice exercices opération opérations manœuvre manœuvres mission programme plan
    auditorium salle aéroport rue avenue boulevard place pont centre musée fondation prix
    université institut hôpital base stade palais gare
    """.split()
)
# Articles before a name make it a thing's ("le Yi Peng 3"); "de" is left out: "la
# Hongrie de Viktor Orban". An elided "l’" may belong to a title the name follows.
THING_ARTICLES = frozenset("le la les du des au aux".split())
# First words of an organisation's name; a name that starts with one is no person.
ORGANISATION_HEADS = frozenset(
    """
    Agence Ministère Comité Conseil Commission Fondation Institut Université Parlement
    Assemblée Sénat Gouvernement Parti Armée Forces Banque Groupe Société Compagnie Union
    Organisation Alliance Otan OTAN Kremlin Pentagone Élysée
    """.split()
)
# Words that end an organisation's name in the languages the articles quote:
# "Africa Corps", "Wagner Group", "Azov Brigade".
ORGANISATION_TAILS = frozenset(
    """
    Corps Group Groupe Brigade Bataillon Battalion Regiment Régiment Command Company
    Foundation Institute Agency Forces Army Navy Party Inc Ltd
    """.split()
)
WORD_RE = re.compile(r"[\w-]+")
CLAUSE_BREAK_RE = re.compile(r"[,;:.!?()]")
HYPHENS = "-‑"
# Articles and prepositions a place or an office takes, and a given name never does.
ARTICLES = frozenset("le la les l de du des d au aux".split())
# How far back the rules look for the words before an entity.
CONTEXT_WORDS_CHARS = 60
# A word of a name: a capital first (or a particle), then anything.
NAME_WORD_RE = re.compile(rf"^[{CAPITAL}]")


@dataclass(frozen=True)
class Entity:
    """A person entity as the rules see it: the name (titles and elisions stripped) and
    the text of its paragraph just before and just after the entity's span."""

    name: str
    before: str
    after: str


@dataclass(frozen=True)
class Known:
    """What the archive already knows, casefolded: organisations and places
    (content/names.yml), and single words known as people's names (the registry's
    surnames, "poutine"), which the common-word rule leaves alone."""

    organisations: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()


def is_not_capitalised(entity: Entity, _known: Known) -> bool:
    """A word other than a particle that is not capitalised: "letton de la Défense"."""
    words = entity.name.split()
    return not words or any(
        not NAME_WORD_RE.match(word) and word not in PARTICLES for word in words
    )


def is_common_word(entity: Entity, known: Known) -> bool:
    """A single word that French lists as a word ("Jeudi", "Créer", "Marin"), or nothing."""
    from french_nlp import load_lexicon

    words = entity.name.split()
    if len(words) != 1:
        return False
    return words[0].casefold() not in known.names and load_lexicon().is_word(words[0].casefold())


def is_cut_short(entity: Entity, _known: Known) -> bool:
    """Part of a longer name: ends on a particle, or the text goes on with a name's part."""
    if entity.name.split()[-1] in PARTICLES:
        return True
    # Inside a word or a compound: "Bretton" + "-Gordon", "Varsovie-" + "Chopin".
    if is_joined(entity.after[:2]) or is_joined(entity.before[-2:][::-1]):
        return True
    # "Hamish de " + "Bretton Gordon": a given name and a particle begin the name before
    # the entity. A given name takes no article: "la Hongrie de Viktor Orban" is no name.
    previous = WORD_RE.findall(entity.before[-CONTEXT_WORDS_CHARS:])
    return (
        len(previous) >= 2
        and previous[-1] in PARTICLES
        and bool(NAME_WORD_RE.match(previous[-2]))
        and (len(previous) < 3 or previous[-3].casefold() not in ARTICLES)
    )


def is_joined(pair: str) -> bool:
    """True when the two characters next to an entity (nearest first) go on with a word."""
    return bool(pair) and (pair[0].isalnum() or (pair[0] in HYPHENS and pair[1:2].isalpha()))


def is_named_thing(entity: Entity, _known: Known) -> bool:
    """A thing's name: after a noun of a kind of thing ("missiles Patriot", "gazoduc X"),
    after an article ("le Yi Peng 3": French names a person without one), or quoted
    alone between guillemets (« Steadfast Noon »: an exercise, an operation)."""
    # The words since the last punctuation: in "la liste du centre, soutenue par Gérard
    # Collomb" the centre names nothing.
    clause = CLAUSE_BREAK_RE.split(entity.before[-CONTEXT_WORDS_CHARS:])[-1]
    previous = WORD_RE.findall(clause.casefold())
    # "avions de combat Gripen"; but "l’avion de Joe Biden" is his, not named after him.
    if previous and previous[-1] not in ("de", "d") and THING_NOUNS & set(previous[-3:]):
        return True
    if previous and previous[-1] in THING_ARTICLES and not entity.before.rstrip().endswith("’"):
        return True
    return entity.before.rstrip().endswith("«") and entity.after.lstrip().startswith("»")


def is_organisation(entity: Entity, known: Known) -> bool:
    """An organisation's name ("Agence ...") or a curated organisation or place name."""
    words = entity.name.split()
    return (
        words[0] in ORGANISATION_HEADS
        or words[-1] in ORGANISATION_TAILS
        or entity.name.casefold() in known.organisations
    )


# The rules in the order they are tried, each with the reason `make people` reports.
Rule = Callable[[Entity, Known], bool]
RULES: tuple[tuple[str, Rule], ...] = (
    ("not-capitalised", is_not_capitalised),
    ("organisation", is_organisation),
    ("common-word", is_common_word),
    ("cut-short", is_cut_short),
    ("named-thing", is_named_thing),
)


def rejection_of(entity: Entity, known: Known = Known()) -> str | None:
    """The reason the entity is no person, or None when no rule holds."""
    for reason, rule in RULES:
        if rule(entity, known):
            return reason
    return None
