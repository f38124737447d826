"""The built site as a reader meets it: headless Chromium at phone and desktop widths."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT, SEEDS
from screenshots import page_picture_problems

pytestmark = pytest.mark.browser

WIDTHS = [375, 1280]
PELICANCONF = (ROOT / "pelicanconf.py").read_text(encoding="utf-8")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", ["index.html", "a-propos.html", "404.html"])
def test_pages_fit_the_screen_without_errors_or_external_requests(page, site_url, path, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_url + path)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"
    # The stylesheet loaded: the body uses the theme's own font stack, not the browser's.
    theme_serif = page.evaluate(
        "getComputedStyle(document.documentElement).getPropertyValue('--serif').trim()"
    )
    assert theme_serif, "the theme's stylesheet did not load"
    assert page.evaluate("getComputedStyle(document.body).fontFamily") == theme_serif
    # The picture a reader gets: something rendered, as wide as the screen.
    problems = page_picture_problems(page.context.browser, page.screenshot(full_page=True), width)
    assert not problems, f"{path} at {width}px: {problems}"
    assert page.console_errors == []
    assert page.external_requests == []


@pytest.mark.parametrize("width", WIDTHS)
def test_every_article_page_reads_at_both_widths(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_url + "index.html")
    links = page.locator(".article-list a")
    # The home page lists every seed's article, up to a page of DEFAULT_PAGINATION.
    per_page = int(re.search(r"^DEFAULT_PAGINATION = (\d+)", PELICANCONF, re.M).group(1))
    assert links.count() == min(len(list(SEEDS.glob("*.txt"))), per_page)
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    for href in hrefs:
        page.goto(site_url + href)
        assert page.locator("h1").count() == 1
        assert page.locator(".article-body p").count() >= 3
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{href} scrolls sideways at {width}px"
        # Long French text stays within a readable measure on wide screens.
        measure = page.evaluate(
            "document.querySelector('.article-body p').getBoundingClientRect().width"
        )
        assert measure <= 720
    assert page.console_errors == []
    assert page.external_requests == []


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(page, site_url):
    page.goto(site_url + "index.html")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Aller au contenu"
    assert page.evaluate("document.activeElement.getBoundingClientRect().top") >= 0  # visible
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "contenu"


def test_site_is_readable_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(site_url + "index.html")
    assert tab.locator(".article-list a").count() == 5
    tab.locator(".article-list a").first.click()
    assert tab.locator(".article-body p").count() >= 3
    context.close()
