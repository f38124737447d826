"""Pelican glue: annotate each article from a seed and publish its raw seed under sources/."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from urllib.parse import quote

from pelican import signals
from pelican.generators import ArticlesGenerator

from .anchors import anchor_notes
from .outlets import find_cited_outlets
from .provenance import group_removed, news_article_jsonld, repair_views

logger = logging.getLogger(__name__)

RAW_DIR = "sources"


def annotate(instance) -> None:
    """On each new article: anchor its notes, and gather what its source notes show."""
    cleaned = getattr(instance, "seed", None)
    if cleaned is None:
        return
    notes = cleaned.notes.notes if cleaned.notes else ()
    instance._content, instance.source_notes = anchor_notes(instance._content, notes)
    for note in instance.source_notes:
        if note.number is None:
            # Logged as an error: fatal with STRICT=1, so a note never vanishes
            # silently when the cleaner changes.
            logger.error(
                "%s: the passage of a note is not in the cleaned text of %s: %r",
                cleaned.notes.path,
                cleaned.seed,
                note.quote,
            )
    instance.removed_groups = group_removed(cleaned.removed)
    instance.repair_views = repair_views(cleaned.repairs)
    instance.cited_outlets = find_cited_outlets([block.text for block in cleaned.blocks])
    instance.raw_url = f"{RAW_DIR}/{quote(cleaned.seed)}"
    site_url = instance.settings.get("SITEURL", "")
    absolute_raw = f"{site_url}/{instance.raw_url}" if site_url else instance.raw_url
    instance.jsonld = news_article_jsonld(instance, absolute_raw, instance.source_notes)


def publish_raw_seeds(generator) -> None:
    """Copy every seed, byte for byte, to sources/ in the output."""
    if not isinstance(generator, ArticlesGenerator):
        return
    target = Path(generator.output_path) / RAW_DIR
    target.mkdir(parents=True, exist_ok=True)
    for article in generator.articles:
        if hasattr(article, "seed"):
            shutil.copyfile(article.source_path, target / Path(article.source_path).name)


def register() -> None:
    signals.content_object_init.connect(annotate)
    signals.article_generator_finalized.connect(publish_raw_seeds)
