"""Other names of organisations and places on the search page, in headless Chromium.

Expected articles come from the built site's texts (titles and paragraphs, analysed by
the index's French analysis) and from content/names.yml, never from the query code.
"""

from __future__ import annotations

import json

import pytest
from conftest import ROOT
from lunr_index.french import terms
from name_aliases import EXACT_CASE, load_names
from test_browser_search import assert_clean, open_search, results, search, show_all, status

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def article_terms(site) -> dict[str, set[str]]:
    """Every article's title, with the index terms of what the index holds of it.

    From the open data: title, text, and the credits and original title (the index's
    "source" field).
    """
    records = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    fields = ("title", "text", "author", "translator", "site", "source_credit", "original_title")
    return {
        record["title"]: set(terms(" ".join(record[f] or "" for f in fields))) for record in records
    }


def articles_naming(article_terms, entry_id: str) -> set[str]:
    """Articles that write one form of the entry (every word of it), exact forms aside."""
    record = next(r for r in load_names(ROOT / "content" / "names.yml") if r.id == entry_id)
    forms = [set(terms(form.text)) for form in record.forms if form.case != EXACT_CASE]
    return {title for title, held in article_terms.items() if any(f <= held for f in forms)}


def aliases_line(page) -> dict[str, str]:
    """The « Autre nom » line of each listed result, by title ('' when none)."""
    return page.evaluate(
        """() => Object.fromEntries(Array.from(document.querySelectorAll('#search-results > li'),
          li => [li.querySelector('h2 a').textContent,
                 (li.querySelector('.result-aliases') || {textContent: ''}).textContent]))"""
    )


def test_kyiv_finds_the_articles_that_write_kiev(page, site_url, article_terms):
    expected = articles_naming(article_terms, "kiev")
    assert len(expected) >= 3
    assert not {title for title, held in article_terms.items() if "kyiv" in held}
    open_search(page, site_url)
    search(page, "Kyiv")
    found = {r["title"] for r in results(page) if r["kind"] == "article"}
    assert found == expected
    assert status(page) == f"{len(found)} résultats pour « Kyiv »."
    lines = aliases_line(page)
    assert all(lines[title] == "Autre nom : Kyiv → Kiev" for title in found), lines
    assert all("Kiev" in r["marks"] for r in results(page)), "the other name is highlighted"
    assert_clean(page)


def test_nato_finds_the_articles_about_the_otan(page, site_url, article_terms):
    expected = articles_naming(article_terms, "otan")
    english = {title for title, held in article_terms.items() if "nato" in held}
    assert len(english) == 1 and len(expected) >= 5
    open_search(page, site_url)
    search(page, "NATO ")
    show_all(page)
    found = {r["title"] for r in results(page) if r["kind"] == "article"}
    assert found == expected
    lines = aliases_line(page)
    assert lines[next(iter(english))] == "", "the article that writes NATO needs no other name"
    for title in expected - english:
        assert lines[title].startswith("Autre") and "NATO → OTAN" in lines[title], lines
    assert_clean(page)


def test_alliance_in_lower_case_is_the_common_word(page, site_url, article_terms):
    own = {title for title, held in article_terms.items() if "allianc" in held}
    otan = articles_naming(article_terms, "otan")
    assert otan - own, "some articles about the OTAN never write « alliance »"
    open_search(page, site_url)
    search(page, "alliance ")
    show_all(page)
    assert {r["title"] for r in results(page) if r["kind"] == "article"} == own
    assert not any(aliases_line(page).values()), "nothing was expanded"
    search(page, "Alliance ")
    show_all(page)
    capitalised = {r["title"] for r in results(page) if r["kind"] == "article"}
    assert capitalised == own | otan
    lines = aliases_line(page)
    assert all(lines[title] == "Autre nom : Alliance → OTAN" for title in otan - own), lines
    assert_clean(page)
