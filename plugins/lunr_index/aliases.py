"""Other names of organisations and places, as the search expands them (query.parse).

The build turns content/names.yml (name_aliases) into a table that travels to the browser
in recherche/index.json ("aliases"): one list of forms per entry, canonical name first,
each form with its index terms, and "exact" when the query must write it with the file's
capitals ("US", "Alliance"):

    [[{"terms": ["otan"], "text": "OTAN"}, {"terms": ["nato"], "text": "NATO"},
      {"terms": ["allianc", "atlant"], "text": "Alliance atlantique"},
      {"exact": true, "terms": ["allianc"], "text": "Alliance"}, ...], ...]

A form matches words of the query:
- any case: the words' index terms are the form's terms, in order, stop words of the
  query skipped ("alliance atlantique", "l'Alliance Atlantique", "Kyïv" = "kyiv");
- exact: the words are the form's words with its capitals and accents, an elided article
  allowed before each ("l'Alliance"; never "alliance").

A match expands to the entry's other forms, except exact ones: the index folds case, so
"Alliance" there would find every "alliance" ("NATO" finds OTAN, not the common noun).

search-core.js implements the same matching on the same table: this module is its
executable specification, which tests/test_search_cross.py runs against it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from archive_core.text import APOSTROPHE_RE, ELISION_RE, TOKEN_RE, normalize
from name_aliases import EXACT_CASE, NameRecord, NamesError

from .french import terms


@dataclass(frozen=True)
class AliasForm:
    text: str
    terms: tuple[str, ...]
    # Only for exact forms: the form's words as written, which the query must repeat.
    tokens: tuple[str, ...] = ()

    @property
    def exact(self) -> bool:
        return bool(self.tokens)


@dataclass(frozen=True)
class AliasTable:
    """Every entry's forms, canonical name first, in the order of the names file."""

    entries: tuple[tuple[AliasForm, ...], ...] = ()

    @classmethod
    def from_json(cls, data: Sequence[Sequence[dict]] | None) -> AliasTable:
        """The table as index.json carries it."""
        return cls(
            tuple(
                tuple(
                    AliasForm(
                        form["text"],
                        tuple(form["terms"]),
                        cased_tokens(form["text"]) if form.get("exact") else (),
                    )
                    for form in entry
                )
                for entry in data or ()
            )
        )


NO_ALIASES = AliasTable()


def written(token: str) -> str:
    """A word as written, capitals and accents kept, its apostrophes made ’."""
    return APOSTROPHE_RE.sub("’", token).strip("’")


def cased_tokens(text: str) -> tuple[str, ...]:
    """The words of a text as written."""
    return tuple(written(token) for token in TOKEN_RE.findall(text))


def build_alias_table(records: Sequence[NameRecord], source: Path | str) -> list[list[dict]]:
    """The JSON-ready table of the names file's records (source names the file in errors).

    Refuses a form that the search could not match (only stop words, unless exact) and a
    form two entries share, which a query could not expand to one of them.
    """
    table, owner = [], {}
    for record in records:
        entry = []
        for form in record.forms:
            exact = form.case == EXACT_CASE
            found = tuple(terms(form.text))
            if not found and not exact:
                raise NamesError(
                    f"{source}: {record.id}: {form.text!r} has only stop words: "
                    "a query cannot find it unless it is marked case: exact"
                )
            keys = [("terms", found)] if found else []
            if exact:
                keys.append(("exact", cased_tokens(normalize(form.text))))
            for key in keys:
                other = owner.setdefault(key, record.id)
                if other != record.id:
                    raise NamesError(f"{source}: {form.text!r} names both {other} and {record.id}")
            data = {"text": normalize(form.text), "terms": list(found)}
            if exact:
                data["exact"] = True
            if data not in entry:
                entry.append(data)
        table.append(entry)
    return table


def is_elided_prefix(prefix: str) -> bool:
    """'l’', 'd’', 'qu’'...: an elided article or pronoun before a word."""
    return bool(ELISION_RE.match(prefix.lower() + "x"))


def exact_end(form: AliasForm, cased: Sequence[str], start: int) -> int | None:
    """Where the exact form ends when it starts at the query word `start`."""
    end = start + len(form.tokens)
    if end > len(cased):
        return None
    for token, written in zip(form.tokens, cased[start:end], strict=True):
        if written == token:
            continue
        prefix = written[: len(written) - len(token)]
        if not (written.endswith("’" + token) and is_elided_prefix(prefix)):
            return None
    return end


def any_case_end(form: AliasForm, analysed: Sequence[str | None], start: int) -> int | None:
    """Where the form ends when it starts at the query word `start` (stop words skipped)."""
    position = start
    for number, term in enumerate(form.terms):
        if number:
            while position < len(analysed) and analysed[position] is None:
                position += 1
        if position >= len(analysed) or analysed[position] != term:
            return None
        position += 1
    return position


def match_alias(
    table: AliasTable,
    cased: Sequence[str] | None,
    analysed: Sequence[str | None],
    start: int,
) -> tuple[int, int, int] | None:
    """(entry, form, end) of the longest form starting at the query word `start`.

    cased: the query's words as written (None when they cannot be paired with the
    lower-case words: exact forms then never match); analysed: each word's index term,
    None for a stop word. Ties go to the first entry and form of the file.
    """
    best = None
    for number, entry in enumerate(table.entries):
        for position, form in enumerate(entry):
            if form.exact:
                end = exact_end(form, cased, start) if cased is not None else None
            else:
                end = any_case_end(form, analysed, start)
            if end is not None and (best is None or end > best[2]):
                best = (number, position, end)
    return best
