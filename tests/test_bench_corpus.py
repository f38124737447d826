"""The synthetic archive of `make bench` is deterministic and reads like real seeds."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "tests" / "bench"))

from corpus import MAX_WORDS, MIN_WORDS, generate, seed_sentences, write_corpus
from seed_reader.model import Kind
from seed_reader.pipeline import clean_seed

ARTICLES = generate(20)


def test_the_same_count_gives_the_same_articles():
    assert generate(20, seed_sentences()) == ARTICLES
    assert generate(5) == ARTICLES[:5]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.name)
def test_an_article_has_600_to_900_words(article):
    assert MIN_WORDS <= article.words <= MAX_WORDS


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.name)
def test_the_cleaner_finds_the_article_under_its_debris(article):
    cleaned = clean_seed(article.seed.encode("utf-8"), f"{article.name}.txt")
    # Every paragraph is kept, in order; whether a short line is a heading or a
    # teaser is the cleaner's call, as it is on real seeds.
    kept = iter(block.text for block in cleaned.blocks)
    paragraphs = [text for kind, text in article.blocks if kind == "p"]
    assert all(any(text == block for block in kept) for text in paragraphs)
    assert cleaned.blocks[0].kind is Kind.PARAGRAPH
    assert {block.text for block in cleaned.blocks} <= {text for _, text in article.blocks}
    assert (cleaned.title, cleaned.metadata.author) == (article.title, article.author)
    assert cleaned.metadata.date == article.date
    # Debris was there to remove.
    assert len(cleaned.removed) >= 1


def test_the_markdown_twin_is_the_same_article(tmp_path):
    seeds, markdown = write_corpus(3, tmp_path)
    assert sorted(p.stem for p in seeds.iterdir()) == sorted(p.stem for p in markdown.iterdir())
    text = (markdown / f"{ARTICLES[0].name}.md").read_text(encoding="utf-8")
    assert text.startswith(f"Title: {ARTICLES[0].title}\nDate: {ARTICLES[0].date}\n")
    for kind, block in ARTICLES[0].blocks:
        assert (f"## {block}" if kind == "h" else block) in text


def test_every_article_of_a_large_archive_has_600_to_900_words():
    # The generator once looped forever when no paragraph fitted the last gap.
    assert all(MIN_WORDS <= article.words <= MAX_WORDS for article in generate(1000))
