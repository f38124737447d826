"""The archive as open data: one record per article, with a fixed list of fields."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from archive_core.dates import is_known
from archive_core.record import record_of

# The fields of a record, in the order the CSV lists them; the JSON has the same keys.
FIELDS = (
    "seed", "url", "title", "date", "date_precision", "date_approximate", "date_evidence",
    "date_source", "author", "translator", "site",
    "source_credit", "original_title", "original_language", "language", "language_confidence",
    "language_source", "people", "topics",
    "headings", "text", "notes", "removed", "raw_url", "words",
    "cited_outlets", "repairs", "lines", "encoding", "line_end", "final_line_end", "credits",
)  # fmt: skip

# The CSV keeps the fields that are one value each; lists live in the JSON only.
LIST_FIELDS = frozenset(
    {
        "people",
        "topics",
        "headings",
        "notes",
        "removed",
        "cited_outlets",
        "repairs",
        "lines",
        "credits",
    }
)
SCALAR_FIELDS = tuple(f for f in FIELDS if f not in LIST_FIELDS)


def build_record(article) -> dict:
    """Return the open-data record of one Pelican article built from a seed."""
    record = record_of(article)
    cleaned = record.cleaned
    meta = cleaned.metadata
    known_date = is_known(meta.date_precision)
    return {
        "seed": cleaned.seed,
        "url": article.url,
        "title": cleaned.title,
        "date": article.date.date().isoformat() if known_date else None,
        "date_precision": meta.date_precision,
        "date_approximate": meta.date_approximate,
        "date_evidence": meta.date_evidence,
        "date_source": meta.date_source,
        "author": meta.author,
        "translator": meta.translator,
        "site": meta.site,
        "source_credit": meta.source_credit,
        "original_title": meta.original_title,
        "original_language": meta.original_language,
        "language": meta.language,
        "language_confidence": meta.language_confidence,
        "language_source": meta.language_source,
        "people": [link_of(person) for person in record.people],
        "topics": [link_of(tag) for tag in record.topics],
        "headings": list(cleaned.headings),
        "text": cleaned.text,
        "notes": [note_of(note) for note in (record.notes.notes if record.notes else ())],
        "removed": [
            {"line": line.number, "text": line.text, "reason": line.reason}
            for line in cleaned.removed
        ],
        "raw_url": record.notes.raw_url if record.notes else None,
        "words": cleaned.words,
        "cited_outlets": [
            outlet_of(outlet) for outlet in (record.notes.cited_outlets if record.notes else ())
        ],
        "repairs": [
            {"line": r.line, "kind": r.kind, "before": r.before, "after": r.after}
            for r in cleaned.repairs
        ],
        # Every line of the seed, in order: with the three fields below, a script can
        # rebuild the seed (tests/test_export.py does) and check it against raw_url.
        "lines": [line_of(line) for line in cleaned.lines],
        "encoding": cleaned.source_format.encoding,
        "line_end": cleaned.source_format.line_end,
        "final_line_end": cleaned.source_format.final_line_end,
        # The registered people the byline and the translator credit name, with their page.
        "credits": [
            {"name": c.person.name, "url": c.person.url, "role": c.role} for c in record.credits
        ],
    }


def line_of(line) -> dict:
    """One line of the seed: its number, class, the rule's reason, the field it feeds, text."""
    return {
        "line": line.number,
        "kind": line.kind.value,
        "reason": line.reason,
        "field": line.field,
        "text": line.text,
    }


def note_of(note) -> dict:
    """Return a note as open data; a correction also says what the source says and should read."""
    data = {
        "number": note.number,
        "kind": note.kind,
        "quote": note.quote,
        "text": note.text,
        "date": note.date,
    }
    if note.kind == "correction":
        data.update(source_says=note.source_says, should_read=note.should_read)
    return data


def outlet_of(outlet) -> dict:
    """An outlet the text cites, with its evidence: the sentence and the rule that found it."""
    return {
        "name": outlet.name,
        "written": outlet.written,
        "rule": outlet.rule,
        "sentence": outlet.sentence,
    }


def link_of(item) -> dict:
    """Return {name, url} of a person or topic page (URL relative to the site root)."""
    return {"name": item.name, "url": item.url}


def to_json(records: Iterable[dict]) -> str:
    """Serialise records deterministically: sorted keys, stable order by seed."""
    ordered = sorted(records, key=lambda record: record["seed"])
    return json.dumps(ordered, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def to_csv(records: Iterable[dict]) -> str:
    """Serialise the scalar fields of the records as CSV (RFC 4180, LF line ends)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=SCALAR_FIELDS, lineterminator="\n")
    writer.writeheader()
    for record in sorted(records, key=lambda record: record["seed"]):
        writer.writerow({name: record[name] for name in SCALAR_FIELDS})
    return buffer.getvalue()


def person_record(person) -> dict:
    """A person as open data: the registry's fields, whether verified, the page, the articles."""
    entry = person.record
    return {
        "verified": entry.verified,
        "id": entry.id,
        "name": entry.name,
        "sort_name": entry.sort_name,
        "aliases": list(entry.aliases),
        "role": entry.role,
        "description": entry.description,
        "wikidata": entry.wikidata,
        "url": person.url,
        "articles": [
            {"url": article.url, "title": article.title, "roles": person.roles_in(article)}
            for article in person.articles
        ],
    }


def topic_record(tag, topic, articles) -> dict:
    """A topic as open data: its id, name, description, page and articles."""
    return {
        "id": topic.id,
        "name": topic.name,
        "description": topic.description,
        "url": tag.url,
        "articles": [{"url": a.url, "title": a.title} for a in articles],
    }
