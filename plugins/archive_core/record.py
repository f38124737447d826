"""The one record each plugin reads and adds to: what the archive knows of an article.

The seed reader creates it (`ArticleRecord(cleaned)`) and hands it to Pelican as the
article's `record` metadata; every other plugin fills its own named field, in the
open, instead of hanging attributes on Pelican's Article. The fields are filled at
different Pelican signals, in this order (pelican/__init__.py `Pelican.run`: readers,
then each generator's `generate_context`, then `all_generators_finalized`, then output):

    field     filled by     at which signal / phase
    --------  ------------  -----------------------------------------------------------
    cleaned   seed_reader   `readers_init` -> `SeedReader.read`: the cleaned article
                            (lines, blocks, metadata, repairs)
    notes     source_notes  `content_object_init`, as each article is read: anchored
                            notes, cited outlets, removed lines, raw seed, JSON-LD
    marks     source_notes  same signal: a note's passage
    topics    topic_tags    `article_generator_pretaxonomy`: the topics assigned, as
                            Pelican tags (topic pages are tag pages)
    people    person_pages  `PersonsGenerator.generate_context` (after the articles
                            generator): the people the body names, first mentions first
    credits   person_pages  same phase: the registered people the byline ("auteur") and
                            the translator credit ("traduction") name
    marks     person_pages  same phase: a link on a person's first mention
    (body)    seed_reader   `all_generators_finalized`: `render_articles` draws the marks
                            into the page's HTML, once
    (read)    data_export,  `all_generators_finalized`, after the body, in PLUGINS order:
              lunr_index    the export and the search index only read the record

Only articles made from seeds carry a record: `seed_articles` picks them out.

The core imports no plugin: the field types are `Protocol`s naming what readers of the
record use, which the seed reader's `CleanedArticle`, person_pages' `Person` and
source_notes' `ArticleNotes` satisfy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol


class Cleaned(Protocol):
    """The cleaned article (seed_reader's `CleanedArticle`), as other plugins read it."""

    @property
    def seed(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def blocks(self) -> Sequence[Any]: ...

    @property
    def metadata(self) -> Any: ...


class PersonPage(Protocol):
    """A person with a page (person_pages' `Person`)."""

    @property
    def name(self) -> str: ...

    @property
    def slug(self) -> str: ...

    @property
    def url(self) -> str: ...


class TopicTag(Protocol):
    """A topic, as a Pelican tag (`pelican.urlwrappers.Tag`)."""

    @property
    def name(self) -> str: ...

    @property
    def slug(self) -> str: ...


class SourceNotes(Protocol):
    """What an article's source notes show (source_notes' `ArticleNotes`)."""

    @property
    def notes(self) -> tuple: ...

    @property
    def raw_url(self) -> str: ...

    @property
    def jsonld(self) -> str: ...


@dataclass(frozen=True)
class InlineMark:
    """A span of one body block to wrap: a link to a person, a note's passage."""

    block: int  # index of the block in CleanedArticle.blocks
    start: int
    end: int
    kind: str  # "person" or "note"
    href: str
    title: str = ""
    number: int | None = None  # a note's number


@dataclass(frozen=True)
class Credit:
    """A registered person credited in the article's metadata, with the span that names them.

    field is the metadata field ("author" or "translator"); start and end locate the name
    inside that field's text, so the page can link the name and keep the rest of the byline
    ("avec AFP") as written.
    """

    person: PersonPage
    role: str  # "auteur" or "traduction"
    field: str
    start: int
    end: int


@dataclass
class ArticleRecord:
    """Everything the archive knows of one article, one field per plugin (table above)."""

    cleaned: Cleaned
    topics: tuple[TopicTag, ...] = ()
    people: tuple[PersonPage, ...] = ()
    credits: tuple[Credit, ...] = ()
    notes: SourceNotes | None = None
    marks: list[InlineMark] = field(default_factory=list)


def record_of(article: Any) -> ArticleRecord | None:
    """The record of an article made from a seed, or None for any other content."""
    record = getattr(article, "metadata", {}).get("record")
    return record if isinstance(record, ArticleRecord) else None


def seed_articles(articles: Iterable[Any]) -> list[Any]:
    """The articles made from seeds, in the order given."""
    return [article for article in articles if record_of(article) is not None]
