"""Pelican glue: write data/articles.json and data/articles.csv once every generator is done."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from archive_core.record import seed_articles
from pelican import signals
from pelican.generators import ArticlesGenerator

from .records import build_record, person_record, to_csv, to_json, topic_record
from .schema import readme_markdown, schema_json

logger = logging.getLogger(__name__)


def dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


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
    context = generators[0].context
    people = [person_record(person) for person in context.get("people", [])]
    (data_dir / "people.json").write_text(dumps(people), encoding="utf-8")
    topics = {topic.id: topic for topic in context.get("TOPICS", ())}
    tagged = sorted(context.get("tags", []), key=lambda item: item[0].slug)
    topic_records = [topic_record(t, topics[t.slug], a) for t, a in tagged if t.slug in topics]
    (data_dir / "topics.json").write_text(dumps(topic_records), encoding="utf-8")
    (data_dir / "README.md").write_text(readme_markdown(), encoding="utf-8")
    logger.info("Exported %d articles to %s", len(records), data_dir)


def register() -> None:
    signals.all_generators_finalized.connect(write_export)
