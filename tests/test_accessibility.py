"""Accessibility gate: axe-core finds no violation on any kind of page, light or dark; focus shows.

axe-core (npm, node_modules/axe-core) runs in headless Chromium on every kind of page of
both builds, in both colour schemes, with WCAG 2.1 A and AA and axe's best practices.
"""

from __future__ import annotations

import pytest
from conftest import ROOT, build_address
from site_pages import EVERY_SITE_KINDS, NEXT_PAGE_KINDS, page_kinds, wait_until_ready

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
# Rules switched off, each with its reason: none.
DISABLED_RULES: dict[str, str] = {}
SCHEMES = ["light", "dark"]
# Enough Tab presses to pass the header and reach the page's own links.
TAB_STOPS = 12

BUILDS = ["site", "published_site"]


@pytest.fixture
def axe_page(browser):
    """A browser page that may inject axe-core: the site's CSP forbids inline scripts."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run make setup (npm ci)")
    context = browser.new_context(bypass_csp=True)
    tab = context.new_page()
    yield tab
    context.close()


def axe_violations(page) -> list[dict]:
    """Run axe-core on the page as it is and return its violations."""
    page.add_script_tag(path=str(AXE))
    options = {
        "runOnly": {"type": "tag", "values": AXE_TAGS},
        "rules": {rule: {"enabled": False} for rule in DISABLED_RULES},
        "resultTypes": ["violations"],
    }
    return page.evaluate("options => axe.run(document, options).then(r => r.violations)", options)


def describe(kind: str, url: str, violation: dict) -> str:
    targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:20])
    more = len(violation["nodes"]) - 20
    return (
        f"{kind} ({url}): {violation['id']} [{violation['impact']}] {violation['help']}"
        f" — {len(violation['nodes'])} nodes: {targets}{f' (+{more})' if more > 0 else ''}"
    )


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("build", BUILDS)
def test_no_axe_violation_on_any_kind_of_page(axe_page, request, build, scheme):
    output = request.getfixturevalue(build)
    base = build_address(request, axe_page.context, build)
    axe_page.emulate_media(color_scheme=scheme)
    problems = []
    kinds = page_kinds(output)
    for kind, url in kinds.items():
        axe_page.goto(base + url)
        wait_until_ready(axe_page, kind)
        problems += [describe(kind, url, v) for v in axe_violations(axe_page)]
    assert not problems, f"{build}, {scheme} scheme:\n" + "\n".join(problems)
    # Every kind was found, so every kind was checked (next pages: two articles a page).
    assert kinds.keys() >= EVERY_SITE_KINDS | (
        NEXT_PAGE_KINDS if build == "published_site" else set()
    )


FOCUS_STYLE = """() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  return {
    tag: element.tagName.toLowerCase(),
    text: (element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40),
    visible: outline || style.boxShadow !== 'none',
  };
}"""


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("kind", ["home", "article", "search-results"])
def test_keyboard_focus_is_visible_on_every_tab_stop(axe_page, site, site_url, kind, scheme):
    axe_page.emulate_media(color_scheme=scheme)
    axe_page.goto(site_url + page_kinds(site)[kind])
    wait_until_ready(axe_page, kind)
    unseen = []
    tags = set()
    for _ in range(TAB_STOPS):
        axe_page.keyboard.press("Tab")
        focus = axe_page.evaluate(FOCUS_STYLE)
        tags.add(focus["tag"])
        if not focus["visible"]:
            unseen.append(f"<{focus['tag']}> {focus['text']!r}")
    assert "a" in tags, "no link was reached by the keyboard"
    assert not unseen, f"{kind}, {scheme}: focus not visible on " + "; ".join(unseen)
