"""The one record each plugin reads and adds to: what the archive knows of an article.

The seed reader creates it (`ArticleRecord(cleaned)`) and hands it to Pelican as the
article's `record` metadata; every other plugin fills its own named field, in the
open, instead of hanging attributes on Pelican's Article:

    cleaned  seed_reader   the cleaned article (lines, blocks, metadata, repairs)
    topics   topic_tags    the topics assigned, as Pelican tags (topic pages are tag pages)
    people   person_pages  the people the body names (registered, or detected and
                           unverified), first mentions first
    credits  person_pages  the registered people the byline (author) and the translator
                           credit name, with their role ("auteur", "traduction")
    notes    source_notes  anchored notes, cited outlets, removed lines, raw seed, JSON-LD
    marks    any plugin    inline marks on the body (a person link, a note's passage),
                           rendered once into the page's HTML by `render_articles`

Only articles made from seeds carry a record: `seed_articles` picks them out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .model import CleanedArticle

if TYPE_CHECKING:
    from pelican.urlwrappers import Tag
    from person_pages.plugin import Person
    from source_notes.plugin import ArticleNotes


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

    person: Person
    role: str  # "auteur" or "traduction"
    field: str
    start: int
    end: int


@dataclass
class ArticleRecord:
    """Everything the archive knows of one article, one field per plugin."""

    cleaned: CleanedArticle
    topics: tuple[Tag, ...] = ()
    people: tuple[Person, ...] = ()
    credits: tuple[Credit, ...] = ()
    notes: ArticleNotes | None = None
    marks: list[InlineMark] = field(default_factory=list)


def record_of(article: Any) -> ArticleRecord | None:
    """The record of an article made from a seed, or None for any other content."""
    record = getattr(article, "metadata", {}).get("record")
    return record if isinstance(record, ArticleRecord) else None


def seed_articles(articles: Iterable[Any]) -> list[Any]:
    """The articles made from seeds, in the order given."""
    return [article for article in articles if record_of(article) is not None]
