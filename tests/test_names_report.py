"""`make names-report`: organisations and places in the seeds that content/names.yml lacks."""

from __future__ import annotations

import pytest
from conftest import ROOT, make
from name_aliases import load_names
from name_aliases.candidates import clean_entity, find_candidates
from name_aliases.report import format_report

NAMES = ROOT / "content" / "names.yml"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("L’Otan", "Otan"),
        ("l'OTAN", "OTAN"),
        ("la Défense", "Défense"),
        ("La Pologne", "Pologne"),
        ("« Kiev »", "Kiev"),
        ("qu’", ""),
        ("L’", ""),
        ("Varsovie qu’", "Varsovie"),
    ],
)
def test_entity_texts_lose_elisions_articles_and_quotes(raw, expected):
    assert clean_entity(raw) == expected


@pytest.fixture(scope="module")
def candidates():
    blocks = [
        "Jeudi, la Pologne et l’OTAN ont tenu une réunion à Varsovie, puis à Varsovie encore.",
        "L’Otan a répondu depuis Kyiv. Emmanuel Macron a rencontré la Croix-Rouge à Genève.",
    ]
    known = [form.text for record in load_names(NAMES) for form in record.forms]
    known.append("Emmanuel Macron")
    return find_candidates([("a.txt", blocks[:1]), ("b.txt", blocks[1:])], known)


def test_candidates_are_the_organisations_and_places_the_names_file_lacks(candidates):
    names = {c.name: c for c in candidates}
    assert "Varsovie" in names
    assert names["Varsovie"].kind == "lieu"
    assert names["Varsovie"].count == 2 and names["Varsovie"].seeds == ("a.txt",)
    assert "Varsovie" in names["Varsovie"].example
    # Known forms, whatever their case, accents or elision, are never proposed.
    assert not {"Pologne", "OTAN", "Otan", "Kyiv", "Emmanuel Macron"} & set(names)
    assert candidates == sorted(candidates, key=lambda c: -c.count)


def test_the_report_gives_entries_the_loader_accepts(candidates, tmp_path):
    report = format_report(candidates, NAMES)
    assert report.startswith(f"{len(candidates)} organisation(s) or place(s) not in {NAMES}:")
    assert "## Varsovie (lieu, 2 mentions in 1 seed: a.txt)" in report
    entries = [block for block in report.split("\n\n") if block.startswith("- id: ")]
    assert len(entries) == len(candidates)
    path = tmp_path / "names.yml"
    path.write_text("\n".join(entries) + "\n", encoding="utf-8")
    records = load_names(path)
    assert [r.name for r in records] == [c.name for c in candidates]
    assert all(r.aliases == () and r.wikidata is None for r in records)


def test_nothing_to_add_says_so():
    assert format_report([], NAMES).startswith("Nothing to add")


def test_make_names_report_lists_the_seeds_unregistered_names():
    result = make("names-report")
    assert "not in content/names.yml" in result.stdout
    assert "## Washington (lieu" in result.stdout  # named in seeds 002 and 003
    assert "## Kiev" not in result.stdout and "## OTAN" not in result.stdout
