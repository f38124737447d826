"""Each plugin lifts out alone: an in-process mini-build with the seed reader and it only.

In the image of pelican-plugins' sitemap test (`read_settings(override=...)` with no
configuration file, `Pelican(settings).run()` into a temporary folder): pelicanconf.py
is not read, so a plugin that needs one of its settings fails here. The settings below
are the site's and the theme's, none of a plugin's: every plugin keeps its defaults in
code (a DEFAULTS dict applied at Pelican's `initialized` signal).
"""

from __future__ import annotations

import importlib
import json
import shutil
import weakref

import blinker
import pytest
from conftest import ROOT, SEEDS
from pelican import Pelican, signals
from pelican.settings import read_settings

BASE = ["pelican.plugins.markdown_it_reader", "archive_filters", "seed_reader"]
# The site and its theme, as pelicanconf.py sets them: no plugin's setting is here.
SITE = {
    "SITENAME": "Archive",
    "SITESUBTITLE": "Articles",
    "THEME": str(ROOT / "theme"),
    "PLUGIN_PATHS": [str(ROOT / "plugins")],
    "TIMEZONE": "Europe/Paris",
    "DEFAULT_LANG": "fr",
    "RELATIVE_URLS": True,
    "READERS": {"html": None, "htm": None, "rst": None},
    "JINJA_ENVIRONMENT": {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True},
    "ARTICLE_URL": "articles/{slug}.html",
    "ARTICLE_SAVE_AS": "articles/{slug}.html",
    "TAG_URL": "sujets/{slug}.html",
    "TAG_SAVE_AS": "sujets/{slug}.html",
    "TAGS_URL": "sujets/index.html",
    "TAGS_SAVE_AS": "sujets/index.html",
    "DIRECT_TEMPLATES": ["index", "tags"],
    "NAVIGATION": [],
    "FOOTER_LINKS": [],
    # The site's public address: the theme reads it (archive_publication defaults it too).
    "PUBLIC_URL": "",
    "FEED_ALL_ATOM": None,
    "CATEGORY_FEED_ATOM": None,
    "TRANSLATION_FEED_ATOM": None,
    "AUTHOR_FEED_ATOM": None,
    "AUTHOR_FEED_RSS": None,
    "CACHE_CONTENT": False,
}
SEED = "003_eb3f572a44316ad6.txt"  # a real seed: registered people, topics, notes


@pytest.fixture(autouse=True)
def only_this_builds_plugins():
    """Disconnect what a build's plugins connected: Pelican's signals outlive a build, so
    a plugin registered by an earlier test would otherwise run in the next one."""
    every = [s for s in vars(signals).values() if isinstance(s, blinker.Signal)]
    before = {signal: set(signal.receivers) for signal in every}
    yield
    for signal in every:
        for key in set(signal.receivers) - before[signal]:
            receiver = signal.receivers[key]
            receiver = receiver() if isinstance(receiver, weakref.ref) else receiver
            if receiver is not None:
                signal.disconnect(receiver)


def build(tmp_path, plugins: list[str], seed: str = SEED):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / seed, seeds / seed)
    output = tmp_path / "output"
    settings = read_settings(
        override={
            **SITE,
            "PLUGINS": BASE + plugins,
            "OUTPUT_PATH": str(output),
            "PATH": str(tmp_path),
            "ARTICLE_PATHS": ["seeds"],
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
    "archive_publication": ".nojekyll",  # the sitemap and feeds need a PUBLIC_URL
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


@pytest.mark.parametrize("plugin", ["seed_reader", *sorted(OWN_OUTPUT)])
def test_the_site_settings_hold_no_plugin_default(plugin):
    # Else a plugin could lean on this file's settings, as it once leaned on pelicanconf.
    defaults = getattr(importlib.import_module(f"{plugin}.plugin"), "DEFAULTS", {})
    assert set(defaults) & set(SITE) <= {"PUBLIC_URL"}
