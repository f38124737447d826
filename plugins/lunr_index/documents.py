"""What the search index holds: one document per article, person page and topic page.

Each document has the fields lunr indexes (plain text) and a `card`, what the
results list shows about it (title, date, source, filters). The text an article's
snippet is taken from is not in the index file: it is written apart, one small file
per article, fetched only for the results on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from archive_filters.filters import french_date, iso_date
from seed_reader.record import record_of

# Kinds of documents, as the results list labels them.
ARTICLE, PERSON, TOPIC = "article", "personne", "sujet"


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

    def fields(self) -> dict[str, str]:
        """The indexed fields, by name (see LUNR_FIELD_BOOSTS)."""
        return {
            "title": self.title,
            "people": " ".join(self.people),
            "topics": " ".join(self.topics),
            "source": self.source,
            "body": self.body,
        }


def source_of(metadata) -> str | None:
    """Where the article was published or comes from, as the results show it."""
    parts = [metadata.site, metadata.source_credit]
    return " · ".join(part for part in parts if part) or None


def article_document(article) -> SearchDocument:
    record = record_of(article)
    cleaned = record.cleaned
    meta = cleaned.metadata
    people = record.people
    topics = record.topics
    known_date = article.date_precision != "unknown"
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
    )


def person_document(person) -> SearchDocument:
    record = person.record
    summary = f"{record.role}. {record.description}"
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
