"""Source notes: anchored notes, removed lines, repairs, JSON-LD, raw seeds.

Cited outlets are tested in test_outlets.py.
"""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from conftest import SEEDS, make
from seed_reader.model import Block, ClassifiedLine, CleanedArticle, Kind, Metadata
from seed_reader.notes import NotesError, PassageNote, SeedNotes
from seed_reader.render import render_body
from source_notes.anchors import anchor_notes
from source_notes.provenance import displayable, group_removed

BLOCKS = [
    "Le premier paragraphe cite en octobre 2002 un fait.",
    "Un intertitre",
    "Le second paragraphe parle de Steadfast Noon, un exercice.",
]


def test_notes_are_numbered_in_reading_order_and_link_both_ways():
    notes = [
        PassageNote("Steadfast Noon", "contexte", "Exercice annuel de l’OTAN."),
        PassageNote("octobre 2002", "correction", "Il s’agit d’octobre 2022."),
    ]
    anchored, marks = anchor_notes(BLOCKS, notes)
    assert [(n.number, n.quote) for n in anchored] == [(1, "octobre 2002"), (2, "Steadfast Noon")]
    assert [(m.block, m.number) for m in marks] == [(0, 1), (2, 2)]
    article = CleanedArticle(
        seed="x.txt",
        lines=(),
        blocks=tuple(Block(Kind.PARAGRAPH, text, (n,)) for n, text in enumerate(BLOCKS)),
        metadata=Metadata(),
    )
    soup = BeautifulSoup(render_body(article, marks), "html.parser")
    for number, quote in [(1, "octobre 2002"), (2, "Steadfast Noon")]:
        mark = soup.find("mark", id=f"passage-{number}")
        assert mark.get_text() == quote
        marker = soup.find("a", id=f"ref-{number}")
        assert marker["href"] == f"#note-{number}" and marker["role"] == "doc-noteref"
        assert marker.find_parent("sup") is mark.next_sibling
    expected = "".join(f"{text}\n" for text in BLOCKS)
    expected = expected.replace("octobre 2002", "octobre 20021")
    assert soup.get_text() == expected.replace("Steadfast Noon", "Steadfast Noon2")


def test_a_note_whose_passage_is_gone_keeps_no_number():
    anchored, marks = anchor_notes(BLOCKS, [PassageNote("passage disparu", "contexte", "x")])
    assert anchored[0].number is None
    assert marks == []


REPEATED = [
    "Le ministre a parlé de l’OTAN à Bruxelles.",
    "Puis le ministre a parlé de l’OTAN à Vilnius, et le ministre a parlé encore.",
]


def test_a_quote_found_more_than_once_is_ambiguous_and_not_anchored():
    anchored, marks = anchor_notes(REPEATED, [PassageNote("ministre a parlé", "contexte", "x")])
    assert anchored[0].number is None and anchored[0].occurrences == 3
    assert anchored[0].is_ambiguous and marks == []


@pytest.mark.parametrize(
    ("prefix", "suffix", "expected"),
    [
        (None, " de l’OTAN à Vilnius", (1, 8)),
        ("et le ", None, (1, 52)),
        ("Puis le ", " de l’OTAN", (1, 8)),
        ("Le ", None, (0, 3)),
        ("la ", None, 0),  # fits nowhere: not found
        (None, " de l’OTAN", 2),  # fits twice: still ambiguous
    ],
)  # fmt: skip
def test_a_prefix_or_suffix_picks_one_occurrence(prefix, suffix, expected):
    note = PassageNote("ministre a parlé", "contexte", "x", prefix=prefix, suffix=suffix)
    anchored, marks = anchor_notes(REPEATED, [note])
    if isinstance(expected, int):
        assert anchored[0].number is None and anchored[0].occurrences == expected
        assert marks == []
        return
    assert anchored[0].number == 1
    assert (marks[0].block, marks[0].start) == expected
    assert REPEATED[marks[0].block][marks[0].start : marks[0].end] == "ministre a parlé"


def notes_of(*entries: dict) -> SeedNotes:
    return SeedNotes.from_mapping({"notes": list(entries)}, "content/notes/x.yml")


CORRECTION = {
    "quote": "octobre 2002",
    "kind": "correction",
    "text": "Le texte écrit « octobre 2002 » ; lire « octobre 2022 ».",
    "date": "2026-12-02",
    "source_says": "octobre 2002",
    "should_read": "octobre 2022",
}


def test_a_correction_carries_its_date_and_what_the_source_says_and_should_read():
    import datetime

    note = notes_of({**CORRECTION, "date": datetime.date(2026, 12, 2)}).notes[0]
    assert (note.date, note.source_says, note.should_read) == (
        "2026-12-02",
        "octobre 2002",
        "octobre 2022",
    )
    anchored, _ = anchor_notes(BLOCKS, [note])
    assert anchored[0].day == datetime.date(2026, 12, 2)
    assert anchored[0].should_read == "octobre 2022"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"date": "2026-12"}, "is not YYYY-MM-DD"),
        ({"date": "2026-02-30"}, "is not a real day"),
        ({"should_read": None}, "a correction needs should_read"),
        ({"date": None, "source_says": None}, "a correction needs date, source_says"),
        ({"source_says": "octobre 2003"}, "verbatim inside the quote"),
        ({"kind": "contexte"}, "only belong to a correction"),
        ({"kind": "remarque"}, "unknown kind"),
        ({"should_read": "octobre 2002"}, "are the same"),
        ({"source": "x"}, "unknown field(s) source"),
        ({"text": None}, "missing text"),
        ({"prefix": 3}, "prefix must be text"),
    ],
)  # fmt: skip
def test_bad_note_fields_are_refused_naming_the_file_and_the_note(change, message):
    entry = {k: v for k, v in {**CORRECTION, **change}.items() if v is not None}
    with pytest.raises(NotesError) as error:
        notes_of(entry)
    assert "content/notes/x.yml" in str(error.value)
    assert "note 1 ('octobre 2002')" in str(error.value) and message in str(error.value)


def test_removed_lines_are_grouped_by_reason_with_french_labels_and_made_displayable():
    lines = [
        ClassifiedLine(3, "Publicité", Kind.REMOVED, "advertisement"),
        ClassifiedLine(5, "Lire aussi : x\u202e", Kind.REMOVED, "related-link"),
        ClassifiedLine(9, "Annonce", Kind.REMOVED, "advertisement"),
    ]
    groups = group_removed(lines)
    assert [(g.label, [n for n, _ in g.lines]) for g in groups] == [
        ("publicité", [3, 9]),
        ("lien vers un autre article", [5]),
    ]
    assert groups[1].lines[0][1] == "Lire aussi : x⟨U+202E⟩"
    assert displayable("a\u200bb") == "a⟨U+200B⟩b"


@pytest.mark.build
def test_raw_seeds_are_published_byte_for_byte_and_linked(site):
    records = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    for record in records:
        assert record["raw_url"] == f"sources/{record['seed']}"
        assert (site / record["raw_url"]).read_bytes() == (SEEDS / record["seed"]).read_bytes()
        page = BeautifulSoup((site / record["url"]).read_text(encoding="utf-8"), "html.parser")
        link = page.find("a", string=record["seed"])
        assert link["href"].endswith(record["raw_url"])


@pytest.mark.build
def test_article_pages_show_provenance_date_repairs_and_collapsed_removed_lines(site):
    records = {r["seed"]: r for r in json.loads((site / "data" / "articles.json").read_text())}
    for record in records.values():
        page = BeautifulSoup((site / record["url"]).read_text(encoding="utf-8"), "html.parser")
        notes = page.select_one("section.source-notes")
        assert notes.find("h2").get_text() == "Notes sur la source"
        assert notes.select_one("dl.provenance")
        details = notes.select_one("details.removed")
        if record["removed"]:
            assert details is not None and not details.has_attr("open")
            shown = [li.get_text() for li in details.select("li")]
            assert len(shown) == len(record["removed"])
    glued = BeautifulSoup(
        (site / records["002_08b93576269eaa7e.txt"]["url"]).read_text(), "html.parser"
    )
    repairs = [li.get_text(" ", strip=True) for li in glued.select(".repairs li")]
    assert any("Khersonla" in r and "Kherson la" in r for r in repairs)


@pytest.mark.build
def test_jsonld_is_a_news_article_based_on_the_raw_seed(site):
    records = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    for record in records:
        page = BeautifulSoup((site / record["url"]).read_text(encoding="utf-8"), "html.parser")
        data = json.loads(page.find("script", type="application/ld+json").string)
        assert data["@type"] == "NewsArticle"
        assert data["headline"] == record["title"]
        assert data["isBasedOn"]["url"].endswith(record["raw_url"])
        corrections = [n for n in record["notes"] if n["kind"] == "correction"]
        assert len(data.get("correction", [])) == len(corrections)


def write_seed_with_note(tmp_path, quote: str):
    seeds, notes = tmp_path / "seeds", tmp_path / "notes"
    seeds.mkdir()
    notes.mkdir()
    (seeds / "annote.txt").write_text(
        "Un titre d’article\n\nLe texte de l’article parle de l’exercice Steadfast Noon, "
        "organisé chaque année par l’Alliance en Europe.\n",
        encoding="utf-8",
    )
    (notes / "annote.yml").write_text(
        f'notes:\n  - quote: "{quote}"\n    kind: contexte\n    text: Un exercice annuel.\n',
        encoding="utf-8",
    )
    return seeds, notes


@pytest.mark.build
def test_a_note_whose_passage_is_missing_fails_a_strict_build_naming_file_and_passage(tmp_path):
    seeds, notes = write_seed_with_note(tmp_path, "Steadfast Midnight")
    args = ["html", f"SEEDS={seeds}", f"NOTES={notes}", f"OUTPUTDIR={tmp_path / 'out'}"]
    strict = make(*args, "STRICT=1", check=False)
    log = " ".join((strict.stdout + strict.stderr).split())
    assert strict.returncode != 0
    assert "annote.yml" in log and "Steadfast Midnight" in log
    lenient = make(*args, check=False)
    assert lenient.returncode == 0
    page = next((tmp_path / "out" / "articles").glob("*.html")).read_text(encoding="utf-8")
    assert "passage introuvable" in page  # listed, never silently dropped


@pytest.mark.build
def test_a_note_is_anchored_in_a_real_build(tmp_path):
    seeds, notes = write_seed_with_note(tmp_path, "Steadfast Noon")
    make("html", f"SEEDS={seeds}", f"NOTES={notes}", f"OUTPUTDIR={tmp_path / 'out'}", "STRICT=1")
    page = next((tmp_path / "out" / "articles").glob("*.html")).read_text(encoding="utf-8")
    soup = BeautifulSoup(page, "html.parser")
    assert soup.find("mark", id="passage-1").get_text() == "Steadfast Noon"
    assert soup.find("li", id="note-1").find("a", href="#ref-1")


@pytest.mark.build
def test_a_quote_found_twice_fails_a_strict_build_and_a_prefix_anchors_it(tmp_path):
    seeds, notes = write_seed_with_note(tmp_path, "l’")
    args = ["html", f"SEEDS={seeds}", f"NOTES={notes}", f"OUTPUTDIR={tmp_path / 'out'}"]
    strict = make(*args, "STRICT=1", check=False)
    log = " ".join((strict.stdout + strict.stderr).split())
    assert strict.returncode != 0
    assert "annote.yml" in log and "occurs 3 times" in log and "prefix or suffix" in log
    (notes / "annote.yml").write_text(
        (notes / "annote.yml").read_text(encoding="utf-8") + '    prefix: "par "\n',
        encoding="utf-8",
    )
    make(*args, "STRICT=1")
    page = next((tmp_path / "out" / "articles").glob("*.html")).read_text(encoding="utf-8")
    mark = BeautifulSoup(page, "html.parser").find("mark", id="passage-1")
    assert mark.get_text() == "l’" and mark.previous_sibling.endswith("par ")


def test_a_note_passage_that_crosses_a_person_link_keeps_its_marker():
    from archive_core.record import InlineMark

    text = "Le président Vladimir Poutine a menacé cette possibilité."
    person = InlineMark(0, 13, 29, "person", "personnes/vladimir-poutine.html")
    _anchored, marks = anchor_notes([text], [PassageNote("Poutine a menacé", "contexte", "x")])
    article = CleanedArticle(
        seed="x.txt",
        lines=(),
        blocks=(Block(Kind.PARAGRAPH, text, (0,)),),
        metadata=Metadata(),
    )
    soup = BeautifulSoup(render_body(article, [person, *marks]), "html.parser")
    assert soup.find("mark", id="passage-1").get_text() == "Poutine a menacé"
    assert soup.find("a", id="ref-1")["href"] == "#note-1"
    assert soup.get_text() == text.replace("a menacé", "a menacé1") + "\n"


@pytest.mark.build
def test_the_editors_evidence_for_the_original_language_is_shown(site):
    records = {r["seed"]: r for r in json.loads((site / "data" / "articles.json").read_text())}
    page = BeautifulSoup(
        (site / records["001_fc6603722119a494.txt"]["url"]).read_text(), "html.parser"
    )
    provenance = page.select_one("dl.provenance").get_text(" ", strip=True)
    assert "euro.eseuro.com/world/2628312.html" in provenance
