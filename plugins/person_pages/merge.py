"""One person per name: the forms of a name merged within an article, then across the archive.

Within an article, a full name and its shorter forms are one person: « Jens Stoltenberg »,
« M. Stoltenberg » (titles are stripped before) and « Stoltenberg »; « Cavo Dragone » and
« Giuseppe Cavo Dragone ». A surname alone goes to the full name of the same article that
ends with it, or, when the article names no such full name, to the one person of the
archive whose full name ends with it (none, or two: it is dropped).
Across articles, full names are one person when they fold to the same words (case,
accents, hyphens: « Viktor Orban » and « Viktor Orbán ») or one ends with the other.
A name the registry knows (its name or an alias) is the registry's person, never a
detected one. Everything here is pure and sorted, so the same input gives the same output.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from archive_core.people import PersonRecord
from archive_core.text import fold_name as fold

from .detected import DetectedPerson, SeedHit

Group = tuple[str, ...]  # the forms of one person in one article, sorted


@dataclass(frozen=True)
class SeedPeople:
    """The people found in one seed: each a group of the forms the article uses."""

    seed: str
    hash: str
    groups: tuple[Group, ...]


@dataclass
class Merged:
    """Detected people for the file, and the registry's people found in each seed."""

    people: list[DetectedPerson] = field(default_factory=list)
    registered: dict[str, set[str]] = field(default_factory=dict)  # seed -> registry ids


def words_of(form: str) -> list[str]:
    return fold(form).split()


def is_full(form: str) -> bool:
    return len(form.split()) >= 2


def ends_with(longer: str, shorter: str) -> bool:
    """True when shorter's folded words end longer's: "Giuseppe Cavo Dragone", "Dragone"."""
    long_words, short_words = words_of(longer), words_of(shorter)
    if not 0 < len(short_words) <= len(long_words):
        return False
    return long_words[-len(short_words) :] == short_words


def link_full_names(forms: Iterable[str]) -> list[set[str]]:
    """Full names grouped: same folded words, or one ending the other."""
    groups: list[set[str]] = []
    for form in sorted(set(forms), key=lambda f: (-len(f.split()), f)):
        home = next((g for g in groups if any(ends_with(member, form) for member in g)), None)
        if home is None:
            groups.append({form})
        else:
            home.add(form)
    return groups


def merge_article(forms: Iterable[str]) -> tuple[Group, ...]:
    """The forms of one article's person entities grouped by person, sorted."""
    forms = set(forms)
    groups = link_full_names(f for f in forms if is_full(f))
    lone = []
    for single in sorted(f for f in forms if not is_full(f)):
        homes = [g for g in groups if any(ends_with(member, single) for member in g)]
        if len(homes) == 1:
            homes[0].add(single)
        elif not homes:
            lone.append({single})
        # Two full names end with it ("Joe Biden", "Hunter Biden"): whose it is is unknown.
    return tuple(sorted(tuple(sorted(group)) for group in [*groups, *lone]))


def slug_of(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def canonical_name(form_seeds: Counter[str]) -> str:
    """The full form with most words, then seen in most seeds, then with most accents."""
    full = [form for form in form_seeds if is_full(form)]
    return min(
        full,
        key=lambda f: (-len(f.split()), -form_seeds[f], -sum(not c.isascii() for c in f), f),
    )


def merge_archive(
    seeds: Iterable[SeedPeople],
    registry: tuple[PersonRecord, ...] = (),
    rejected: Iterable[str] = (),
) -> Merged:
    """Detected people of the whole archive, from every seed's groups."""
    owner = {fold(form): record.id for record in registry for form in record.forms}
    refused = {fold(name) for name in rejected}
    merged = Merged()
    hits: list[tuple[str, str, set[str]]] = []  # (seed, hash, forms) of unregistered people
    for found in sorted(seeds, key=lambda s: s.seed):
        merged.registered.setdefault(found.seed, set())
        for group in found.groups:
            forms = {form for form in group if fold(form) not in refused}
            full = [f for f in forms if is_full(f)]
            known = sorted(owner[fold(f)] for f in (full or forms) if fold(f) in owner)
            if known:
                merged.registered[found.seed].add(known[0])
            elif forms:
                hits.append((found.seed, found.hash, forms))
    # Full names across the archive: one person per linked set of full names.
    people = link_full_names(f for _, _, forms in hits for f in forms if is_full(f))
    by_form = {fold(form): index for index, group in enumerate(people) for form in group}
    members: list[list[tuple[str, str, set[str]]]] = [[] for _ in people]
    for seed, digest, forms in hits:
        full = sorted((f for f in forms if is_full(f)), key=lambda f: (-len(f.split()), f))
        if full:
            members[by_form[fold(full[0])]].append((seed, digest, forms))
            continue
        # A surname alone: the one person whose full name ends with it, if only one.
        homes = {
            index
            for index, group in enumerate(people)
            if any(ends_with(member, form) for member in group for form in forms)
        }
        if len(homes) == 1:
            members[homes.pop()].append((seed, digest, forms))
    merged.people = people_of(members)
    return merged


def people_of(members: list[list[tuple[str, str, set[str]]]]) -> list[DetectedPerson]:
    """A DetectedPerson per group of hits: its canonical name, forms, id and seeds."""
    surnames = Counter(
        fold(form)
        for hits in members
        for form in {f for _, _, forms in hits for f in forms if not is_full(f)}
    )
    people, ids = [], Counter()
    for hits in sorted(members, key=lambda h: sorted(f for _, _, fs in h for f in fs)):
        if not hits:
            continue
        form_seeds = Counter(f for _, _, forms in hits for f in forms)
        # A surname two people use would link each mention to the wrong one half the time.
        forms = sorted(f for f in form_seeds if is_full(f) or surnames[fold(f)] == 1)
        name = canonical_name(form_seeds)
        slug = slug_of(name)
        ids[slug] += 1
        by_seed: dict[tuple[str, str], set[str]] = {}
        for seed, digest, seed_forms in hits:
            by_seed.setdefault((seed, digest), set()).update(f for f in seed_forms if f in forms)
        seeds = tuple(
            SeedHit(seed, digest, tuple(sorted(seed_forms)))
            for (seed, digest), seed_forms in sorted(by_seed.items())
            if seed_forms
        )
        person_id = slug if ids[slug] == 1 else f"{slug}-{ids[slug]}"
        people.append(DetectedPerson(person_id, name, tuple(forms), seeds))
    return sorted(people, key=lambda person: person.id)
