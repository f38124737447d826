"""End-to-end builds with `make html`: pages, index, export, determinism, atomicity."""

from __future__ import annotations

import filecmp
import json
import posixpath
import shutil
import subprocess

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, SEEDS, build_site, make

pytestmark = pytest.mark.build


def soup_of(path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def export(site) -> list[dict]:
    return json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))


def test_every_seed_has_an_article_page_with_its_title_and_text(site):
    records = export(site)
    assert sorted(r["seed"] for r in records) == sorted(p.name for p in SEEDS.glob("*.txt"))
    for record in records:
        page = soup_of(site / record["url"])
        assert page.find("h1").get_text(strip=True) == record["title"]
        body_element = page.select_one(".article-body")
        for marker in body_element.select("sup.note-ref"):
            marker.decompose()  # the numbers of the editor's notes are not the text
        body = body_element.get_text()
        first_paragraph = record["text"].split("\n\n")[0]
        assert " ".join(first_paragraph.split()) in " ".join(body.split())


def test_index_lists_all_five_articles(site):
    index = soup_of(site / "index.html")
    links = {posixpath.normpath(a["href"]) for a in index.select(".article-list a")}
    assert links == {r["url"] for r in export(site)}
    assert len(links) == 5


def test_pages_declare_french_and_have_landmarks(site):
    for path in [
        site / "index.html",
        site / "404.html",
        *sorted((site / "articles").glob("*.html")),
    ]:
        page = soup_of(path)
        assert page.html["lang"] == "fr", path
        assert page.find("main", id="contenu"), path
        assert page.find("nav", attrs={"aria-label": True}), path
        assert page.select_one("a.skip-link[href='#contenu']"), path


def test_pages_make_no_external_request(site):
    for path in site.rglob("*.html"):
        page = soup_of(path)
        for tag in page.find_all(["link", "script", "img", "iframe"]):
            url = tag.get("href") or tag.get("src") or ""
            assert not url.startswith(("http:", "https:", "//")), (path, url)


def test_internal_links_resolve(site):
    for path in site.rglob("*.html"):
        for anchor in soup_of(path).find_all("a", href=True):
            href = anchor["href"].split("#")[0]
            if not href or href.startswith(("http:", "https:", "mailto:")):
                continue
            assert (path.parent / href).resolve().exists(), (path, href)


def test_two_builds_are_byte_identical(site, tmp_path):
    again = build_site(tmp_path / "again")
    comparison = filecmp.dircmp(site, again)
    differing = []

    def walk(cmp, prefix=""):
        differing.extend(prefix + name for name in cmp.diff_files + cmp.left_only + cmp.right_only)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(comparison)
    # dircmp compares shallowly (size, mtime); compare every file's bytes too.
    for path in site.rglob("*"):
        if path.is_file():
            twin = again / path.relative_to(site)
            if not twin.is_file() or twin.read_bytes() != path.read_bytes():
                differing.append(str(path.relative_to(site)))
    assert not differing


def test_building_another_seed_folder_leaves_the_repository_untouched(tmp_path):
    seeds = tmp_path / "other-seeds"
    seeds.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], seeds / "one.txt")
    before = git_status()
    build_site(tmp_path / "preview", seeds=seeds)
    assert [r["seed"] for r in export(tmp_path / "preview")] == ["one.txt"]
    assert git_status() == before


def test_a_failed_build_leaves_the_previous_output_intact(tmp_path):
    output = build_site(tmp_path / "output")
    index_before = (output / "index.html").read_bytes()
    bad_seeds = tmp_path / "bad"
    bad_seeds.mkdir()
    (bad_seeds / "empty.txt").write_bytes(b"")
    result = make("html", f"SEEDS={bad_seeds}", f"OUTPUTDIR={output}", "STRICT=1", check=False)
    assert result.returncode != 0
    assert "empty.txt" in result.stdout + result.stderr
    assert (output / "index.html").read_bytes() == index_before


def git_status() -> str:
    return subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
