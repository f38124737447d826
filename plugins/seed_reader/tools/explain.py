"""`python -m seed_reader explain SEED`: show how every line of a seed was classified."""

from __future__ import annotations

import argparse
import sys
from dataclasses import fields
from pathlib import Path

from ..corpus import folder_facts
from ..model import EVIDENCE_FIELDS, CleanedArticle, Kind, SeedError
from ..notes import NotesError, load_notes
from ..pipeline import clean_seed

KIND_LABELS = {
    Kind.PARAGRAPH: "BODY",
    Kind.HEADING: "HEAD",
    Kind.METADATA: "META",
    Kind.REMOVED: "DROP",
    Kind.BLANK: "    ",
}
# Wide enough for the longest reason code, so the texts line up.
REASON_WIDTH = 20


def format_explanation(article: CleanedArticle, width: int = 100) -> str:
    """Return the report: one row per line, then the metadata and the repairs."""
    rows = []
    for line in article.lines:
        label = KIND_LABELS[line.kind]
        reason = "" if line.kind is Kind.BLANK else line.reason
        text = line.text if len(line.text) <= width else line.text[: width - 1] + "…"
        rows.append(f"{line.number:4d} {label} {reason:<{REASON_WIDTH}} {text}".rstrip())
    rows.append("")
    rows.append("Metadata:")
    for field in fields(article.metadata):
        if field.name in EVIDENCE_FIELDS:
            continue
        value = getattr(article.metadata, field.name)
        if value not in (None, "", False):
            rows.append(f"  {field.name}: {value}")
    if article.repairs:
        rows.append("")
        rows.append("Repairs:")
        for repair in article.repairs:
            rows.append(
                f"  line {repair.line} {repair.kind}: {repair.before!r} -> {repair.after!r}"
            )
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m seed_reader")
    commands = parser.add_subparsers(dest="command", required=True)
    explain = commands.add_parser("explain", help="show each line's class and reason")
    explain.add_argument("seed", type=Path)
    explain.add_argument("--notes-dir", type=Path, default=Path("content/notes"))
    explain.add_argument("--width", type=int, default=100, help="cut texts at this width")
    args = parser.parse_args(argv)
    try:
        notes = load_notes(args.notes_dir / f"{args.seed.stem}.yml")
        article = clean_seed(
            args.seed.read_bytes(), args.seed.name, notes, folder_facts(args.seed.parent)
        )
    except (OSError, SeedError, NotesError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    sys.stdout.write(format_explanation(article, args.width))
    return 0
