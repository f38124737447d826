"""French dates as news sites print them (dates.parse_french_date and the shared shapes)."""

from __future__ import annotations

import re

import pytest
from seed_reader.dates import (
    LONG_DATE,
    NUMERIC_DATE,
    SHORT_NUMERIC_DATE,
    TIME,
    has_date,
    parse_french_date,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Abbreviated months, with or without their full stop.
        ("3 févr. 2023", "2023-02-03"),
        ("3 fév 2023", "2023-02-03"),
        ("12 janv. 2024", "2024-01-12"),
        ("12 jan 2024", "2024-01-12"),
        ("3 juill. 2021", "2021-07-03"),
        ("3 sep 2021", "2021-09-03"),
        ("24 avr. 2022", "2022-04-24"),
        ("9 nov. 2022", "2022-11-09"),
        ("25 déc. 2022", "2022-12-25"),
        # "1er", weekdays in any case, with a comma.
        ("1er février 2023", "2023-02-01"),
        ("1ᵉʳ février 2023", "2023-02-01"),
        ("Mercredi 3 février 2023", "2023-02-03"),
        ("mercredi, 3 février 2023", "2023-02-03"),
        ("MERCREDI 3 FÉVRIER 2023", "2023-02-03"),
        # Non-breaking spaces, as pages copy them.
        ("3\u00a0février\u00a02023", "2023-02-03"),
        ("3\u202ffévrier\u202f2023", "2023-02-03"),
        # Dotted and dashed numeric dates.
        ("17.05.2023, 11:04", "2023-05-17"),
        ("17-05-2023 à 11h04", "2023-05-17"),
        # Glued stamps: the first date by position.
        ("Publié le 25 juin 2025 à 17:42Mis à jour le 26 juin 2025 à 07:15", "2025-06-25"),
        ("Publié le 07/03/2024 - 18:02 GMT+1•Mis à jour 08/03/2024 - 21:40", "2024-03-07"),
    ],
)
def test_news_site_dates_parse(text, expected):
    assert parse_french_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a stamp's lead word...
        ("Publié le 03/02/23", "2023-02-03"),
        ("Mis à jour le 03/02/23", "2023-02-03"),
        ("Mis à jour : 03/02/23", "2023-02-03"),
        ("Modifié le 3.2.23", "2023-02-03"),
        # ... or before a clock time.
        ("03/02/23 à 7h05", "2023-02-03"),
        ("le 03/02/23 à 7h05", "2023-02-03"),
        ("17-05-23, 11:04", "2023-05-17"),
        ("03/02/23 - 9 h 40", "2023-02-03"),
        # 00-69 are this century, 70-99 the last one.
        ("Publié le 03/02/00", "2000-02-03"),
        ("Publié le 03/02/69", "2069-02-03"),
        ("Publié le 03/02/70", "1970-02-03"),
        ("Publié le 03/02/99 à 10h", "1999-02-03"),
    ],
)
def test_two_digit_years_count_inside_a_stamp(text, expected):
    assert parse_french_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "3/4/22 des voix",
        "le 03/02/23 il a été élu",
        "03/02/23",
        "Les scores 3-1-22 et 2-0-19",
        "version 1.2.23",
        "1.2.23.4 à 10h",  # a version number, whatever follows
        "Publié le 31/02/23",  # not a calendar date
    ],
)
def test_two_digit_years_in_prose_are_not_dates(text):
    assert parse_french_date(text) is None


def test_a_caller_that_knows_it_reads_a_stamp_may_trust_two_digit_years():
    assert parse_french_date("03/02/23", short_years=True) == "2023-02-03"
    assert parse_french_date("3/4/22 des voix") is None


@pytest.mark.parametrize(
    "text",
    [
        "123 mars 2022",  # not the 23rd
        "3 mars 20223",
        "03/12/20255",
        "103/12/2025",
        "03/12.2025",  # one separator throughout
        "3 marsupiaux 2022",
        "3 février",
        "Le 3 février, les ministres se sont réunis à Bruxelles pour discuter",
    ],
)
def test_numbers_that_only_contain_a_date_are_not_dates(text):
    assert parse_french_date(text) is None
    assert not has_date(text)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (TIME, "7h05"),
        (TIME, "9 h 12"),
        (TIME, "9 h 12 HAE"),
        (TIME, "17 h 05 HNR"),
        (TIME, "11:04"),
        (TIME, "18:02 GMT+1"),
        (TIME, "10:05 (heure de Paris)"),
        (TIME, "22 h 17 min"),
        (TIME, "18 h"),
        (TIME, "10 heures"),
        (LONG_DATE, "3 févr. 2023"),
        (LONG_DATE, "1er février 2023"),
        (NUMERIC_DATE, "17.05.2023"),
        (SHORT_NUMERIC_DATE, "03/02/23"),
    ],
)
def test_the_shapes_shared_with_the_stamp_grammar_match_whole(pattern, text):
    assert re.fullmatch(pattern, text, re.IGNORECASE)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (TIME, "123:45"),
        (TIME, "10 h HAE pour"),
        (NUMERIC_DATE, "03/12.2025"),
        (SHORT_NUMERIC_DATE, "03/02/2023"),
        (LONG_DATE, "3 février"),
    ],
)
def test_the_shared_shapes_reject_look_alikes(pattern, text):
    assert not re.fullmatch(pattern, text, re.IGNORECASE)


@pytest.mark.parametrize(
    ("notes_date", "shown"),
    [
        (None, True),  # evidence without a date of its own: about the text's date
        ("2025-12-02", True),  # the same date: the editor's evidence is added
        ("2025-12-01", False),  # another date: the text wins, alone
    ],
)  # fmt: skip
def test_a_date_given_by_the_text_keeps_the_editors_evidence_for_it(notes_date, shown):
    from seed_reader.metadata import extract_date
    from seed_reader.model import FieldChoice
    from seed_reader.notes import SeedNotes

    line = "Par A. B., le 2 décembre 2025"
    stated = FieldChoice("date", "2025-12-02", 3, line, "byline-date", 0.85)
    notes = SeedNotes(date=notes_date, date_evidence="L’en-tête date la page collectée.")
    date, precision, evidence, approximate, source = extract_date(stated, notes)
    assert (date, precision, approximate, source) == ("2025-12-02", "day", False, "text")
    assert evidence.startswith("Date donnée par le texte : « Par A. B., le 2 décembre 2025 »")
    assert evidence.endswith("». L’en-tête date la page collectée.") == shown
