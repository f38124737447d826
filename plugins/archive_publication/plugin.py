"""What readers, feed readers and search engines expect of a publication.

- Atom feeds: every dated article (ARCHIVE_FEED_ATOM), and one per topic
  (ARCHIVE_TOPIC_FEED_ATOM) and per person (PERSON_FEED_ATOM). An article whose date
  is unknown is left out: Atom requires a date on every entry, and inventing one (or
  taking the build's time) would mislead readers and break byte-identical builds.
  Feeds sit one level below the root, like articles, so the relative links of an
  article's body resolve the same from its feed.
- sitemap.xml and robots.txt. `lastmod` only from a known date.

Feeds, sitemap and robots.txt are written in a build with a public address only
(PUBLIC_URL, set by publishconf.py): a feed reader resolves an entry's link against the
feed's own address, and a sitemap needs absolute URLs, so neither works from a local
folder.
- .nojekyll, so GitHub Pages serves the files as they are.

Pelican's own feeds (FEED_ALL_ATOM, TAG_FEED_ATOM...) stay off: they would give an
undated article the sentinel date the reader gives Pelican.
"""

from __future__ import annotations

import logging
from pathlib import Path
from xml.sax.saxutils import escape

from archive_core.dates import is_known
from archive_core.dates import iso_at_precision as iso_date
from archive_core.record import seed_articles
from archive_core.settings import apply_defaults
from pelican import signals
from pelican.generators import Generator

logger = logging.getLogger(__name__)

# Defaults in code, so the plugin works alone; pelicanconf.py may change them.
DEFAULTS = {
    "ARCHIVE_FEED_ATOM": "feeds/articles.atom.xml",
    "ARCHIVE_TOPIC_FEED_ATOM": "feeds/sujet-{slug}.atom.xml",
    "PERSON_FEED_ATOM": "feeds/personne-{slug}.atom.xml",
    "PUBLIC_URL": "",
}


def setting(settings, name: str):
    return settings.get(name, DEFAULTS[name])


def dated(articles) -> list:
    """The seed articles whose date is known, newest first."""
    known = [a for a in seed_articles(articles) if is_known(a.date_precision)]
    return sorted(known, key=lambda a: (a.date, a.source_path), reverse=True)


class PublicationGenerator(Generator):
    """Write the feeds, the sitemap, robots.txt and .nojekyll."""

    def generate_context(self) -> None:
        pass

    def generate_output(self, writer) -> None:
        output = Path(self.output_path)
        (output / ".nojekyll").write_text("", encoding="utf-8")
        public = setting(self.settings, "PUBLIC_URL").rstrip("/")
        if public:
            self.write_feeds(writer, self.context.get("articles", []))
            pages = page_entries(self.context)
            (output / "sitemap.xml").write_text(sitemap_xml(public, pages), encoding="utf-8")
            (output / "robots.txt").write_text(robots_txt(public), encoding="utf-8")

    def write_feeds(self, writer, articles) -> None:
        context = dict(self.context)
        context["FEED_DOMAIN"] = setting(self.settings, "PUBLIC_URL")
        every = dated(articles)
        if path := setting(self.settings, "ARCHIVE_FEED_ATOM"):
            write_feed(writer, every, context, path, "tous les articles")
        if pattern := setting(self.settings, "ARCHIVE_TOPIC_FEED_ATOM"):
            for tag, tagged in sorted(self.context.get("tags", []), key=lambda t: t[0].slug):
                write_feed(writer, dated(tagged), context, pattern.format(slug=tag.slug), tag.name)
        if pattern := setting(self.settings, "PERSON_FEED_ATOM"):
            for person in self.context.get("people", []):
                path = pattern.format(slug=person.slug)
                write_feed(writer, dated(person.articles), context, path, person.name)


def write_feed(writer, articles, context, path: str, title: str) -> None:
    # An empty feed would carry the build's time as its date: none is written.
    if articles:
        writer.write_feed(articles, context, path, feed_type="atom", feed_title=title)


def page_entries(context) -> list[tuple[str, str | None]]:
    """(URL relative to the root, lastmod or None) of every page of the site."""
    entries = [("index.html", None)]
    for article in seed_articles(context.get("articles", [])):
        known = is_known(article.date_precision)
        lastmod = iso_date(article.date, article.date_precision) if known else None
        entries.append((article.url, lastmod))
    entries += [(page.url, None) for page in context.get("pages", [])]
    entries += [(tag.url, None) for tag, _ in context.get("tags", [])]
    entries += [(person.url, None) for person in context.get("people", [])]
    for name in ("TAGS_URL", "PERSONS_URL"):
        if url := context.get(name):
            entries.append((url, None))
    entries.append(("recherche.html", None))
    if "corrections" in context:  # the corrections log of source_notes
        entries.append(("corrections.html", None))
    return sorted(set(entries))


def sitemap_xml(public: str, entries: list[tuple[str, str | None]]) -> str:
    rows = []
    for url, lastmod in entries:
        row = f"  <url><loc>{escape(public + '/' + url)}</loc>"
        if lastmod:
            row += f"<lastmod>{lastmod}</lastmod>"
        rows.append(row + "</url>")
    body = "\n".join(rows)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{body}\n</urlset>\n"
    )


def robots_txt(public: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {public}/sitemap.xml\n"


def get_generators(pelican) -> type[PublicationGenerator]:
    return PublicationGenerator


def add_defaults(pelican) -> None:
    apply_defaults(pelican.settings, DEFAULTS)


def register() -> None:
    signals.initialized.connect(add_defaults)
    signals.get_generators.connect(get_generators)
