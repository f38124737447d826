"""Pelican settings of the archive (development build; publishconf.py extends them)."""

import logging
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent

SITENAME = "Archive OTAN–Russie"
SITESUBTITLE = "Articles de presse collectés, nettoyés et annotés"
SITEURL = ""
# Relative links everywhere: the site works under any sub-path (GitHub Pages
# serves it at /<repo>/) and from a local folder.
RELATIVE_URLS = True

# French, pinned: nothing in the output depends on the machine's locale or zone.
DEFAULT_LANG = "fr"
LOCALE = ("C.UTF-8", "C")
TIMEZONE = "Europe/Paris"
DEFAULT_DATE_FORMAT = "%Y-%m-%d"

# Seeds live outside content/; SEEDS (make html SEEDS=...) builds another folder.
PATH = str(ROOT / "content")
SEEDS_PATH = Path(os.environ.get("SEEDS", ROOT / "seeds")).resolve()
ARTICLE_PATHS = [os.path.relpath(SEEDS_PATH, PATH)]
ARTICLE_EXCLUDES = []
PAGE_PATHS = ["pages"]
STATIC_PATHS = []
IGNORE_FILES = [".*", "*~", "#*#"]
READERS = {"html": None, "htm": None, "rst": None}

# Plugin names that cannot clash with installed pelican.plugins.* packages.
PLUGIN_PATHS = [str(ROOT / "plugins")]
PLUGINS = [
    "pelican.plugins.markdown_it_reader",
    "archive_filters",
    "seed_reader",
    "build_progress",
    "topic_tags",
    "person_pages",
    "source_notes",
    "data_export",
    "lunr_index",
    "archive_publication",
]
# NOTES (make html NOTES=...) pairs another seed folder with its own notes.
SEED_NOTES_PATH = str(Path(os.environ.get("NOTES", ROOT / "content" / "notes")).resolve())
PEOPLE_PATH = str(ROOT / "content" / "people.yml")
# People `make people` detected in the seeds (PEOPLE_DETECTED=... pairs another seed
# folder with its own file; an empty value: no detected people, and no check that
# every seed was scanned).
PEOPLE_DETECTED_PATH = (
    os.environ.get("PEOPLE_DETECTED", str(ROOT / "content" / "people-detected.yml")) or None
)
TOPICS_PATH = str(ROOT / "content" / "topics.yml")
# Cited outlets (plugins/source_notes): the media of the names file are known outlets; its
# organisations and places, and the people of the registry, are never outlets.
SOURCE_NOTES_NAMES_PATH = str(ROOT / "content" / "names.yml")
SOURCE_NOTES_PEOPLE_PATH = PEOPLE_PATH
# True logs, in every build, the names spaCy finds that content/people.yml lacks
# (never given a page). Off: entity recognition would cost every build more than
# everything else; `make people-report` lists them for maintainers.
PEOPLE_REPORT_CANDIDATES = False

# Pages are Markdown read by pelican-markdown-it-reader (markdown-it-py). Pelican
# still warns, for each .md file, that its own Python-Markdown reader is
# disabled; that warning is expected, so it is filtered by its exact text.
LOG_FILTER = [
    (
        logging.WARNING,
        f"{page.relative_to(ROOT / 'content')}: Could not import 'markdown.Markdown'. "
        "Have you installed the 'markdown' package?",
    )
    for page in sorted((ROOT / "content" / "pages").glob("*.md"))
]

# Search (plugins/lunr_index): the index and lunr.js go to LUNR_OUTPUT_DIR;
# lunr.js and lunr-languages are copied from node_modules (installed by `npm ci`)
# after checking they are the versions package-lock.json pins. The field boosts
# (LUNR_FIELD_BOOSTS) default to the search specification's, plugins/lunr_index/spec.py.
LUNR_OUTPUT_DIR = "recherche"
LUNR_INDEX_PAGES = True
LUNR_NODE_MODULES = str(ROOT / "node_modules")
LUNR_PACKAGE_LOCK = str(ROOT / "package-lock.json")
# Other names of organisations and places: a query for one form finds the others.
LUNR_NAMES_PATH = str(ROOT / "content" / "names.yml")

# Per-article analyses (topic lemmas, search terms) are cached here under content
# hashes of all they depend on; CACHEDIR (make html CACHEDIR=...) moves it, and an
# empty value turns the cache off. Safe to delete.
ANALYSIS_CACHE_PATH = os.environ.get("CACHEDIR", str(ROOT / ".cache")) or None

THEME = str(ROOT / "theme")
# Seed text is data: every value printed by a template is escaped unless the
# template says otherwise (only rendered bodies are marked safe).
JINJA_ENVIRONMENT = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True}

ARTICLE_URL = "articles/{slug}.html"
ARTICLE_SAVE_AS = "articles/{slug}.html"
# A seed in another language (lang="en") is an article of the archive like any other,
# not a translation of one: same address (Pelican's default adds "-{lang}").
ARTICLE_LANG_URL = ARTICLE_URL
ARTICLE_LANG_SAVE_AS = ARTICLE_SAVE_AS
PAGE_URL = "{slug}.html"
PAGE_SAVE_AS = "{slug}.html"
INDEX_SAVE_AS = "index.html"
DIRECT_TEMPLATES = ["index", "tags", "recherche", "corrections"]
TEMPLATE_PAGES = {"404.html": "404.html"}
ARTICLE_ORDER_BY = "reversed-date"
# Listing pages (home, topics, people) show DEFAULT_PAGINATION articles each, so a page
# stays about 30 kB however large the archive; later pages are index-page2.html,
# sujets/<id>-page2.html... (plain files: they open from a local folder too).
DEFAULT_PAGINATION = 50
PAGINATED_TEMPLATES = {"index": None, "tag": None, "person": None}
PAGINATION_PATTERNS = (
    (1, "{name}{extension}", "{name}{extension}"),
    (2, "{name}-page{number}{extension}", "{name}-page{number}{extension}"),
)
DEFAULT_CATEGORY = "Articles"

# Pages this theme does not have.
CATEGORY_SAVE_AS = CATEGORIES_SAVE_AS = ""
AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = ""
# Topics ride on Pelican's tags; people are a taxonomy of their own (person_pages).
TAG_URL = "sujets/{slug}.html"
TAG_SAVE_AS = "sujets/{slug}.html"
TAGS_URL = "sujets/index.html"
TAGS_SAVE_AS = "sujets/index.html"
PERSON_URL = "personnes/{slug}.html"
PERSON_SAVE_AS = "personnes/{slug}.html"
PERSONS_URL = "personnes/index.html"
PERSONS_SAVE_AS = "personnes/index.html"
ARCHIVES_SAVE_AS = ""
PAGE_LANG_SAVE_AS = ""
DRAFT_SAVE_AS = DRAFT_PAGE_SAVE_AS = ""

# Pelican's own feeds stay off: they would date an undated article with the
# reader's sentinel date. archive_publication writes feeds of dated articles only.
FEED_ALL_ATOM = None
TAG_FEED_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
DELETE_OUTPUT_DIRECTORY = False
OUTPUT_SOURCES = False

# Feeds (plugins/archive_publication): every dated article, each topic, each person.
ARCHIVE_FEED_ATOM = "feeds/articles.atom.xml"
ARCHIVE_TOPIC_FEED_ATOM = "feeds/sujet-{slug}.atom.xml"
PERSON_FEED_ATOM = "feeds/personne-{slug}.atom.xml"
FEED_DOMAIN = ""
# The public address of the site (publishconf.py sets it): canonical and OpenGraph
# URLs, feeds, sitemap.xml and robots.txt are absolute when it is set.
PUBLIC_URL = ""

MENUITEMS = ()
DISPLAY_PAGES_ON_MENU = False
DISPLAY_CATEGORIES_ON_MENU = False

# Header navigation: (label, URL relative to the site root, section id).
# A section is listed once the plugin that builds it is in PLUGINS.
NAVIGATION = [
    ("Articles", "index.html", "articles"),
    ("Sujets", "sujets/index.html", "topics"),
    ("Personnes", "personnes/index.html", "people"),
    ("Recherche", "recherche.html", "search"),
]
FOOTER_LINKS = [
    ("À propos", "a-propos.html"),
    ("Méthode", "methode.html"),
    ("Corrections", "corrections.html"),
    ("Citer l’archive", "citer.html"),
    ("Données (JSON)", "data/articles.json"),
    ("Données (CSV)", "data/articles.csv"),
]
