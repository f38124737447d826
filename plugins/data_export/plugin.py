"""Pelican glue: write data/articles.json and data/articles.csv once every generator is done."""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals
from pelican.generators import ArticlesGenerator
from seed_reader.record import seed_articles

from .records import build_record, to_csv, to_json
from .schema import readme_markdown, schema_json

logger = logging.getLogger(__name__)


def write_export(generators) -> None:
    articles = [
        article
        for generator in generators
        if isinstance(generator, ArticlesGenerator)
        for article in seed_articles(generator.articles)
    ]
    records = [build_record(article) for article in articles]
    data_dir = Path(generators[0].output_path) / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "articles.json").write_text(to_json(records), encoding="utf-8")
    (data_dir / "articles.csv").write_text(to_csv(records), encoding="utf-8")
    (data_dir / "articles.schema.json").write_text(schema_json(), encoding="utf-8")
    (data_dir / "README.md").write_text(readme_markdown(), encoding="utf-8")
    logger.info("Exported %d articles to %s", len(records), data_dir)


def register() -> None:
    signals.all_generators_finalized.connect(write_export)
