"""Measure the cleaner against a labelled set of pages (`make eval`), the way trafilatura does.

A set is a folder with `seeds/<name>.txt` and `gold/<name>.yml` (see
../shared/cleaning-dev/README.md): the label of every line (T title, S standfirst,
P paragraph, H heading, Q quote, M:<field> metadata, D debris, B blank), the metadata
values the page states, and the people named in the article (`people`) or only in
its debris (`not_people`).

Scores, per page and pooled: precision and recall of kept lines (T, S, P, H, Q) and of
removed lines (M:*, D), blank lines left out; exact title (quotes and spaces folded);
headings; each metadata field; people found and people wrongly found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from archive_core.text import fold_name

from ..corpus import folder_facts
from ..model import CleanedArticle, Kind
from ..pipeline import clean_seed
from .realpages import evaluate_real_pages, is_real_pages_set
from .scores import format_scores

KEPT_LABELS = frozenset("TSPHQ")
# Gold metadata keys and the Metadata attribute each is compared with.
METADATA_FIELDS = {
    "author": "author",
    "date": "date",
    "site": "site",
    "translator": "translator",
    "source": "source_credit",
    "original_title": "original_title",
}
QUOTE_SPACES_RE = re.compile(r'\s*"\s*')
QUOTES = str.maketrans({"’": "'", "‘": "'", "«": '"', "»": '"', "“": '"', "”": '"'})


def fold_text(text: str | None) -> str | None:
    """Fold quotes, apostrophes and spaces (the title must match up to these only)."""
    if text is None:
        return None
    # French puts (no-break) spaces inside « »; English writes "x" tight.
    return QUOTE_SPACES_RE.sub('"', " ".join(text.translate(QUOTES).split()))


def same_person(found: str, gold: str) -> bool:
    """True when a detected name names the gold person: same name, or same surname."""
    found_words, gold_words = fold_name(found).split(), fold_name(gold).split()
    if not found_words or not gold_words:
        return False
    return found_words == gold_words or found_words[-1] == gold_words[-1]


@dataclass
class Counts:
    """True positives, predicted and actual, for one class of lines."""

    hits: int = 0
    predicted: int = 0
    actual: int = 0

    def add(self, other: Counts) -> None:
        self.hits += other.hits
        self.predicted += other.predicted
        self.actual += other.actual

    @property
    def precision(self) -> float:
        return self.hits / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.actual if self.actual else 1.0


@dataclass
class PageScore:
    name: str
    kept: Counts = field(default_factory=Counts)
    removed: Counts = field(default_factory=Counts)
    title_right: bool = False
    title: tuple[str | None, str | None] = (None, None)  # (found, gold)
    headings_right: bool = False
    fields: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    people_found: list[str] = field(default_factory=list)
    people_missed: list[str] = field(default_factory=list)
    people_wrong: list[str] = field(default_factory=list)
    # (line, gold label, cleaner's kind and reason, text)
    differences: list[tuple[int, str, str, str]] = field(default_factory=list)
    # Lines the gold keeps as article text and the cleaner removed.
    article_lines_removed: int = 0

    @property
    def fields_right(self) -> int:
        return sum(fold_text(found) == fold_text(gold) for found, gold in self.fields.values())

    @property
    def line_accuracy(self) -> float:
        lines = self.kept.actual + self.removed.actual
        return (self.kept.hits + self.removed.hits) / lines if lines else 1.0


def is_kept(article: CleanedArticle, number: int) -> tuple[bool, str]:
    """Whether the cleaner kept a line as article text (the title counts as kept)."""
    line = article.lines[number - 1]
    kept = line.is_body or (line.kind is Kind.METADATA and line.field == "title")
    described = f"{line.kind.value}:{line.field}" if line.field else line.kind.value
    return kept, f"{described} ({line.reason})"


PeopleFinder = Callable[[CleanedArticle], list[str]]


def score_page(
    name: str, article: CleanedArticle, gold: dict, find_people: PeopleFinder | None
) -> PageScore:
    """Compare one cleaned page with its gold."""
    score = PageScore(name)
    for number, label in sorted(gold["lines"].items()):
        if label == "B":
            continue
        gold_kept = label in KEPT_LABELS
        kept, described = is_kept(article, number)
        counts = score.kept if gold_kept else score.removed
        counts.actual += 1
        (score.kept if kept else score.removed).predicted += 1
        if kept == gold_kept:
            counts.hits += 1
        else:
            text = article.lines[number - 1].text
            score.differences.append((number, label, described, text))
            score.article_lines_removed += gold_kept and label != "T"
    score.title = (article.metadata.title, gold.get("title"))
    score.title_right = fold_text(article.metadata.title) == fold_text(gold.get("title"))
    score.headings_right = [fold_text(h) for h in article.headings] == [
        fold_text(h) for h in gold.get("headings") or []
    ]
    stated = gold.get("metadata") or {}
    for key, attribute in METADATA_FIELDS.items():
        found = getattr(article.metadata, attribute)
        if key in stated or found is not None:
            score.fields[key] = (found, None if stated.get(key) is None else str(stated[key]))
    if find_people is not None:
        found = find_people(article)
        gold_people = gold.get("people") or []
        score.people_found = [p for p in gold_people if any(same_person(f, p) for f in found)]
        score.people_missed = [p for p in gold_people if p not in score.people_found]
        score.people_wrong = [
            f
            for f in found
            if any(same_person(f, n) for n in gold.get("not_people") or [])
            and not any(same_person(f, p) for p in gold_people)
        ]
    return score


@dataclass
class Report:
    pages: list[PageScore]

    def pooled(self) -> dict[str, float]:
        kept, removed = Counts(), Counts()
        for page in self.pages:
            kept.add(page.kept)
            removed.add(page.removed)
        fields = [right for page in self.pages for right in [page.fields_right]]
        field_total = sum(len(page.fields) for page in self.pages)
        pages = len(self.pages) or 1
        gold_people = sum(len(p.people_found) + len(p.people_missed) for p in self.pages)
        return {
            "kept_precision": kept.precision,
            "kept_recall": kept.recall,
            "removed_precision": removed.precision,
            "removed_recall": removed.recall,
            "line_accuracy": (kept.hits + removed.hits) / ((kept.actual + removed.actual) or 1),
            "worst_page_accuracy": min((p.line_accuracy for p in self.pages), default=1.0),
            "title_accuracy": sum(p.title_right for p in self.pages) / pages,
            "headings_accuracy": sum(p.headings_right for p in self.pages) / pages,
            "metadata_accuracy": sum(fields) / field_total if field_total else 1.0,
            **self.field_accuracies(),
            "people_recall": (
                sum(len(p.people_found) for p in self.pages) / gold_people if gold_people else 1.0
            ),
            "people_wrongly_found": sum(len(p.people_wrong) for p in self.pages),
            "article_lines_removed": sum(p.article_lines_removed for p in self.pages),
        }

    def field_accuracies(self) -> dict[str, float]:
        """The share of each metadata field's values that are right, over the pages that
        state the field or where the cleaner found one."""
        accuracies = {}
        for key in METADATA_FIELDS:
            pairs = [page.fields[key] for page in self.pages if key in page.fields]
            if pairs:
                right = sum(fold_text(found) == fold_text(gold) for found, gold in pairs)
                accuracies[f"{key}_accuracy"] = right / len(pairs)
        return accuracies

    def format(self, differences: bool = True) -> str:
        out = []
        out.append(
            f"{'page':34} {'kept P/R':>11} {'removed P/R':>11} {'title':>5} {'head':>4}"
            f" {'meta':>5} {'people':>7}"
        )
        for p in self.pages:
            people = f"{len(p.people_found)}/{len(p.people_found) + len(p.people_missed)}"
            if p.people_wrong:
                people += f" -{len(p.people_wrong)}"
            out.append(
                f"{p.name[:34]:34} {p.kept.precision:5.3f}/{p.kept.recall:5.3f}"
                f" {p.removed.precision:5.3f}/{p.removed.recall:5.3f}"
                f" {'ok' if p.title_right else 'NO':>5} {'ok' if p.headings_right else 'NO':>4}"
                f" {p.fields_right:>2}/{len(p.fields):<2} {people:>7}"
            )
        out.append("")
        out.extend(format_scores(self.pooled()))
        if differences:
            for p in self.pages:
                wrong = [
                    (k, f, g) for k, (f, g) in p.fields.items() if fold_text(f) != fold_text(g)
                ]
                if not (
                    p.differences or wrong or not p.title_right or p.people_wrong or p.people_missed
                ):
                    continue
                out.append(f"\n== {p.name}")
                if not p.title_right:
                    out.append(f"  title: {p.title[0]!r}\n   gold: {p.title[1]!r}")
                for key, found, gold in wrong:
                    out.append(f"  {key}: {found!r} (gold {gold!r})")
                for number, label, described, text in p.differences:
                    out.append(f"  {number:4} gold {label:10} got {described:34} {text[:90]}")
                if p.people_missed:
                    out.append(f"  people missed: {', '.join(p.people_missed)}")
                if p.people_wrong:
                    out.append(f"  people wrongly found: {', '.join(p.people_wrong)}")
        return "\n".join(out)


def evaluate(folder: Path, find_people: PeopleFinder | None = None) -> Report:
    """Clean every page of a labelled set and score it against its gold."""
    pages = []
    # The set is read as an archive would be: the seeds of one folder inform each other.
    facts = folder_facts(folder / "seeds")
    for gold_path in sorted((folder / "gold").glob("*.yml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        seed = folder / "seeds" / gold["file"]
        article = clean_seed(seed.read_bytes(), seed.name, corpus=facts)
        pages.append(score_page(gold_path.stem, article, gold, find_people))
    return Report(pages)


def main(
    argv: list[str] | None = None,
    people_finder: PeopleFinder | None = None,
    prog: str = "python -m seed_reader eval",
) -> int:
    """Measure the sets; people are scored when a finder is given (the reader has none:
    `python -m person_pages eval` passes its own, so the reader imports no plugin)."""
    parser = argparse.ArgumentParser(prog=prog, description=__doc__)
    parser.add_argument(
        "folders",
        type=Path,
        nargs="+",
        help="labelled sets (seeds/ and gold/) or real-pages sets (with their score.py)",
    )
    parser.add_argument("--no-people", action="store_true", help="skip people (no French model)")
    parser.add_argument("--json", action="store_true", help="print the pooled scores as JSON")
    parser.add_argument("--quiet", action="store_true", help="leave out the lines that differ")
    args = parser.parse_args(argv)
    find_people = None if args.no_people else people_finder
    scores, measured = {}, 0
    for folder in args.folders:
        if not (folder / "gold").is_dir():
            # The shared sets sit beside the checkout, not in it: a clone may lack them.
            print(f"{folder}: no gold/ folder: skipped", file=sys.stderr)
            continue
        report = (
            evaluate_real_pages(folder)
            if is_real_pages_set(folder)
            else evaluate(folder, find_people)
        )
        measured += 1
        scores[str(folder)] = report.pooled()
        if not args.json:
            print(f"# {folder}\n{report.format(differences=not args.quiet)}\n")
    if args.json:
        print(json.dumps(scores, indent=2, sort_keys=True))
    return 0 if measured else 2
