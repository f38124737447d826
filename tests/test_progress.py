"""Long builds say how far they are, at INFO: shown with -v, quiet otherwise."""

from __future__ import annotations

import logging

import pytest
from archive_core.record import ArticleRecord
from build_progress.plugin import PAGES_EVERY, SEEDS_EVERY, Progress
from conftest import SEEDS, make
from seed_reader.pipeline import clean_seed

RECORD = ArticleRecord(clean_seed(b"Un titre\n\nUn paragraphe.\n", "x.txt"))


def test_a_line_every_hundred_seeds_and_every_five_hundred_pages(caplog):
    progress = Progress()
    with caplog.at_level(logging.INFO, logger="build_progress.plugin"):
        for _ in range(2 * SEEDS_EVERY + 1):
            progress.seed_read(None, {"record": RECORD})
        progress.seed_read(None, {"status": "skip"})  # a bad seed: counted apart
        progress.seeds_done(None)
        for _ in range(PAGES_EVERY):
            progress.page_written("x.html")
        progress.finished(None)
    messages = [record.getMessage().split(" (")[0] for record in caplog.records]
    assert messages == [
        f"Seeds cleaned: {SEEDS_EVERY}",
        f"Seeds cleaned: {2 * SEEDS_EVERY}",
        f"Seeds cleaned: {2 * SEEDS_EVERY + 1}, all read, 1 skipped",
        f"Pages written: {PAGES_EVERY}",
        f"Pages written: {PAGES_EVERY}, done",
    ]


@pytest.mark.build
@pytest.mark.parametrize(("options", "shown"), [(("PELICANOPTS=-v",), True), ((), False)])
def test_the_progress_shows_only_in_a_verbose_build(tmp_path, options, shown):
    result = make("html", f"SEEDS={SEEDS}", f"OUTPUTDIR={tmp_path / 'output'}", *options)
    log = result.stdout + result.stderr
    seeds = len(list(SEEDS.glob("*.txt")))
    assert (f"Seeds cleaned: {seeds}, all read" in log) is shown
    assert ("Pages written:" in log) is shown
