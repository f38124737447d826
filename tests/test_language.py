"""The language of each article: detected on its title and body, or set by its notes;
an article in another language is published as such and kept out of French analysis."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import (
    FIXTURES,
    ROOT,
    SEEDS,
    copy_fixture_seeds,
    make,
    run_search_in_node,
    search_cards,
)
from lunr_index.aliases import AliasTable
from lunr_index.documents import SearchDocument
from lunr_index.index import analyse_document, index_from_term_files
from lunr_index.query import parse, search
from person_pages.detect import people_in_article
from seed_reader.language import ARCHIVE_LANGUAGE, decide_language, detect_language
from seed_reader.model import Block, Draft, Kind, Metadata
from seed_reader.notes import NotesError, SeedNotes, load_notes
from seed_reader.pipeline import clean_seed
from seed_reader.slugs import slugify_title

ENGLISH = "english_article_with_share_buttons_and_related_links.txt"
FRENCH = "clean_article_minimal_debris.txt"
SHORT_TEXTS = FIXTURES / "language" / "short_texts.yml"


def clean_fixture(name: str, notes: SeedNotes | None = None):
    return clean_seed((FIXTURES / "seeds" / name).read_bytes(), name, notes)


# --- Detection -----------------------------------------------------------------------


def short_texts() -> list[tuple[str, str]]:
    data = yaml.safe_load(SHORT_TEXTS.read_text(encoding="utf-8"))
    return [(language, text) for language, items in data.items() for text in items]


def test_short_texts_in_seven_languages_are_told_apart():
    """A floor on our own titles and paragraphs (docs/language.md: 43 of 44 measured)."""
    cases = short_texts()
    wrong = [(lang, text) for lang, text in cases if detect_language(text)[0] != lang]
    assert len(cases) >= 40
    assert len(wrong) <= 2, wrong


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministers met in Brussels on Tuesday to discuss new sanctions against Moscow.", "en"),
        ("Los ministros se reunieron el martes en Bruselas para hablar de sanciones.", "es"),
        ("Die Minister trafen sich am Dienstag in Brüssel, um über Sanktionen zu sprechen.", "de"),
        ("Міністри зустрілися у вівторок у Брюсселі, щоб обговорити санкції.", "uk"),
        ("Les ministres se sont réunis mardi à Bruxelles pour discuter des sanctions.", "fr"),
    ],
)
def test_a_paragraph_gets_its_language(text, expected):
    assert detect_language(text)[0] == expected


def test_detection_is_the_same_in_another_process():
    """No random seed, no hash order: a fresh interpreter gives the same answers."""
    texts = [text for _, text in short_texts()]
    program = (
        "import json, sys; sys.path.insert(0, 'plugins')\n"
        "from seed_reader.language import detect_language\n"
        f"print(json.dumps([detect_language(t) for t in {texts!r}]))"
    )
    env = os.environ | {"PYTHONHASHSEED": "12345"}
    result = subprocess.run(
        [sys.executable, "-c", program], cwd=ROOT, env=env, capture_output=True, check=True
    )
    assert json.loads(result.stdout) == [list(detect_language(text)) for text in texts]


def test_the_english_fixture_is_english_from_its_text():
    meta = clean_fixture(ENGLISH).metadata
    assert (meta.language, meta.language_source) == ("en", "text")
    assert meta.language_confidence >= 0.99


def test_every_seed_and_every_other_fixture_stays_french():
    for seed in sorted(SEEDS.glob("*.txt")):
        notes = load_notes(ROOT / "content" / "notes" / f"{seed.stem}.yml")
        meta = clean_seed(seed.read_bytes(), seed.name, notes).metadata
        assert (meta.language, meta.language_source) == ("fr", "text"), seed.name
    for seed in sorted((FIXTURES / "seeds").glob("*.txt")):
        if seed.name != ENGLISH:
            assert clean_fixture(seed.name).metadata.language == "fr", seed.name


def test_the_notes_file_decides_over_the_detector():
    meta = clean_fixture(FRENCH, SeedNotes.from_mapping({"language": "en"})).metadata
    assert (meta.language, meta.language_confidence, meta.language_source) == ("en", None, "notes")


@pytest.mark.parametrize("value", ["English", "EN", "en-GB", 12])
def test_a_notes_language_must_be_an_iso_639_1_code(value):
    with pytest.raises(NotesError, match="ISO 639-1"):
        SeedNotes.from_mapping({"language": value}, "notes/x.yml")


def test_an_unsure_guess_keeps_the_archive_language_and_says_so():
    draft = Draft(
        seed="names.txt",
        raw=b"",
        notes=SeedNotes(),
        metadata=Metadata(title="Kyiv, Vilnius, Riga"),
        blocks=(Block(Kind.PARAGRAPH, "Stoltenberg, Rutte.", (3,)),),
    )
    decided = decide_language(draft)
    assert decided.metadata.language == ARCHIVE_LANGUAGE
    assert decided.metadata.language_source == "unknown"
    assert any("language unsure" in warning for warning in decided.warnings)


# --- Kept out of French analysis ----------------------------------------------------


def test_the_french_model_proposes_no_people_in_an_english_article():
    # Janis Ozols, a farmer quoted by the English fixture, is no registered person.
    assert people_in_article(clean_fixture(ENGLISH), ()) == []
    assert people_in_article(clean_fixture(ENGLISH, SeedNotes(language="fr")), ()) != []


def english_document(language: str) -> SearchDocument:
    body = "Investigators looked into suspected sabotage of the railway sirens."
    return SearchDocument(url="a.html", kind="article", title="", body=body, language=language)


def test_an_english_body_is_indexed_unstemmed_and_found_by_its_words():
    names = ("title", "body")
    english = analyse_document(english_document("en"), names)["body"]
    french = analyse_document(english_document("fr"), names)["body"]
    assert "sirens" in english and "investigators" in english
    assert "sirens" not in french  # the French stemmer cuts it
    terms = parse("sirens investigators ", sorted(english))
    assert [word.terms for word in terms] == [
        ("siren", "sirens"),
        ("investigator", "investigators"),
    ]


# --- A whole build --------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("language")
    (root / "seeds").mkdir()
    seeds = copy_fixture_seeds([ENGLISH, FRENCH], root / "seeds")
    output = root / "output"
    result = make("html", f"SEEDS={seeds}", f"OUTPUTDIR={output}", "STRICT=1", "CACHEDIR=")
    records = json.loads((output / "data" / "articles.json").read_text(encoding="utf-8"))
    return output, {record["seed"]: record for record in records}, result.stdout + result.stderr


def page_of(built, seed: str) -> BeautifulSoup:
    output, records, _log = built
    return BeautifulSoup((output / records[seed]["url"]).read_text("utf-8"), "html.parser")


@pytest.mark.build
def test_the_english_article_is_published_in_english_at_its_usual_address(built):
    output, records, _log = built
    # ARTICLE_URL, not Pelican's ARTICLE_LANG_URL ("{slug}-{lang}.html").
    slug = slugify_title(records[ENGLISH]["title"], ENGLISH)
    assert records[ENGLISH]["url"] == f"articles/{slug}.html"
    assert (output / "articles" / f"{slug}.html").is_file()
    page = page_of(built, ENGLISH)
    assert page.html["lang"] == "fr"  # the archive's interface
    assert page.find("article")["lang"] == "en"
    assert page.find("dl", class_="article-meta")["lang"] == "fr"
    assert page.find("section", class_="source-notes")["lang"] == "fr"
    jsonld = json.loads(page.find("script", type="application/ld+json").string)
    assert jsonld["inLanguage"] == "en"


@pytest.mark.build
def test_the_french_article_stays_french(built):
    _output, records, _log = built
    page = page_of(built, FRENCH)
    assert records[FRENCH]["language"] == "fr"
    assert page.html["lang"] == "fr" and not page.find("article").has_attr("lang")


@pytest.mark.build
def test_the_english_article_is_listed_not_taken_for_a_translation(built):
    output, records, _log = built
    index = BeautifulSoup((output / "index.html").read_text("utf-8"), "html.parser")
    links = {a["href"].lstrip("./") for a in index.find_all("a", href=True)}
    assert {records[ENGLISH]["url"], records[FRENCH]["url"]} <= links


@pytest.mark.build
def test_the_export_gives_the_language_and_no_french_topics(built):
    output, records, _log = built
    english = records[ENGLISH]
    assert (english["language"], english["language_source"]) == ("en", "text")
    # Its body names sabotage three times: lemmatised as French, it would get that topic.
    assert english["topics"] == []
    rows = csv.DictReader(io.StringIO((output / "data" / "articles.csv").read_text("utf-8")))
    assert {row["seed"]: row["language"] for row in rows} == {ENGLISH: "en", FRENCH: "fr"}


@pytest.mark.build
def test_the_build_log_names_the_english_seed_once(built):
    _output, _records, log = built
    lines = [line for line in log.splitlines() if "not French" in line]
    assert len(lines) == 1 and ENGLISH in lines[0] and " en" in lines[0], log


@pytest.mark.build
def test_the_english_article_is_found_by_its_own_words(built):
    output, records, _log = built
    manifest = json.loads((output / "recherche" / "index.json").read_text("utf-8"))
    folder = output / "recherche" / "termes"
    files = [
        json.loads((folder / f"{n}.json").read_text("utf-8")) for n in manifest["terms"].values()
    ]
    index = index_from_term_files(manifest, files)
    terms = {term for file in files for term, *_ in file["terms"]}
    assert "sirens" in terms and "siren" not in terms
    cards = search_cards(output)
    found = [cards[int(ref)]["url"] for ref, _ in search(index, "sirens ")]
    assert found == [records[ENGLISH]["url"]]


@pytest.mark.build
def test_the_browser_finds_the_english_article_as_python_does(built):
    """tests/js/cross.js (lunr.js and the page's scripts) against lunr.py on this build."""
    output, records, _log = built
    manifest_path = output / "recherche" / "index.json"
    manifest = json.loads(manifest_path.read_text("utf-8"))
    queries = ["sirens ", "sirens", "Investigators sabotage ", '"air-raid sirens"', "farmer "]
    request = {"index": str(manifest_path), "texts": [], "words": [], "queries": queries}
    request |= {"raw": [], "proximity": [], "explained": []}
    found = run_search_in_node(request)
    folder = output / "recherche" / "termes"
    files = [
        json.loads((folder / f"{n}.json").read_text("utf-8")) for n in manifest["terms"].values()
    ]
    index = index_from_term_files(manifest, files)
    aliases = AliasTable.from_json(manifest["aliases"])
    cards = enumerate(search_cards(output))
    english = {str(ref) for ref, card in cards if card["url"] == records[ENGLISH]["url"]}
    for query, theirs in zip(queries, found["searches"], strict=True):
        mine = search(index, query, aliases)
        assert [ref for ref, _ in theirs] == [ref for ref, _ in mine], query
        assert {ref for ref, _ in mine} == english, query
