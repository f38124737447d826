"""Each plugin lifts out alone: an in-process mini-build with the seed reader and it only.

In the image of pelican-plugins' own tests (`read_settings(override=...)`,
`Pelican(settings).run()` into a temporary folder): every plugin keeps its defaults
in code, reads the article's record, and the theme copes with the others absent.
"""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import ROOT, SEEDS
from pelican import Pelican
from pelican.settings import read_settings

BASE = ["pelican.plugins.markdown_it_reader", "archive_filters", "seed_reader"]
SEED = "003_eb3f572a44316ad6.txt"  # a real seed: registered people, topics, notes


def build(tmp_path, plugins: list[str], seed: str = SEED):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / seed, seeds / seed)
    output = tmp_path / "output"
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={
            "PLUGINS": BASE + plugins,
            "OUTPUT_PATH": str(output),
            "SEEDS_PATH": seeds,
            "ARTICLE_PATHS": [str(seeds)],
            "PEOPLE_REPORT_CANDIDATES": False,
        },
    )
    Pelican(settings).run()
    return output


# plugin -> a file only it writes, relative to the output
OWN_OUTPUT = {
    "topic_tags": "sujets/guerre-en-ukraine.html",
    "person_pages": "personnes/index.html",
    "source_notes": "sources/" + SEED,
    "data_export": "data/articles.json",
    "lunr_index": "recherche/index.json",
}


def test_the_seed_reader_alone_builds_the_articles(tmp_path):
    output = build(tmp_path, [])
    pages = list((output / "articles").glob("*.html"))
    assert len(pages) == 1
    for path in OWN_OUTPUT.values():
        assert not (output / path).exists(), f"{path} written without its plugin"


def test_the_reader_alone_shows_a_byline_and_translator_unlinked(tmp_path):
    # Seed 000 has both credits; without person_pages the record has no credits to link.
    output = build(tmp_path, [], seed="000_3266c0aab6a9f924.txt")
    (page,) = (output / "articles").glob("*.html")
    html = page.read_text(encoding="utf-8")
    assert "<dd>Andrew Korybko</dd>" in html and "<dd>Spirit of Free Speech</dd>" in html


@pytest.mark.parametrize("plugin", sorted(OWN_OUTPUT))
def test_each_plugin_builds_alone_with_the_reader(tmp_path, plugin):
    output = build(tmp_path, [plugin])
    assert (output / OWN_OUTPUT[plugin]).exists()
    assert len(list((output / "articles").glob("*.html"))) == 1
    if plugin == "data_export":
        (record,) = json.loads((output / OWN_OUTPUT[plugin]).read_text(encoding="utf-8"))
        # Without their plugins, no people, topics or notes: the record's defaults.
        assert record["seed"] == SEED
        assert (record["people"], record["topics"], record["notes"]) == ([], [], [])
