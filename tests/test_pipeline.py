"""The pipeline over scenario fixtures: title, blocks, and the account of every line."""

from __future__ import annotations

import re

from conftest import FIXTURES, ROOT
from seed_reader import pipeline
from seed_reader.model import Kind
from seed_reader.pipeline import STAGES, clean_seed

CLEANING_DOC = (ROOT / "docs" / "cleaning.md").read_text(encoding="utf-8")


def clean_fixture(name: str):
    path = FIXTURES / "seeds" / name
    return clean_seed(path.read_bytes(), name)


def stage_names() -> list[str]:
    return [stage.__name__ for stage in STAGES]


def test_stages_run_in_the_order_pipeline_py_documents():
    # The module's docstring numbers the stages ("1. decode ..."): the list it gives is
    # the one STAGES runs.
    documented = re.findall(r"^\d+\.\s+(\w+)", pipeline.__doc__, re.MULTILINE)
    assert documented, "no numbered stage in pipeline.py's docstring: the pattern is stale"
    assert documented == stage_names()


def test_the_cleaning_notes_name_the_stages_in_the_order_they_run():
    # docs/cleaning.md's "How the cleaner works" numbers the stages in bold
    # ("1. **decode** — ..."): every stage, in the order it runs.
    section = CLEANING_DOC.split("## How the cleaner works", 1)[1].split("\n## ", 1)[0]
    documented = re.findall(r"^\d+\.\s+\*\*(\w+)\*\*", section, re.MULTILINE)
    assert documented, "no numbered stage in docs/cleaning.md: the pattern is stale"
    assert documented == stage_names()


def test_title_is_the_first_meaningful_line_and_paragraphs_follow():
    article = clean_fixture("title_then_paragraphs.txt")
    assert article.title == "Un titre d’article"
    assert [block.text for block in article.blocks] == [
        "Premier paragraphe de l’article, avec « guillemets ».",
        "Second paragraphe.",
    ]
    assert all(block.kind is Kind.PARAGRAPH for block in article.blocks)


def test_every_line_is_accounted_for_in_order():
    article = clean_fixture("title_then_paragraphs.txt")
    source = (FIXTURES / "seeds" / "title_then_paragraphs.txt").read_text("utf-8").splitlines()
    assert [line.text for line in article.lines] == source
    assert [line.number for line in article.lines] == list(range(1, len(source) + 1))
