"""Pelican glue: topics as Pelican tags, scored on each article's lemmatised body.

Every article is read first; then, before Pelican gathers tags into topic pages
(article_generator_pretaxonomy), each body and each topic signal is lemmatised by the
lexicon (french_nlp.lexicon: the model's lemmatizer tables, no model run; about 0.4 s
for 1,000 articles, cheaper than a cache would be) and each article gets its topics as
tags. An article left with none gets a warning naming its seed and the topics that came
closest, and the build counts them (`make topics-report` says more: topic_tags.report).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from archive_core.record import record_of, seed_articles
from archive_core.settings import apply_defaults
from french_nlp import lemmas, lemmatize
from pelican import signals
from pelican.urlwrappers import Tag
from seed_reader.language import is_french

from .topics import (
    TopicsError,
    assign_topics,
    closest_topics,
    lemmatised_signals,
    load_topics,
    match_signals,
)

logger = logging.getLogger(__name__)

# Topics named in the warning of an article with none: enough to see where it leans.
CLOSEST_LOGGED = 2


# Defaults in code, so the plugin builds alone; pelicanconf.py may change them.
DEFAULTS = {"TOPICS_PATH": "content/topics.yml"}


def load_registry(generator) -> None:
    """Load content/topics.yml once per build into the template context (TOPICS)."""
    path = Path(generator.settings["TOPICS_PATH"])
    generator.context["TOPICS"] = load_topics(path)


def tag_articles(generator) -> None:
    """Set every seed article's tags to its topics (lemmatising all bodies at once)."""
    articles = seed_articles(generator.articles)
    if not articles:  # nothing to tag: do not read the lexicon
        return
    records = [record_of(article) for article in articles]
    # The lemmas are French: an article in another language is scored on none, and
    # gets only the topics its notes add.
    french = [record for record in records if is_french(record.cleaned)]
    started = time.perf_counter()
    topics = lemmatised_signals(generator.context["TOPICS"], lemmas)
    analysed = iter(lemmatize(record.cleaned.text for record in french))
    logger.info(
        "Topics: %d articles lemmatised (%.1f s)", len(french), time.perf_counter() - started
    )
    untopical = {}
    for article, record in zip(articles, records, strict=True):
        scored = is_french(record.cleaned)
        body_lemmas = next(analysed) if scored else []
        notes = record.cleaned.notes
        try:
            chosen = assign_topics(body_lemmas, topics, notes.topics_add, notes.topics_remove)
        except KeyError as error:
            raise TopicsError(f"{notes.path}: unknown topic {error}") from None
        if not chosen and scored:
            untopical[record.cleaned.seed] = body_lemmas
        # Topics are Pelican tags: topic pages come from Pelican's tag machinery.
        record.topics = tuple(topic_tag(topic, generator.settings) for topic in chosen)
        article.tags = list(record.topics)
    log_untopical(untopical, topics, len(articles))


def log_untopical(untopical: dict[str, list[str]], topics, total: int) -> None:
    """Warn once per article with no topic (by seed name), then count them."""
    for seed, body_lemmas in sorted(untopical.items()):
        closest = closest_topics(match_signals(body_lemmas, topics), CLOSEST_LOGGED)
        logger.warning(
            "%s: no topic reaches its threshold (closest: %s)",
            seed,
            ", ".join(f"{s.topic.id} {s.score:g}/{s.topic.threshold:g}" for s in closest)
            or "no signal of any topic",
        )
    if untopical:
        logger.warning(
            "%d of %d articles have no topic: make topics-report lists their distinctive "
            "words and the topics that came closest",
            len(untopical),
            total,
        )


def topic_tag(topic, settings) -> Tag:
    """A Pelican tag named after the topic, with the topic's id as its slug (its URL)."""
    tag = Tag(topic.name, settings)
    tag.slug = topic.id
    return tag


def add_defaults(pelican) -> None:
    apply_defaults(pelican.settings, DEFAULTS)


def register() -> None:
    signals.initialized.connect(add_defaults)
    signals.article_generator_init.connect(load_registry)
    signals.article_generator_pretaxonomy.connect(tag_articles)
