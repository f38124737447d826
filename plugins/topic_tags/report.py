"""`python -m topic_tags report`: the articles no topic reaches, with what would place them.

For each seed of the folder that gets no topic (its notes' topics_add and topics_remove
counted, as in the build), the report gives its most distinctive lemmas (TF-IDF against
the folder's other articles, common French words left out) and the topics whose signals
came closest (score against threshold, the signals found), so that a maintainer can add a
signal to a topic, a topic, or a topics_add to the seed's notes.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from french_nlp import lemmas, load_lexicon, words
from seed_reader.model import CleanedArticle
from seed_reader.tools.folder import add_folder_arguments, clean_folder
from wordfreq import zipf_frequency  # its word lists ship in the package: no download

from .topics import (
    Topic,
    TopicScore,
    TopicsError,
    assign_topics,
    closest_topics,
    lemmatised_signals,
    load_topics,
    match_signals,
)

# Enough lemmas to name a subject, few enough to read at a glance.
DISTINCTIVE_LEMMAS = 12
# Enough topics to see where an article leans and whether two topics compete.
CLOSEST = 3
# Words more frequent than this in French (wordfreq's Zipf scale: 10**5.5 / 10**9, about
# 300 per million words: "année", "selon", "pays", "être") say nothing of a subject.
COMMON_ZIPF = 5.5
# Shorter lemmas are elisions, letters and abbreviations of no subject ("l'", "m", "pp").
MIN_LETTERS = 3


@dataclass(frozen=True)
class Untopical:
    """An article no topic reaches: what it is about, and which topics came closest."""

    seed: str
    title: str | None
    words: int
    lemmas: tuple[tuple[str, str, int], ...]  # (lemma, its commonest form, occurrences)
    closest: tuple[TopicScore, ...]


def is_content_word(lemma: str, form: str) -> bool:
    """Whether a word may tell a subject: letters, not short, neither lemma nor form common.

    The form counts too: the lexicon's lemma of a common word may be rare ("deux" -> "deu").
    """
    return (
        lemma.isalpha()
        and len(lemma) >= MIN_LETTERS
        and max(zipf_frequency(lemma, "fr"), zipf_frequency(form, "fr")) < COMMON_ZIPF
    )


def distinctive_lemmas(
    forms: Sequence[str],
    document: Sequence[str],
    frequency: Counter[str],
    documents: int,
    limit: int,
) -> tuple[tuple[str, str, int], ...]:
    """The limit content lemmas of a document with the highest TF-IDF, with form and count.

    forms are the document's words, document their lemmas; frequency gives, for each
    lemma, how many of the documents hold it. The IDF is smoothed
    (log((1 + n) / (1 + df)) + 1), so a folder of one article still ranks by count.
    """
    forms_of: dict[str, Counter[str]] = {}
    for form, lemma in zip(forms, document, strict=True):
        forms_of.setdefault(lemma, Counter())[form] += 1
    commonest = {lemma: found.most_common(1)[0][0] for lemma, found in forms_of.items()}
    counts = {
        lemma: found.total()
        for lemma, found in forms_of.items()
        if is_content_word(lemma, commonest[lemma])
    }

    def tf_idf(lemma: str) -> float:
        return counts[lemma] * (math.log((1 + documents) / (1 + frequency[lemma])) + 1)

    ranked = sorted(counts, key=lambda lemma: (-tf_idf(lemma), lemma))
    return tuple((lemma, commonest[lemma], counts[lemma]) for lemma in ranked[:limit])


def find_untopical(
    articles: Sequence[CleanedArticle],
    topics: tuple[Topic, ...],
    lemma_limit: int = DISTINCTIVE_LEMMAS,
    topic_limit: int = CLOSEST,
) -> list[Untopical]:
    """The articles that get no topic, by seed name; topics' signals already lemmatised."""
    lexicon = load_lexicon()
    texts = [words(article.text) for article in articles]
    analysed = [[lexicon.lemma(form) for form in forms] for forms in texts]
    frequency = Counter(lemma for document in analysed for lemma in set(document))
    found = []
    for article, forms, document in zip(articles, texts, analysed, strict=True):
        notes = article.notes
        add, remove = (notes.topics_add, notes.topics_remove) if notes else ((), ())
        try:
            if assign_topics(document, topics, add, remove):
                continue
        except KeyError as error:
            raise TopicsError(f"{notes.path}: unknown topic {error}") from None
        distinctive = distinctive_lemmas(forms, document, frequency, len(analysed), lemma_limit)
        found.append(
            Untopical(
                seed=article.seed,
                title=article.metadata.title,
                words=article.words,
                lemmas=distinctive,
                closest=tuple(closest_topics(match_signals(document, topics), topic_limit)),
            )
        )
    return sorted(found, key=lambda item: item.seed)


def format_score(score: TopicScore) -> str:
    """One closest topic: its id and name, score against threshold, and the signals found."""
    signals = ", ".join(
        f"{signal} ×{count}" + ("" if weight == 1 else f" (weight {weight:g})")
        for signal, count, weight in score.matches
    )
    return (
        f"{score.topic.id} ({score.topic.name}): {score.score:g} of {score.topic.threshold:g}"
        f" — {signals}"
    )


def format_report(untopical: Sequence[Untopical], total: int, seeds: Path, topics: Path) -> str:
    """The report as plain text for a terminal."""
    if not untopical:
        return f"Every article of {seeds} ({total}) reaches a topic of {topics}.\n"
    lines = [f"{len(untopical)} of {total} articles of {seeds} reach no topic of {topics}:", ""]
    for item in untopical:
        lines.append(f"## {item.seed}: {item.title or '(no title)'} ({item.words} words)")
        lemmas = ", ".join(
            f"{lemma} {count}" if form == lemma else f"{lemma} ({form}) {count}"
            for lemma, form, count in item.lemmas
        )
        lines.append(f"  distinctive lemmas: {lemmas or 'none'}")
        if item.closest:
            lines.append("  closest topics:")
            lines.extend(f"    {format_score(score)}" for score in item.closest)
        else:
            lines.append("  closest topics: none, no signal of any topic occurs")
        lines.append("")
    lines.append(
        f"To place them: add a signal to a topic of {topics} (any inflection, or a phrase),"
        " add a topic, or give the seed's notes a topics_add."
    )
    return "\n".join(lines) + "\n"


def report_json(untopical: Sequence[Untopical], total: int) -> str:
    """The report as JSON, keys sorted (the same inputs give the same bytes)."""
    data = {
        "articles": total,
        "untopical": [
            {
                "seed": item.seed,
                "title": item.title,
                "words": item.words,
                "lemmas": [
                    {"lemma": lemma, "form": form, "count": count}
                    for lemma, form, count in item.lemmas
                ],
                "closest": [
                    {
                        "id": score.topic.id,
                        "name": score.topic.name,
                        "score": score.score,
                        "threshold": score.topic.threshold,
                        "signals": [
                            {"signal": signal, "count": count, "weight": weight}
                            for signal, count, weight in score.matches
                        ],
                    }
                    for score in item.closest
                ],
            }
            for item in untopical
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m topic_tags")
    commands = parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser("report", help="list the articles no topic reaches")
    add_folder_arguments(report)
    report.add_argument("--topics", type=Path, default=Path("content/topics.yml"))
    report.add_argument("--lemmas", type=int, default=DISTINCTIVE_LEMMAS, help="per article")
    report.add_argument("--closest", type=int, default=CLOSEST, help="topics per article")
    report.add_argument("--json", action="store_true", help="write JSON instead of text")
    args = parser.parse_args(argv)
    try:
        topics = lemmatised_signals(load_topics(args.topics), lemmas)
        articles = clean_folder(args.seeds, args.notes_dir)
        untopical = find_untopical(articles, topics, args.lemmas, args.closest)
    except TopicsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if args.json:
        sys.stdout.write(report_json(untopical, len(articles)))
    else:
        sys.stdout.write(format_report(untopical, len(articles), args.seeds, args.topics))
    return 0
