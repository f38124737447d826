"""Cited outlets: known media of content/names.yml, names the text presents as outlets, never
a place, an organisation or a person; each with the sentence and the rule that found it.

The scenario texts are invented; the known media and the names that are no outlet come from
content/names.yml and content/people.yml, the files the build reads.
"""

from __future__ import annotations

import json

import pytest
from archive_core.people import load_registry
from bs4 import BeautifulSoup
from conftest import ROOT
from name_aliases import MEDIA, NameRecord, NamesError, load_names
from source_notes.outlets import (
    INTRODUCED,
    KNOWN,
    RULE_LABELS,
    OutletVocabulary,
    find_cited_outlets,
)

NAMES = ROOT / "content" / "names.yml"
PEOPLE = ROOT / "content" / "people.yml"


@pytest.fixture(scope="module")
def vocabulary() -> OutletVocabulary:
    people = [form for person in load_registry(PEOPLE) for form in person.forms]
    return OutletVocabulary.build(load_names(NAMES), people)


def cited(text: str, vocabulary: OutletVocabulary) -> list[tuple[str, str]]:
    return [(o.name, o.rule) for o in find_cited_outlets([text], vocabulary)]


# Each scenario: an invented text, the outlets it cites (name, rule).
SCENARIOS = {
    # The old phrases took the place after "a déclaré ... à" and the body after "selon".
    "place_after_a_declaration": ("Le ministre a déclaré à Vilnius que rien ne changerait.", []),
    "organisation_after_selon": ("Le sommet sera bref, selon l’Alliance.", []),
    "organisation_after_a_confidence": ("Un diplomate a confié à l’OTAN ses doutes.", []),
    "place_named_by_the_names_file": ("L’accord tient toujours, selon Bruxelles.", []),
    "quotidien_introduces_an_unknown_name": (
        "Selon le quotidien Xyz, la réunion est reportée.",
        [("Xyz", INTRODUCED)],
    ),
    "known_agency_named_bare": (
        "La réunion est reportée à jeudi, a indiqué l’AFP.",
        [("AFP", KNOWN)],
    ),
    "known_outlet_with_lower_case_article": (
        "Selon le Monde, le texte circule depuis lundi.",
        [("Le Monde", KNOWN)],
    ),
    "known_outlet_by_another_name": (
        "D’après l’agence France-Presse, le vote aura lieu.",
        [("AFP", KNOWN)],
    ),
    "agency_after_a_citing_verb": (
        "« Rien n’est décidé », a rapporté l’agence Nordpresse, citée par Reuters.",
        [("Nordpresse", INTRODUCED), ("Reuters", KNOWN)],
    ),
    "agency_that_is_not_a_press_agency": (
        "L’agence européenne Frontex a renforcé ses patrouilles.",
        [],
    ),
    "apposition_after_the_name": (
        "Zorbal, un média indépendant, a publié la lettre.",
        [("Zorbal", INTRODUCED)],
    ),
    "apposition_after_selon": (
        "Selon Zorbal, un média russe en exil, rien n’a changé.",
        [("Zorbal", INTRODUCED)],
    ),
    "apposition_of_an_article_and_a_name": (
        "Les Annales Boréales, la revue des gardiens de phare, paraît encore.",
        [("Les Annales Boréales", INTRODUCED)],
    ),
    "owner_before_a_presented_outlet": (
        "Propriété de l’industriel Marc Delorme, le tabloïd Kvak a publié les photos.",
        [("Kvak", INTRODUCED)],
    ),
    "interview_with_a_magazine": (
        "Dans un entretien au magazine Vortex, le général a tout nié.",
        [("Vortex", INTRODUCED)],
    ),
    "news_site": ("Le site d’information Ostrog a publié la carte.", [("Ostrog", INTRODUCED)]),
    "channel_and_platform": (
        "La chaîne Belka diffuse depuis Riga. Sur sa chaîne Telegram, il a écrit.",
        [("Belka", INTRODUCED)],
    ),
    "known_form_inside_a_persons_name": ("Michael Bloomberg a rencontré le maire.", []),
    "registered_person_after_a_declaration": ("Il l’a déclaré à Lloyd Austin hier.", []),
    "newspaper_of_a_city": ("Selon le journal de Kherson, les troupes ont reculé.", []),
    "broadcaster_of_a_programme": (
        "Il a parlé à l’émission Matin de Radio Ostrog mardi.",
        [("Radio Ostrog", INTRODUCED)],
    ),
    "first_citation_first_and_once": (
        "Selon Bloomberg, puis selon la BBC, et selon Bloomberg encore.",
        [("Bloomberg", KNOWN), ("BBC", KNOWN)],
    ),
    "known_outlet_introduced_as_one": (
        "Le journal allemand Bild et le Financial Times ont publié la note.",
        [("Bild", INTRODUCED), ("Financial Times", KNOWN)],
    ),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SCENARIOS.values(), ids=SCENARIOS.keys())
def test_an_outlet_is_known_or_introduced_never_a_place_organisation_or_person(
    text, expected, vocabulary
):
    assert cited(text, vocabulary) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("comme l’ont confirmé deux responsables à CNN.", ["CNN"]),
        ("a confié à l’AFP un responsable européen.", ["AFP"]),
        ("publiés par Politico et le Financial Times suggèrent", ["Politico", "Financial Times"]),
        ("le journal allemand Süddeutsche Zeitung a rapporté", ["Süddeutsche Zeitung"]),
        ("à l’émission Today de BBC Radio Four mardi", ["BBC Radio Four"]),
        ("a déclaré à Express.co.uk : « Je pense »", ["Express.co.uk"]),
        ("a déclaré le ministre, Andris Spruds, à Bruxelles.", []),
        ("la commission d’enquête de Russie a déclaré", []),
    ],
)  # fmt: skip
def test_the_seeds_citations_are_still_found(text, expected, vocabulary):
    assert [o.name for o in find_cited_outlets([text], vocabulary)] == expected


def test_each_outlet_keeps_the_sentence_that_cites_it_as_written(vocabulary):
    block = (
        "La réunion a duré trois heures. Rien n’a filtré, selon le Monde. "
        "Le site d’information Ostrog parle d’un échec."
    )
    first, second = find_cited_outlets([block], vocabulary)
    assert (first.name, first.written, first.rule) == ("Le Monde", "le Monde", KNOWN)
    assert first.sentence == "Rien n’a filtré, selon le Monde."
    assert (second.written, second.rule) == ("Ostrog", INTRODUCED)
    assert second.sentence == "Le site d’information Ostrog parle d’un échec."
    assert first.rule_label == RULE_LABELS[KNOWN] and second.rule_label == RULE_LABELS[INTRODUCED]


def record(kind: str, name: str) -> NameRecord:
    return NameRecord(name.lower(), name, kind, (), None)


@pytest.mark.parametrize("kind", ["lieu", "organisation", "person"])
def test_a_name_the_files_know_is_no_outlet_unless_it_is_a_medium(kind):
    text = "Selon la radio Ombrie, le pont a cédé."
    names = [] if kind == "person" else [record(kind, "Ombrie")]
    vocabulary = OutletVocabulary.build(names, ["Ombrie"] if kind == "person" else [])
    assert find_cited_outlets([text], vocabulary) == []
    assert cited(text, OutletVocabulary()) == [("Ombrie", INTRODUCED)]
    media = OutletVocabulary.build([record(MEDIA, "Ombrie")], ["Ombrie"])
    assert cited(text, media) == [("Ombrie", INTRODUCED)]
    assert cited("Le pont a cédé, a indiqué Ombrie.", media) == [("Ombrie", KNOWN)]


def test_the_build_logs_a_bad_names_file_and_finds_introduced_outlets_without_it(tmp_path, caplog):
    from source_notes.plugin import outlet_vocabulary

    names = tmp_path / "names.yml"
    names.write_text("- id: x\n  name: X\n", encoding="utf-8")
    vocabulary = outlet_vocabulary(
        {"SOURCE_NOTES_NAMES_PATH": str(names), "SOURCE_NOTES_PEOPLE_PATH": str(PEOPLE)}
    )
    assert f"Cited outlets: {names}: entry 1 (x): missing kind, aliases" in caplog.text
    text = "Selon le quotidien Xyz, a indiqué l’AFP."
    assert cited(text, vocabulary) == [("Xyz", INTRODUCED)]


def test_the_default_paths_are_the_repositorys(monkeypatch, vocabulary):
    from source_notes.plugin import outlet_vocabulary

    monkeypatch.chdir(ROOT)
    assert outlet_vocabulary({}) == vocabulary


def test_the_names_file_has_the_media_of_the_brief_and_refuses_an_unknown_kind(tmp_path):
    media = {r.name for r in load_names(NAMES) if r.kind == MEDIA}
    # Outlets and agencies a French news archive cites most (the list).
    assert {
        "AFP", "Reuters", "Associated Press", "Le Monde", "Le Figaro", "The New York Times",
        "BBC", "Der Spiegel", "Kommersant", "RIA Novosti", "TASS", "The Kyiv Independent",
        "Ukrainska Pravda", "Meduza", "Politico", "Bloomberg", "CNN", "Financial Times",
        "The Guardian", "The Washington Post", "The Wall Street Journal", "Bild", "Le Soir",
        "RTBF", "Le Temps", "RTS", "La Presse", "Radio-Canada", "Jeune Afrique", "RFI",
        "France 24", "Euronews",
    } <= media  # fmt: skip
    path = tmp_path / "names.yml"
    path.write_text("- id: x\n  name: X\n  kind: media\n  aliases: []\n", encoding="utf-8")
    with pytest.raises(NamesError, match="kind 'media' is not one of organisation, lieu, média"):
        load_names(path)


# What the five seeds cite, read by hand in seeds/*.txt (name, rule).
SEED_OUTLETS = {
    "000_3266c0aab6a9f924.txt": [
        ("Politico", KNOWN), ("Financial Times", KNOWN), ("Bloomberg", KNOWN),
    ],
    "001_fc6603722119a494.txt": [("Süddeutsche Zeitung", INTRODUCED)],
    "002_08b93576269eaa7e.txt": [("CNN", KNOWN)],
    "003_eb3f572a44316ad6.txt": [("AFP", KNOWN)],
    "004_45da432d08c8721d.txt": [
        ("BBC Radio Four", INTRODUCED), ("CNN", KNOWN), ("Express.co.uk", KNOWN),
    ],
}  # fmt: skip


@pytest.mark.build
def test_the_export_and_the_page_carry_each_outlet_with_its_evidence(site):
    records = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    assert {r["seed"]: [(o["name"], o["rule"]) for o in r["cited_outlets"]] for r in records} == (
        SEED_OUTLETS
    )
    for data in records:
        page = BeautifulSoup((site / data["url"]).read_text(encoding="utf-8"), "html.parser")
        items = page.select("dl.provenance ul.cited-outlets > li")
        assert len(items) == len(data["cited_outlets"])
        for outlet, item in zip(data["cited_outlets"], items, strict=True):
            assert outlet["sentence"] in data["text"] and outlet["written"] in outlet["sentence"]
            evidence = item.select_one("p.evidence").get_text()
            assert item.get_text().startswith(outlet["name"])
            assert evidence.startswith(RULE_LABELS[outlet["rule"]])
            assert f"«\u00a0{outlet['sentence']}\u00a0»" in evidence
