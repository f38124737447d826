"""The open-data export: field list, types, CSV, and determinism of the serialisation."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
from bs4 import BeautifulSoup
from conftest import SEEDS
from data_export.records import FIELDS, SCALAR_FIELDS, to_csv, to_json
from data_export.schema import ARTICLE_FIELDS
from seed_reader.reasons import removal_label


def test_every_field_is_described_in_the_published_schema():
    assert list(FIELDS) == list(ARTICLE_FIELDS)


@pytest.mark.build
def test_export_validates_against_its_published_schema(site):
    records = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    schema = json.loads((site / "data" / "articles.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(records, schema)
    readme = (site / "data" / "README.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in readme for name in FIELDS)
    assert sorted(r["seed"] for r in records) == sorted(p.name for p in SEEDS.glob("*.txt"))
    broken = [dict(records[0], words="many")]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)
    # The schema holds each field's type, enum and pattern; what follows ties fields together.
    for record in records:
        assert (record["date"] is None) == (record["date_precision"] == "unknown")
        assert (record["date_source"] == "unknown") == (record["date_precision"] == "unknown")
        assert not record["date_approximate"] or record["date_source"] == "notes"
        for item in record["notes"]:
            common = {"number", "kind", "quote", "text", "date"}
            correction = {"source_says", "should_read"}
            assert set(item) == (common | correction if item["kind"] == "correction" else common)
            assert item["date"] is None or len(item["date"]) == 10
        for item in record["removed"]:
            assert set(item) == {"line", "text", "reason"}
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


@pytest.mark.build
def test_every_seed_is_rebuilt_from_the_export_line_for_line_and_byte_for_byte(site):
    records = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    for record in records:
        raw = (site / record["raw_url"]).read_bytes()
        assert raw == (SEEDS / record["seed"]).read_bytes()
        assert [line["line"] for line in record["lines"]] == list(
            range(1, len(record["lines"]) + 1)
        )
        end = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}[record["line_end"]]
        text = end.join(line["text"] for line in record["lines"])
        text += end if record["final_line_end"] else ""
        assert text.encode(record["encoding"]) == raw, record["seed"]
        # The removed lines the data gives are those the article page shows its readers,
        # under their reasons' labels (rendered apart, by the theme from the notes).
        assert removed_on_page(site / record["url"]) == [
            (item["line"], removal_label(item["reason"]).capitalize())
            for item in sorted(record["removed"], key=lambda item: item["line"])
        ], record["seed"]
        by_number = {line["line"]: line for line in record["lines"]}
        for item in record["removed"]:
            assert by_number[item["line"]]["text"] == item["text"]


def removed_on_page(page: Path) -> list[tuple[int, str]]:
    """(line number, reason label) of each removed line the page lists, by line number."""
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    shown = []
    for heading in soup.select("details.removed h4"):
        label = heading.find(string=True, recursive=False).strip()
        for number in heading.find_next_sibling("ul").select(".line-number"):
            shown.append((int(number.get_text().removeprefix("ligne ")), label))
    return sorted(shown)


@pytest.mark.build
def test_people_and_topics_are_open_data_with_their_articles_and_roles(site):
    people = json.loads((site / "data" / "people.json").read_text(encoding="utf-8"))
    topics = json.loads((site / "data" / "topics.json").read_text(encoding="utf-8"))
    records = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    urls = {record["url"] for record in records}
    by_id = {person["id"]: person for person in people}
    # Every person page of the site is in the data, with the articles it lists.
    pages = {p.stem for p in (site / "personnes").glob("*.html")} - {"index"}
    assert {p for p in pages if "-page" not in p} == set(by_id)
    for person in people:
        assert person["articles"] and all(a["url"] in urls for a in person["articles"])
    # The author of seed 000 signs it; the people its body names are "mentionné".
    korybko = {a["url"]: a["roles"] for a in by_id["andrew-korybko"]["articles"]}
    signed = next(r for r in records if r["seed"].startswith("000"))
    assert korybko[signed["url"]] == ["auteur"]
    assert {c["role"] for c in signed["credits"]} == {"auteur", "traduction"}
    for record in records:
        for person in record["people"]:
            slug = person["url"].rsplit("/", 1)[-1].removesuffix(".html")
            roles = {a["url"]: a["roles"] for a in by_id[slug]["articles"]}
            assert "mentionné" in roles[record["url"]]
    assert {t["url"] for t in topics} == {t["url"] for r in records for t in r["topics"]}
