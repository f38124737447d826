"""Pelican glue: a reader that turns seeds/*.txt into articles, and the body's one rendering.

The reader gives Pelican its own metadata (title, date, lang, slug) and the article's
record (record.py), which the other plugins fill; once every generator has run, the
body is rendered from the record (`render_articles`), with the marks they added.
"""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import NoReturn

from analysis_cache import Codec, ResultCache, code_version, digest
from archive_core.record import ArticleRecord, record_of, seed_articles
from archive_core.settings import apply_defaults
from pelican import signals
from pelican.generators import ArticlesGenerator
from pelican.log import FatalLogger
from pelican.readers import BaseReader

from .corpus import folder_facts
from .language import ARCHIVE_LANGUAGE
from .model import CorpusFacts, SeedError
from .notes import NotesError, load_notes
from .pipeline import clean_seed
from .render import render_body
from .slugs import slugify_title
from .tools.review import uncertain_decisions

logger = logging.getLogger(__name__)

# Defaults in code, so the reader builds alone; pelicanconf.py may change them.
DEFAULTS = {
    "SEED_NOTES_PATH": "content/notes",
    # The analysis cache's folder (shared with lunr_index); None: no cache.
    "ANALYSIS_CACHE_PATH": None,
}

# Pelican requires a date on every article; an unknown one sorts last and is
# never shown (templates print "Date inconnue" when date_precision is unknown).
UNKNOWN_DATE = datetime(1900, 1, 1)


def errors_are_fatal() -> bool:
    """Whether Pelican runs with `--fatal errors` (or warnings): STRICT=1 in the Makefile."""
    return FatalLogger.fatal_lvl <= logging.ERROR


def stop_build(message: str, *args) -> NoReturn:
    """Stop a strict build with one critical line and no traceback.

    A logged error would stop it too, but Pelican reports that exception with its
    traceback; SystemExit passes through its `except Exception` and exits with 1.
    """
    logger.critical(message, *args)
    raise SystemExit(1)


@cache
def cleaner_version() -> str:
    """What a cleaned article depends on besides its seed, notes and folder: this
    package's code, the word lists and fixers it uses, and the pickle format."""
    sources = sorted(Path(__file__).parent.glob("*.py"))
    packages = [
        f"{name}=={version(name)}" for name in ("ftfy", "wordfreq", "snowballstemmer", "py3langid")
    ]
    return digest(code_version(*sources), *packages, sys.version)


class SeedReader(BaseReader):
    """Read a raw seed: clean it, and hand Pelican its metadata and the article's record.

    The cleaned article is cached (ANALYSIS_CACHE_PATH) under the hash of everything it
    depends on: the seed's bytes and name, its notes file's path and bytes, the facts
    the other seeds of its folder share (CorpusFacts.fingerprint), and the cleaner's
    version. The body's HTML is not cached: it is rendered from the record at the end.
    """

    enabled = True
    file_extensions = ("txt",)

    def __init__(self, settings) -> None:
        super().__init__(settings)
        # The facts each seed folder shares (corpus.py), read once per build.
        self._corpus: dict[Path, CorpusFacts] = {}
        # The seeds skipped as unreadable, in the order read.
        self.skipped: list[str] = []

    def corpus_of(self, folder: Path) -> CorpusFacts:
        if folder not in self._corpus:
            self._corpus[folder] = folder_facts(folder)
        return self._corpus[folder]

    def skip(self, source_path: str, error: Exception) -> dict:
        """Name a bad seed in one line, and return the metadata that makes Pelican skip it.

        An error in a normal build, which goes on without the seed. With `--fatal errors`
        (STRICT=1) a critical line, which Pelican does not turn into an exception: every
        bad seed is named, then `stop_on_bad_seeds` stops the build once all are read.
        """
        self.skipped.append(source_path)
        level = logging.CRITICAL if errors_are_fatal() else logging.ERROR
        logger.log(level, "Skipping seed %s: %s", source_path, error)
        return {"status": "skip", "title": Path(source_path).name}

    def read(self, source_path: str) -> tuple[str, dict]:
        path = Path(source_path)
        notes_path = Path(self.settings["SEED_NOTES_PATH"]) / f"{path.stem}.yml"
        raw = path.read_bytes()
        notes_raw = notes_path.read_bytes() if notes_path.is_file() else b""
        corpus = self.corpus_of(path.parent)
        results = ResultCache(self.settings.get("ANALYSIS_CACHE_PATH"), "cleaned", Codec.PICKLE)
        key = digest(
            cleaner_version(), path.name, raw, str(notes_path), notes_raw, corpus.fingerprint
        )
        article = results.get(key)
        if article is None:
            try:
                article = clean_seed(raw, path.name, load_notes(notes_path), corpus)
            except (SeedError, NotesError) as error:
                return "", self.skip(source_path, error)
            results.put(key, article)
        for warning in article.warnings:
            logger.info("%s: %s", path.name, warning)
        log_language(article)
        # A first rendering without marks; render_articles renders it again with them.
        return render_body(article), article_metadata(article)


def log_language(article) -> None:
    """Name a seed that is not in the archive's language: one line per seed, every build."""
    meta = article.metadata
    if meta.language == ARCHIVE_LANGUAGE:
        return
    how = (
        "set by its notes file"
        if meta.language_source == "notes"
        else f"detected on its text, confidence {meta.language_confidence:.2f}"
    )
    logger.warning(
        "%s is in %s, not French (%s): published with lang=%s, without French topics, "
        "people detection or stemming",
        article.seed, meta.language, how, meta.language,
    )  # fmt: skip


def article_metadata(article) -> dict:
    """Return the Pelican metadata of a cleaned article, with its record."""
    meta = article.metadata
    return {
        "title": article.title,
        "date": parse_date(meta.date) or UNKNOWN_DATE,
        "date_precision": meta.date_precision,
        "lang": meta.language,
        "slug": slugify_title(article.title, article.seed),
        "record": ArticleRecord(article),
    }


def parse_date(iso: str | None) -> datetime | None:
    """Parse YYYY-MM-DD, YYYY-MM or YYYY to the first day it names."""
    if not iso:
        return None
    parts = [int(part) for part in iso.split("-")] + [1, 1]
    return datetime(parts[0], parts[1], parts[2])


def add_reader(readers) -> None:
    readers.reader_classes["txt"] = SeedReader


def log_uncertain_decisions(generator) -> None:
    """One line for the whole build: how many decisions `make review` would list."""
    count = sum(
        len(uncertain_decisions(record_of(article).cleaned))
        for article in seed_articles([*generator.articles, *generator.drafts])
    )
    if count:
        logger.warning(
            "%d uncertain cleaning decision%s: `make review` lists them",
            count, "s" if count > 1 else "",
        )  # fmt: skip


def seed_reader_of(generator) -> SeedReader | None:
    reader = generator.readers.readers.get("txt")
    return reader if isinstance(reader, SeedReader) else None


def stop_on_bad_seeds(generator) -> None:
    """Once every seed is read: stop a strict build that skipped any (each named already)."""
    reader = seed_reader_of(generator)
    skipped = reader.skipped if reader else []
    if not skipped:
        return
    if errors_are_fatal():
        stop_build(
            "%d bad seed%s, named above: build stopped (STRICT)",
            len(skipped), "s" if len(skipped) > 1 else "",
        )  # fmt: skip
    logger.warning(
        "%d bad seed%s skipped, named above: the archive is built without %s",
        len(skipped), "s" if len(skipped) > 1 else "", "them" if len(skipped) > 1 else "it",
    )  # fmt: skip


def report_empty_archive(generator) -> None:
    """Say so when no seed could be published: the site is built, with no article."""
    if not seed_articles(generator.articles):
        where = generator.settings.get("SEEDS_PATH", generator.settings["ARTICLE_PATHS"])
        if errors_are_fatal():
            stop_build("No publishable seed in %s: build stopped (STRICT)", where)
        # Otherwise the empty archive is built and published.
        logger.error("No publishable seed in %s: the archive is built empty", where)


def check_seeds_read(generator) -> None:
    """Once every seed is read: report (or, strictly, stop on) bad seeds and an empty archive."""
    stop_on_bad_seeds(generator)
    report_empty_archive(generator)


def render_articles(generators) -> None:
    """Render each seed article's body once, now that every plugin has added its marks."""
    for generator in generators:
        if isinstance(generator, ArticlesGenerator):
            for article in seed_articles([*generator.articles, *generator.drafts]):
                record = record_of(article)
                article._content = render_body(record.cleaned, record.marks)


def add_defaults(pelican) -> None:
    apply_defaults(pelican.settings, DEFAULTS)


def register() -> None:
    signals.initialized.connect(add_defaults)
    signals.readers_init.connect(add_reader)
    signals.article_generator_finalized.connect(log_uncertain_decisions)
    signals.article_generator_pretaxonomy.connect(check_seeds_read)
    signals.all_generators_finalized.connect(render_articles)
