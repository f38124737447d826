"""Pelican glue: a page per person mentioned or credited, an index, linked mentions.

The people are the registry's and those `make people` detected that it lacks
(content/people-detected.yml, read by sources.py: the build runs no model); a detected
person's record says `verified=False` and their page says « Fiche non vérifiée ».

A person has a page when the body of an article names them ("mentionné") or when the
article's byline or translator credit does ("auteur", "traduction"): the same registry
forms are matched inside those metadata strings, so "Claire Martin avec AFP" credits
Claire Martin and the agency, which is no registered person, gets nothing.

In the image of Pelican's author pages: `Person` is a URLWrapper (PERSON_URL,
PERSON_SAVE_AS), and `PersonsGenerator` writes person.html per person and persons.html.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from archive_core.people import PersonRecord
from archive_core.record import Credit, InlineMark, record_of, seed_articles
from archive_core.settings import apply_defaults
from archive_core.text import sentence_at
from pelican import signals
from pelican.generators import Generator
from pelican.urlwrappers import URLWrapper
from seed_reader.language import is_french

from .candidates import find_candidates
from .mentions import Mention, MentionFinder
from .quotes import Quote, find_quotes
from .sources import DETECTED_PATH, PEOPLE_PATH, check_scanned, load_people

logger = logging.getLogger(__name__)

# Defaults in code, so the plugin builds alone; pelicanconf.py may change them. Pelican
# names the URL settings after the URLWrapper class (Person: PERSON_*, PERSONS_*).
DEFAULTS = {
    "PERSON_URL": "personnes/{slug}.html",
    "PERSON_SAVE_AS": "personnes/{slug}.html",
    "PERSONS_URL": "personnes/index.html",
    "PERSONS_SAVE_AS": "personnes/index.html",
    "PEOPLE_PATH": PEOPLE_PATH,
    "PEOPLE_DETECTED_PATH": DETECTED_PATH,
    # Run the French model's entity recognition in every build to log unregistered names.
    "PEOPLE_REPORT_CANDIDATES": False,
}


# The metadata fields that credit a person, with the role they give.
CREDIT_ROLES = {"author": "auteur", "translator": "traduction"}
MENTIONED = "mentionné"


class Person(URLWrapper):
    """A person with a page (registered, or detected and unverified: `record.verified`),
    with the articles they signed, translated or are mentioned in."""

    def __init__(self, record: PersonRecord, settings) -> None:
        super().__init__(record.name, settings)
        self.record = record
        self.slug = record.id
        self.appearances: list[Appearance] = []  # the articles that mention them
        self.signed: list = []  # the articles whose byline names them
        self.translated: list = []  # the articles whose translator credit names them
        self.quotes: list[tuple[object, Quote]] = []
        self.companions: Counter[Person] = Counter()

    @property
    def articles(self) -> list:
        """Every article the person signed, translated or is mentioned in, newest first."""
        seen = {id(a): a for a in [*self.signed, *self.translated, *self.mentioned_in]}
        return sorted(seen.values(), key=lambda article: article.date, reverse=True)

    @property
    def mentioned_in(self) -> list:
        return [appearance.article for appearance in self.appearances]

    def roles_in(self, article) -> list[str]:
        """The person's roles in one article: "auteur", "traduction", "mentionné"."""
        roles = [credit.role for credit in record_of(article).credits if credit.person is self]
        if self in record_of(article).people:
            roles.append(MENTIONED)
        return roles


@dataclass
class Appearance:
    """An article that mentions a person, with the sentence of the first mention."""

    article: object
    sentence: str
    block: int


def block_texts(article) -> list[str]:
    return [block.text for block in record_of(article).cleaned.blocks]


class PersonsGenerator(Generator):
    """Find the people each article mentions; write their pages and the people index."""

    def generate_context(self) -> None:
        records, detected = load_people(self.settings)
        finder = MentionFinder(records)
        people = {record.id: Person(record, self.settings) for record in records}
        articles = seed_articles(self.context.get("articles", []))
        if detected is not None:
            sources = [Path(article.source_path) for article in articles]
            check_scanned(sources, detected, self.settings["PEOPLE_DETECTED_PATH"])
        for article in articles:
            self.attach_people(article, finder, people)
            self.attach_credits(article, finder, people)
        for person in people.values():
            person.appearances.sort(key=lambda a: a.article.date, reverse=True)
            person.signed.sort(key=lambda article: article.date, reverse=True)
            person.translated.sort(key=lambda article: article.date, reverse=True)
        found = [p for p in people.values() if p.articles]
        self.context["people"] = sorted(found, key=lambda p: p.record.sort_name.casefold())
        logger.info("People: %d of %d registered or detected people found", len(found), len(people))
        self.report_candidates(articles, records)

    def attach_people(self, article, finder: MentionFinder, people: dict[str, Person]) -> None:
        """Fill the record's people (in order of first mention) and mark first mentions."""
        record = record_of(article)
        blocks = block_texts(article)
        mentions = finder.find(blocks)
        first: dict[str, Mention] = {}
        for mention in mentions:
            first.setdefault(mention.person, mention)
        record.people = tuple(people[person_id] for person_id in first)
        for person_id, mention in first.items():
            person = people[person_id]
            sentence = sentence_at(blocks[mention.block], mention.start)
            person.appearances.append(Appearance(article, sentence, mention.block))
            person.companions.update(p for p in record.people if p is not person)
        for quote in find_quotes(blocks, mentions):
            people[quote.person].quotes.append((article, quote))
        # Article pages sit below the site root (articles/x.html): climb to it.
        to_root = "../" * article.save_as.count("/")
        record.marks.extend(mention_marks(first.values(), people, to_root))

    def attach_credits(self, article, finder: MentionFinder, people: dict[str, Person]) -> None:
        """Fill the record's credits: the registered people its byline and translator name."""
        record = record_of(article)
        record.credits = credits_of(record.cleaned.metadata, finder, people)
        for credit in record.credits:
            works = credit.person.signed if credit.role == "auteur" else credit.person.translated
            if article not in works:
                works.append(article)

    def report_candidates(self, articles, records) -> None:
        """Warn about names the French model finds that the registry does not know.

        Off by default (PEOPLE_REPORT_CANDIDATES): the model's entities cost every build
        more than all else, for a list only maintainers read (`make people-report`).
        """
        if not self.settings["PEOPLE_REPORT_CANDIDATES"]:
            return
        # The French model reads any text as French: other languages are left out.
        french = [a for a in articles if is_french(record_of(a).cleaned)]
        candidates = find_candidates(
            [(record_of(a).cleaned.seed, block_texts(a)) for a in french], records
        )
        if candidates:
            names = ", ".join(sorted({c.name for c in candidates}))
            logger.warning(
                "%d unregistered person(s) named in the articles: %s "
                "(make people-report lists them with a ready entry for content/people.yml)",
                len({c.name for c in candidates}),
                names,
            )

    def generate_output(self, writer) -> None:
        people = self.context["people"]
        for person in people:
            writer.write_file(
                person.save_as,
                self.get_template("person"),
                self.context,
                person=person,
                relative_urls=self.settings["RELATIVE_URLS"],
                url=person.url,
                # Paginated when PAGINATED_TEMPLATES lists "person" (appearances_page...).
                paginated={"appearances": person.appearances},
                template_name="person",
            )
        writer.write_file(
            self.settings["PERSONS_SAVE_AS"],
            self.get_template("persons"),
            self.context,
            people=people,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=self.settings["PERSONS_SAVE_AS"],
        )


def mention_marks(mentions, people: dict[str, Person], to_root: str) -> list[InlineMark]:
    """A link to the person's page on each first mention, as marks on the body."""
    return [
        InlineMark(
            block=mention.block,
            start=mention.start,
            end=mention.end,
            kind="person",
            href=to_root + people[mention.person].url,
            title=title_of(people[mention.person].record),
        )
        for mention in mentions
    ]


def title_of(record: PersonRecord) -> str:
    """The tooltip of a link to a person: their role, or that their page is unverified."""
    return record.role if record.verified else "Fiche non vérifiée"


def credits_of(metadata, finder: MentionFinder, people: dict[str, Person]) -> tuple[Credit, ...]:
    """The registered people named in the author and translator fields, once per field."""
    credits = []
    for field, role in CREDIT_ROLES.items():
        text = getattr(metadata, field, None) or ""
        seen = set()
        for mention in finder.find([text]):
            if mention.person not in seen:
                seen.add(mention.person)
                person = people[mention.person]
                credits.append(Credit(person, role, field, mention.start, mention.end))
    return tuple(credits)


# How many people a topic page lists.
TOP_PEOPLE = 8


def top_people(articles, limit: int = TOP_PEOPLE) -> list[tuple[Person, int]]:
    """Jinja filter: the people mentioned in the most of these articles, with their counts."""
    counts = Counter(
        person for article in seed_articles(articles) for person in record_of(article).people
    )
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].record.sort_name))[:limit]


def add_filters(generator) -> None:
    generator.env.filters["top_people"] = top_people


def get_generators(pelican) -> type[PersonsGenerator]:
    return PersonsGenerator


def add_defaults(pelican) -> None:
    apply_defaults(pelican.settings, DEFAULTS)


def register() -> None:
    signals.initialized.connect(add_defaults)
    signals.get_generators.connect(get_generators)
    signals.generator_init.connect(add_filters)
