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


# --- French-language news sites: agencies, newsrooms, signatures, stamps -------------------


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A newsroom or a journalist with an agency: the byline as written, kept whole.
        ("Par Claire Martin avec AFP", "Claire Martin avec AFP"),
        ("Par Le Figaro.fr avec AFP", "Le Figaro.fr avec AFP"),
        ("Par L'Obs avec AFP", "L'Obs avec AFP"),
        ("Par L’Obs avec l’AFP", "L’Obs avec l’AFP"),
        ("Par  Le Soir  avec Belga", "Le Soir avec Belga"),
        ("Par Reuters", "Reuters"),
        ("Par Euronews avec AP, AFP", "Euronews avec AP, AFP"),
        ("Par Claire Martin et Paul Durand avec AFP et Reuters",
         "Claire Martin et Paul Durand avec AFP et Reuters"),
        ("Par Claire Martin, avec agences", "Claire Martin, avec agences"),
        ("Par Léa Roy avec La Presse Canadienne", "Léa Roy avec La Presse Canadienne"),
        ("Par Anna Keller avec Keystone-ATS", "Anna Keller avec Keystone-ATS"),
        # Without "Par", the agency is what makes the names a byline.
        ("Le Monde avec AFP", "Le Monde avec AFP"),
        ("20 Minutes avec AFP", "20 Minutes avec AFP"),
        ("Julie Van Damme avec Belga", "Julie Van Damme avec Belga"),
        # Initials.
        ("J.L. avec AFP", "J.L. avec AFP"),
        ("J.-M. D. avec Reuters", "J.-M. D. avec Reuters"),
        ("Par J.-M. D.", "J.-M. D."),
        # Broadcasters and newsrooms in capitals, with a channel number.
        ("Par FRANCEINFO", "FRANCEINFO"),
        ("Par RFI", "RFI"),
        ("Par France 24", "France 24"),
        ("Par TV5MONDE avec AFP", "TV5MONDE avec AFP"),
        ("Par LA RÉDACTION", "LA RÉDACTION"),
        ("Par la rédaction", "la rédaction"),
        # A role in brackets or after a comma is not part of the name.
        ("Mathilde Ferrand (envoyée spéciale à Vilnius)", "Mathilde Ferrand"),
        ("Mathilde Ferrand, envoyée spéciale à Vilnius (Lituanie)", "Mathilde Ferrand"),
        ("Karl Weber (correspondant à Berlin)", "Karl Weber"),
        # What the rest after the name may be: a place, a newsroom, a reading time.
        ("Par Jean Dupont, à Bruxelles", "Jean Dupont"),
        ("Par Jean Dupont - Le Figaro", "Jean Dupont"),
        ("Par Jean Dupont • 3 min de lecture", "Jean Dupont"),
        # Lead words that name the kind of article.
        ("Un texte de Marie-Ève Lacroix", "Marie-Ève Lacroix"),
        ("Une analyse de Paul Durand", "Paul Durand"),
        ("Article rédigé par Léa Petit", "Léa Petit"),
    ],
)  # fmt: skip
def test_agency_newsroom_and_initials_bylines_give_the_byline_as_written(line, author):
    assert credit(line) == ("byline", {"author": author})


@pytest.mark.parametrize(
    ("line", "values"),
    [
        ("Par Claire Martin avec AFP, le 3 février 2023",
         {"author": "Claire Martin avec AFP", "date": "2023-02-03"}),
        ("Par Claire Martin | Publié le 03/02/23 à 7h05",
         {"author": "Claire Martin", "date": "2023-02-03"}),
        ("Par Jean Dupont, publié le 3 mars 2022", {"author": "Jean Dupont", "date": "2022-03-03"}),
    ],
)  # fmt: skip
def test_a_byline_followed_by_a_stamp_gives_both(line, values):
    assert credit(line) == ("byline", values)


@pytest.mark.parametrize(
    "line",
    [
        "Par ailleurs, le ministre a publié le rapport le 3 février 2023 à Paris.",
        "Par Telegram, le ministère a démenti.",
        "Par Internet, tout circule plus vite.",
        "Par Paris 2024, on entend les Jeux olympiques.",
        "Jeanne Martin, envoyée spéciale à Kiev, a rencontré des soldats.",
        "Jeanne Martin, journaliste, a été libérée.",
        "Otan (Organisation du traité de l’Atlantique Nord)",
        "Emmanuel Macron (président de la République)",
        "Le Monde avec ses lecteurs",
        "Avec Moscou et Pékin, le dialogue est rompu",
        "Author: NATO HQ",
        "AFP",
        "Reuters",
    ],
)
def test_prose_and_headings_that_look_like_bylines_are_not_credits(line):
    assert match_credit(line) is None


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("avec AFP", "AFP"),
        ("(avec AFP et Reuters)", "AFP et Reuters"),
        ("(Avec AFP)", "AFP"),
        ("Avec l’AFP.", "l’AFP"),
        ("Avec La Presse Canadienne", "La Presse Canadienne"),
        ("Avec les informations de La Presse canadienne", "La Presse canadienne"),
        ("Avec des informations de Reuters", "Reuters"),
        ("D’après l’AFP", "l’AFP"),
        # An agency's signature at the end of a dispatch: the agency as written, without
        # the journalists' initials.
        ("(AFP)", "AFP"),
        ("mj/ob (AFP)", "AFP"),
        ("ac/sba (AFP).", "AFP"),
        ("ats/jh", "ats"),
        ("(ats/jh)", "ats"),
        ("jh/ats", "ats"),
        ("ats/afp/jh", "ats/afp"),
        ("(Belga)", "Belga"),
        ("(Keystone-ATS)", "Keystone-ATS"),
        ("(AFP, Reuters)", "AFP, Reuters"),
        ("— AFP", "AFP"),
        ("- La Presse Canadienne", "La Presse Canadienne"),
    ],
)
def test_agency_credits_and_signatures_give_the_agency(line, source):
    assert credit(line) == ("source_credit", {"source_credit": source})


@pytest.mark.parametrize(
    "line",
    [
        "(AFP) Le ministre a démenti toute implication.",
        "(Photo AFP)",
        "et/ou",
        "PS/LR",
        "km/h",
        "Selon l’AFP, le ministre a démenti.",
        "Avec les informations de ses lecteurs, le site a corrigé l’erreur.",
        "— AFP a démenti l’information",
    ],
)
def test_lines_mentioning_an_agency_are_not_signatures(line):
    assert match_credit(line) is None


@pytest.mark.parametrize(
    ("line", "field", "values"),
    [
        # Two-digit years, in a stamp.
        ("Publié le 03/02/23 à 7h05", "published", {"date": "2023-02-03"}),
        ("Mis à jour le 03/02/23 à 9h40", "updated", {"updated": "2023-02-03"}),
        ("17-05-23, 11:04", "published", {"date": "2023-05-17"}),
        ("Dernière mise à jour : 17-05-23, 12:00", "updated", {"updated": "2023-05-17"}),
        # Dotted dates and a comma before the time.
        ("17.05.2023, 11:04", "published", {"date": "2023-05-17"}),
        ("17.05.2023 à 11h04", "published", {"date": "2023-05-17"}),
        ("Le 21.05.2024 à 14h32", "published", {"date": "2024-05-21"}),
        ("Publié: 17.05.2023, 11h04", "published", {"date": "2023-05-17"}),
        # A colon after the lead, a dash before the time.
        ("Publié le : 03/02/2023 - 07:05", "published", {"date": "2023-02-03"}),
        ("Modifié le : 24/06/2023 - 21:40", "updated", {"updated": "2023-06-24"}),
        # Times with spaces and time zones (Canadian, GMT, Paris).
        ("Publié le 3 février 2023 à 9 h 12 HAE", "published", {"date": "2023-02-03"}),
        ("Publié le 3 février 2023 à 9 h 12 HNE", "published", {"date": "2023-02-03"}),
        ("Publié le 10 décembre 2022 à 17 h 05 HNR", "published", {"date": "2022-12-10"}),
        ("Publié le 3 mars 2022 à 10:05 (heure de Paris)", "published", {"date": "2022-03-03"}),
        ("Publié le 13 juin 2023 à 22 h 17 min", "published", {"date": "2023-06-13"}),
        # A lead-less stamp: a date with a time, "Le" and a date and a time.
        ("Le 27 septembre 2022 à 12h48, modifié le 27 septembre 2022 à 20h15", "published",
         {"date": "2022-09-27"}),
        ("le 12/07/2023 à 18:40", "published", {"date": "2023-07-12"}),
        ("25 juin 2025 à 15:47", "published", {"date": "2025-06-25"}),
        ("Mercredi 3 février 2023", "published", {"date": "2023-02-03"}),
        ("13 juin 2023", "published", {"date": "2023-06-13"}),
        ("Le 3 février 2023", "published", {"date": "2023-02-03"}),
        ("Mercredi, 3 février 2023 à 10h05", "published", {"date": "2023-02-03"}),
        # A publication and an update on one line: published, with the first date.
        ("Publié le 07/03/2024 - 18:02 GMT+1•Mis à jour 07/03/2024 - 21:40", "published",
         {"date": "2024-03-07"}),
        ("Publié le 25 juin 2025 à 17:42Mis à jour le 26 juin 2025 à 07:15", "published",
         {"date": "2025-06-25"}),
        ("Publié le 08/10/2022 à 09h27 - Modifié le 08/10/2022 à 19h05", "published",
         {"date": "2022-10-08"}),
        ("Publié le 11 octobre 2022 à 19h12 · Mis à jour le 12 octobre 2022 à 08h40",
         "published", {"date": "2022-10-11"}),
        ("Publié le 16 juin 2024 à 18:32. / Modifié le 16 juin 2024 à 21:05.", "published",
         {"date": "2024-06-16"}),
        ("Publié le 3 février 2023 à 9 h 12 HNE Mis à jour le 4 février 2023 à 10 h 30 HNE",
         "published", {"date": "2023-02-03"}),
        ("Publié le 3 février 2023 à 7h05 (màj à 9h40)", "published", {"date": "2023-02-03"}),
        ("Publié le 03/02/2023 07:05 Mis à jour le 03/02/2023 09:40", "published",
         {"date": "2023-02-03"}),
        # An update first: the update date is `updated`, never the publication date.
        ("Mis à jour le 12 octobre 2022 à 08h40 · Publié le 11 octobre 2022 à 19h12",
         "updated", {"updated": "2022-10-12", "date": "2022-10-11"}),
        ("Actualisé le 03/02/2023 à 09:40", "updated", {"updated": "2023-02-03"}),
        # A trailing full stop, abbreviated months, "1er", weekdays.
        ("Publié le 15/03/2022 à 17h48.", "published", {"date": "2022-03-15"}),
        ("Publié le 3 févr. 2023 à 10 h 05", "published", {"date": "2023-02-03"}),
        ("Publié le mercredi 1er février 2023", "published", {"date": "2023-02-01"}),
        ("PUBLIÉ LE 3 MARS 2022", "published", {"date": "2022-03-03"}),
        ("publié le 7 mars 2024 à 19h48", "published", {"date": "2024-03-07"}),
        ("Posté le 3 mars 2022 à 10h05", "published", {"date": "2022-03-03"}),
        ("Date de publication : 3 février 2023", "published", {"date": "2023-02-03"}),
        # After the stamp: the author, or the reading time.
        ("Publié le 12/03/2023 à 10h05 par Jean Dupont", "published",
         {"date": "2023-03-12", "author": "Jean Dupont"}),
        ("Publié le 12/03/2023 à 10h05 | Lecture 3 min", "published", {"date": "2023-03-12"}),
    ],
)  # fmt: skip
def test_news_site_stamps_give_the_publication_or_the_update_date(line, field, values):
    assert credit(line) == (field, values)


@pytest.mark.parametrize(
    ("line", "field"),
    [
        # A stamp without a date (today's, or a day without its year) is still a stamp:
        # it is metadata, and carries no value rather than a guessed one.
        ("Mis à jour à 10 h 30", "updated"),
        ("Modifié à 14:20", "updated"),
        ("Mis à jour il y a 3 heures", "updated"),
        ("Mis à jour le 3 février à 7 h 00", "updated"),
        ("Publié à 9 h 12 HNE Mis à jour à 10 h 30 HNE", "published"),
        ("Publié hier à 18h30", "published"),
        # The update's date never stands in for a publication date the line lacks.
        ("Publié aujourd'hui à 10h · Mis à jour le 4 mars 2022", "published"),
    ],
)
def test_stamps_without_a_full_date_are_stamps_without_a_value(line, field):
    assert credit(line) == (field, {})


@pytest.mark.parametrize(
    "line",
    [
        "Par ailleurs, le ministre a publié le rapport le 3 février 2023 à Paris.",
        "Publié le mois dernier, le rapport a suscité de vives réactions.",
        "Publié le 3 mars 2022, le rapport a choqué.",
        "Publié le 3 mars 2022 dans la revue de l’Otan, le rapport a choqué.",
        "Le 3 février, les ministres se sont réunis à Bruxelles pour discuter des sanctions.",
        "Le 3 février 2023 à 10h, les ministres se sont réunis à Bruxelles.",
        "Mis à jour régulièrement, le bilan fait état de 12 morts.",
        "Mis à jour à 10 h 30, le bilan fait état de 12 morts.",
        "Modifié le texte a été adopté",
        "Publié mardi",
        "3/4/22 des voix",
        "03/02/23",
        "il y a 2 heures",
        "10h05",
        "Date: 1999-01-01",
        "1999-01-01",
    ],
)
def test_prose_and_fragments_that_look_like_stamps_are_not_credits(line):
    assert match_credit(line) is None


def test_every_recognised_line_gives_values_through_the_same_patterns():
    """match_credit and parse_credit agree: a line classified as metadata yields values."""
    lines = [
        "Par Claire Martin avec AFP",
        "Mathilde Ferrand (envoyée spéciale à Vilnius)",
        "J.L. avec AFP",
        "mj/ob (AFP)",
        "ats/jh",
        "Avec les informations de La Presse canadienne",
        "Publié le 03/02/23 à 7h05",
        "Mis à jour le 03/02/23 à 9h40",
        "17.05.2023, 11:04",
    ]
    for line in lines:
        field = match_credit(line)
        assert field is not None, line
        assert parse_credit(field, line), line


def test_a_byline_or_stamp_override_on_an_unrecognised_line_does_not_fail():
    """A notes file may mark any line as a credit: parsing it gives what it can, or nothing."""
    assert parse_credit("byline", "Rubrique Monde") == {}
    assert parse_credit("published", "Rédigé au printemps 2023 (3 mars 2023)") == {
        "date": "2023-03-03"
    }
    assert parse_credit("updated", "Corrections apportées le 4 mars 2022") == {
        "updated": "2022-03-04"
    }
    assert parse_credit("source_credit", "Agence X") == {}


def test_an_update_after_a_byline_is_not_its_publication_date():
    assert credit("Par Jean Dupont, mis à jour le 4 mars 2022 à 11h30") == (
        "byline",
        {"author": "Jean Dupont", "updated": "2022-03-04"},
    )
