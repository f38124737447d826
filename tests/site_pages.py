"""Every kind of page of a built site, found in its output, for the browser gates."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

# A query the five seeds answer, and one no French text does.
QUERY_WITH_RESULTS = "otan"
QUERY_WITHOUT_RESULTS = "xqzwvkj"
NEXT_PAGE_RE = re.compile(r"-page2\.html$")
# Kinds every build has; a listing's next page exists only when it holds more than a page.
EVERY_SITE_KINDS = frozenset(
    {"home", "article", "person", "persons", "topic", "topics", "search-results", "search-none"}
    | {"about", "method", "cite", "404"}
)
NEXT_PAGE_KINDS = frozenset({"home-page2", "person-page2", "topic-page2"})


def marks_in(path: Path) -> int:
    """Count the links inside an article's paragraphs (people, note markers)."""
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    return len(soup.select(".article-body p a"))


def listing(output: Path, folder: str) -> tuple[str | None, str | None]:
    """Return a folder's first listing page and, if the site has one, a next page of a listing."""
    pages = sorted(p for p in (output / folder).glob("*.html") if p.name != "index.html")
    firsts = [p for p in pages if not NEXT_PAGE_RE.search(p.name)]
    nexts = [p for p in pages if NEXT_PAGE_RE.search(p.name)]
    # Prefer a listing that has a next page, so both are of the same listing.
    first = next(
        (p for p in firsts if any(n.name == p.stem + "-page2.html" for n in nexts)),
        firsts[0] if firsts else None,
    )
    paired = output / folder / f"{first.stem}-page2.html" if first else None
    return (
        first.relative_to(output).as_posix() if first else None,
        paired.relative_to(output).as_posix() if paired and paired.exists() else None,
    )


def page_kinds(output: Path) -> dict[str, str]:
    """Return {kind: URL relative to the site's root} for every kind of page output has."""
    articles = sorted((output / "articles").glob("*.html"))
    # The article with the most marks inside its paragraphs shows the most of the theme.
    article = max(articles, key=marks_in)
    person, person_next = listing(output, "personnes")
    topic, topic_next = listing(output, "sujets")
    kinds = {
        "home": "index.html",
        "home-page2": "index-page2.html" if (output / "index-page2.html").exists() else None,
        "article": article.relative_to(output).as_posix(),
        "person": person,
        "person-page2": person_next,
        "persons": "personnes/index.html",
        "topic": topic,
        "topic-page2": topic_next,
        "topics": "sujets/index.html",
        "search-results": f"recherche.html?q={QUERY_WITH_RESULTS}",
        "search-none": f"recherche.html?q={QUERY_WITHOUT_RESULTS}",
        "about": "a-propos.html",
        "method": "methode.html",
        "cite": "citer.html",
        "404": "404.html",
    }
    return {kind: url for kind, url in kinds.items() if url}


def wait_until_ready(page, kind: str) -> None:
    """Wait until a page shows what its kind is about (the search pages: their answer)."""
    if kind == "search-results":
        # Article snippets arrive after a fetch of their own: wait for every one.
        page.wait_for_function(
            """() => {
              const snippets = document.querySelectorAll('#search-results .result-snippet');
              return snippets.length > 0
                && Array.from(snippets).every(p => p.textContent.trim() !== '');
            }"""
        )
    elif kind == "search-none":
        page.wait_for_function(
            "document.getElementById('search-status').textContent.startsWith('Aucun résultat')"
        )
