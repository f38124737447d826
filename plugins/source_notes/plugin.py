"""Pelican glue: annotate each article from a seed and publish its raw seed under sources/.

Settings (defaults in code): SOURCE_NOTES_NAMES_PATH (content/names.yml: its media are
known outlets, its organisations and places never outlets) and SOURCE_NOTES_PEOPLE_PATH
(content/people.yml: a person is never an outlet).
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from archive_core.people import RegistryError, load_registry
from archive_core.record import record_of, seed_articles
from archive_core.settings import apply_defaults
from name_aliases import NamesError, load_names
from pelican import signals
from pelican.generators import ArticlesGenerator

from .anchors import AnchoredNote, anchor_notes
from .corrections import CORRECTIONS_POLICY_PATH, collect_corrections
from .outlets import CitedOutlet, OutletVocabulary, find_cited_outlets
from .provenance import group_removed, news_article_jsonld, repair_views

logger = logging.getLogger(__name__)

RAW_DIR = "sources"
# Defaults in code, so the plugin builds alone; pelicanconf.py may change them.
DEFAULTS = {
    "SOURCE_NOTES_NAMES_PATH": "content/names.yml",
    "SOURCE_NOTES_PEOPLE_PATH": "content/people.yml",
}


@dataclass(frozen=True)
class ArticleNotes:
    """What an article's source notes show: this plugin's part of the article's record."""

    notes: tuple[AnchoredNote, ...]
    removed_groups: tuple
    repairs: tuple
    cited_outlets: tuple[CitedOutlet, ...]
    raw_url: str  # the raw seed, relative to the site root
    jsonld: str  # schema.org NewsArticle, escaped for a <script> element


def annotate(instance) -> None:
    """On each new article: anchor its notes, and gather what its source notes show."""
    record = record_of(instance)
    if record is None:
        return
    cleaned = record.cleaned
    blocks = [block.text for block in cleaned.blocks]
    notes, marks = anchor_notes(blocks, cleaned.notes.notes if cleaned.notes else ())
    # Logged as errors: fatal with STRICT=1, so a note never vanishes silently, nor
    # lands on another occurrence of its passage, when the cleaner changes.
    for note in notes:
        if note.is_ambiguous:
            logger.error(
                "%s: the passage of a note occurs %d times in the cleaned text of %s "
                "(add a prefix or suffix to pick one): %r",
                cleaned.notes.path,
                note.occurrences,
                cleaned.seed,
                note.quote,
            )
        elif note.number is None:
            logger.error(
                "%s: the passage of a note is not in the cleaned text of %s: %r",
                cleaned.notes.path,
                cleaned.seed,
                note.quote,
            )
    record.marks.extend(marks)
    raw_url = f"{RAW_DIR}/{quote(cleaned.seed)}"
    site_url = instance.settings.get("SITEURL", "")
    absolute_raw = f"{site_url}/{raw_url}" if site_url else raw_url
    public = (instance.settings.get("PUBLIC_URL") or site_url).rstrip("/")
    policy = f"{public}/{CORRECTIONS_POLICY_PATH}" if public else CORRECTIONS_POLICY_PATH
    record.notes = ArticleNotes(
        notes=tuple(notes),
        removed_groups=tuple(group_removed(cleaned.removed)),
        repairs=tuple(repair_views(cleaned.repairs)),
        cited_outlets=tuple(find_cited_outlets(blocks, outlet_vocabulary(instance.settings))),
        raw_url=raw_url,
        jsonld=news_article_jsonld(instance, cleaned.metadata, absolute_raw, notes, policy),
    )


def outlet_vocabulary(settings) -> OutletVocabulary:
    """The names file's media and the names that are no outlet, read once per build."""
    names = Path(settings.get("SOURCE_NOTES_NAMES_PATH", DEFAULTS["SOURCE_NOTES_NAMES_PATH"]))
    people = Path(settings.get("SOURCE_NOTES_PEOPLE_PATH", DEFAULTS["SOURCE_NOTES_PEOPLE_PATH"]))
    return load_vocabulary(names, modified(names), people, modified(people))


def modified(path: Path) -> int | None:
    """The file's modification time, so an edited file is read again (devserver)."""
    return path.stat().st_mtime_ns if path.exists() else None


@lru_cache(maxsize=4)
def load_vocabulary(names: Path, _names_mtime, people: Path, _people_mtime) -> OutletVocabulary:
    """Read both files; one that cannot be used is logged, and outlets are found without it."""
    try:
        records = load_names(names)
    except NamesError as error:
        # Fatal with STRICT=1; otherwise outlets are found only where the text presents them.
        logger.error("Cited outlets: %s", error)
        records = ()
    try:
        person_forms = [form for person in load_registry(people) for form in person.forms]
    except RegistryError as error:
        logger.error("Cited outlets: %s", error)
        person_forms = []
    return OutletVocabulary.build(records, person_forms)


def publish_raw_seeds(generator) -> None:
    """Copy every seed, byte for byte, to sources/ in the output."""
    if not isinstance(generator, ArticlesGenerator):
        return
    target = Path(generator.output_path) / RAW_DIR
    target.mkdir(parents=True, exist_ok=True)
    for article in seed_articles(generator.articles):
        shutil.copyfile(article.source_path, target / Path(article.source_path).name)


def gather_corrections(generator) -> None:
    """Give templates (the corrections.html direct template) every correction, newest first."""
    if isinstance(generator, ArticlesGenerator):
        generator.context["corrections"] = collect_corrections(generator.articles)


def add_defaults(pelican) -> None:
    apply_defaults(pelican.settings, DEFAULTS)


def register() -> None:
    signals.initialized.connect(add_defaults)
    signals.content_object_init.connect(annotate)
    signals.article_generator_finalized.connect(publish_raw_seeds)
    signals.article_generator_finalized.connect(gather_corrections)
