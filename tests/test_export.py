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
    "date_approximate": (bool,),
    "date_evidence": (str, type(None)),
    "date_source": (str,),
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
        assert record["date_source"] in {"text", "notes", "unknown"}
        assert (record["date_source"] == "unknown") == (record["date_precision"] == "unknown")
        assert not record["date_approximate"] or record["date_source"] == "notes"
        for item in record["notes"]:
            common = {"number", "kind", "quote", "text", "date"}
            correction = {"source_says", "should_read"}
            assert set(item) == (common | correction if item["kind"] == "correction" else common)
            assert item["date"] is None or len(item["date"]) == 10
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


@pytest.mark.build
def test_dates_say_where_they_come_from_and_notes_carry_their_dates(site):
    from conftest import ROOT
    from seed_reader.notes import load_notes

    records = {r["seed"]: r for r in json.loads((site / "data" / "articles.json").read_text())}
    inferred = records["004_45da432d08c8721d.txt"]
    assert inferred["date_source"] == "notes" and inferred["date_approximate"] is True
    assert inferred["date_evidence"].startswith("Jens Stoltenberg annonce « mardi »")
    for seed, record in records.items():
        notes = load_notes(ROOT / "content" / "notes" / seed.replace(".txt", ".yml")).notes
        expected = sorted(
            (n.date, n.source_says, n.should_read) for n in notes if n.kind == "correction"
        )
        exported = sorted(
            (n["date"], n["source_says"], n["should_read"])
            for n in record["notes"]
            if n["kind"] == "correction"
        )
        assert exported == expected, seed
        assert sorted(n["number"] for n in record["notes"]) == list(range(1, len(notes) + 1))
