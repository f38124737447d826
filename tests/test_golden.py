"""Golden files: the whole cleaned article of every seed and fixture, compared exactly.

Each file (tests/fixtures/golden/<name>.txt) holds what `make explain` prints (every
line with its class and reason, the metadata, the repairs) and the body's blocks as
the site shows them. A change to the cleaner that changes any of it fails here until
the files are regenerated on purpose, and the diff is reviewed:

    make test PYTESTOPTS="tests/test_golden.py --update-golden"
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, SEEDS
from seed_reader.corpus import folder_facts
from seed_reader.notes import load_notes
from seed_reader.pipeline import clean_seed
from seed_reader.tools.explain import format_explanation

GOLDEN = FIXTURES / "golden"
CASES = sorted(SEEDS.glob("*.txt")) + sorted((FIXTURES / "seeds").glob("*.txt"))


def cleaned_text(seed: Path) -> str:
    """The article as the golden file records it."""
    notes = (
        load_notes(ROOT / "content" / "notes" / f"{seed.stem}.yml")
        if seed.parent == SEEDS
        else None
    )
    article = clean_seed(seed.read_bytes(), seed.name, notes, folder_facts(seed.parent))
    blocks = "\n".join(
        f"[{block.kind.value}{':item' if block.item else ''}] {block.text}"
        for block in article.blocks
    )
    return f"{format_explanation(article, width=10**6)}\nBlocks:\n{blocks}\n"


@pytest.mark.parametrize("seed", CASES, ids=lambda path: path.stem)
def test_the_cleaned_article_matches_its_golden_file(seed, request):
    golden = GOLDEN / f"{seed.stem}.txt"
    actual = cleaned_text(seed)
    if request.config.getoption("--update-golden"):
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"no golden file for {seed.name}: run with --update-golden"
    assert actual == golden.read_text(encoding="utf-8")


def test_every_golden_file_has_its_seed():
    assert {p.stem for p in GOLDEN.glob("*.txt")} == {p.stem for p in CASES}
