"""Pelican glue: once every page is known, write the search index and copy lunr.js.

Settings (DEFAULTS below; pelicanconf.py may change them): LUNR_OUTPUT_DIR, LUNR_FIELD_BOOSTS,
LUNR_INDEX_PAGES, LUNR_NODE_MODULES, LUNR_PACKAGE_LOCK, LUNR_NAMES_PATH, ANALYSIS_CACHE_PATH.
"""

from __future__ import annotations

import gzip
import logging
from pathlib import Path

from analysis_cache import ResultCache
from archive_core.record import seed_articles
from archive_core.settings import apply_defaults
from name_aliases import NamesError, load_names
from pelican import signals
from pelican.generators import ArticlesGenerator

from .aliases import build_alias_table
from .documents import article_document, person_document, topic_document
from .index import build_index, search_files, to_json
from .spec import FIELD_BOOSTS, FORMAT
from .vendor import VendorError, copy_vendor_files

logger = logging.getLogger(__name__)

# Defaults in code, so the plugin builds alone; pelicanconf.py may change them. Paths
# are relative to where pelican runs (the project's root).
DEFAULTS = {
    "LUNR_OUTPUT_DIR": "recherche",
    "LUNR_FIELD_BOOSTS": FIELD_BOOSTS,
    "LUNR_INDEX_PAGES": True,
    "LUNR_NODE_MODULES": "node_modules",
    "LUNR_PACKAGE_LOCK": "package-lock.json",
    "LUNR_NAMES_PATH": "content/names.yml",
    # The analysis cache's folder (shared with seed_reader); None: no cache.
    "ANALYSIS_CACHE_PATH": None,
}


def gather_documents(generators, settings) -> list:
    """Articles first (newest first, as the archive lists them), then people and topics."""
    articles_generator = next(g for g in generators if isinstance(g, ArticlesGenerator))
    articles = seed_articles(articles_generator.articles)
    documents = [article_document(article) for article in articles]
    if settings["LUNR_INDEX_PAGES"]:
        context = articles_generator.context
        documents += [person_document(person) for person in context.get("people", [])]
        topics = {topic.id: topic for topic in context.get("TOPICS", ())}
        for tag, tagged in sorted(articles_generator.tags.items(), key=lambda item: item[0].slug):
            if tag.slug in topics:
                documents.append(topic_document(tag, topics[tag.slug], len(tagged)))
    return documents


def write_search_files(generators) -> None:
    settings = generators[0].settings
    target = Path(generators[0].output_path) / settings["LUNR_OUTPUT_DIR"]
    documents = gather_documents(generators, settings)
    cache = ResultCache(settings.get("ANALYSIS_CACHE_PATH"), "search-terms")
    boosts = settings["LUNR_FIELD_BOOSTS"]
    index = build_index(documents, boosts, cache)
    files = search_files(documents, index, boosts)
    files["index.json"]["aliases"] = alias_table(settings)
    try:
        files["index.json"]["vendor"] = copy_vendor_files(
            Path(settings["LUNR_NODE_MODULES"]),
            Path(settings["LUNR_PACKAGE_LOCK"]),
            target / "vendor",
        )
    except VendorError as error:
        # Fatal with STRICT=1; otherwise the site builds and its search page says
        # search is unavailable.
        logger.error("Search: %s", error)
    encoded = {name: to_json(data).encode("utf-8") for name, data in files.items()}
    for name, data in encoded.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    # Raw sizes: gzipping every term file for a log line would cost a second a build.
    terms = [data for name, data in encoded.items() if name.startswith("termes/")]
    logger.info(
        "Search: %d documents, %d term files (%d kB in all; index.json %d kB gzip)",
        len(documents),
        len(terms),
        sum(map(len, terms)) // 1000,
        len(gzip.compress(encoded["index.json"], mtime=0)) // 1000,
    )


def alias_table(settings) -> list:
    """The other names of organisations and places, for the queries (aliases.py)."""
    path = Path(settings.get("LUNR_NAMES_PATH", DEFAULTS["LUNR_NAMES_PATH"]))
    try:
        return build_alias_table(load_names(path), path)
    except NamesError as error:
        # Fatal with STRICT=1; otherwise the search works without other names.
        logger.error("Search: %s", error)
        return []


def add_defaults(pelican) -> None:
    apply_defaults(pelican.settings, DEFAULTS)


def add_format(generator) -> None:
    """Give the templates the index format, which the search page checks the manifest against."""
    generator.context["LUNR_INDEX_FORMAT"] = FORMAT


def register() -> None:
    signals.initialized.connect(add_defaults)
    signals.generator_init.connect(add_format)
    signals.all_generators_finalized.connect(write_search_files)
