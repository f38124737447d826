"""The corrections log: every correction once, newest first, linked both ways; JSON-LD."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT
from seed_reader.notes import load_notes
from source_notes.corrections import collect_corrections


def soup(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def editor_corrections():
    """Every correction of content/notes, as (date, source_says, should_read)."""
    found = []
    for path in sorted((ROOT / "content" / "notes").glob("*.yml")):
        found += [
            (note.date, note.source_says, note.should_read)
            for note in load_notes(path).notes
            if note.kind == "correction"
        ]
    return found


def test_corrections_are_sorted_newest_first_then_by_article_and_note(monkeypatch):
    import source_notes.corrections as corrections

    def note(number, date):
        return SimpleNamespace(
            kind="correction", date=date, number=number, quote="q", source_says="a",
            should_read="b", text="t",
        )  # fmt: skip

    articles = {
        "b.html": [note(2, "2026-01-05"), note(1, "2026-01-05")],
        "a.html": [note(1, "2025-12-31"), note(3, "2026-01-05")],
    }
    records = {
        url: SimpleNamespace(notes=SimpleNamespace(notes=notes)) for url, notes in articles.items()
    }
    fake = [SimpleNamespace(url=url, title=url) for url in articles]
    monkeypatch.setattr(corrections, "seed_articles", lambda items: list(items))
    monkeypatch.setattr(corrections, "record_of", lambda article: records[article.url])
    order = [(e.date, e.article_url, e.number) for e in collect_corrections(fake)]
    assert order == [
        ("2026-01-05", "a.html", 3),
        ("2026-01-05", "b.html", 1),
        ("2026-01-05", "b.html", 2),
        ("2025-12-31", "a.html", 1),
    ]


@pytest.mark.build
def test_every_correction_appears_once_newest_first_with_links_that_resolve(site):
    page = soup(site / "corrections.html")
    items = page.select("ol.corrections > li")
    shown = []
    for item in items:
        date = item.find("time")["datetime"]
        source_says = item.find("del").get_text()
        should_read = item.find("ins").get_text()
        shown.append((date, source_says, should_read))
        for anchor in item.find_all("a", href=True):
            target, _, fragment = anchor["href"].partition("#")
            assert (site / target).is_file(), anchor["href"]
            if fragment:
                article = soup(site / target)
                note = article.find(id=fragment)
                assert note is not None and source_says in article.get_text()
    expected = editor_corrections()
    assert expected and sorted(shown) == sorted(expected)  # each exactly once
    dates = [date for date, _, _ in shown]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.build
def test_the_log_is_linked_from_the_footer_and_the_method_page(site):
    index = soup(site / "index.html")
    assert index.select_one("footer a[href$='corrections.html']")
    method = soup(site / "methode.html")
    assert method.find(id="corrections")
    assert method.select_one("main a[href$='corrections.html']")


@pytest.mark.build
def test_article_jsonld_corrections_are_dated_correction_comments_with_a_policy(site):
    records = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    dated = 0
    for record in records:
        page = soup(site / record["url"])
        data = json.loads(page.find("script", type="application/ld+json").string)
        assert data["correctionsPolicy"].endswith("methode.html#corrections")
        for comment in data.get("correction", []):
            assert comment["@type"] == "CorrectionComment"
            assert len(comment["datePublished"]) == 10
            dated += 1
    assert dated == len(editor_corrections())
