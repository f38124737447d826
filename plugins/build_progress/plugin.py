"""Pelican glue: log how far a build has gone, at INFO.

INFO lines show with `pelican -v` (`make html PELICANOPTS=-v`); a normal build and the
tests stay quiet. A line every SEEDS_EVERY seeds cleaned and every PAGES_EVERY files
written, and a summary of each when it is done (the seeds' counts the bad seeds skipped).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from archive_core.record import ArticleRecord
from pelican import signals

logger = logging.getLogger(__name__)

# Often enough to see a 1,000-article build move (a line every few seconds), rarely
# enough not to flood it.
SEEDS_EVERY = 100
PAGES_EVERY = 500


@dataclass
class Progress:
    """Counts of one build, reset when Pelican starts."""

    seeds: int = 0
    skipped: int = 0
    pages: int = 0
    started: float = field(default_factory=time.perf_counter)

    def start(self, pelican) -> None:
        self.seeds, self.skipped, self.pages = 0, 0, 0
        self.started = time.perf_counter()

    def seed_read(self, generator, metadata: dict) -> None:
        if metadata.get("status") == "skip":  # a bad seed (seed_reader names it)
            self.skipped += 1
            return
        if not isinstance(metadata.get("record"), ArticleRecord):
            return
        self.seeds += 1
        if self.seeds % SEEDS_EVERY == 0:
            logger.info("Seeds cleaned: %d (%.0f s)", self.seeds, self.elapsed())

    def seeds_done(self, generator) -> None:
        logger.info(
            "Seeds cleaned: %d, all read, %d skipped (%.0f s)",
            self.seeds, self.skipped, self.elapsed(),
        )  # fmt: skip

    def page_written(self, path, context=None) -> None:
        self.pages += 1
        if self.pages % PAGES_EVERY == 0:
            logger.info("Pages written: %d (%.0f s)", self.pages, self.elapsed())

    def finished(self, pelican) -> None:
        logger.info("Pages written: %d, done (%.0f s)", self.pages, self.elapsed())

    def elapsed(self) -> float:
        return time.perf_counter() - self.started


def register() -> None:
    progress = Progress()
    # Bound methods: held strongly, or blinker would drop them with `progress`.
    signals.initialized.connect(progress.start, weak=False)
    signals.article_generator_context.connect(progress.seed_read, weak=False)
    signals.article_generator_pretaxonomy.connect(progress.seeds_done, weak=False)
    signals.content_written.connect(progress.page_written, weak=False)
    signals.finalized.connect(progress.finished, weak=False)
