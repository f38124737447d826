"""Links gate: every internal link and anchor of the built site leads somewhere that exists.

Pages, stylesheets, feeds, the sitemap and robots.txt are read.
A small checker over the output folder, no network: each page is given the URL it would
have on a server, each href/src/action is resolved against it as a browser would, and a
URL inside the site must name a file of the output and, with a #fragment, an id of that
page. The relative build is checked at a server's root and under a sub-path (GitHub
Pages' /<repo>/); the published build under its public address.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from conftest import PUBLIC_SITEURL

# Where a page points to another resource: (tag, attribute).
LINK_ATTRIBUTES = (
    ("a", "href"),
    ("area", "href"),
    ("link", "href"),
    ("script", "src"),
    ("img", "src"),
    ("source", "src"),
    ("iframe", "src"),
    ("form", "action"),
)
# Schemes that leave the web, or carry their content inline: not links to check.
NON_HTTP_SCHEMES = ("mailto:", "tel:", "data:")
CSS_URL_RE = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")
ROBOTS_SITEMAP_RE = re.compile(r"^sitemap:\s*(\S+)", re.IGNORECASE | re.MULTILINE)


def page_url(base: str, path: Path) -> str:
    """Return the URL a file of the output has when the site is served at base."""
    return urljoin(base, path.as_posix())


def target_file(output: Path, base: str, url: str) -> Path | None:
    """Return the output file a URL names, or None when the URL is outside the site."""
    parts = urlsplit(url)
    site = urlsplit(base)
    if (parts.scheme, parts.netloc) != (site.scheme, site.netloc):
        return None
    if not parts.path.startswith(site.path):
        return None
    relative = unquote(parts.path[len(site.path) :])
    if relative == "" or relative.endswith("/"):
        relative += "index.html"
    return output / relative


@functools.cache
def parsed(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@functools.cache
def anchors(path: Path) -> frozenset[str]:
    """Return the ids (and old-style a names) a page offers as #fragments."""
    soup = parsed(path)
    ids = {tag["id"] for tag in soup.find_all(id=True)}
    ids |= {tag["name"] for tag in soup.find_all("a", attrs={"name": True})}
    return frozenset(ids)


def xml_references(path: Path) -> list[str]:
    """Return the URLs of a feed (Atom <link href>) or a sitemap (<loc>)."""
    found = []
    for element in ElementTree.parse(path).getroot().iter():
        name = element.tag.rsplit("}", 1)[-1]
        if name == "link" and element.get("href") is not None:
            found.append(element.get("href"))
        elif name == "loc" and element.text:
            found.append(element.text.strip())
    return found


def references(output: Path, path: Path) -> list[str]:
    """Return every URL a page, stylesheet, feed, sitemap or robots.txt of the output points to."""
    if path.suffix == ".css":
        return CSS_URL_RE.findall(path.read_text(encoding="utf-8"))
    if path.suffix == ".xml":
        return xml_references(path)
    if path.name == "robots.txt":
        return ROBOTS_SITEMAP_RE.findall(path.read_text(encoding="utf-8"))
    soup = parsed(path)
    found = []
    for tag_name, attribute in LINK_ATTRIBUTES:
        for tag in soup.find_all(tag_name, attrs={attribute: True}):
            found.append(tag[attribute])
    for tag in soup.find_all(["img", "source"], attrs={"srcset": True}):
        found.extend(item.split()[0] for item in tag["srcset"].split(",") if item.strip())
    return found


def link_problem(output: Path, base: str, page: Path, reference: str) -> str | None:
    """Say what is wrong with one reference of a page, or None when it leads somewhere."""
    if reference.strip() != reference or not reference:
        return f"{reference!r}: empty or padded with spaces"
    if reference.lower().startswith("javascript:"):
        return f"{reference!r}: a javascript: URL"
    if reference.lower().startswith(NON_HTTP_SCHEMES):
        return None
    url = urljoin(page_url(base, page.relative_to(output)), reference)
    target = target_file(output, base, url)
    if target is None:
        if urlsplit(url).netloc == urlsplit(base).netloc:
            return f"{reference!r}: leaves the site's folder ({url})"
        return None  # another site: the privacy gate checks those links
    if not target.resolve().is_relative_to(output.resolve()):
        return f"{reference!r}: leaves the output folder"
    if target.is_dir():
        return f"{reference!r}: a folder without a trailing slash"
    if not target.is_file():
        return f"{reference!r}: no such file {target.relative_to(output)}"
    fragment = unquote(urlsplit(url).fragment)
    if not fragment:
        if reference.endswith("#"):
            return f"{reference!r}: an empty #fragment"
        return None
    if target.suffix != ".html":
        return f"{reference!r}: a #fragment into a file that is not a page"
    if fragment not in anchors(target):
        return f"{reference!r}: no id {fragment!r} in {target.relative_to(output)}"
    return None


def broken_links(output: Path, base: str) -> list[str]:
    """Return 'page: problem' for every reference of the site at base that leads nowhere."""
    problems = []
    files = [p for suffix in ("html", "css", "xml") for p in sorted(output.rglob(f"*.{suffix}"))]
    files += [output / "robots.txt"] if (output / "robots.txt").exists() else []
    for page in files:
        for reference in references(output, page):
            problem = link_problem(output, base, page, reference)
            if problem:
                problems.append(f"{page.relative_to(output)}: {problem}")
    return problems


def assert_no_broken_links(output: Path, base: str) -> None:
    problems = broken_links(output, base)
    assert not problems, f"{len(problems)} broken links at {base}:\n" + "\n".join(problems)


@pytest.mark.build
@pytest.mark.parametrize("base", ["https://example.org/", "https://example.org/archive/"])
def test_relative_build_has_no_broken_link_at_the_root_or_under_a_sub_path(site, base):
    assert_no_broken_links(site, base)


@pytest.mark.build
def test_published_build_has_no_broken_link_under_its_public_address(published_site):
    assert_no_broken_links(published_site, PUBLIC_SITEURL + "/")


def test_published_build_is_checked_on_every_kind_of_page(published_site):
    # A checker that found no pages would pass: the listing pages of the
    # published build (two articles a page) have next pages, and articles exist.
    names = {p.relative_to(published_site).as_posix() for p in published_site.rglob("*.html")}
    assert "index-page2.html" in names
    assert any(name.startswith("articles/") for name in names)
    assert any(re.match(r"sujets/.+-page2\.html$", name) for name in names)


# The checker itself, on a tiny output folder: each kind of breakage is found.
@pytest.fixture
def tiny_site(tmp_path) -> Path:
    output = tmp_path / "out"
    (output / "a").mkdir(parents=True)
    (output / "a" / "page.html").write_text(
        '<p id="here">x</p><a href="../index.html#top">ok</a>', encoding="utf-8"
    )
    (output / "style.css").write_text("body{background:url(missing.png)}", encoding="utf-8")
    return output


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("a/page.html", None),
        ("a/page.html#here", None),
        ("./a/page.html?q=1#here", None),
        ("https://other.example/x", None),
        ("mailto:someone@example.org", None),
        ("a/missing.html", "no such file a/missing.html"),
        ("a/page.html#nowhere", "no id 'nowhere'"),
        ("#absent", "no id 'absent'"),
        ("a", "a folder without a trailing slash"),
        ("/elsewhere/page.html", "leaves the site's folder"),
        ("../../etc/passwd", "leaves the site's folder"),
        ("javascript:alert(1)", "a javascript: URL"),
        ("style.css#x", "not a page"),
        ("", "empty"),
    ],
)
def test_checker_finds_each_kind_of_broken_link(tiny_site, link, expected):
    (tiny_site / "index.html").write_text(
        f'<h1 id="top">t</h1><a href="{link}">x</a>', encoding="utf-8"
    )
    parsed.cache_clear()
    anchors.cache_clear()
    problems = [
        p for p in broken_links(tiny_site, "https://example.org/site/") if p.startswith("index")
    ]
    if expected is None:
        assert problems == []
    else:
        assert len(problems) == 1 and expected in problems[0], problems


def test_checker_reads_feeds_sitemaps_and_robots_txt(tiny_site):
    (tiny_site / "index.html").write_text('<h1 id="top">t</h1>', encoding="utf-8")
    (tiny_site / "style.css").unlink()
    (tiny_site / "feeds").mkdir()
    (tiny_site / "feeds" / "all.atom.xml").write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><link href="feeds/all.atom.xml" rel="self"/>'
        '<entry><link href="https://example.org/site/a/page.html"/></entry></feed>',
        encoding="utf-8",
    )
    (tiny_site / "sitemap.xml").write_text(
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://example.org/site/gone.html</loc></url></urlset>",
        encoding="utf-8",
    )
    (tiny_site / "robots.txt").write_text(
        "Sitemap: https://example.org/site/sitemap.xml\nSitemap: https://example.org/site/no.xml\n",
        encoding="utf-8",
    )
    parsed.cache_clear()
    assert broken_links(tiny_site, "https://example.org/site/") == [
        # Relative URLs of a feed resolve against the feed's own address.
        "feeds/all.atom.xml: 'feeds/all.atom.xml': no such file feeds/feeds/all.atom.xml",
        "sitemap.xml: 'https://example.org/site/gone.html': no such file gone.html",
        "robots.txt: 'https://example.org/site/no.xml': no such file no.xml",
    ]


def test_checker_reads_stylesheets(tiny_site):
    (tiny_site / "index.html").write_text('<h1 id="top">t</h1>', encoding="utf-8")
    parsed.cache_clear()
    assert broken_links(tiny_site, "https://example.org/") == [
        "style.css: 'missing.png': no such file missing.png"
    ]
