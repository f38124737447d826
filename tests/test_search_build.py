"""What the build writes for search: the index, the per-article texts, lunr.js, the pages."""

from __future__ import annotations

import gzip
import json
import re
import shutil

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, search_cards
from lunr_index.index import index_from_term_files
from lunr_index.query import search
from lunr_index.vendor import VendorError, copy_vendor_files
from seed_reader.notes import load_notes


def read_json(path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def payload(site) -> dict:
    """The manifest, with every card by ref (conftest.search_cards)."""
    manifest = read_json(site / "recherche" / "index.json")
    return manifest | {"documents": search_cards(site)}


def test_index_holds_every_article_person_and_topic(site, payload):
    cards = payload["documents"]
    articles = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    assert sorted(c["url"] for c in cards if c["kind"] == "article") == sorted(
        a["url"] for a in articles
    )
    people = {p["url"] for a in articles for p in a["people"]}
    # Credited authors and translators have person cards though no body may name them.
    people |= {c["url"] for a in articles for c in a["credits"]}
    topics = {t["url"] for a in articles for t in a["topics"]}
    assert {c["url"] for c in cards if c["kind"] == "personne"} == people
    assert {c["url"] for c in cards if c["kind"] == "sujet"} == topics
    for card in cards:
        assert (site / card["url"]).is_file(), card["url"]
    assert payload["pipeline"] == [
        "archive-fr-elision", "archive-fr-fold", "archive-fr-stop", "stemmer-fr",
    ]  # fmt: skip


def slug_of(url: str) -> str:
    return url.rsplit("/", 1)[-1].removesuffix(".html")


def test_article_cards_carry_what_results_and_filters_show(site, payload):
    cards = {c["url"]: c for c in payload["documents"] if c["kind"] == "article"}
    for card in cards.values():
        assert card["title"] and card["dateLabel"] and card["date"].startswith(str(card["year"]))
    # The filters narrow by these slugs: each card names the people and topics its
    # article's record links, no more, no fewer.
    articles = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    assert any(a["people"] for a in articles) and any(a["topics"] for a in articles)
    for article in articles:
        card = cards[article["url"]]
        assert card["title"] == article["title"]
        assert sorted(card["people"]) == sorted(slug_of(p["url"]) for p in article["people"])
        assert sorted(card["topics"]) == sorted(slug_of(t["url"]) for t in article["topics"])


def test_each_article_text_and_card_is_a_file_of_its_own(site, payload):
    for ref, card in enumerate(payload["documents"]):
        for folder in ("textes", "cartes"):
            path = site / "recherche" / folder / f"{ref}.json"
            assert path.is_file() == (card["kind"] == "article"), (folder, ref)
    first = read_json(site / "recherche" / "textes" / "0.json")
    assert len(first["paragraphs"]) >= 3
    assert "paragraphs" not in json.dumps(payload)  # the manifest carries no article text


def test_every_term_is_in_the_file_of_its_first_three_letters(site, payload):
    seen = set()
    for key, number in payload["terms"].items():
        data = read_json(site / "recherche" / "termes" / f"{number}.json")
        assert data["key"] == key
        for term, _index, postings in data["terms"]:
            assert term[:3] == key and term not in seen
            seen.add(term)
            for field, refs in postings.items():
                assert field in payload["fields"]
                for ref, (weight, *positions) in refs.items():
                    assert 0 <= int(ref) < payload["documentCount"] and weight > 0
                    assert positions == sorted(set(positions)) and positions
    assert {"otan", "nucleair", "stoltenberg", "sabotag"} <= seen


def test_facets_hold_what_filters_need_for_every_article(site, payload):
    facets = read_json(site / "recherche" / "facettes.json")
    articles = {str(r): c for r, c in enumerate(payload["documents"]) if c["kind"] == "article"}
    assert set(facets) == set(articles)
    for ref, facet in facets.items():
        assert facet == {key: articles[ref][key] for key in ("year", "people", "topics")}


def test_every_correction_is_searchable_by_its_right_form_and_located_in_its_text(site, payload):
    """The corrections come from content/notes; the build must find each by what to read."""
    articles = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    refs = {card["url"]: ref for ref, card in enumerate(payload["documents"])}
    folder = site / "recherche" / "termes"
    terms = [read_json(folder / f"{number}.json") for number in payload["terms"].values()]
    index = index_from_term_files(payload, terms)
    checked = 0
    for article in articles:
        seed = article["seed"].removesuffix(".txt")
        notes = load_notes(ROOT / "content" / "notes" / f"{seed}.yml")
        corrections = [note for note in notes.notes if note.kind == "correction"]
        ref = refs[article["url"]]
        text = read_json(site / "recherche" / "textes" / f"{ref}.json")
        # In reading order in the text file, in the editor's order in the notes.
        assert sorted((c["sourceSays"], c["shouldRead"]) for c in text["corrections"]) == sorted(
            (note.source_says, note.should_read) for note in corrections
        )
        for correction in text["corrections"]:
            paragraph = text["paragraphs"][correction["paragraph"]]
            # Offsets in UTF-16 code units, as the browser slices the paragraph.
            units = paragraph.encode("utf-16-le")[2 * correction["start"] :]
            assert units.decode("utf-16-le").startswith(correction["sourceSays"])
            found = [int(ref) for ref, _ in search(index, correction["shouldRead"] + " ")]
            assert ref in found, correction["shouldRead"]
            checked += 1
    assert checked >= 10, "the five seeds' notes hold more than ten corrections"


def test_first_download_stays_small(site):
    """The budget of what the search page fetches before the first query (gzip).

    40 kB in all, from 55 kB when the first shard came first: the manifest lost the
    index and gained the other names of content/names.yml (30 kB allowed then, 8 kB after;
    9 kB since its media joined, about 1 kB gzipped), the scripts gained the term files,
    phrases, corrections and other names (25 kB then, 30 kB), then matching the unstemmed
    words of articles in another language (31 kB now).
    """
    index = [site / "recherche" / "index.json"]
    scripts = [*(site / "recherche" / "vendor").glob("*.js"), *(site / "theme/js").glob("s*.js")]
    index_bytes = sum(len(gzip.compress(path.read_bytes(), mtime=0)) for path in index)
    script_bytes = sum(len(gzip.compress(path.read_bytes(), mtime=0)) for path in scripts)
    assert index_bytes <= 9_000, f"the manifest is {index_bytes} bytes gzipped for five articles"
    assert script_bytes <= 31_000, f"{script_bytes} bytes of gzipped scripts"


def test_lunr_files_come_from_node_modules_at_the_pinned_versions(site, payload):
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    pinned = {
        name: lock["packages"][f"node_modules/{name}"]["version"]
        for name in ("lunr", "lunr-languages")
    }
    assert payload["vendor"] == pinned
    vendor = site / "recherche" / "vendor"
    assert (vendor / "lunr.min.js").read_bytes() == (
        ROOT / "node_modules" / "lunr" / "lunr.min.js"
    ).read_bytes()
    # The file's banner names its version: the one package-lock.json pins.
    banner = (vendor / "lunr.min.js").read_text(encoding="utf-8")[:300]
    assert f" - {pinned['lunr']}\n" in banner
    assert (vendor / "lunr.fr.min.js").is_file()
    assert (vendor / "LICENSE-lunr-languages.txt").is_file()


def fake_node_modules(tmp_path, lunr_version: str):
    modules = tmp_path / "node_modules"
    shutil.copytree(ROOT / "node_modules" / "lunr-languages", modules / "lunr-languages")
    shutil.copytree(ROOT / "node_modules" / "lunr", modules / "lunr")
    manifest = modules / "lunr" / "package.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["version"] = lunr_version
    manifest.write_text(json.dumps(data), encoding="utf-8")
    return modules


def pinned_version(name: str) -> str:
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    return lock["packages"][f"node_modules/{name}"]["version"]


def test_an_outdated_node_modules_is_refused_with_the_fix(tmp_path):
    pinned = pinned_version("lunr")
    modules = fake_node_modules(tmp_path, "0.0.1")
    message = rf"lunr: version 0\.0\.1 installed.*pins {re.escape(pinned)}.*npm ci"
    with pytest.raises(VendorError, match=message):
        copy_vendor_files(modules, ROOT / "package-lock.json", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_missing_node_modules_is_refused_with_the_fix(tmp_path):
    with pytest.raises(VendorError, match=r"nothing installed.*npm ci"):
        copy_vendor_files(tmp_path / "none", ROOT / "package-lock.json", tmp_path / "out")


def test_search_page_has_the_form_filters_and_a_no_javascript_message(site):
    html = (site / "recherche.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    field = soup.select_one("#search-form input[type=search][name=q]")
    assert field is not None and soup.find("label", attrs={"for": field["id"]})
    status = soup.select_one("#search-status")
    assert status["role"] == "status" and status["aria-live"] == "polite"
    assert soup.select_one("#search-results") is not None
    people = [o["value"] for o in soup.select("#filter-person option") if o["value"]]
    assert "jens-stoltenberg" in people and len(people) == len(set(people))
    # One choice per year some article is dated in, newest first.
    articles = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    years = sorted({a["date"][:4] for a in articles if a["date"]}, reverse=True)
    assert years, "no dated article: the year filter is not exercised"
    assert [o["value"] for o in soup.select("#filter-year option")][1:] == years
    assert soup.select_one("noscript a[href='./index.html']") is not None
    scripts = [s["src"] for s in soup.select("script[src]")]
    assert scripts and all(src.startswith("./") for src in scripts), scripts
    assert soup.select_one("form.header-search") is None  # the page's own box is enough


@pytest.mark.parametrize("page", ["index.html", "a-propos.html", "personnes/index.html"])
def test_every_page_has_a_search_box_and_a_search_link(site, page):
    soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
    form = soup.select_one("form.header-search[role=search]")
    prefix = "../" if "/" in page else "./"
    assert form["action"] == f"{prefix}recherche.html" and form["method"] == "get"
    assert form.select_one("input[type=search][name=q]") is not None
    assert soup.select_one(f"nav a[href='{prefix}recherche.html']").text == "Recherche"
