"""What the search index holds: one document per article, person page and topic page.

Each document has the fields lunr indexes (plain text) and a `card`, what the
results list shows about it (title, date, source, filters). The text an article's
snippet is taken from is not in the index file: it is written apart, one small file
per article (its paragraphs and its corrections), fetched only for the results on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from archive_core.dates import french_at_precision as french_date
from archive_core.dates import is_known
from archive_core.dates import iso_at_precision as iso_date
from archive_core.record import record_of

from .spec import ARTICLE, PERSON, TOPIC


@dataclass(frozen=True)
class SearchCorrection:
    """A correction note of an article: its right form is indexed, its passage shown."""

    should_read: str
    source_says: str
    paragraph: int | None  # the paragraph holding the passage; None: the passage was not found
    start: int | None  # where source_says starts in that paragraph, in UTF-16 code units

    def to_json(self) -> dict:
        """The correction as textes/<ref>.json gives it to the snippet (search-core.js)."""
        return {
            "paragraph": self.paragraph,
            "start": self.start,
            "sourceSays": self.source_says,
            "shouldRead": self.should_read,
        }


@dataclass(frozen=True)
class SearchDocument:
    url: str
    kind: str
    title: str
    people: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    source: str = ""
    body: str = ""
    card: dict = field(default_factory=dict)
    # Paragraphs a snippet is chosen from (articles only; written apart).
    paragraphs: tuple[str, ...] = ()
    corrections: tuple[SearchCorrection, ...] = ()
    # ISO 639-1 code of the article's own text (title, body, corrections): French is
    # stemmed, any other language indexed unstemmed (index.analyse_document).
    language: str = "fr"

    def fields(self) -> dict[str, str]:
        """The indexed fields, by name (see LUNR_FIELD_BOOSTS)."""
        return {
            "title": self.title,
            "people": " ".join(self.people),
            "topics": " ".join(self.topics),
            "source": self.source,
            "body": self.body,
            # The archive's right forms, in a field of their own rather than joined to
            # the body: the body stays the source's text as published (its words and its
            # length, which BM25 weighs), and the results can tell a passage the source
            # wrote from a form only the archive's correction gives.
            "corrections": " ".join(correction.should_read for correction in self.corrections),
        }

    def text(self) -> dict:
        """What textes/<ref>.json holds: the paragraphs and corrections a snippet is made of."""
        return {
            "paragraphs": list(self.paragraphs),
            "corrections": [correction.to_json() for correction in self.corrections],
        }


def source_of(metadata) -> str | None:
    """Where the article was published or comes from, as the results show it."""
    parts = [metadata.site, metadata.source_credit]
    return " · ".join(part for part in parts if part) or None


def utf16_length(text: str) -> int:
    """The length of text in UTF-16 code units, as JavaScript strings count it."""
    return len(text.encode("utf-16-le")) // 2


def corrections_of(record) -> tuple[SearchCorrection, ...]:
    """The article's correction notes, each located in the paragraphs (as the page marks it).

    The passages are the ones source_notes anchored (its marks of kind "note"): without
    that plugin an article has no anchored notes, and none is searchable.
    """
    if record.notes is None:
        return ()
    passages = {mark.number: mark for mark in record.marks if mark.kind == "note"}
    corrections = []
    for note in record.notes.notes:
        if note.kind != "correction":
            continue
        mark = passages.get(note.number) if note.number is not None else None
        paragraph = start = None
        if mark is not None:
            paragraph = mark.block
            text = record.cleaned.blocks[mark.block].text
            # source_says lies verbatim inside the quote (seed_reader.notes checks it).
            start = utf16_length(text[: mark.start + note.quote.index(note.source_says)])
        corrections.append(SearchCorrection(note.should_read, note.source_says, paragraph, start))
    return tuple(corrections)


def article_document(article) -> SearchDocument:
    record = record_of(article)
    cleaned = record.cleaned
    meta = cleaned.metadata
    people = record.people
    topics = record.topics
    known_date = is_known(article.date_precision)
    card = {
        "kind": ARTICLE,
        "url": article.url,
        "title": cleaned.title,
        "date": iso_date(article.date, article.date_precision) if known_date else None,
        "dateLabel": french_date(article.date, article.date_precision) if known_date else None,
        "dateApproximate": bool(known_date and meta.date_approximate),
        "year": article.date.year if known_date else None,
        "source": source_of(meta),
        "people": [person.slug for person in people],
        "topics": [topic.slug for topic in topics],
    }
    credits = [meta.author, meta.translator, meta.site, meta.source_credit, meta.original_title]
    return SearchDocument(
        url=article.url,
        kind=ARTICLE,
        title=cleaned.title,
        # Every form of the name, so "Putin" and "Poutine" both rank the article.
        people=tuple(form for person in people for form in person.record.forms),
        topics=tuple(topic.name for topic in topics),
        source=" ".join(part for part in credits if part),
        body=cleaned.text,
        card=card,
        paragraphs=tuple(block.text for block in cleaned.blocks),
        corrections=corrections_of(record),
        language=meta.language,
    )


def person_document(person) -> SearchDocument:
    record = person.record
    summary = (
        f"{record.role}. {record.description}"
        if record.verified
        else f"Fiche non vérifiée. {record.description}"
    )
    count = len(person.articles)  # signed, translated or mentioned in
    return SearchDocument(
        url=person.url,
        kind=PERSON,
        title=record.name,
        people=record.forms,
        body=summary,
        card={
            "kind": PERSON,
            "url": person.url,
            "title": record.name,
            "summary": summary,
            "count": count,
            # False for a person `make people` detected that the registry lacks.
            "verified": record.verified,
        },
    )


def topic_document(tag, topic, count: int) -> SearchDocument:
    return SearchDocument(
        url=tag.url,
        kind=TOPIC,
        title=topic.name,
        topics=(topic.name,),
        body=topic.description,
        card={
            "kind": TOPIC,
            "url": tag.url,
            "title": topic.name,
            "summary": topic.description,
            "count": count,
        },
    )
