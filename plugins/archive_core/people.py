"""The curated registry of people (content/people.yml).

In the core because several plugins read it: person_pages gives the people pages,
source_notes refuses a person's name as an outlet, name_aliases' report leaves them out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .curated import read_curated


class RegistryError(ValueError):
    """A registry that cannot be used; the message names the file."""


@dataclass(frozen=True)
class PersonRecord:
    id: str
    name: str
    sort_name: str
    aliases: tuple[str, ...]
    role: str
    description: str
    wikidata: str | None
    # False for a person `make people` detected and no maintainer has registered yet.
    verified: bool = True

    @property
    def forms(self) -> tuple[str, ...]:
        """Every way the texts name this person: the canonical name and the aliases."""
        return (self.name, *self.aliases)


REQUIRED = ("id", "name", "sort_name", "aliases", "role", "description")
WIKIDATA_RE = re.compile(r"^Q\d+$")


def load_registry(path: Path) -> tuple[PersonRecord, ...]:
    """Read the registry, refusing an alias that names two people."""
    entries = read_curated(path, RegistryError, list, "a list of people")
    people, owner = [], {}
    for position, entry in enumerate(entries, start=1):
        missing = [key for key in REQUIRED if entry.get(key) in (None, "")]
        if missing:
            raise RegistryError(f"{path}: entry {position}: missing {', '.join(missing)}")
        wikidata = entry.get("wikidata")
        if wikidata is not None and not WIKIDATA_RE.match(str(wikidata)):
            raise RegistryError(f"{path}: {entry['id']}: bad Wikidata id {wikidata!r}")
        person = PersonRecord(
            id=str(entry["id"]),
            name=str(entry["name"]),
            sort_name=str(entry["sort_name"]),
            aliases=tuple(str(alias) for alias in entry["aliases"]),
            role=str(entry["role"]),
            description=str(entry["description"]).strip(),
            wikidata=wikidata,
        )
        for form in person.forms:
            if owner.setdefault(form, person.id) != person.id:
                raise RegistryError(f"{path}: {form!r} names both {owner[form]} and {person.id}")
        people.append(person)
    return tuple(people)
