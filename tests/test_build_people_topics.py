"""The built site's person and topic pages: each exists, says something useful, and links back."""

from __future__ import annotations

import json
import posixpath

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.build


def soup_of(path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def resolve(page_path, href, site):
    """The site-relative path a link of page_path points to."""
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page_path), href.split("#")[0]))
    return target


@pytest.fixture(scope="module")
def records(site):
    return json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))


def test_every_person_and_topic_of_the_export_has_a_page(site, records):
    for record in records:
        assert record["people"] and record["topics"], record["seed"]
        for item in record["people"] + record["topics"]:
            assert (site / item["url"]).is_file(), item


def test_person_pages_link_back_to_exactly_the_articles_that_mention_them(site, records):
    mentioned_in = {}
    for record in records:
        for person in record["people"]:
            mentioned_in.setdefault(person["url"], set()).add(record["url"])
    for person_url, article_urls in mentioned_in.items():
        page = soup_of(site / person_url)
        links = {
            resolve(person_url, a["href"], site)
            for a in page.select("#mentions ~ ol .article-item h3 a")
        }
        assert links == article_urls, person_url
        assert page.select_one(".role").get_text(strip=True)
        assert page.select_one(".first-mention p").get_text(strip=True)


def test_people_index_is_alphabetical_by_surname_with_counts(site, records):
    index = soup_of(site / "personnes" / "index.html")
    items = index.select(".index-list li")
    names = [li.a.get_text() for li in items]
    assert names == sorted(names, key=str.casefold)
    people = {p["url"] for r in records for p in r["people"]}
    # Authors and translators the byline credits have a page even when no body names them.
    credited = {c["url"] for r in records for c in r["credits"]}
    listed = {resolve("personnes/index.html", li.a["href"], site) for li in items}
    assert listed == people | credited
    assert all("article" in li.select_one(".count").get_text() for li in items)


def test_article_pages_link_people_and_topics_and_first_mentions(site, records):
    for record in records:
        page = soup_of(site / record["url"])
        listed = {resolve(record["url"], a["href"], site) for a in page.select(".article-links a")}
        assert {p["url"] for p in record["people"]} | {t["url"] for t in record["topics"]} == listed
        in_body = [
            resolve(record["url"], a["href"], site)
            for a in page.select(".article-body a.person-link")
        ]
        # The first mention of each person in the body links to their page, once.
        assert sorted(in_body) == sorted(p["url"] for p in record["people"])


def test_topic_pages_list_their_articles_and_people(site, records):
    tagged = {}
    for record in records:
        for topic in record["topics"]:
            tagged.setdefault(topic["url"], set()).add(record["url"])
    for topic_url, article_urls in tagged.items():
        page = soup_of(site / topic_url)
        links = {resolve(topic_url, a["href"], site) for a in page.select(".article-list a")}
        assert links == article_urls
        assert page.select_one(".lead").get_text(strip=True)  # the description
        assert page.select("#people ~ ul a")
    index = soup_of(site / "sujets" / "index.html")
    assert len(index.select(".index-list li")) == len(tagged)
