"""A publication: Atom feeds of dated articles, sitemap, robots.txt, canonical and
OpenGraph URLs, schema.org JSON-LD on every kind of page, and a 404 page that holds at
any depth under GitHub Pages' sub-path."""

from __future__ import annotations

import functools
import json
import threading
import xml.etree.ElementTree as ET
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import make

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


class PagesHandler(SimpleHTTPRequestHandler):
    """Serve files as GitHub Pages does: a missing path gets the site's 404.html."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "archive" / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """The five-seed site published for http://127.0.0.1:<port>/archive, and served there."""
    root = tmp_path_factory.mktemp("pages")
    handler = functools.partial(PagesHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    public = f"http://127.0.0.1:{server.server_address[1]}/archive"
    output = root / "archive"
    make("publish", f"OUTPUTDIR={output}", f"SITEURL={public}", "STRICT=1")
    yield output, public
    server.shutdown()
    server.server_close()


def records(output: Path) -> list[dict]:
    return json.loads((output / "data" / "articles.json").read_text(encoding="utf-8"))


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def entries(feed: Path) -> list:
    return ET.parse(feed).getroot().findall(f"{ATOM}entry")


def test_the_main_feed_holds_every_dated_article_and_no_undated_one(published):
    output, public = published
    feed = output / "feeds" / "articles.atom.xml"
    dated = {r["url"]: r["date"] for r in records(output) if r["date"]}
    found = {}
    for entry in entries(feed):
        link = entry.find(f"{ATOM}link").get("href")
        assert link.startswith(public + "/"), "feed links are absolute in the published build"
        found[link.removeprefix(public + "/")] = entry.find(f"{ATOM}published").text[:10]
        # Atom's updated is the article's date, never the build's time.
        assert entry.find(f"{ATOM}updated").text == entry.find(f"{ATOM}published").text
    assert found == dated
    root = ET.parse(feed).getroot()
    assert root.find(f"{ATOM}updated").text[:10] == max(dated.values())


def test_each_topic_and_person_with_dated_articles_has_its_feed(published):
    output, _public = published
    for record in records(output):
        for topic in record["topics"]:
            slug = Path(topic["url"]).stem
            assert (output / "feeds" / f"sujet-{slug}.atom.xml").exists() or not record["date"]
        for person in record["people"]:
            slug = Path(person["url"]).stem
            assert (output / "feeds" / f"personne-{slug}.atom.xml").exists() or not record["date"]
    for feed in (output / "feeds").glob("*.atom.xml"):
        assert entries(feed), f"{feed.name} is empty"


def test_pages_link_their_feeds_and_say_subscribe(published):
    output, _public = published
    home = soup_of(output / "index.html")
    alternate = home.find("link", rel="alternate", type="application/atom+xml")
    assert alternate["href"].endswith("feeds/articles.atom.xml")
    assert home.find("a", string="S’abonner (Atom)")
    topic = next(p for p in (output / "sujets").glob("*.html") if p.name != "index.html")
    assert "S’abonner à ce sujet" in soup_of(topic).get_text()


def test_sitemap_lists_every_page_with_lastmod_only_from_known_dates(published):
    output, public = published
    urls = {
        url.find(f"{SITEMAP}loc").text: url.find(f"{SITEMAP}lastmod")
        for url in ET.parse(output / "sitemap.xml").getroot()
    }
    for record in records(output):
        lastmod = urls[f"{public}/{record['url']}"]
        assert (lastmod.text if lastmod is not None else None) == record["date"]
    pages = ["index.html", "a-propos.html", "sujets/index.html", "personnes/index.html"]
    for page in [*pages, "corrections.html"]:
        assert f"{public}/{page}" in urls
    assert (output / "robots.txt").read_text() == (
        f"User-agent: *\nAllow: /\n\nSitemap: {public}/sitemap.xml\n"
    )
    assert (output / ".nojekyll").exists()


KINDS = {
    "index.html": "WebSite",
    "sujets/index.html": "CollectionPage",
    "personnes/index.html": "CollectionPage",
    "personnes/jens-stoltenberg.html": "Person",
    "a-propos.html": "WebPage",
}


def jsonld_types(page: BeautifulSoup) -> set[str]:
    types = set()
    for script in page.find_all("script", type="application/ld+json"):
        data = json.loads(script.string)
        for item in data.get("@graph", [data]):
            types.add(item["@type"])
    return types


def test_every_kind_of_page_has_its_canonical_url_previews_and_json_ld(published):
    output, public = published
    article = records(output)[0]["url"]
    topic = next(p for p in (output / "sujets").glob("*.html") if p.name != "index.html")
    kinds = KINDS | {article: "NewsArticle", str(topic.relative_to(output)): "CollectionPage"}
    for path, kind in kinds.items():
        page = soup_of(output / path)
        assert page.find("link", rel="canonical")["href"] == f"{public}/{path}", path
        assert page.find("meta", property="og:url")["content"] == f"{public}/{path}"
        assert page.find("meta", property="og:title")["content"]
        assert kind in jsonld_types(page), path
    person = json.loads(
        soup_of(output / "personnes/jens-stoltenberg.html")
        .find("script", type="application/ld+json")
        .string
    )
    assert all(url.startswith("https://www.wikidata.org/wiki/Q") for url in person["sameAs"])
    website = next(
        item
        for item in json.loads(
            soup_of(output / "index.html").find("script", type="application/ld+json").string
        )["@graph"]
        if item["@type"] == "WebSite"
    )
    assert (
        website["potentialAction"]["target"] == f"{public}/recherche.html?q={{search_term_string}}"
    )


def test_the_local_build_has_no_absolute_address_no_feed_and_no_sitemap(site):
    # Feeds and sitemaps need the public address: a local folder has none.
    home = soup_of(site / "index.html")
    assert home.find("link", rel="canonical") is None
    assert home.find("link", rel="alternate") is None and "S’abonner" not in home.get_text()
    assert not (site / "sitemap.xml").exists() and not (site / "robots.txt").exists()
    assert not (site / "feeds").exists()
    assert (site / ".nojekyll").exists()


@pytest.mark.browser
def test_the_404_page_is_styled_and_its_links_work_at_any_depth(browser, published):
    _output, public = published
    page = browser.new_page()
    response = page.goto(f"{public}/a/b/c")
    assert response.status == 404
    serif = page.evaluate(
        "getComputedStyle(document.documentElement).getPropertyValue('--serif').trim()"
    )
    assert serif, "the stylesheet did not load at /a/b/c"
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    # Every link to another page of the site (the skip link stays on this one).
    internal = {h.split("#")[0] for h in hrefs if h.startswith(public)} - {f"{public}/a/b/c"}
    assert len(internal) >= 5
    for target in internal:
        assert page.request.get(target).status == 200, target
    page.close()


def differing_files(left: Path, right: Path) -> list[str]:
    names = {p.relative_to(left) for p in left.rglob("*") if p.is_file()}
    names |= {p.relative_to(right) for p in right.rglob("*") if p.is_file()}
    return sorted(
        str(name)
        for name in names
        if not (left / name).is_file()
        or not (right / name).is_file()
        or (left / name).read_bytes() != (right / name).read_bytes()
    )


def test_two_published_builds_are_byte_identical_feeds_and_sitemap_included(published, tmp_path):
    output, public = published
    again = tmp_path / "again"
    make("publish", f"OUTPUTDIR={again}", f"SITEURL={public}", "STRICT=1")
    assert (again / "feeds" / "articles.atom.xml").exists()
    assert differing_files(output, again) == []
