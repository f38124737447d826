"""Pelican glue: topics as Pelican tags, scored on each article's lemmatised body."""

from __future__ import annotations

import logging
from pathlib import Path

from french_nlp import lemmas
from pelican import signals
from pelican.urlwrappers import Tag

from .topics import TopicsError, assign_topics, load_topics

logger = logging.getLogger(__name__)


def load_registry(generator) -> None:
    """Load content/topics.yml once per build into the template context (TOPICS)."""
    path = Path(generator.settings.get("TOPICS_PATH", "content/topics.yml"))
    generator.context["TOPICS"] = load_topics(path)


def tag_article(generator, metadata: dict) -> None:
    """Set the article's tags to its topics (before Pelican builds the Article)."""
    cleaned = metadata.get("seed")
    if cleaned is None:
        return
    topics = generator.context["TOPICS"]
    notes = cleaned.notes
    try:
        chosen = assign_topics(lemmas(cleaned.text), topics, notes.topics_add, notes.topics_remove)
    except KeyError as error:
        raise TopicsError(f"{notes.path}: unknown topic {error}") from None
    if not chosen:
        logger.warning("%s: no topic reaches its threshold", cleaned.seed)
    metadata["tags"] = [topic_tag(topic, generator.settings) for topic in chosen]


def topic_tag(topic, settings) -> Tag:
    """A Pelican tag named after the topic, with the topic's id as its slug (its URL)."""
    tag = Tag(topic.name, settings)
    tag.slug = topic.id
    return tag


def register() -> None:
    signals.article_generator_init.connect(load_registry)
    signals.article_generator_context.connect(tag_article)
