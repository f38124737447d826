"""People: the registry, mentions in the body, quotations, and candidates for the registry."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_core.people import RegistryError, load_registry
from archive_core.text import sentence_at
from conftest import FIXTURES, ROOT, SEEDS
from person_pages.candidates import clean_name, find_candidates
from person_pages.mentions import MentionFinder
from person_pages.quotes import find_quotes
from seed_reader.notes import load_notes
from seed_reader.pipeline import clean_seed

REGISTRY = load_registry(ROOT / "content" / "people.yml")
TEST_REGISTRY = load_registry(FIXTURES / "people" / "registry.yml")

# The people a careful reader lists for each article: everyone named in its body,
# nobody named only in removed debris, and not the author or translator.
EXPECTED_PEOPLE = {
    "000_3266c0aab6a9f924": {
        "giuseppe-cavo-dragone", "donald-trump", "volodymyr-zelensky", "vladimir-poutine",
    },
    "001_fc6603722119a494": {"jens-stoltenberg", "andris-spruds"},
    "002_08b93576269eaa7e": {
        "joe-biden", "vladimir-poutine", "emmanuel-macron", "serguei-choigou",
    },
    "003_eb3f572a44316ad6": {"jens-stoltenberg", "joe-biden"},
    "004_45da432d08c8721d": {
        "vladimir-poutine", "jens-stoltenberg", "jeremy-fleming", "lloyd-austin",
        "hamish-de-bretton-gordon", "alexandre-bastrykine", "joe-biden", "john-f-kennedy",
        "volodymyr-zelensky",
    },
}  # fmt: skip


def blocks_of(path: Path) -> list[str]:
    notes = load_notes(ROOT / "content" / "notes" / f"{path.stem}.yml")
    return [block.text for block in clean_seed(path.read_bytes(), path.name, notes).blocks]


def people_in(path: Path, registry=REGISTRY) -> set[str]:
    return {mention.person for mention in MentionFinder(registry).find(blocks_of(path))}


@pytest.mark.parametrize("stem", sorted(EXPECTED_PEOPLE))
def test_each_seed_mentions_exactly_the_people_a_careful_reader_lists(stem):
    assert people_in(SEEDS / f"{stem}.txt") == EXPECTED_PEOPLE[stem]


# The people the seeds credit in their metadata, not in their body.
CREDITED = {"andrew-korybko", "spirit-of-free-speech"}  # seed 000's author and translator


def test_every_registered_person_is_mentioned_or_credited_somewhere():
    mentioned = set().union(*EXPECTED_PEOPLE.values())
    assert {record.id for record in REGISTRY} == mentioned | CREDITED


def test_people_in_removed_teasers_are_not_linked_to_the_article():
    # Seed 003's tail names Donald Trump, Bartholomée and Philippe Liénard.
    assert "donald-trump" not in people_in(SEEDS / "003_eb3f572a44316ad6.txt")


HARD_CASES = FIXTURES / "seeds" / "people_hard_cases.txt"


def test_hard_cases_title_surname_alias_foreign_spelling_and_author():
    finder = MentionFinder(TEST_REGISTRY)
    mentions = finder.find(blocks_of(HARD_CASES))
    forms = [(m.person, m.form) for m in mentions]
    assert ("emmanuel-macron", "président Macron") in forms  # title + surname
    assert ("emmanuel-macron", "Emmanuel Macron") in forms  # after an elided article
    assert ("emmanuel-macron", "Macron") in forms  # surname alone, later
    assert ("vladimir-poutine", "Putin") in forms  # foreign spelling
    # Named only in a removed teaser headline, and the author only in the byline.
    assert {m.person for m in mentions} == {"emmanuel-macron", "vladimir-poutine"}
    assert "jeanne-martin" not in {m.person for m in mentions}


def test_longest_form_wins_and_case_and_word_boundaries_hold():
    finder = MentionFinder(TEST_REGISTRY)
    mentions = finder.find(
        ["Le président Macron et Macronie, macron, Poutine-like ou Vladimir Poutine."]
    )
    assert [m.form for m in mentions] == ["président Macron", "Vladimir Poutine"]


def test_candidates_are_unregistered_multiword_names_with_context():
    # Each name below reaches the filter that rejects it (each was seen to pass once
    # that filter was taken out): Andris Sprūds is registered; "Washington" and "Scholz",
    # which the model labels as people here, are single words; the Maison Blanche, New
    # York, Radio France Internationale and the Wall Street Journal are several capitalised
    # proper nouns, but places and organisations to the model.
    blocks = [
        "Le ministre Andris Sprūds a parlé. Jeudi, la Maison Blanche a répondu depuis New York.",
        "Le chancelier Olaf Scholz s’est exprimé à Berlin devant les députés. "
        "Scholz a ensuite rencontré les ministres.",
        "Selon Radio France Internationale et le Wall Street Journal, Washington a protesté.",
    ]
    names = {c.name: c for c in find_candidates([("x.txt", blocks)], REGISTRY)}
    assert set(names) == {"Olaf Scholz"}
    assert "Berlin" in names["Olaf Scholz"].context


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Poutine n’", "Poutine"),
        ("L’Otan", "Otan"),
        ("président Poutine", "Poutine"),
        ("M. Stoltenberg", "Stoltenberg"),
        ("Sir Jeremy Fleming", "Jeremy Fleming"),
    ],
)
def test_entity_texts_are_stripped_of_elisions_and_titles(raw, expected):
    assert clean_name(raw) == expected


def test_quotes_are_attributed_by_name_pronoun_and_continuation():
    blocks = [
        "« Nous resterons vigilants », a déclaré Emmanuel Macron mardi.",
        "« La sécurité de l’Europe est en jeu », a-t-il ajouté devant Vladimir Poutine.",
        "Vladimir Poutine a répondu : « Nous ne voulons pas la guerre, et",
        "« nous ne la ferons pas si l’on nous respecte. »",
        "« Une phrase sans auteur dans le texte », a confié un diplomate.",
    ]
    quotes = find_quotes(blocks, MentionFinder(TEST_REGISTRY).find(blocks))
    assert [(q.person, q.block) for q in quotes] == [
        ("emmanuel-macron", 0),
        ("emmanuel-macron", 1),
        ("vladimir-poutine", 2),
        ("vladimir-poutine", 3),
    ]


def test_first_mention_sentence_does_not_stop_at_an_initial():
    text = "Il pleut. M. Dragone a toutefois précisé sa pensée. Fin."
    assert sentence_at(text, text.index("Dragone")) == "M. Dragone a toutefois précisé sa pensée."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("- id: a\n  name: A\n", "missing"),
        ("- {id: a, name: A B, sort_name: B, aliases: [X], role: r, description: d}\n"
         "- {id: b, name: C D, sort_name: D, aliases: [X], role: r, description: d}\n",
         "names both"),
        ("- {id: a, name: A B, sort_name: B, aliases: [], role: r, description: d, wikidata: Z1}\n",
         "Wikidata"),
    ],
)  # fmt: skip
def test_registry_errors_name_the_file_and_the_problem(tmp_path, content, message):
    path = tmp_path / "people.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError) as error:
        load_registry(path)
    assert str(path) in str(error.value) and message in str(error.value)
