"""Article pages in a browser: note markers both ways, people links, collapsed removed lines."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def records(site):
    return json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))


def test_every_note_marker_leads_to_its_note_and_back(page, site_url, records):
    checked = 0
    for record in records:
        if not record["notes"]:
            continue
        page.goto(site_url + record["url"])
        markers = page.locator("sup.note-ref a")
        assert markers.count() == len(record["notes"]), record["seed"]
        for index in range(markers.count()):
            number = index + 1
            page.locator(f"#ref-{number}").click()
            assert page.evaluate("location.hash") == f"#note-{number}"
            assert page.locator(f"#note-{number}").is_visible()
            page.locator(f"#note-{number} a.backlink").click()
            assert page.evaluate("location.hash") == f"#ref-{number}"
            checked += 1
    assert checked == sum(len(r["notes"]) for r in records) > 0
    assert page.console_errors == []


def test_removed_lines_are_collapsed_until_opened(page, site_url, records):
    record = next(r for r in records if r["removed"])
    page.goto(site_url + record["url"])
    first_line = page.locator("details.removed li").first
    assert not first_line.is_visible()
    page.locator("details.removed summary").click()
    assert first_line.is_visible()


def test_first_mention_links_to_the_person_page_and_back(page, site_url, records):
    record = next(r for r in records if r["people"])
    page.goto(site_url + record["url"])
    page.locator(".article-body a.person-link").first.click()
    assert "/personnes/" in page.url
    page.locator("#mentions ~ ol a", has_text=record["title"][:20]).first.click()
    assert page.url.endswith(record["url"])


@pytest.mark.parametrize("width", [375, 1280])
def test_person_topic_and_index_pages_fit_the_screen(page, site_url, records, width):
    page.set_viewport_size({"width": width, "height": 900})
    urls = ["personnes/index.html", "sujets/index.html"]
    urls += [records[0]["people"][0]["url"], records[0]["topics"][0]["url"], records[0]["url"]]
    for url in urls:
        page.goto(site_url + url)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{url} scrolls sideways at {width}px"
    assert page.external_requests == []
    assert page.console_errors == []
