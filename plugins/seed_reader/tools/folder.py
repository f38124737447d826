"""Every seed of a folder cleaned as the build cleans it: the loop the reports share."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..corpus import folder_facts
from ..language import is_french
from ..model import CleanedArticle, SeedError
from ..notes import load_notes
from ..pipeline import clean_seed


def add_folder_arguments(parser: argparse.ArgumentParser) -> None:
    """The seed folder and its notes folder, as every command over seeds takes them."""
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    parser.add_argument("--notes-dir", type=Path, default=Path("content/notes"))


def clean_folder(seeds: Path, notes_dir: Path) -> list[CleanedArticle]:
    """Every seed (*.txt) of a folder cleaned with its notes and the folder's facts, by name.

    A seed the reader refuses is named on stderr and left out, as the build leaves it out.
    """
    articles = []
    facts = folder_facts(seeds)
    for path in sorted(seeds.glob("*.txt")):
        try:
            notes = load_notes(notes_dir / f"{path.stem}.yml")
            articles.append(clean_seed(path.read_bytes(), path.name, notes, facts))
        except SeedError as error:
            print(f"skipped: {error}", file=sys.stderr)
    return articles


def cleaned_bodies(seeds: Path, notes_dir: Path) -> list[tuple[str, list[str]]]:
    """(seed name, body blocks) of every French seed, cleaned as the build cleans it.

    The reports run the French model: a seed in another language is named and left out,
    as the model would read it as French.
    """
    bodies = []
    for article in clean_folder(seeds, notes_dir):
        if not is_french(article):
            print(f"skipped: {article.seed} is in {article.metadata.language}", file=sys.stderr)
            continue
        bodies.append((article.seed, [block.text for block in article.blocks]))
    return bodies
