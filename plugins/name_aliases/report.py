"""`python -m name_aliases report`: organisations and places in the seeds, ready to add."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml
from archive_core.people import load_registry
from seed_reader.slugs import slugify_title
from seed_reader.tools.folder import add_folder_arguments, cleaned_bodies

from .candidates import Candidate, find_candidates
from .registry import load_names


def yaml_scalar(text: str) -> str:
    """text as one YAML scalar, quoted only when YAML needs it."""
    return yaml.safe_dump([text], allow_unicode=True, width=1000).strip()[2:]


def yaml_entry(candidate: Candidate) -> str:
    """An entry to paste into content/names.yml and complete by hand."""
    slug = slugify_title(candidate.name, "").rsplit("-", 1)[0]
    return "\n".join(
        [
            f"- id: {slug}",
            f"  name: {yaml_scalar(candidate.name)}",
            f"  kind: {candidate.kind}",
            "  aliases: []  # À COMPLÉTER : noms dans d’autres langues, graphies, sigles",
            "  wikidata: null",
        ]
    )


def format_report(candidates: list[Candidate], names_path: Path) -> str:
    if not candidates:
        return f"Nothing to add: every organisation and place the model finds is in {names_path}.\n"
    lines = [f"{len(candidates)} organisation(s) or place(s) not in {names_path}:", ""]
    for candidate in candidates:
        mentions = "mention" if candidate.count == 1 else "mentions"
        seeds = "seed" if len(candidate.seeds) == 1 else "seeds"
        lines.append(
            f"## {candidate.name} ({candidate.kind}, {candidate.count} {mentions} "
            f"in {len(candidate.seeds)} {seeds}: {', '.join(candidate.seeds)})"
        )
        lines.append(f"  {candidate.seeds[0]}: {candidate.example}")
        lines.append("")
        lines.append(yaml_entry(candidate))
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m name_aliases")
    commands = parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser("report", help="list organisations and places to add")
    add_folder_arguments(report)
    report.add_argument("--names", type=Path, default=Path("content/names.yml"))
    report.add_argument("--people", type=Path, default=Path("content/people.yml"))
    args = parser.parse_args(argv)
    known = [form.text for record in load_names(args.names) for form in record.forms]
    known += [form for record in load_registry(args.people) for form in record.forms]
    articles = cleaned_bodies(args.seeds, args.notes_dir)
    sys.stdout.write(format_report(find_candidates(articles, known), args.names))
    return 0
