"""`make review`: the cleaner's least certain decisions across a seed folder.

Four kinds of decision deserve a human look: the title when its runner-up was
close, a removed line that reads like article prose, a short line kept as a
heading or a paragraph, and a metadata value (author, site, translator, source)
chosen on weak evidence. Each comes with the notes-file entry that would override
it, ready to paste into content/notes/<seed>.yml: under `lines:` for a line, at the
top level for a metadata value (`site: ...`), corrected by hand.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..corpus import folder_facts
from ..model import ClassifiedLine, CleanedArticle, Kind, SeedError
from ..notes import OVERRIDE_KEYS, NotesError, load_notes
from ..pipeline import clean_seed
from ..shapes import shape_of
from .folder import add_folder_arguments

# Decisions below these confidences are listed; above them they are left alone.
# A removed line that reads like prose is listed unless a rule was sure of it.
TITLE_REVIEW_CONFIDENCE = 0.75
REMOVED_PROSE_REVIEW_CONFIDENCE = 0.9
KEPT_SHORT_REVIEW_CONFIDENCE = 0.7
# A metadata value below this confidence rests on one weak line (a logo guessed from
# its place, a domain, a contact address, a byline in the page's tail).
METADATA_REVIEW_CONFIDENCE = 0.7
# A removed line of this many words that ends like a sentence reads like prose.
PROSE_LIKE_WORDS = 12


@dataclass(frozen=True)
class Decision:
    seed: str
    line: int
    kind: str  # "title", "removed-prose", "kept-short" or "metadata"
    confidence: float
    text: str
    explanation: str
    override: dict

    def format(self) -> str:
        where = f"{self.seed}:{self.line}" if self.line else self.seed
        head = (
            f"{where}  {self.kind}  (confidence {self.confidence:.2f})\n"
            f"    {self.text[:110]}\n    {self.explanation}\n"
        )
        if self.kind == "metadata":
            entry = yaml.safe_dump(self.override, allow_unicode=True, sort_keys=False, width=10**6)
            return head + "\n".join("    " + row for row in entry.splitlines())
        entry = yaml.safe_dump([self.override], allow_unicode=True, sort_keys=False, width=10**6)
        entry = "\n".join("      " + row for row in entry.splitlines())
        return head + f"    lines:\n{entry}"


def uncertain_decisions(article: CleanedArticle) -> list[Decision]:
    """The decisions of one cleaned article that a human should check."""
    found = []
    by_number = {line.number: line for line in article.lines}
    choice = article.title_choice
    if choice is not None and choice.line is not None:
        title = article.lines[choice.line]
        if title.confidence < TITLE_REVIEW_CONFIDENCE and choice.runner_up is not None:
            runner = article.lines[choice.runner_up]
            found.append(
                Decision(
                    article.seed, title.number, "title", title.confidence, title.text,
                    f"title chosen (score {choice.score:.1f}); runner-up: line {runner.number} "
                    f"\"{runner.text[:80]}\" (score {choice.runner_up_score:.1f})",
                    override_entry(runner, "metadata", field="title"),
                )
            )  # fmt: skip
    for line in by_number.values():
        if line.field == "title":
            continue
        confidence = line.confidence
        if (
            line.kind is Kind.REMOVED
            and confidence < REMOVED_PROSE_REVIEW_CONFIDENCE
            and reads_like_prose(line)
        ):
            found.append(
                Decision(
                    article.seed, line.number, "removed-prose", line.confidence, line.text,
                    f"removed ({line.reason}) though it reads like prose",
                    override_entry(line, "paragraph"),
                )
            )  # fmt: skip
        elif (
            line.is_body
            and confidence < KEPT_SHORT_REVIEW_CONFIDENCE
            and shape_of(line.text).is_heading_shaped
        ):
            found.append(
                Decision(
                    article.seed, line.number, "kept-short", line.confidence, line.text,
                    f"kept as {line.kind.value} ({line.reason})",
                    override_entry(line, "removed"),
                )
            )  # fmt: skip
    return found + uncertain_metadata(article)


def uncertain_metadata(article: CleanedArticle) -> list[Decision]:
    """Metadata values chosen on weak evidence, each with the notes key that overrides it."""
    return [
        Decision(
            article.seed,
            choice.line or 0,
            "metadata",
            choice.confidence,
            choice.text,
            f'{choice.field} "{choice.value}" (evidence: {choice.kind}); fix the value '
            f"and add the key `{OVERRIDE_KEYS[choice.field]}` to the notes file",
            {OVERRIDE_KEYS[choice.field]: choice.value},
        )
        for choice in article.metadata.evidence
        if choice.field in OVERRIDE_KEYS and choice.confidence < METADATA_REVIEW_CONFIDENCE
    ]


def reads_like_prose(line: ClassifiedLine) -> bool:
    shape = shape_of(line.text)
    return shape.is_prose or (shape.words >= PROSE_LIKE_WORDS and shape.ends_sentence)


def override_entry(line: ClassifiedLine, kind: str, field: str | None = None) -> dict:
    entry = {"line": line.number, "kind": kind}
    if field:
        entry["field"] = field
    entry["text"] = line.text.strip()
    return entry


def review_folder(seeds: Path, notes_dir: Path) -> tuple[list[Decision], list[str]]:
    """Every uncertain decision of a folder, least certain first, and the seeds skipped."""
    facts = folder_facts(seeds)
    decisions, skipped = [], []
    for path in sorted(seeds.glob("*.txt")):
        try:
            notes = load_notes(notes_dir / f"{path.stem}.yml")
            article = clean_seed(path.read_bytes(), path.name, notes, facts)
        except (SeedError, NotesError) as error:
            skipped.append(str(error))
            continue
        decisions.extend(uncertain_decisions(article))
    decisions.sort(key=lambda d: (d.confidence, d.seed, d.line))
    return decisions, skipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m seed_reader review", description=__doc__)
    add_folder_arguments(parser)
    args = parser.parse_args(argv)
    decisions, skipped = review_folder(args.seeds, args.notes_dir)
    for message in skipped:
        print(f"skipped: {message}", file=sys.stderr)
    if not decisions:
        print(f"No uncertain decision in {args.seeds}.")
        return 0
    print(f"{len(decisions)} uncertain decision(s) in {args.seeds}, least certain first.")
    print(
        "To fix one, add the entry shown to content/notes/<seed>.yml: under `lines:` for a"
        " line, at the top level for a metadata value.\n"
    )
    for decision in decisions:
        print(decision.format() + "\n")
    return 0
