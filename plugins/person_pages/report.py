"""Command line of person_pages.

`python -m person_pages report`: unregistered people named in the seeds, ready to register;
`python -m person_pages detect` (`make people`): update the detected-people file (scan.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from archive_core.people import load_registry
from seed_reader.slugs import slugify_title
from seed_reader.tools.folder import add_folder_arguments, cleaned_bodies

from .candidates import Candidate, find_candidates


def yaml_entry(candidate: Candidate) -> str:
    """A registry entry to paste into content/people.yml and complete by hand."""
    words = candidate.name.split()
    surname, given = words[-1], " ".join(words[:-1])
    slug = slugify_title(candidate.name, "").rsplit("-", 1)[0]
    return "\n".join(
        [
            f"- id: {slug}",
            f"  name: {candidate.name}",
            f"  sort_name: {surname}, {given}",
            f"  aliases: [{surname}]",
            "  role: À COMPLÉTER",
            "  description: À COMPLÉTER",
            "  wikidata: null",
        ]
    )


def format_report(candidates: list[Candidate]) -> str:
    if not candidates:
        return "No unregistered person: every name the model finds is in the registry.\n"
    lines = [f"{len({c.name for c in candidates})} unregistered name(s):", ""]
    by_name: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        by_name.setdefault(candidate.name, []).append(candidate)
    for name, found in by_name.items():
        lines.append(f"## {name}")
        lines.extend(f"  {c.seed}: {c.context}" for c in found)
        lines.append("")
        lines.append(yaml_entry(found[0]))
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m person_pages")
    commands = parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser("report", help="list unregistered people with their contexts")
    add_folder_arguments(report)
    report.add_argument("--people", type=Path, default=Path("content/people.yml"))
    detect = commands.add_parser("detect", help="scan new seeds, update the detected people")
    add_folder_arguments(detect)
    detect.add_argument("--people", type=Path, default=Path("content/people.yml"))
    detect.add_argument("--names", type=Path, default=Path("content/names.yml"))
    detect.add_argument("--out", type=Path, default=Path("content/people-detected.yml"))
    detect.add_argument("--model", default=None, help="spaCy pipeline (default: PEOPLE_MODEL)")
    measure = commands.add_parser("measure", help="precision and recall on a labelled set")
    measure.add_argument("folder", type=Path, help="a labelled set (seeds/ and gold/)")
    measure.add_argument("--people", type=Path, default=Path("content/people.yml"))
    measure.add_argument("--names", type=Path, default=Path("content/names.yml"))
    measure.add_argument("--model", action="append", help="spaCy pipeline (repeatable)")
    args = parser.parse_args(argv)
    if args.command == "detect":
        return detect_people(args)
    if args.command == "measure":
        return measure_people(args)
    records = load_registry(args.people)
    articles = cleaned_bodies(args.seeds, args.notes_dir)
    sys.stdout.write(format_report(find_candidates(articles, records)))
    return 0


def organisations_in(path: Path) -> tuple[str, ...]:
    """Every form of the organisations and places of content/names.yml."""
    from name_aliases import load_names

    names = load_names(path) if path.exists() else ()
    return tuple(form.text for record in names for form in record.forms)


def measure_people(args: argparse.Namespace) -> int:
    from .devset import measure
    from .scan import PEOPLE_MODEL

    records, organisations = load_registry(args.people), organisations_in(args.names)
    for model in args.model or [PEOPLE_MODEL]:
        print(measure(args.folder, records, organisations, model).format())
    return 0


def detect_people(args: argparse.Namespace) -> int:
    from .scan import PEOPLE_MODEL, run

    records, organisations = load_registry(args.people), organisations_in(args.names)
    return run(
        args.seeds, args.notes_dir, args.out, records, organisations, args.model or PEOPLE_MODEL
    )
