"""The built site opened from disk (file://): the search page says, in French, that search
needs a web server (`make serve`), instead of a browser error in English."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def local_page(browser):
    context = browser.new_context()
    tab = context.new_page()
    yield tab
    context.close()


def test_the_search_page_opened_from_disk_says_search_needs_make_serve(local_page, site):
    page = local_page
    page.goto((site / "index.html").as_uri())
    page.locator("a[href$='recherche.html']").first.click()
    page.wait_for_load_state("load")
    assert page.url.startswith("file://") and page.url.endswith("recherche.html")
    status = page.locator("#search-status")
    status.filter(has_text="make serve").wait_for(timeout=10_000)
    # Some time for a late fetch failure to overwrite it, as it used to.
    page.wait_for_timeout(500)
    message = status.inner_text()
    assert status.is_visible()
    assert "make serve" in message and "serveur web" in message
    assert "La recherche ne fonctionne pas" in message
    # No English browser error in the French page.
    assert not re.search(r"Failed|fetch|Error|CORS", message), message


def test_over_http_search_runs_and_the_message_does_not_show(page, site_url):
    page.goto(site_url + "recherche.html?q=Stoltenberg")
    status = page.locator("#search-status")
    status.filter(has_text="résultat").wait_for()
    assert "make serve" not in status.inner_text()
    assert page.console_errors == []
