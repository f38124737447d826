"""Authors and translators are people too: the registry's forms matched in the credits."""

from __future__ import annotations

import json
import posixpath

import pytest
from archive_core.people import load_registry
from archive_core.record import ArticleRecord
from bs4 import BeautifulSoup
from conftest import FIXTURES, build_site
from person_pages.mentions import MentionFinder
from person_pages.plugin import Person, credits_of
from seed_reader.model import Metadata

REGISTRY = load_registry(FIXTURES / "people" / "registry.yml")
SETTINGS = {"PERSON_URL": "personnes/{slug}.html", "PERSON_SAVE_AS": "personnes/{slug}.html"}


def people() -> dict[str, Person]:
    return {record.id: Person(record, SETTINGS) for record in REGISTRY}


def credits_for(**fields):
    return credits_of(Metadata(**fields), MentionFinder(REGISTRY), people())


def test_a_byline_with_an_agency_credits_only_the_person():
    credits = credits_for(author="Jeanne Martin avec AFP")
    assert [(c.person.slug, c.role, c.field) for c in credits] == [
        ("jeanne-martin", "auteur", "author")
    ]
    # The span names the person inside the byline, which the page keeps as written.
    (credit,) = credits
    assert "Jeanne Martin avec AFP"[credit.start : credit.end] == "Jeanne Martin"


def test_a_byline_with_two_people_credits_each_of_them():
    byline = "Jeanne Martin et Emmanuel Macron"
    credits = credits_for(author=byline, authors=("Jeanne Martin", "Emmanuel Macron"))
    assert [(c.person.slug, c.role) for c in credits] == [
        ("jeanne-martin", "auteur"),
        ("emmanuel-macron", "auteur"),
    ]
    assert [byline[c.start : c.end] for c in credits] == ["Jeanne Martin", "Emmanuel Macron"]


def test_an_unregistered_byline_gets_no_credit():
    assert credits_for(author="Claire Durand avec AFP", translator="La rédaction") == ()


def test_author_and_translator_keep_their_roles():
    credits = credits_for(author="Par Emmanuel Macron", translator="Vladimir Putin")
    assert [(c.person.slug, c.role) for c in credits] == [
        ("emmanuel-macron", "auteur"),
        ("vladimir-poutine", "traduction"),
    ]


def test_roles_in_an_article_are_kept_per_person():
    everyone = people()
    credits = credits_of(
        Metadata(author="Emmanuel Macron", translator="Jeanne Martin"),
        MentionFinder(REGISTRY),
        everyone,
    )
    record = ArticleRecord(cleaned=None, credits=credits, people=(everyone["emmanuel-macron"],))
    article = type("Article", (), {"metadata": {"record": record}})()
    assert everyone["emmanuel-macron"].roles_in(article) == ["auteur", "mentionné"]
    assert everyone["jeanne-martin"].roles_in(article) == ["traduction"]
    assert everyone["vladimir-poutine"].roles_in(article) == []


# The five-seed archive: seed 000 is by Andrew Korybko, translated by Spirit of Free Speech,
# neither of whom any article's body names.
KORYBKO = "personnes/andrew-korybko.html"
TRANSLATOR = "personnes/spirit-of-free-speech.html"


def soup_of(path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="module")
def seed_000(site):
    records = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    return next(r for r in records if r["seed"].startswith("000_"))


def resolve(page, href):
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), href.split("#")[0]))


@pytest.mark.build
def test_the_author_and_translator_pages_list_their_article_by_role(site, seed_000):
    author = soup_of(site / KORYBKO)
    signed = [resolve(KORYBKO, a["href"]) for a in author.select("#signed ~ ol h3 a")]
    assert signed == [seed_000["url"]]
    assert author.select_one("#signed").get_text().startswith("Articles signés")
    assert not author.select("#mentions") and not author.select("#translated")
    translator = soup_of(site / TRANSLATOR)
    translated = [resolve(TRANSLATOR, a["href"]) for a in translator.select("#translated ~ ol a")]
    assert translated == [seed_000["url"]]
    assert translator.select_one("#translated").get_text().startswith("Traductions")
    # A person mentioned in a body keeps the mentions section.
    mentioned = soup_of(site / "personnes" / "vladimir-poutine.html")
    assert mentioned.select_one("#mentions").get_text().startswith("Mentionné")
    assert not mentioned.select("#signed")


@pytest.mark.build
def test_the_article_page_links_author_and_translator_apart_from_people_mentioned(site, seed_000):
    page = soup_of(site / seed_000["url"])
    meta = {dt.get_text(): dt.find_next_sibling("dd") for dt in page.select(".article-meta dt")}
    assert meta["Auteur"].get_text() == "Andrew Korybko"
    assert resolve(seed_000["url"], meta["Auteur"].a["href"]) == KORYBKO
    assert resolve(seed_000["url"], meta["Traduction"].a["href"]) == TRANSLATOR
    mentioned = {resolve(seed_000["url"], a["href"]) for a in page.select(".article-links a")}
    assert KORYBKO not in mentioned and TRANSLATOR not in mentioned
    assert "personnes/vladimir-poutine.html" in mentioned


@pytest.mark.build
def test_the_persons_index_lists_and_counts_an_author_mentioned_nowhere(site):
    index = soup_of(site / "personnes" / "index.html")
    items = index.select(".index-list li")
    items = {resolve("personnes/index.html", li.a["href"]): li for li in items}
    assert KORYBKO in items and TRANSLATOR in items
    assert items[KORYBKO].select_one(".count").get_text() == "1 article"


# A build in a temp folder with the test registry (Jeanne Martin, Emmanuel Macron, Vladimir
# Poutine): one byline names a registered person beside an agency, one names nobody known.
BODY = (
    "Les dirigeants des pays de l’Otan se retrouvent à Vilnius pour un sommet consacré au "
    "soutien à l’Ukraine, a indiqué le président Emmanuel Macron à son arrivée, selon des "
    "diplomates présents.\n\nLes discussions du sommet doivent se poursuivre mercredi par une "
    "réunion des chefs d’État, avant une déclaration finale attendue dans la soirée, selon des "
    "diplomates.\n"
)
BYLINES = {"signed.txt": "Jeanne Martin avec AFP", "unknown.txt": "Claire Durand avec AFP"}


@pytest.fixture(scope="module")
def bylines_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("credits")
    seeds = root / "seeds"
    seeds.mkdir()
    for name, byline in BYLINES.items():
        title = f"Le sommet de l’Otan s’ouvre à Vilnius ({name[:-4]})"
        (seeds / name).write_text(f"{title}\n\nPar {byline}\n\n{BODY}", encoding="utf-8")
    registry = FIXTURES / "people" / "registry.yml"
    output = build_site(
        root / "output", seeds, extra=[f"PELICANOPTS=-e PEOPLE_PATH='\"{registry}\"'"]
    )
    records = json.loads((output / "data" / "articles.json").read_text(encoding="utf-8"))
    return output, {record["seed"]: record for record in records}


@pytest.mark.build
def test_in_a_build_the_byline_links_only_the_registered_person(bylines_site):
    output, records = bylines_site
    url = records["signed.txt"]["url"]
    page = soup_of(output / url)
    meta = {dt.get_text(): dt.find_next_sibling("dd") for dt in page.select(".article-meta dt")}
    assert meta["Auteur"].get_text() == "Jeanne Martin avec AFP"  # the byline as written
    links = [(a.get_text(), resolve(url, a["href"])) for a in meta["Auteur"].select("a")]
    assert links == [("Jeanne Martin", "personnes/jeanne-martin.html")]
    author = soup_of(output / "personnes" / "jeanne-martin.html")
    assert [resolve("personnes/x.html", a["href"]) for a in author.select("#signed ~ ol a")] == [
        url
    ]
    assert not author.select("#mentions")
    pages = {path.stem for path in (output / "personnes").glob("*.html")}
    assert pages == {"index", "jeanne-martin", "emmanuel-macron"}  # no AFP, no Claire Durand


@pytest.mark.build
def test_in_a_build_an_unregistered_byline_is_shown_unlinked(bylines_site):
    output, records = bylines_site
    page = soup_of(output / records["unknown.txt"]["url"])
    author = next(dt for dt in page.select(".article-meta dt") if dt.get_text() == "Auteur")
    dd = author.find_next_sibling("dd")
    assert dd.get_text() == "Claire Durand avec AFP" and not dd.select("a")
    index = soup_of(output / "personnes" / "index.html")
    counts = {
        li.a.get_text(): li.select_one(".count").get_text() for li in index.select(".index-list li")
    }
    assert counts == {"Martin, Jeanne": "1 article", "Macron, Emmanuel": "2 articles"}
