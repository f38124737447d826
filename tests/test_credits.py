"""Credit lines (bylines, translators, sources, stamps, sites) and French dates (credits, dates)."""

from __future__ import annotations

import pytest
from seed_reader.credits import match_credit, parse_credit
from seed_reader.dates import parse_french_date


def credit(line: str) -> tuple[str | None, dict[str, str]]:
    """The field a line feeds and the values it carries, as the metadata stage reads them."""
    field = match_credit(line)
    return field, parse_credit(field, line) if field else {}


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("Par Andrew Korybko, le 2 décembre 2025", "Andrew Korybko", "2025-12-02"),
        ("Par  Andrew Korybko, le 2 décembre 2025", "Andrew Korybko", "2025-12-02"),
        ("Par Jean-Pierre Raffarin - 03/12/2025", "Jean-Pierre Raffarin", "2025-12-03"),
        ("Par Jeanne Martin et Paul Durand", "Jeanne Martin et Paul Durand", None),
        ("Par Ana Roy, Paul Durand et Léa Petit", "Ana Roy, Paul Durand et Léa Petit", None),
        ("par Jean de La Fontaine", "Jean de La Fontaine", None),
        ("PAR JEAN DUPONT", "JEAN DUPONT", None),
        ("Texte par Camille Dupont", "Camille Dupont", None),
        ("Propos recueillis par Claire Lefèvre", "Claire Lefèvre", None),
        ("Un article de Pierre Haski", "Pierre Haski", None),
        ("Par Pauline Mercier (à Bruxelles)", "Pauline Mercier", None),
        ("Jeanne Martin, envoyée spéciale à Kiev", "Jeanne Martin", None),
        ("Paul Durand, correspondant à Bruxelles", "Paul Durand", None),
    ],
)
def test_bylines_give_the_author_and_the_date_they_state(line, author, date):
    values = {"author": author} | ({"date": date} if date else {})
    assert credit(line) == ("byline", values)


@pytest.mark.parametrize(
    "line",
    [
        "Par exemple, le conseiller américain a déclaré",
        "Par ailleurs, la Russie",
        "Par conséquent, l’Otan renforce son flanc est",
        "Par la voix de son porte-parole, le Kremlin a démenti toute implication.",
        "Par Telegram, le ministère russe de la Défense a annoncé mardi la destruction de "
        "plusieurs drones ukrainiens au-dessus de la Crimée.",
        "Jens Stoltenberg, secrétaire général de l’Otan, a déclaré mardi",
        "Jeanne Martin, envoyée spéciale à Kiev, a rencontré des soldats ukrainiens sur la ligne "
        "de front près de Bakhmout cette semaine.",
    ],
)
def test_sentences_starting_like_a_byline_are_not_credits(line):
    assert match_credit(line) is None


@pytest.mark.parametrize(
    ("line", "values"),
    [
        ("Traduit par Spirit of Free Speech", {"translator": "Spirit of Free Speech"}),
        ("Traduit par  Spirit of Free Speech", {"translator": "Spirit of Free Speech"}),
        ("Traduit de l’anglais par Marc Lenoir",
         {"translator": "Marc Lenoir", "original_language": "en"}),
        ("Traduit de l'espagnol par Ana López",
         {"translator": "Ana López", "original_language": "es"}),
        ("Traduit du russe par Ivan Petrov",
         {"translator": "Ivan Petrov", "original_language": "ru"}),
        ("Traduction par Marc Lenoir", {"translator": "Marc Lenoir"}),
        ("Traduction : Marc Lenoir", {"translator": "Marc Lenoir"}),
    ],
)  # fmt: skip
def test_translator_credits_give_the_translator_and_the_original_language(line, values):
    assert credit(line) == ("translator", values)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Source : Deutsche Welle", "Deutsche Welle"),
        ("Sources : AFP, Reuters", "AFP, Reuters"),
        ("Source: RT France.", "RT France"),
        ("Avec AFP", "AFP"),
        ("(Avec AFP et Reuters)", "AFP et Reuters"),
        ("avec agences", "agences"),
    ],
)
def test_source_credits_give_the_source(line, source):
    assert credit(line) == ("source_credit", {"source_credit": source})


@pytest.mark.parametrize(
    "line",
    [
        "Avec AFP, les ministres ont discuté des sanctions",
        "Avec Moscou, le dialogue est rompu",
        "Sources diplomatiques : Washington et Kiev ont rompu le dialogue",
    ],
)
def test_sentences_mentioning_an_agency_are_not_source_credits(line):
    assert match_credit(line) is None


@pytest.mark.parametrize(
    ("line", "field", "values"),
    [
        ("Publié le 3 mars 2022 à 10h05", "published", {"date": "2022-03-03"}),
        ("Mis en ligne le 3 mars 2022", "published", {"date": "2022-03-03"}),
        ("Publié le 03/03/2022 à 10:05", "published", {"date": "2022-03-03"}),
        ("03/03/2022 - 10:05", "published", {"date": "2022-03-03"}),
        ("Le 03/03/2022 à 10h05", "published", {"date": "2022-03-03"}),
        ("Publié par ssofidelis le 3 décembre 2025", "published", {"date": "2025-12-03"}),
        ("Publié il y a 3 heures", "published", {}),
        ("Mis à jour le 4 mars 2022", "updated", {"updated": "2022-03-04"}),
        ("Mis à jour le 4 mars 2022 à 11h30", "updated", {"updated": "2022-03-04"}),
        ("Mis à jour : 04/03/2022", "updated", {"updated": "2022-03-04"}),
        ("Modifié le 5 mars 2022", "updated", {"updated": "2022-03-05"}),
        ("Publié le 03/03/2022 à 10h05, mis à jour le 4 mars 2022", "published",
         {"date": "2022-03-03"}),
    ],
)  # fmt: skip
def test_publication_and_update_stamps_give_their_date(line, field, values):
    assert credit(line) == (field, values)


@pytest.mark.parametrize(
    "line",
    [
        "Mis à jour",
        "Publié le 3 mars 2022, le rapport de l’Otan sur les sabotages russes a suscité de vives "
        "réactions à Moscou et à Berlin.",
        "Publié mardi, le rapport de l’Otan dresse un constat alarmant sur la Russie.",
    ],
)
def test_sentences_starting_like_a_stamp_are_not_credits(line):
    assert match_credit(line) is None


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("ssofidelis.substack.com", "ssofidelis.substack.com"),
        ("www.lemonde.fr", "www.lemonde.fr"),
        ("LeMonde.fr", "lemonde.fr"),
    ],
)
def test_a_domain_alone_on_its_line_is_the_site(line, site):
    assert credit(line) == ("site", {"site": site})


@pytest.mark.parametrize(
    ("line", "values"),
    [
        ("03/12/2025 ssofidelis.substack.com 4min #297946",
         {"site": "ssofidelis.substack.com", "site_date": "2025-12-03"}),
        ("03/12/2025 ssofidelis.substack.com \u202f4min #297946",
         {"site": "ssofidelis.substack.com", "site_date": "2025-12-03"}),
        ("lemonde.fr 5 min", {"site": "lemonde.fr"}),
        ("3 décembre 2025 #297946", {"site_date": "2025-12-03"}),
    ],
)  # fmt: skip
def test_a_site_stamp_gives_the_site_and_its_date(line, values):
    assert credit(line) == ("site_stamp", values)


@pytest.mark.parametrize(
    "line",
    [
        "Otan",
        "Le 3 mars 2022, les ministres de la Défense de l’Otan se sont réunis à Bruxelles",
        "Lire notre enquête sur lemonde.fr",
    ],
)
def test_lines_with_a_single_stamp_signal_are_not_site_stamps(line):
    assert match_credit(line) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 décembre 2025", "2025-12-02"),
        ("le 2 décembre 2025", "2025-12-02"),
        ("1er mars 2022", "2022-03-01"),
        ("lundi 3 mars 2022", "2022-03-03"),
        ("Lundi 3 Mars 2022", "2022-03-03"),
        ("2 DÉCEMBRE 2025", "2025-12-02"),
        ("3 déc. 2025", "2025-12-03"),
        ("3 dec 2025", "2025-12-03"),
        ("3 févr. 2024", "2024-02-03"),
        ("15 août 2022", "2022-08-15"),
        ("15 aout 2022", "2022-08-15"),
        ("3 sept. 2021", "2021-09-03"),
        ("10 juil. 2023", "2023-07-10"),
        ("29 février 2024", "2024-02-29"),
        ("03/12/2025", "2025-12-03"),
        ("3/12/2025", "2025-12-03"),
        ("03.12.2025", "2025-12-03"),
        ("3-12-2025", "2025-12-03"),
        ("2025-12-02", "2025-12-02"),
        ("Publié le 31/02/2024, corrigé le 01/03/2024", "2024-03-01"),
        ("2025-01-01, puis le 3 mars 2025", "2025-01-01"),  # the first in the text
    ],
)
def test_french_dates_in_every_shape_parse_day_first(text, expected):
    assert parse_french_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2024",
        "2024-02-30",
        "29 février 2023",
        "32 mars 2022",
        "13/13/2022",
        "12/31/2025",
        "mars 2022",
        "2022",
        "mardi",
        "",
    ],
)
def test_impossible_or_incomplete_dates_are_none(text):
    assert parse_french_date(text) is None
