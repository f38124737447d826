"""The open-data export: field list, types, CSV, and determinism of the serialisation."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from data_export.records import FIELDS, SCALAR_FIELDS, to_csv, to_json

# field -> accepted JSON types (None stands for null)
FIELD_TYPES = {
    "seed": (str,),
    "url": (str,),
    "title": (str,),
    "date": (str, type(None)),
    "date_precision": (str,),
    "author": (str, type(None)),
    "translator": (str, type(None)),
    "site": (str, type(None)),
    "source_credit": (str, type(None)),
    "original_title": (str, type(None)),
    "original_language": (str, type(None)),
    "language": (str,),
    "people": (list,),
    "topics": (list,),
    "headings": (list,),
    "text": (str,),
    "notes": (list,),
    "removed": (list,),
    "raw_url": (str, type(None)),
    "words": (int,),
}


def test_field_list_is_the_documented_one():
    assert set(FIELDS) == set(FIELD_TYPES)


@pytest.mark.build
def test_export_validates_against_the_field_list(site):
    records = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    assert len(records) == 5
    for record in records:
        assert set(record) == set(FIELD_TYPES), record["seed"]
        for name, types in FIELD_TYPES.items():
            assert isinstance(record[name], types), (record["seed"], name, record[name])
        assert record["date_precision"] in {"day", "month", "year", "unknown"}
        assert (record["date"] is None) == (record["date_precision"] == "unknown")
        if record["date"]:
            assert len(record["date"]) == 10 and record["date"][4] == "-"
        for item in record["people"] + record["topics"]:
            assert set(item) == {"name", "url"}
        for item in record["notes"]:
            assert set(item) == {"kind", "quote", "text"}
        for item in record["removed"]:
            assert set(item) == {"line", "text", "reason"}
        assert all(isinstance(h, str) for h in record["headings"])
        assert not record["url"].startswith("/")
        # Counted independently, on the article page a reader sees.
        assert record["words"] == words_on_page(site / record["url"])


@pytest.mark.build
def test_csv_has_the_scalar_fields_of_every_record(site):
    rows = list(csv.DictReader(io.StringIO((site / "data" / "articles.csv").read_text("utf-8"))))
    records = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    assert [row["seed"] for row in rows] == [r["seed"] for r in records]
    assert tuple(rows[0]) == SCALAR_FIELDS
    for row, record in zip(rows, records, strict=True):
        assert row["title"] == record["title"]
        assert row["words"] == str(record["words"])


def words_on_page(page: Path) -> int:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    body = soup.select_one(".article-body")
    for marker in body.select("sup"):  # note markers are not words of the text
        marker.decompose()
    # Block by block: inside a block, links and marks do not separate words.
    return sum(len(block.get_text().split()) for block in body.find_all(["p", "h2", "h3"]))


def record(seed: str, **values) -> dict:
    base = {name: None for name in FIELDS}
    base.update(seed=seed, people=[], topics=[], headings=[], notes=[], removed=[], words=0)
    base.update(values)
    return base


def test_serialisation_is_deterministic_whatever_the_input_order():
    a, b = record("b.txt", title="Deux"), record("a.txt", title="Un, « guillemets »")
    assert to_json([a, b]) == to_json([b, a])
    assert to_csv([a, b]) == to_csv([b, a])
    assert [r["seed"] for r in json.loads(to_json([a, b]))] == ["a.txt", "b.txt"]
    assert "« guillemets »" in to_json([b])  # French text stays readable, not \u-escaped


def test_csv_quotes_commas_quotes_and_newlines():
    tricky = record("x.txt", title='Titre, "cité"\navec saut')
    rows = list(csv.DictReader(io.StringIO(to_csv([tricky]))))
    assert rows[0]["title"] == 'Titre, "cité"\navec saut'
