"""What a notes file changes on the built site: line corrections, topics added or
removed, and dates known to the month, to the year, or not at all."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from conftest import build_site

TITLE = "Le sommet de l’Otan s’ouvre à Vilnius sans date d’adhésion pour Kiev"
BODY = [
    "Les dirigeants des pays de l’Otan se retrouvent à Vilnius pour un sommet consacré au "
    "soutien à l’Ukraine et au renforcement de la défense du flanc oriental de l’Alliance.",
    "Le Conseil des ministres a aussi évoqué les cyberattaques répétées contre les "
    "infrastructures des alliés, attribuées par plusieurs capitales à des groupes liés à Moscou.",
    "Les discussions du sommet doivent se poursuivre mercredi par une réunion des chefs "
    "d’État, avant une déclaration finale attendue dans la soirée, selon des diplomates.",
]
# Line 3 is the first paragraph; line 5 the second (blank lines between).
SEED = "\n\n".join([TITLE, *BODY]) + "\n"
NOTES = {
    "month.yml": 'date: "2023-07"\nlines:\n  - line: 5\n    kind: removed\n'
    f'    text: "{BODY[1]}"\n',
    "year.yml": 'date: "2023"\ntopics_add: [cyber]\n',
    "unknown.yml": "topics_remove: [sommets-reunions-otan]\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("notes")
    seeds, notes = root / "seeds", root / "notes"
    seeds.mkdir()
    notes.mkdir()
    for name, text in NOTES.items():
        (seeds / name.replace(".yml", ".txt")).write_text(SEED, encoding="utf-8")
        (notes / name).write_text(text, encoding="utf-8")
    output = build_site(root / "output", seeds, extra=[f"NOTES={notes}"])
    records = json.loads((output / "data" / "articles.json").read_text(encoding="utf-8"))
    return output, {record["seed"]: record for record in records}


def page_of(built, seed: str) -> BeautifulSoup:
    output, records = built
    return BeautifulSoup((output / records[seed]["url"]).read_text("utf-8"), "html.parser")


def test_a_line_correction_removes_the_paragraph_and_lists_it_as_removed_by_the_editor(built):
    _output, records = built
    assert BODY[1] not in records["month.txt"]["text"]
    assert {"line": 5, "reason": "editor", "text": BODY[1]} in records["month.txt"]["removed"]
    assert BODY[1] in records["year.txt"]["text"]


def test_topics_added_and_removed_by_the_notes(built):
    _output, records = built
    topics = {seed: {t["name"] for t in record["topics"]} for seed, record in records.items()}
    added = topics["year.txt"] - topics["month.txt"]
    assert added and all("cyber" in name.lower() for name in added)
    assert "Sommets et réunions de l’OTAN" in topics["month.txt"]  # the body's own topic
    assert topics["unknown.txt"] == topics["month.txt"] - {"Sommets et réunions de l’OTAN"}


@pytest.mark.parametrize(
    ("seed", "shown", "datetime", "precision"),
    [
        ("month.txt", "juillet 2023", "2023-07", "month"),
        ("year.txt", "2023", "2023", "year"),
        ("unknown.txt", "Date inconnue", None, "unknown"),
    ],
)
def test_dates_known_to_the_month_the_year_or_not_at_all(built, seed, shown, datetime, precision):
    _output, records = built
    assert records[seed]["date_precision"] == precision
    header = page_of(built, seed).find("article")
    time = header.find("time")
    if datetime is None:
        assert time is None and shown in header.get_text()
    else:
        assert time["datetime"] == datetime and time.get_text() == shown


def test_the_index_lists_an_undated_article_in_its_own_section(built):
    output, records = built
    index = BeautifulSoup((output / "index.html").read_text("utf-8"), "html.parser")
    undated = index.find(id="undated").find_next("ul")
    links = [a["href"].removeprefix("./") for a in undated.find_all("a")]
    assert links == [records["unknown.txt"]["url"]]
