"""Detected people in a build: their pages marked « non vérifiée », and seeds not yet scanned.

A temp archive of two seeds and a detected-people file written here, as `make people`
would write it (no model runs: the build never loads one): Mark Rutte is detected, Yi Peng
was detected then rejected, Emmanuel Macron is in the registry.
"""

from __future__ import annotations

import json
import os
import posixpath
import subprocess

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, build_site, make, search_cards, serve
from person_pages.detected import (
    DetectedFile,
    DetectedPerson,
    SeedHit,
    dump_detected,
    seed_hash,
)

pytestmark = pytest.mark.build

BODY = (
    "Le secrétaire général de l’Otan, Mark Rutte, a ouvert le sommet de La Haye mardi, en "
    "présence du président Emmanuel Macron, et a demandé aux alliés de consacrer davantage à "
    "leur défense dans les dix prochaines années.\n\n"
    "Rutte a ensuite rappelé que le cargo Yi Peng 3 avait été soupçonné d’avoir endommagé des "
    "câbles sous-marins en mer Baltique, selon des diplomates présents au sommet.\n"
)
SEEDS = {
    "haye.txt": f"Le sommet de l’Otan s’ouvre à La Haye\n\nPar Claire Durand\n\n{BODY}",
    "baltique.txt": f"Câbles coupés en mer Baltique : l’Otan réagit\n\nPar Claire Durand\n\n{BODY}",
}
UNSCANNED = "nouveau.txt"


def write_archive(root):
    seeds = root / "seeds"
    seeds.mkdir()
    for name, text in SEEDS.items():
        (seeds / name).write_text(text, encoding="utf-8")
    hashes = {name: seed_hash((seeds / name).read_bytes()) for name in SEEDS}
    hits = tuple(SeedHit(name, digest, ("Mark Rutte", "Rutte")) for name, digest in hashes.items())
    peng = (SeedHit("baltique.txt", hashes["baltique.txt"], ("Yi Peng",)),)
    detected = DetectedFile(
        (
            DetectedPerson("mark-rutte", "Mark Rutte", ("Mark Rutte", "Rutte"), hits),
            DetectedPerson("yi-peng", "Yi Peng", ("Yi Peng",), peng),
        ),
        hashes,
        rejected=("Yi Peng",),
    )
    path = root / "people-detected.yml"
    path.write_text(dump_detected(detected), encoding="utf-8")
    return seeds, path


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """(seeds folder, detected file, built site): built with STRICT=1."""
    root = tmp_path_factory.mktemp("detected")
    seeds, path = write_archive(root)
    output = build_site(root / "output", seeds, extra=[f"PEOPLE_DETECTED={path}"])
    return seeds, path, output


def soup_of(path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def json_ld(page: BeautifulSoup) -> dict:
    return json.loads(page.select_one('script[type="application/ld+json"]').string)


def test_a_detected_person_gets_a_page_marked_unverified(archive):
    _, _, output = archive
    page = soup_of(output / "personnes" / "mark-rutte.html")
    assert page.select_one("h1").get_text() == "Mark Rutte"
    assert "Fiche non vérifiée" in page.select_one(".unverified").get_text()
    assert "détectée automatiquement" in page.select_one(".unverified").get_text()
    data = json_ld(page)
    assert "sameAs" not in data and "jobTitle" not in data
    assert "non vérifiée" in data["disambiguatingDescription"]
    # Both articles name him (« Rutte » alone too): both are listed.
    assert len(page.select("#mentions ~ ol .article-item h3 a")) == 2


def test_a_registered_person_keeps_the_registry_page(archive):
    _, _, output = archive
    page = soup_of(output / "personnes" / "emmanuel-macron.html")
    assert not page.select(".unverified")
    assert "jobTitle" in json_ld(page)


def test_a_rejected_name_gets_no_page_and_no_link(archive):
    _, _, output = archive
    assert not (output / "personnes" / "yi-peng.html").exists()
    assert "yi-peng" not in (output / "data" / "people.json").read_text(encoding="utf-8")


def test_articles_link_the_detected_person_and_the_data_says_unverified(archive):
    _, _, output = archive
    records = json.loads((output / "data" / "articles.json").read_text(encoding="utf-8"))
    for record in records:
        page = soup_of(output / record["url"])
        links = [
            posixpath.normpath(posixpath.join(posixpath.dirname(record["url"]), a["href"]))
            for a in page.select(".article-body a.person-link")
        ]
        assert "personnes/mark-rutte.html" in links
    people = json.loads((output / "data" / "people.json").read_text(encoding="utf-8"))
    assert {p["id"]: p["verified"] for p in people} == {
        "mark-rutte": False,
        "emmanuel-macron": True,
    }
    cards = {card["url"]: card for card in search_cards(output) if card["kind"] == "personne"}
    assert cards["personnes/mark-rutte.html"]["verified"] is False
    assert cards["personnes/emmanuel-macron.html"]["verified"] is True
    index = soup_of(output / "personnes" / "index.html")
    badges = {li.a.get_text(): bool(li.select(".badge")) for li in index.select(".index-list li")}
    assert badges == {"Rutte, Mark": True, "Macron, Emmanuel": False}


@pytest.fixture(scope="module")
def with_unscanned(archive, tmp_path_factory):
    """The archive plus a seed the detected file does not know."""
    seeds, path, _ = archive
    folder = tmp_path_factory.mktemp("unscanned") / "seeds"
    folder.mkdir()
    for seed in seeds.iterdir():
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / UNSCANNED).write_text(
        f"Un nouvel article sur le sommet de l’Otan\n\n{BODY}", encoding="utf-8"
    )
    return folder, path


def test_the_build_warns_about_each_unscanned_seed(with_unscanned, tmp_path):
    folder, path = with_unscanned
    result = make(
        "html", f"SEEDS={folder}", f"OUTPUTDIR={tmp_path / 'out'}", f"PEOPLE_DETECTED={path}"
    )
    log = result.stdout + result.stderr
    lines = [line for line in log.splitlines() if "not scanned for people" in line]
    assert len(lines) == 1 and UNSCANNED in lines[0] and "WARNING" in lines[0]
    assert (tmp_path / "out" / "personnes" / "mark-rutte.html").exists()


def test_a_strict_build_fails_on_an_unscanned_seed(with_unscanned, tmp_path):
    folder, path = with_unscanned
    output = tmp_path / "out"
    result = make(
        "html", f"SEEDS={folder}", f"OUTPUTDIR={output}", f"PEOPLE_DETECTED={path}", "STRICT=1",
        check=False,
    )  # fmt: skip
    assert result.returncode != 0
    log = result.stdout + result.stderr
    assert f"1 seed(s) not scanned for people ({UNSCANNED}): run `make people`" in log
    assert not output.exists()


def test_a_changed_seed_counts_as_unscanned(archive, tmp_path):
    seeds, path, _ = archive
    folder = tmp_path / "seeds"
    folder.mkdir()
    for seed in seeds.iterdir():
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "haye.txt").write_text(SEEDS["haye.txt"] + "\nUn paragraphe ajouté.\n", "utf-8")
    result = make(
        "html", f"SEEDS={folder}", f"OUTPUTDIR={tmp_path / 'out'}", f"PEOPLE_DETECTED={path}"
    )
    log = result.stdout + result.stderr
    assert "Seed haye.txt not scanned for people (changed since it was scanned)" in log


@pytest.mark.browser
def test_the_unverified_mark_is_visible_in_a_browser(archive, browser):
    _, _, output = archive
    server, url = serve(output)
    try:
        tab = browser.new_context().new_page()
        tab.goto(url + "personnes/mark-rutte.html")
        badge = tab.locator(".unverified .badge")
        assert badge.is_visible() and badge.inner_text() == "Fiche non vérifiée"
        box = badge.bounding_box()
        assert box and box["width"] > 0 and box["height"] > 0
        assert "détectée automatiquement" in tab.locator(".unverified").inner_text()
        tab.goto(url + "personnes/emmanuel-macron.html")
        assert tab.locator(".unverified").count() == 0
        tab.goto(url + "personnes/index.html")
        rutte = tab.locator(".index-list li", has_text="Rutte, Mark")
        assert rutte.locator(".badge").is_visible()
    finally:
        server.shutdown()
        server.server_close()


def test_the_build_never_imports_spacy(archive, tmp_path):
    """A spaCy that refuses to be imported, first on the path: the build still succeeds."""
    seeds, path, _ = archive
    fake = tmp_path / "fake" / "spacy"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text('raise ImportError("the build imported spaCy")\n')
    env = {k: v for k, v in os.environ.items() if k not in {"SEEDS", "OUTPUTDIR", "STRICT"}}
    result = subprocess.run(
        ["make", "--no-print-directory", "html", f"SEEDS={seeds}", f"OUTPUTDIR={tmp_path / 'out'}",
         f"PEOPLE_DETECTED={path}", "STRICT=1"],
        cwd=ROOT, capture_output=True, text=True, env=env | {"PYTHONPATH": str(fake.parent)},
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "out" / "personnes" / "mark-rutte.html").exists()
