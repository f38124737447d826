"""The topic taxonomy (content/topics.yml) and the scoring that assigns topics to a text."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from archive_core.curated import read_curated


class TopicsError(ValueError):
    """A topics file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class Topic:
    id: str
    name: str
    description: str
    threshold: float
    signals: tuple[tuple[str, float], ...]  # (lemma or lemma phrase, weight)


def load_topics(path: Path) -> tuple[Topic, ...]:
    """Read the taxonomy; every topic needs an id, a name, a description and signals."""
    entries = read_curated(path, TopicsError, list, "a list of topics")
    topics = []
    for position, entry in enumerate(entries, start=1):
        try:
            topics.append(
                Topic(
                    id=str(entry["id"]),
                    name=str(entry["name"]),
                    description=str(entry["description"]).strip(),
                    threshold=float(entry["threshold"]),
                    signals=tuple(
                        (str(signal).lower(), float(weight))
                        for signal, weight in entry["signals"].items()
                    ),
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise TopicsError(f"{path}: topic {position}: missing or bad field {error}") from None
    return tuple(topics)


def lemmatised_signals(
    topics: tuple[Topic, ...], lemmatise: Callable[[str], list[str]]
) -> tuple[Topic, ...]:
    """The topics with each signal lemmatised like the text it is counted in.

    A signal may then be written in any inflection ("cyberattaques" or "cyberattaque").
    """

    def lemmatised(signal: str) -> str:
        return " ".join(lemmatise(signal))

    return tuple(
        replace(topic, signals=tuple((lemmatised(s), weight) for s, weight in topic.signals))
        for topic in topics
    )


@dataclass(frozen=True)
class TopicScore:
    """How far a text goes toward one topic: its score and the signals that make it."""

    topic: Topic
    score: float
    matches: tuple[tuple[str, int, float], ...]  # (signal, occurrences, weight), signals found

    @property
    def reached(self) -> bool:
        return self.score >= self.topic.threshold

    @property
    def share(self) -> float:
        """The score as a share of the threshold (1.0 and above: the topic is reached)."""
        return self.score / self.topic.threshold


def match_signals(lemmas: Iterable[str], topics: Iterable[Topic]) -> list[TopicScore]:
    """For each topic, weight x occurrences of its signals in the lemma sequence, summed.

    A phrase signal ("arme chimique") counts its occurrences as whole words in the
    space-joined lemmas.
    """
    text = f" {' '.join(lemmas)} "
    scores = []
    for topic in topics:
        counts = [(signal, text.count(f" {signal} "), weight) for signal, weight in topic.signals]
        scores.append(
            TopicScore(
                topic,
                sum(weight * count for _signal, count, weight in counts),
                tuple(match for match in counts if match[1]),
            )
        )
    return scores


def score_topics(lemmas: Iterable[str], topics: Iterable[Topic]) -> dict[str, float]:
    """Each topic's score over the lemma sequence, by topic id (see match_signals)."""
    return {found.topic.id: found.score for found in match_signals(lemmas, topics)}


def closest_topics(scores: Iterable[TopicScore], limit: int) -> list[TopicScore]:
    """The limit topics with a signal in the text, nearest their threshold first."""
    found = [score for score in scores if score.matches]
    return sorted(found, key=lambda score: -score.share)[:limit]


def assign_topics(
    lemmas: Iterable[str],
    topics: tuple[Topic, ...],
    add: Iterable[str] = (),
    remove: Iterable[str] = (),
) -> list[Topic]:
    """Topics whose score reaches their threshold, then the notes' additions and removals.

    Additions and removals name topics by id or by name.
    """
    scores = score_topics(lemmas, topics)
    chosen = {topic.id for topic in topics if scores[topic.id] >= topic.threshold}
    by_key = {key: topic for topic in topics for key in (topic.id, topic.name)}
    for key in add:
        chosen.add(by_key[key].id)
    for key in remove:
        chosen.discard(by_key[key].id)
    return [topic for topic in topics if topic.id in chosen]
