"""Privacy and safety gate: a strict Content-Security-Policy, no request leaving the site.

Every page carries a CSP in a <meta> (GitHub Pages sets no headers) that allows the site's
own origin only and no inline script; no page kind, opened in Chromium, asks anything of
another origin or breaks the policy; links to other sites give them neither the page's
window nor its address.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import PUBLIC_SITEURL, build_address
from site_pages import page_kinds, wait_until_ready

CSP_HTTP_EQUIV = "content-security-policy"
# Sources a directive may list: the site itself, nothing, or (images) inline data.
ALLOWED_SOURCES = {"'self'", "'none'"}
ALLOWED_EXTRA = {"img-src": {"data:"}}
REQUIRED_DIRECTIVES = {
    "default-src": {"'self'"},
    "script-src": {"'self'"},
    "style-src": {"'self'"},
    "object-src": {"'none'"},
    "base-uri": {"'self'"},
    "form-action": {"'self'"},
}
# A <script> the browser does not run: structured data (JSON-LD) is allowed inline.
DATA_SCRIPT_TYPES = {"application/ld+json"}
# Each build and the address its pages know themselves by (any, for a relative build).
BUILDS = {"site": "https://site.invalid/", "published_site": PUBLIC_SITEURL + "/"}


def html_pages(output: Path) -> list[Path]:
    return sorted(output.rglob("*.html"))


def parse_policy(content: str) -> dict[str, list[str]]:
    """Return {directive: sources} of a CSP string."""
    policy = {}
    for part in content.split(";"):
        words = part.split()
        if words:
            policy[words[0].lower()] = words[1:]
    return policy


def policy_problems(soup: BeautifulSoup) -> list[str]:
    """Say what is wrong with a page's CSP: missing, late, or allowing too much."""
    metas = soup.find_all("meta", attrs={"http-equiv": True})
    csp = [m for m in metas if m["http-equiv"].lower() == CSP_HTTP_EQUIV]
    if len(csp) != 1:
        return [f"{len(csp)} Content-Security-Policy <meta> (want one)"]
    head = soup.head
    before = [t for t in head.find_all(True, recursive=False)] if head else []
    # Only <meta charset> may come before it: the policy governs what follows it.
    position = before.index(csp[0]) if csp[0] in before else -1
    problems = []
    if position < 0 or any(not t.has_attr("charset") for t in before[:position]):
        problems.append("the CSP <meta> is not first in <head> (after the charset)")
    policy = parse_policy(csp[0].get("content", ""))
    for directive, wanted in REQUIRED_DIRECTIVES.items():
        if set(policy.get(directive, [])) != wanted:
            problems.append(f"CSP {directive} is {policy.get(directive)}, want {sorted(wanted)}")
    for directive, sources in policy.items():
        extra = set(sources) - ALLOWED_SOURCES - ALLOWED_EXTRA.get(directive, set())
        if extra:
            problems.append(f"CSP {directive} allows {sorted(extra)}")
    return problems


def inline_code_problems(soup: BeautifulSoup) -> list[str]:
    """Say where a page holds code the CSP would refuse: inline scripts, styles, handlers."""
    problems = []
    for script in soup.find_all("script"):
        if not script.has_attr("src") and script.get("type", "").lower() not in DATA_SCRIPT_TYPES:
            problems.append(f"inline <script>: {script.get_text()[:60]!r}")
    problems += [f"<style> element: {s.get_text()[:60]!r}" for s in soup.find_all("style")]
    for tag in soup.find_all(True):
        for attribute in tag.attrs:
            if attribute == "style" or attribute.lower().startswith("on"):
                problems.append(f"<{tag.name} {attribute}=...>")
    for tag in soup.find_all(["a", "form", "iframe"]):
        target = tag.get("href") or tag.get("action") or tag.get("src") or ""
        if target.strip().lower().startswith("javascript:"):
            problems.append(f"<{tag.name}> to a javascript: URL")
    return problems


def off_site_links_without_rel(soup: BeautifulSoup, page_url: str, site_url: str) -> list[str]:
    """List the links to other sites that lack rel="noopener noreferrer"."""
    problems = []
    for link in soup.find_all(["a", "area"], href=True):
        url = urljoin(page_url, link["href"])
        if urlsplit(url).scheme not in {"http", "https"} or url.startswith(site_url):
            continue
        rel = set(link.get("rel", []))
        if not {"noopener", "noreferrer"} <= rel:
            problems.append(f"{link['href']} has rel={sorted(rel)}")
    return problems


@pytest.mark.build
@pytest.mark.parametrize("build", BUILDS)
def test_every_page_has_a_strict_csp_and_nothing_it_would_refuse(request, build):
    output = request.getfixturevalue(build)
    problems = []
    for path in html_pages(output):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        name = path.relative_to(output)
        problems += [f"{name}: {p}" for p in policy_problems(soup) + inline_code_problems(soup)]
    assert not problems, "\n".join(problems)


@pytest.mark.build
@pytest.mark.parametrize("build", BUILDS)
def test_links_to_other_sites_carry_noopener_noreferrer(request, build):
    output = request.getfixturevalue(build)
    # Where the build's pages live: its public address, or any address for a relative build.
    site_url = BUILDS[build]
    problems, off_site = [], 0
    for path in html_pages(output):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        page_url = urljoin(site_url, path.relative_to(output).as_posix())
        found = off_site_links_without_rel(soup, page_url, site_url)
        problems += [f"{path.relative_to(output)}: {p}" for p in found]
        off_site += sum(1 for a in soup.find_all("a", href=True) if a["href"].startswith("http"))
    assert not problems, "\n".join(problems)
    assert off_site > 0, "no link to another site was checked: the person pages lost theirs?"


@pytest.mark.browser
@pytest.mark.parametrize("build", BUILDS)
def test_no_page_requests_another_origin_or_breaks_the_policy(page, request, build):
    output = request.getfixturevalue(build)
    base = build_address(request, page.context, build)
    requested = []
    page.on("request", lambda r: requested.append(r.url))
    problems = []
    for kind, url in page_kinds(output).items():
        requested.clear()
        page.console_errors.clear()
        page.goto(base + url, wait_until="networkidle")
        wait_until_ready(page, kind)
        page.wait_for_load_state("networkidle")
        outside = [r for r in requested if not r.startswith(base)]
        problems += [f"{kind} ({url}): requested {r}" for r in outside]
        # Chromium reports every CSP violation as a console error.
        problems += [f"{kind} ({url}): console error {e}" for e in page.console_errors]
    assert not problems, "\n".join(problems)
    assert page.external_requests == []


# The checks themselves, on small pages: each finds what it looks for.
GOOD_HEAD = (
    '<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" '
    "content=\"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "base-uri 'self'; form-action 'self'; object-src 'none'\"></head>"
)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (GOOD_HEAD, None),
        ("<head><title>t</title></head>", "0 Content-Security-Policy"),
        (GOOD_HEAD.replace('<meta charset="utf-8">', "<title>t</title>"), "not first"),
        (GOOD_HEAD.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"), "script-src"),
        (GOOD_HEAD.replace("img-src 'self' data:", "img-src 'self' https:"), "img-src allows"),
        (GOOD_HEAD.replace("default-src 'self'; ", ""), "default-src"),
    ],
)
def test_policy_check_finds_a_missing_or_loose_policy(html, expected):
    problems = policy_problems(BeautifulSoup(html, "html.parser"))
    assert (problems == []) if expected is None else any(expected in p for p in problems)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('<script src="a.js"></script><script type="application/ld+json">{}</script>', None),
        ("<script>alert(1)</script>", "inline <script>"),
        ('<p style="color:red">x</p>', "style="),
        ("<style>p{}</style>", "<style> element"),
        ('<img src="a.png" onerror="x()">', "onerror="),
        ('<a href="javascript:x()">x</a>', "javascript:"),
    ],
)
def test_inline_code_check_finds_what_the_policy_refuses(body, expected):
    problems = inline_code_problems(BeautifulSoup(body, "html.parser"))
    assert (problems == []) if expected is None else any(expected in p for p in problems)


@pytest.mark.parametrize(
    ("link", "bad"),
    [
        ('<a href="https://other.example/">x</a>', True),
        ('<a href="https://other.example/" rel="noopener">x</a>', True),
        ('<a href="https://other.example/" rel="noreferrer noopener">x</a>', False),
        ('<a href="https://example.org/archive/x.html">x</a>', False),
        ('<a href="x.html">x</a>', False),
        ('<a href="mailto:a@example.org">x</a>', False),
    ],
)
def test_rel_check_finds_off_site_links_without_it(link, bad):
    soup = BeautifulSoup(link, "html.parser")
    site = PUBLIC_SITEURL + "/"
    assert bool(off_site_links_without_rel(soup, site + "index.html", site)) is bad
