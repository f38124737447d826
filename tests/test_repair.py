"""Stage 5: repairs of what copying broke (glued words, mojibake, invisible characters, blanks)."""

from __future__ import annotations

import pytest
from conftest import SEEDS
from hypothesis import example, given, settings
from hypothesis import strategies as st
from seed_reader.repair import (
    Edit,
    RepairContext,
    best_split,
    describe,
    fix_characters,
    repair_text,
)

NO_NAMES = RepairContext(vocabulary=frozenset())
KHERSON = RepairContext(vocabulary=frozenset({"Kherson"}))


def bug(reason: str) -> pytest.MarkDecorator:
    """A known bug of the cleaner: the test states the correct behaviour and must fail today."""
    return pytest.mark.xfail(reason=reason, strict=True)


def repaired(text: str, context: RepairContext = NO_NAMES) -> str:
    return repair_text(text, 1, context)[0]


def mojibake(text: str) -> str:
    """What a UTF-8 page read as Windows-1252 shows (the bytes it leaves undefined as Latin-1)."""
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in text.encode())


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("vers Khersonla plus grande", KHERSON, "vers Kherson la plus grande"),
        ("vers Khersonla plus grande", NO_NAMES, "vers Khersonla plus grande"),
        ("son sien Russiepourrait être perçu", NO_NAMES, "son sien Russie pourrait être perçu"),
        ("entre Chine et Indepour dissuader", NO_NAMES, "entre Chine et Inde pour dissuader"),
        ("Stoltenbergpour la première fois", RepairContext(frozenset({"Stoltenberg"})),
         "Stoltenberg pour la première fois"),
        ("Par Andrew Korybko", NO_NAMES, "Par Andrew Korybko"),
        ("Andrew Korybko", RepairContext(frozenset({"Korybko", "Andrew"})), "Andrew Korybko"),
        ("Alexandre Bastrykine a déclaré", NO_NAMES, "Alexandre Bastrykine a déclaré"),
        ("le ministre letton Andris Spruds", NO_NAMES, "le ministre letton Andris Spruds"),
        ("selon Le Parisien", NO_NAMES, "selon Le Parisien"),
        ("Washington craignait", NO_NAMES, "Washington craignait"),
        ("des cyberopérations offensives", NO_NAMES, "des cyberopérations offensives"),
        ("Cyberopérations offensives contre la Russie", NO_NAMES,
         "Cyberopérations offensives contre la Russie"),
        ("Contrebatterie et drones", NO_NAMES, "Contrebatterie et drones"),
    ],
)  # fmt: skip
def test_glued_words_are_split_only_where_both_halves_are_known(text, context, expected):
    assert repaired(text, context) == expected


@pytest.mark.parametrize(
    ("word", "context", "expected"),
    [
        ("Khersonla", KHERSON, ("Kherson", "la")),
        ("Khersonla", NO_NAMES, None),
        ("Russiepourrait", NO_NAMES, ("Russie", "pourrait")),
        ("Indepour", NO_NAMES, ("Inde", "pour")),
        ("Korybko", NO_NAMES, None),
        ("Bastrykine", NO_NAMES, None),
        ("Spruds", NO_NAMES, None),
    ],
)
def test_best_split_needs_a_known_left_half_and_a_common_right_half(word, context, expected):
    assert best_split(word, context) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DÃ©fense", "Défense"),
        ("lâ€™OTAN", "l’OTAN"),
        ("la DÃ©fense de lâ€™OTAN", "la Défense de l’OTAN"),
        ("Ã‰tats-Unis", "États-Unis"),
        ("Ã\xa0 Paris", "à Paris"),
        (mojibake("L’État « prévient » : “déjà” – 10 €…"), "L’État « prévient » : “déjà” – 10 €…"),
        (mojibake("Il est déjà parti"), "Il est déjà parti"),
        (mojibake("«\xa0Non\xa0»"), "«\xa0Non\xa0»"),
        (mojibake("Il est là\xa0!"), "Il est là\xa0!"),
        ("les manÅ“uvres de l’Otan", "les manœuvres de l’Otan"),
    ],
)
def test_mojibake_is_repaired(text, expected):
    assert repaired(text) == expected


# Real lines of the seeds, in correct French (typographic quotes, no-break spaces, œ).
SEED_LINES = [
    ("001_fc6603722119a494.txt", 13),
    ("001_fc6603722119a494.txt", 17),
    ("002_08b93576269eaa7e.txt", 17),
    ("003_eb3f572a44316ad6.txt", 11),
    ("003_eb3f572a44316ad6.txt", 54),
    ("004_45da432d08c8721d.txt", 1),
    ("004_45da432d08c8721d.txt", 9),
]


@pytest.mark.parametrize(("seed", "number"), SEED_LINES)
def test_correct_french_from_the_seeds_is_left_byte_identical(seed, number):
    line = (SEEDS / seed).read_text(encoding="utf-8").splitlines()[number - 1]
    assert line.strip() and any(c in line for c in "’«\xa0œ“")
    assert repair_text(line, number, NO_NAMES) == (line, [])
    assert repaired(f" \t{line}\xa0 ") == line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Otan\u202e tnaliv", "Otan tnaliv"),
        ("cyber\u200battaques", "cyberattaques"),
        ("\ufeffL’Otan", "L’Otan"),
        ("Alerte\x07 rouge", "Alerte rouge"),
        ("Kiev\u2066 et \u2069Moscou", "Kiev et Moscou"),
    ],
)
def test_invisible_and_bidi_override_characters_are_removed(text, expected):
    assert repaired(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("publiés par \xa0Politico", "publiés par Politico"),
        ("deux  espaces\tet une tabulation", "deux espaces et une tabulation"),
        ("  \t bord \xa0 ", "bord"),
        ("a déclaré\xa0: « non\xa0»\xa0!", "a déclaré\xa0: « non\xa0»\xa0!"),
        ("«\xa0Non\xa0», dit-il\xa0; 40\xa0%\xa0?", "«\xa0Non\xa0», dit-il\xa0; 40\xa0%\xa0?"),
        ("a déclaré \xa0: oui", "a déclaré\xa0: oui"),
        ("« \xa0Non  \xa0»", "«\xa0Non\xa0»"),
        ("mardi\u202f: l’Otan", "mardi\u202f: l’Otan"),
    ],
)  # fmt: skip
def test_blank_runs_collapse_and_french_no_break_spaces_are_kept(text, expected):
    assert repaired(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "\u3000Texte",
        "\u2003\tTexte",
        "\u2003  Texte",
        "Texte\xa0\xa0\u2002",
    ],
)
def test_any_unicode_blank_at_the_edges_is_trimmed(text):
    assert repaired(text) == "Texte"


@pytest.mark.parametrize(
    ("text", "kind", "source_form", "repaired_form"),
    [
        ("la DÃ©fense", "encoding", "DÃ©fense", "Défense"),
        ("cyber\u200battaques", "invisible-characters", "cyber\u200battaques", "cyberattaques"),
        ("publiés par \xa0Politico", "whitespace", "par \xa0Politico", "par Politico"),
        ("vers Khersonla plus grande", "glued-words", "Khersonla", "Kherson la"),
    ],
)
def test_each_repair_shows_the_source_form_and_the_repaired_one_with_its_line(
    text, kind, source_form, repaired_form
):
    _, repairs = repair_text(text, 42, KHERSON)
    assert [(r.line, r.kind) for r in repairs] == [(42, kind)]
    assert source_form in repairs[0].before
    assert repairs[0].before in text
    assert repaired_form in repairs[0].after


@bug("a later fixer's Repair.before quotes the text as earlier fixers left it, not the source")
def test_every_repair_before_quotes_the_source_even_after_an_earlier_repair():
    text = "la DÃ©fense  de l’Otan"
    _, repairs = repair_text(text, 3, NO_NAMES)
    assert [r.kind for r in repairs] == ["encoding", "whitespace"]
    assert all(r.before in text for r in repairs)


def test_describe_shows_twelve_characters_of_context_around_each_edit():
    text = "Le ministre a déclaré mardi que l’Alliance  restait unie face à Moscou."
    start = text.index("  ")
    [change] = describe(7, "whitespace", text, [Edit(start, start + 2, " ")])
    assert (change.line, change.kind) == (7, "whitespace")
    assert change.before == text[start - 12 : start + 14]
    assert change.after == text[start - 12 : start] + " " + text[start + 2 : start + 14]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Par \xa0Andrew Korybko ", "Par Andrew Korybko"),
        ("Ministère de la DÃ©fense", "Ministère de la Défense"),
        ("\ufeffTraduit par  Spirit", "Traduit par Spirit"),
        ("Russiepourrait", "Russiepourrait"),  # no glued-word split in metadata
    ],
)
def test_fix_characters_cleans_metadata_values_without_splitting_words(text, expected):
    assert fix_characters(text) == expected


# Arbitrary text, with the pieces a copied page adds mixed in so that the fixers have work:
# glued words, invisible characters, blanks, and mojibake (of "à" and U+00A0 among others).
FRAGMENTS = [
    "Khersonla", "Russiepourrait", "Cyberopérations", "\u200b", "\u202e", "\ufeff", "\x07",
    "\u2003", "\u3000", "\xa0", "\u202f", "\t", "  ", "«", "»", ":", "’", "'",
    *(mojibake(c) for c in ["é", "à", "É", "Ï", "œ", "«\xa0", "\xa0»", "’", "—", "…", "\u200b"]),
]  # fmt: skip
ARBITRARY_TEXT = st.lists(st.one_of(st.characters(), st.sampled_from(FRAGMENTS))).map("".join)


@settings(deadline=None, max_examples=300)
@given(st.one_of(st.text(), ARBITRARY_TEXT))
# Inputs that once needed a second run: blanks unknown to the run pattern at an edge, the
# mojibake of U+00A0 after another pair, and pairs freed by removing an invisible character.
@example("\u2003\tTexte")
@example(mojibake("Il est là\xa0!"))
@example("Â\xa0Â\xa00")
@example("Ã\u200b©")
@example("\x8dÂ\x80")
@example("Â  \xa0Â»")
def test_repair_text_never_raises_and_a_second_run_changes_nothing(text):
    once, repairs = repair_text(text, 5, KHERSON)
    assert all(repair.line == 5 for repair in repairs)
    assert repair_text(once, 5, KHERSON) == (once, [])
