"""The pipeline over scenario fixtures: title, blocks, and the account of every line."""

from __future__ import annotations

from conftest import FIXTURES
from seed_reader.model import Kind
from seed_reader.pipeline import STAGES, clean_seed


def clean_fixture(name: str):
    path = FIXTURES / "seeds" / name
    return clean_seed(path.read_bytes(), name)


def test_stages_run_in_the_documented_order():
    assert [stage.__name__ for stage in STAGES] == [
        "decode",
        "split_lines",
        "classify_lines",
        "apply_corrections",
        "extract_metadata",
        "repair",
        "decide_language",
    ]


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
