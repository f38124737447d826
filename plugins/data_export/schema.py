"""The published description of data/articles.json: a JSON Schema, and a README made from it.

The export is validated against this schema by the tests, so the description readers get
(data/articles.schema.json, data/README.md) is the one the data keeps.
"""

from __future__ import annotations

import json

STRING = {"type": "string"}
NULLABLE_STRING = {"type": ["string", "null"]}
LINK = {
    "type": "object",
    "required": ["name", "url"],
    "additionalProperties": False,
    "properties": {"name": STRING, "url": STRING},
}

# field -> (JSON Schema of the value, what it means)
ARTICLE_FIELDS: dict[str, tuple[dict, str]] = {
    "seed": (STRING, "the seed's file name (seeds/<seed>)"),
    "url": (STRING, "the article page, relative to the site root"),
    "title": (STRING, "the title, as the page shows it"),
    "date": ({"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"},
             "publication date (YYYY-MM-DD; the first day of the month or year when only "
             "those are known), null when unknown"),
    "date_precision": ({"enum": ["day", "month", "year", "unknown"]}, "how much of the date is known"),
    "date_approximate": ({"type": "boolean"}, "the date was inferred from the events the text mentions"),
    "date_evidence": (NULLABLE_STRING, "why this date: the line that states it, or the editor's reasoning"),
    "date_source": ({"enum": ["text", "notes", "unknown"]}, "where the date comes from"),
    "author": (NULLABLE_STRING, "the byline as the page writes it"),
    "translator": (NULLABLE_STRING, "the translator credited by the page"),
    "site": (NULLABLE_STRING, "the outlet's name as the page shows it, else its domain"),
    "source_credit": (NULLABLE_STRING, "the source the text credits (an agency, an original outlet)"),
    "original_title": (NULLABLE_STRING, "the title in the original language, for a translation"),
    "original_language": (NULLABLE_STRING, "ISO 639-1 code of the original language"),
    "language": (STRING, "ISO 639-1 code of the text (title and body): fr unless shown otherwise"),
    "language_confidence": ({"type": ["number", "null"], "minimum": 0, "maximum": 1},
                            "the language detector's probability for that language, null when "
                            "the editor set the language"),
    "language_source": ({"enum": ["text", "notes", "unknown"]},
                        "where the language comes from: detected on the text, set by the "
                        "editor, or unknown (too unsure or no text: the archive's French)"),
    "people": ({"type": "array", "items": LINK}, "people the body names (registered or detected), first mention first"),
    "topics": ({"type": "array", "items": LINK}, "topics assigned to the article"),
    "headings": ({"type": "array", "items": STRING}, "section headings of the body"),
    "text": (STRING, "the cleaned body, blocks separated by blank lines"),
    "notes": ({"type": "array", "items": {"type": "object"}},
              "editor's notes: number, kind, quote, text, date; corrections add source_says "
              "and should_read"),
    "removed": ({"type": "array", "items": {"type": "object", "required": ["line", "text", "reason"]}},
                "lines removed from the body, with their reason"),
    "raw_url": (NULLABLE_STRING, "the raw seed, byte for byte, relative to the site root"),
    "words": ({"type": "integer", "minimum": 0}, "words of the cleaned body"),
    "cited_outlets": ({"type": "array", "items": {
        "type": "object",
        "required": ["name", "written", "rule", "sentence"],
        "additionalProperties": False,
        "properties": {
            "name": STRING,
            "written": STRING,
            "rule": {"enum": ["known", "introduced"]},
            "sentence": STRING,
        },
    }}, "outlets the text cites, first citation first: name (content/names.yml's for a known "
        "outlet), written (as the text writes it), rule (known: a medium of content/names.yml; "
        "introduced: the text presents it as one, « selon le quotidien X »), and the sentence "
        "of its first citation"),
    "repairs": ({"type": "array", "items": {"type": "object", "required": ["line", "kind", "before", "after"]}},
                "changes the cleaning made to the wording, with the source's form"),
    "lines": ({"type": "array", "items": {
        "type": "object",
        "required": ["line", "kind", "reason", "field", "text"],
        "additionalProperties": False,
        "properties": {
            "line": {"type": "integer", "minimum": 1},
            "kind": {"enum": ["paragraph", "heading", "metadata", "removed", "blank"]},
            "reason": STRING,
            "field": NULLABLE_STRING,
            "text": STRING,
        },
    }}, "every line of the seed, in order, with its class, the rule's reason and the "
        "metadata field it feeds: joined with line_end they give back the seed's text"),
    "encoding": ({"enum": ["utf-8", "utf-8-sig", "utf-16", "cp1252"]},
                 "the seed's encoding (utf-8-sig: UTF-8 with a byte-order mark)"),
    "line_end": ({"enum": ["lf", "crlf", "cr", "mixed", "none"]},
                 "the seed's line ends (mixed: only the text can be restored, not the bytes)"),
    "final_line_end": ({"type": "boolean"}, "whether the seed's last line ends with a line end"),
    "credits": ({"type": "array", "items": {"type": "object", "required": ["name", "url", "role"]}},
                "registered people the byline and translator credit name: name, page url, role "
                "(auteur, traduction)"),
}  # fmt: skip

ARTICLES_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "data/articles.json",
    "description": "One record per article of the archive, sorted by seed file name.",
    "type": "array",
    "items": {
        "type": "object",
        "required": list(ARTICLE_FIELDS),
        "additionalProperties": False,
        "properties": {
            name: {**schema, "description": meaning}
            for name, (schema, meaning) in ARTICLE_FIELDS.items()
        },
    },
}


def schema_json() -> str:
    return json.dumps(ARTICLES_SCHEMA, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def readme_markdown() -> str:
    rows = "\n".join(f"| `{name}` | {meaning} |" for name, (_, meaning) in ARTICLE_FIELDS.items())
    return f"""# Données de l’archive / Archive data

- `articles.json`: one record per article (fields below); validated against
  `articles.schema.json` (JSON Schema 2020-12).
- `articles.csv`: the fields that are one value each.

Every line of every seed is in `lines`: joining their texts with the line end named by
`line_end` (lf: \\n, crlf: \\r\\n, cr: \\r), plus a final one when `final_line_end` is true,
gives back the seed's text; encoding it with `encoding` gives back its bytes, published
at `raw_url`.

| field | meaning |
| --- | --- |
{rows}

`people.json`: every person with a page: `id`, `name`, `sort_name`, `aliases`,
`role`, `description`, `wikidata` (an id or null), `verified` (true for a person of the
curated registry, false for one `make people` detected and no one has checked yet), `url`
(their page), and `articles` (`url`, `title`, `roles`: auteur, traduction, mentionné).

`topics.json`: every topic with articles: `id`, `name`, `description`, `url` (its page),
and `articles` (`url`, `title`).
"""
