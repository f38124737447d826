"""Word order on the search page, in headless Chromium: phrases first, quotes keep only them.

Which articles hold the phrase comes from the built site's texts (data/articles.json,
analysed by the index's French analysis: stop words have no position), never from the
query code.
"""

from __future__ import annotations

import json

import pytest
from lunr_index.french import terms
from test_browser_search import assert_clean, open_search, results, search, show_all

pytestmark = pytest.mark.browser

# Both words are in several articles; only some write them side by side.
PHRASE = "alliance défensive"


def holds_phrase(text: str, phrase: str) -> bool:
    """True when text's index terms hold the phrase's terms next to each other, in order."""
    wanted, held = terms(phrase), terms(text)
    return any(held[i : i + len(wanted)] == wanted for i in range(len(held)))


@pytest.fixture(scope="module")
def articles(site) -> list[dict]:
    return json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def holders(articles) -> set[str]:
    found = {a["title"] for a in articles if holds_phrase(a["title"] + "\n" + a["text"], PHRASE)}
    assert found, "some article must write the phrase"
    return found


def test_articles_with_the_words_side_by_side_come_first(page, site_url, articles, holders):
    both = {a["title"] for a in articles if set(terms(PHRASE)) <= set(terms(a["text"]))}
    assert both - holders, "some article must hold both words apart"
    open_search(page, site_url)
    search(page, PHRASE + " ")
    show_all(page)
    titles = [r["title"] for r in results(page) if r["kind"] == "article"]
    assert set(titles[: len(holders)]) == holders
    assert set(titles) >= both  # the scattered ones are still found, after
    assert_clean(page)


@pytest.mark.parametrize("quoted", [f'"{PHRASE}"', f"« {PHRASE} »"])
def test_quotes_keep_only_the_articles_with_the_phrase(page, site_url, holders, quoted):
    open_search(page, site_url)
    search(page, quoted)
    show_all(page)
    assert {r["title"] for r in results(page)} == holders
    assert_clean(page)
