"""The curated other names of organisations, places and media (content/names.yml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from archive_core.curated import read_curated


class NamesError(ValueError):
    """A names file that cannot be used; the message names the file and the entry."""


# A média entry is a news outlet or agency: source_notes lists it as an outlet the text
# cites; an organisation or a lieu is never one (plugins/source_notes/outlets.py).
MEDIA = "média"
KINDS = ("organisation", "lieu", MEDIA)
# How a form must be written in a query to be expanded: ANY_CASE ignores capitals,
# accents and elisions ("kyiv", "l'otan"); EXACT_CASE needs the capitals of the file
# ("US", "Alliance"), for forms that are also common French words ("us", "alliance").
ANY_CASE = "any"
EXACT_CASE = "exact"
ENTRY_KEYS = frozenset({"id", "name", "kind", "aliases", "wikidata"})
REQUIRED = ("id", "name", "kind", "aliases")
ALIAS_KEYS = frozenset({"form", "case"})
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
WIKIDATA_RE = re.compile(r"^Q\d+$")
# A form needs at least one letter or digit to be found in a query.
WORD_RE = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class Form:
    """One way of writing an entry's name, and how a query must write it to be expanded."""

    text: str
    case: str = ANY_CASE


@dataclass(frozen=True)
class NameRecord:
    id: str
    name: str
    kind: str
    aliases: tuple[Form, ...]
    wikidata: str | None

    @property
    def forms(self) -> tuple[Form, ...]:
        """The canonical name first, then the aliases."""
        return (Form(self.name), *self.aliases)


def load_names(path: Path) -> tuple[NameRecord, ...]:
    """Read the names file, refusing unknown keys, bad values and duplicate ids."""
    entries = read_curated(path, NamesError, list, "a list of organisations, places and media")
    records, ids = [], set()
    for position, entry in enumerate(entries, start=1):
        record = parse_entry(entry, f"{path}: entry {position}")
        if record.id in ids:
            raise NamesError(f"{path}: entry {position}: id {record.id!r} is used twice")
        ids.add(record.id)
        records.append(record)
    return tuple(records)


def parse_entry(entry, where: str) -> NameRecord:
    if not isinstance(entry, dict):
        raise NamesError(f"{where}: expected a mapping with {', '.join(REQUIRED)}")
    if "id" in entry:
        where = f"{where} ({entry['id']})"
    unknown = sorted(set(map(str, entry)) - ENTRY_KEYS)
    if unknown:
        raise NamesError(f"{where}: unknown key(s) {', '.join(unknown)}")
    missing = [key for key in REQUIRED if entry.get(key) in (None, "")]
    if missing:
        raise NamesError(f"{where}: missing {', '.join(missing)}")
    if not ID_RE.match(str(entry["id"])):
        raise NamesError(f"{where}: id must be a slug (a-z, 0-9, hyphens)")
    if entry["kind"] not in KINDS:
        raise NamesError(f"{where}: kind {entry['kind']!r} is not one of {', '.join(KINDS)}")
    wikidata = entry.get("wikidata")
    if wikidata is not None and not WIKIDATA_RE.match(str(wikidata)):
        raise NamesError(f"{where}: bad Wikidata id {wikidata!r}")
    if not isinstance(entry["aliases"], list):
        raise NamesError(f"{where}: aliases must be a list")
    name = parse_text(entry["name"], f"{where}: name")
    aliases = tuple(
        parse_alias(alias, f"{where}: alias {number}")
        for number, alias in enumerate(entry["aliases"], start=1)
    )
    return NameRecord(str(entry["id"]), name, entry["kind"], aliases, wikidata)


def parse_alias(alias, where: str) -> Form:
    if isinstance(alias, dict):
        unknown = sorted(set(map(str, alias)) - ALIAS_KEYS)
        if unknown:
            raise NamesError(f"{where}: unknown key(s) {', '.join(unknown)}")
        case = alias.get("case", ANY_CASE)
        if case not in (ANY_CASE, EXACT_CASE):
            raise NamesError(f"{where}: case {case!r} is not {ANY_CASE} or {EXACT_CASE}")
        return Form(parse_text(alias.get("form"), where), case)
    return Form(parse_text(alias, where))


def parse_text(value, where: str) -> str:
    if not isinstance(value, str) or not WORD_RE.search(value):
        raise NamesError(f"{where}: {value!r} is not a name (a text with a letter or digit)")
    return value.strip()
