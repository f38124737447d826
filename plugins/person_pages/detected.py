"""The detected-people file (content/people-detected.yml): what `make people` found, reviewed.

`make people` writes it, a maintainer reviews it like any content, the build only reads it:

    people:                      one entry per person the registry lacks, sorted by id
      - id: mark-rutte
        name: Mark Rutte         the canonical name (the full form seen in most seeds)
        forms: [Mark Rutte, Rutte]
        seeds:                   where the model found them, with each seed's hash
          - {seed: a.txt, hash: 0123456789abcdef, forms: [Mark Rutte, Rutte]}
    scanned: {a.txt: 0123456789abcdef}   every seed scanned, with the hash it had then
    rejected: [Steadfast Noon]   names a maintainer removed for good: never written back

A seed is keyed by the hash of its bytes: a seed whose bytes change is scanned again.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from archive_core.people import PersonRecord
from archive_core.text import fold_name as fold

# 16 hex digits (64 bits) of SHA-256: short enough to read in a diff, and a collision
# between two versions of one seed is out of reach for an archive of any size.
HASH_DIGITS = 16
HASH_RE = re.compile(rf"^[0-9a-f]{{{HASH_DIGITS}}}$")

HEADER = """\
# People named in the seeds that content/people.yml lacks, found by `make people`
# (spaCy's French model on the cleaned text; see docs/people.md). Each gets a person page
# marked « Fiche non vérifiée » until content/people.yml holds them.
# Review it like any content. To remove a false one for good, add its name (or one of
# its forms) to `rejected:`; `make people` keeps that list and never writes those names
# back. Everything else is rewritten by `make people`: comments are not kept.
"""

# What a detected person's page says in place of the registry's role and description.
UNVERIFIED_ROLE = "Rôle non renseigné"
UNVERIFIED_DESCRIPTION = (
    "Personne nommée dans les articles et détectée automatiquement : elle ne figure pas "
    "dans le registre relu de l’archive, et son nom peut être mal reconnu."
)


class DetectedError(ValueError):
    """A detected-people file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class SeedHit:
    """One seed where a person was found, with the seed's hash and the forms it uses."""

    seed: str
    hash: str
    forms: tuple[str, ...]


@dataclass(frozen=True)
class DetectedPerson:
    id: str
    name: str
    forms: tuple[str, ...]
    seeds: tuple[SeedHit, ...]


@dataclass(frozen=True)
class DetectedFile:
    people: tuple[DetectedPerson, ...] = ()
    scanned: dict[str, str] = field(default_factory=dict)  # seed name -> hash
    rejected: tuple[str, ...] = ()


def seed_hash(data: bytes) -> str:
    """The content hash a seed is keyed by."""
    return hashlib.sha256(data).hexdigest()[:HASH_DIGITS]


def load_detected(path: Path) -> DetectedFile:
    """Read the file; a missing file is an empty one (nothing scanned yet)."""
    if not path.exists():
        return DetectedFile()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        people = tuple(
            DetectedPerson(
                id=str(entry["id"]),
                name=str(entry["name"]),
                forms=tuple(str(form) for form in entry["forms"]),
                seeds=tuple(
                    SeedHit(str(hit["seed"]), str(hit["hash"]), tuple(map(str, hit["forms"])))
                    for hit in entry["seeds"]
                ),
            )
            for entry in data.get("people") or []
        )
        scanned = {str(seed): str(digest) for seed, digest in (data.get("scanned") or {}).items()}
        rejected = tuple(str(name) for name in data.get("rejected") or [])
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as error:
        raise DetectedError(f"{path}: {error!r}") from None
    bad = [seed for seed, digest in scanned.items() if not HASH_RE.match(digest)]
    if bad:
        raise DetectedError(f"{path}: bad hash for {', '.join(bad)}")
    return DetectedFile(people, scanned, rejected)


def dump_detected(detected: DetectedFile) -> str:
    """The file's text: sorted and stable, so unchanged seeds give the same bytes."""
    people = [
        {
            "id": person.id,
            "name": person.name,
            "forms": list(person.forms),
            "seeds": [
                {"seed": hit.seed, "hash": hit.hash, "forms": list(hit.forms)}
                for hit in sorted(person.seeds, key=lambda hit: hit.seed)
            ],
        }
        for person in sorted(detected.people, key=lambda person: person.id)
    ]
    lists = {
        "scanned": dict(sorted(detected.scanned.items())),
        "rejected": sorted(set(detected.rejected), key=str.casefold),
    }
    # Lists of forms and seed hits on one line each; the maps below, a line per entry.
    body = yaml.safe_dump(
        {"people": people}, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=None
    ) + yaml.safe_dump(lists, allow_unicode=True, sort_keys=False, width=1000)
    return HEADER + body


def sort_name_of(name: str) -> str:
    """ "Surname, Given names" from a full name: the last word is taken as the surname."""
    words = name.split()
    return f"{words[-1]}, {' '.join(words[:-1])}" if len(words) > 1 else name


def unverified_records(
    detected: DetectedFile, registry: tuple[PersonRecord, ...]
) -> tuple[PersonRecord, ...]:
    """Person records for the build: detected people the registry lacks, rejected ones out.

    A detected person whose id or name is the registry's is left to the registry (once a
    maintainer registers someone, the registry entry is the page); a form the registry or
    another person owns is dropped ("Biden" of a detected "Hunter Biden"), so every form
    names one person.
    """
    taken = {fold(form) for record in registry for form in record.forms}
    ids = {record.id for record in registry}
    rejected = {fold(name) for name in detected.rejected}
    records = []
    for person in sorted(detected.people, key=lambda person: person.id):
        forms = [form for form in person.forms if fold(form) not in rejected]
        if person.id in ids or fold(person.name) in rejected or fold(person.name) in taken:
            continue
        forms = [form for form in forms if fold(form) not in taken]
        taken.update(fold(form) for form in forms)
        ids.add(person.id)
        records.append(
            PersonRecord(
                id=person.id,
                name=person.name,
                sort_name=sort_name_of(person.name),
                aliases=tuple(form for form in forms if form != person.name),
                role=UNVERIFIED_ROLE,
                description=UNVERIFIED_DESCRIPTION,
                wikidata=None,
                verified=False,
            )
        )
    return tuple(records)
