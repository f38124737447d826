"""Pelican glue: topics as Pelican tags, scored on each article's lemmatised body.

Every article is read first; then, before Pelican gathers tags into topic pages
(article_generator_pretaxonomy), the French model lemmatises in one batched run the
bodies whose lemmas are not in the cache (ANALYSIS_CACHE_PATH), and each article gets
its topics as tags.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import french_nlp
from analysis_cache import ResultCache, code_version, digest
from french_nlp import lemmatize, model_version
from pelican import signals
from pelican.urlwrappers import Tag
from seed_reader.record import record_of, seed_articles

from .topics import TopicsError, assign_topics, load_topics

logger = logging.getLogger(__name__)


def load_registry(generator) -> None:
    """Load content/topics.yml once per build into the template context (TOPICS)."""
    path = Path(generator.settings.get("TOPICS_PATH", "content/topics.yml"))
    generator.context["TOPICS"] = load_topics(path)


def tag_articles(generator) -> None:
    """Set every seed article's tags to its topics (lemmatising all bodies at once)."""
    articles = seed_articles(generator.articles)
    topics = generator.context["TOPICS"]
    records = [record_of(article) for article in articles]
    cache = ResultCache(generator.settings.get("ANALYSIS_CACHE_PATH"), "lemmas")
    started = time.perf_counter()
    analysed, computed = cached_lemmas([record.cleaned.text for record in records], cache)
    logger.info(
        "Topics: %d articles, %d lemmatised, %d from the cache (%.0f s)",
        len(articles),
        computed,
        len(articles) - computed,
        time.perf_counter() - started,
    )
    for article, record, lemmas in zip(articles, records, analysed, strict=True):
        notes = record.cleaned.notes
        try:
            chosen = assign_topics(lemmas, topics, notes.topics_add, notes.topics_remove)
        except KeyError as error:
            raise TopicsError(f"{notes.path}: unknown topic {error}") from None
        if not chosen:
            logger.warning("%s: no topic reaches its threshold", record.cleaned.seed)
        # Topics are Pelican tags: topic pages come from Pelican's tag machinery.
        record.topics = tuple(topic_tag(topic, generator.settings) for topic in chosen)
        article.tags = list(record.topics)


def cached_lemmas(texts: list[str], cache: ResultCache) -> tuple[list[list[str]], int]:
    """Lemmas of each text, and how many texts the model had to lemmatise.

    A text's lemmas are cached under the hash of the text, the model's and spaCy's
    versions and the source of french_nlp; the topics are scored anew in every build,
    so a changed topics file needs no cache key. The model is loaded only on a miss.
    """
    version = (model_version(), code_version(french_nlp))
    keys = [digest(*version, text) for text in texts]
    found = [cache.get(key) for key in keys]
    missing = [n for n, lemmas in enumerate(found) if lemmas is None]
    for n, lemmas in zip(missing, lemmatize(texts[n] for n in missing), strict=True):
        cache.put(keys[n], lemmas)
        found[n] = lemmas
    return found, len(missing)


def topic_tag(topic, settings) -> Tag:
    """A Pelican tag named after the topic, with the topic's id as its slug (its URL)."""
    tag = Tag(topic.name, settings)
    tag.slug = topic.id
    return tag


def register() -> None:
    signals.article_generator_init.connect(load_registry)
    signals.article_generator_pretaxonomy.connect(tag_articles)
