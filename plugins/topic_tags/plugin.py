"""Pelican glue: topics as Pelican tags, scored on each article's lemmatised body.

Every article is read first; then, before Pelican gathers tags into topic pages
(article_generator_pretaxonomy), the French model lemmatises all the bodies in one
batched run and each article gets its topics as tags.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from french_nlp import lemmatize
from pelican import signals
from pelican.urlwrappers import Tag

from .topics import TopicsError, assign_topics, load_topics

logger = logging.getLogger(__name__)


def load_registry(generator) -> None:
    """Load content/topics.yml once per build into the template context (TOPICS)."""
    path = Path(generator.settings.get("TOPICS_PATH", "content/topics.yml"))
    generator.context["TOPICS"] = load_topics(path)


def tag_articles(generator) -> None:
    """Set every seed article's tags to its topics (lemmatising all bodies at once)."""
    articles = [a for a in generator.articles if hasattr(a, "seed")]
    topics = generator.context["TOPICS"]
    started = time.perf_counter()
    analysed = lemmatize(a.seed.text for a in articles)
    logger.info(
        "Topics: %d articles lemmatised (%.0f s)", len(articles), time.perf_counter() - started
    )
    for article, lemmas in zip(articles, analysed, strict=True):
        notes = article.seed.notes
        try:
            chosen = assign_topics(lemmas, topics, notes.topics_add, notes.topics_remove)
        except KeyError as error:
            raise TopicsError(f"{notes.path}: unknown topic {error}") from None
        if not chosen:
            logger.warning("%s: no topic reaches its threshold", article.seed.seed)
        article.tags = [topic_tag(topic, generator.settings) for topic in chosen]


def topic_tag(topic, settings) -> Tag:
    """A Pelican tag named after the topic, with the topic's id as its slug (its URL)."""
    tag = Tag(topic.name, settings)
    tag.slug = topic.id
    return tag


def register() -> None:
    signals.article_generator_init.connect(load_registry)
    signals.article_generator_pretaxonomy.connect(tag_articles)
