"""Pelican glue: a reader that turns seeds/*.txt into articles."""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from functools import cache
from importlib.metadata import version
from pathlib import Path

from analysis_cache import Codec, ResultCache, code_version, digest
from pelican import signals
from pelican.readers import BaseReader

from .model import SeedError
from .notes import NotesError, load_notes
from .pipeline import clean_seed
from .render import render_html, render_markdown
from .slugs import slugify_title

logger = logging.getLogger(__name__)

# Pelican requires a date on every article; an unknown one sorts last and is
# never shown (templates print "Date inconnue" when date_precision is unknown).
UNKNOWN_DATE = datetime(1900, 1, 1)


@cache
def cleaner_version() -> str:
    """What a cleaned article depends on besides its seed and notes: this package's code,
    the word lists and fixers it uses, the Markdown renderer and the pickle format."""
    sources = sorted(Path(__file__).parent.glob("*.py"))
    packages = [f"{name}=={version(name)}" for name in ("ftfy", "wordfreq", "markdown-it-py")]
    return digest(code_version(*sources), *packages, sys.version)


class SeedReader(BaseReader):
    """Read a raw seed: clean it, render its body, and expose the cleaned article.

    The cleaned article and its HTML are cached (ANALYSIS_CACHE_PATH) under the hash of
    the seed's bytes and name, its notes file's path and bytes, and the cleaner's version.
    """

    enabled = True
    file_extensions = ("txt",)

    def read(self, source_path: str) -> tuple[str, dict]:
        path = Path(source_path)
        notes_path = (
            Path(self.settings.get("SEED_NOTES_PATH", "content/notes")) / f"{path.stem}.yml"
        )
        raw = path.read_bytes()
        notes_raw = notes_path.read_bytes() if notes_path.is_file() else b""
        results = ResultCache(self.settings.get("ANALYSIS_CACHE_PATH"), "cleaned", Codec.PICKLE)
        key = digest(cleaner_version(), path.name, raw, str(notes_path), notes_raw)
        cached = results.get(key)
        if cached is None:
            try:
                article = clean_seed(raw, path.name, load_notes(notes_path))
            except (SeedError, NotesError) as error:
                # Logged as an error (fatal with `pelican --fatal errors`, i.e.
                # STRICT=1); the build goes on without this seed otherwise.
                logger.error("Skipping seed %s: %s", source_path, error)
                return "", {"status": "skip", "title": path.name}
            cached = (render_html(render_markdown(article)), article)
            results.put(key, cached)
        html, article = cached
        for warning in article.warnings:
            logger.info("%s: %s", path.name, warning)
        return html, article_metadata(article)


def article_metadata(article) -> dict:
    """Return the Pelican metadata of a cleaned article."""
    meta = article.metadata
    return {
        "title": article.title,
        "date": parse_date(meta.date) or UNKNOWN_DATE,
        "date_precision": meta.date_precision,
        "slug": slugify_title(article.title, article.seed),
        "seed": article,
    }


def parse_date(iso: str | None) -> datetime | None:
    """Parse YYYY-MM-DD, YYYY-MM or YYYY to the first day it names."""
    if not iso:
        return None
    parts = [int(part) for part in iso.split("-")] + [1, 1]
    return datetime(parts[0], parts[1], parts[2])


def add_reader(readers) -> None:
    readers.reader_classes["txt"] = SeedReader


def report_empty_archive(generator) -> None:
    """Say so when no seed could be published: the site is built, with no article."""
    if not any(hasattr(article, "seed") for article in generator.articles):
        # An error, so that STRICT=1 (--fatal errors) fails; otherwise the empty
        # archive is built and published.
        logger.error(
            "No publishable seed in %s: the archive is built empty",
            generator.settings.get("SEEDS_PATH", generator.settings["ARTICLE_PATHS"]),
        )


def register() -> None:
    signals.readers_init.connect(add_reader)
    signals.article_generator_pretaxonomy.connect(report_empty_archive)
