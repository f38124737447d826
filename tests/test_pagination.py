"""Listing pages are paginated the Pelican way, with links that work under a sub-path."""

from __future__ import annotations

import json
import posixpath
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import build_site, serve

pytestmark = pytest.mark.build

PER_PAGE = 2


@pytest.fixture(scope="module")
def paged(tmp_path_factory) -> Path:
    """The five seeds with two articles per listing page."""
    output = tmp_path_factory.mktemp("paged") / "output"
    return build_site(output, extra=[f"PELICANOPTS=-e DEFAULT_PAGINATION={PER_PAGE}"])


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def pages_of(site: Path, first: str) -> list[Path]:
    """The pages of a list, following "Page suivante" from its first page."""
    pages = [site / first]
    while True:
        link = soup_of(pages[-1]).select_one("nav.pagination a[rel=next]")
        if link is None:
            return pages
        target = posixpath.normpath(posixpath.join(posixpath.dirname(first), link["href"]))
        first = target
        pages.append(site / target)
        assert pages[-1].exists(), target


def listed(page: Path, selector: str = ".article-list h3 a") -> list[str]:
    """URLs of the articles a page lists, relative to the site root."""
    folder = page.parent
    return [
        posixpath.normpath((folder / a["href"]).as_posix()).split("/output/", 1)[1]
        for a in soup_of(page).select(selector)
    ]


def articles(site: Path) -> list[dict]:
    return json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))


def test_the_home_page_lists_every_article_once_across_its_pages(paged):
    pages = pages_of(paged, "index.html")
    assert [p.name for p in pages] == ["index.html", "index-page2.html", "index-page3.html"]
    urls = [url for page in pages for url in listed(page)]
    assert sorted(urls) == sorted(record["url"] for record in articles(paged))
    assert all(len(listed(page)) <= PER_PAGE for page in pages)


def test_pages_say_where_they_are_in_french(paged):
    nav = soup_of(paged / "index-page2.html").select_one("nav.pagination")
    assert nav.select_one("[aria-current=page]").get_text() == "Page 2 sur 3"
    assert nav.select_one("a[rel=prev]").get_text() == "Page précédente"
    assert nav.select_one("a[rel=next]").get_text() == "Page suivante"
    first = soup_of(paged / "index.html").select_one("nav.pagination")
    assert first.select_one("a[rel=prev]") is None


def test_a_topic_lists_its_articles_across_its_pages(paged):
    by_topic: dict[str, set[str]] = {}
    for record in articles(paged):
        for topic in record["topics"]:
            by_topic.setdefault(topic["url"], set()).add(record["url"])
    url, expected = max(by_topic.items(), key=lambda item: len(item[1]))
    assert len(expected) > PER_PAGE, "no topic with several pages: the test proves nothing"
    pages = pages_of(paged, url)
    assert len(pages) == -(-len(expected) // PER_PAGE)
    urls = [u for page in pages for u in listed(page)]
    assert sorted(urls) == sorted(expected)


def test_a_person_lists_their_articles_across_pages_and_quotes_on_the_first(paged):
    by_person: dict[str, set[str]] = {}
    for record in articles(paged):
        for person in record["people"]:
            by_person.setdefault(person["url"], set()).add(record["url"])
    several = {url: found for url, found in by_person.items() if len(found) > PER_PAGE}
    quoted = 0
    for url, expected in several.items():
        pages = pages_of(paged, url)
        assert len(pages) == -(-len(expected) // PER_PAGE)
        assert {u for page in pages for u in listed(page)} == expected
        assert not any(soup_of(page).select("#quotes") for page in pages[1:])
        quoted += bool(soup_of(pages[0]).select("#quotes"))
    assert quoted, "no quoted person with several pages: the test proves nothing"


def test_a_list_that_fits_one_page_has_no_pagination(site):
    assert soup_of(site / "index.html").select("nav.pagination") == []


@pytest.mark.browser
def test_the_pagination_links_work_under_a_sub_path(browser, paged):
    server, url = serve(paged)
    try:
        tab = browser.new_page()
        tab.goto(url + "index.html")
        tab.click("nav.pagination a[rel=next]")
        assert tab.url == url + "index-page2.html"
        assert tab.text_content("nav.pagination [aria-current=page]") == "Page 2 sur 3"
        tab.click("nav.pagination a[rel=prev]")
        assert tab.url == url + "index.html"
        tab.goto(url + "sujets/index.html")
        tab.click(".topics a >> nth=0")
        assert "/sujets/" in tab.url and tab.url.endswith(".html")
        tab.close()
    finally:
        server.shutdown()
        server.server_close()
