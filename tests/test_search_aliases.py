"""Other names of organisations and places: the names file, its loader, query expansion."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from lunr_index.aliases import AliasTable, build_alias_table
from lunr_index.documents import SearchDocument
from lunr_index.index import build_index
from lunr_index.query import explain, parse, search
from name_aliases import EXACT_CASE, NamesError, load_names

NAMES = ROOT / "content" / "names.yml"

# A small names file: ids and forms chosen to exercise each rule.
TEST_NAMES = """
- id: otan
  name: OTAN
  kind: organisation
  aliases:
    - NATO
    - Alliance atlantique
    - Organisation du traité de l’Atlantique nord
    - {form: Alliance, case: exact}
  wikidata: null
- id: kiev
  name: Kiev
  kind: lieu
  aliases: [Kyiv, Kyïv]
  wikidata: null
- id: onu
  name: ONU
  kind: organisation
  aliases: [Nations unies, {form: UN, case: exact}]
  wikidata: null
"""


def document(title: str, body: str) -> SearchDocument:
    return SearchDocument(url="", kind="article", title=title, body=body)


@pytest.fixture(scope="module")
def table(tmp_path_factory) -> AliasTable:
    path = tmp_path_factory.mktemp("names") / "names.yml"
    path.write_text(TEST_NAMES, encoding="utf-8")
    return AliasTable.from_json(build_alias_table(load_names(path), path))


@pytest.fixture(scope="module")
def index():
    return build_index(
        [
            document("Sommet de l’OTAN", "Les alliés se réunissent à Bruxelles."),
            document("Frappes sur Kiev", "Des missiles ont touché la capitale."),
            document("Une alliance commerciale", "Deux entreprises forment une alliance."),
            document("Histoire", "L’Alliance atlantique fut fondée en 1949."),
            document("Traité", "L’Organisation du traité de l’Atlantique nord se réunit."),
            document("Le nord", "Une organisation régionale du nord signe un traité."),
            document("Diplomatie", "Les Nations unies et l’ONU à New York."),
        ]
    )


def found(index, text: str, table: AliasTable) -> set[str]:
    return {ref for ref, _score in search(index, text, table)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Kyiv ", {"1"}),  # "Kiev" in the text
        ("kyïv ", {"1"}),
        ("Kyiv", {"1"}),  # typed without a space: still the whole form
        ("Kiev ", {"1"}),
        ("NATO ", {"0", "3", "4"}),  # OTAN, Alliance atlantique, the full name
        ("nato ", {"0", "3", "4"}),
        ("l’OTAN ", {"0", "3", "4"}),
        ("Alliance atlantique ", {"0", "3", "4"}),
        ("Organisation du traité de l'Atlantique nord ", {"0", "3", "4"}),
        ("organisation traité atlantique nord ", {"0", "3", "4"}),  # stop words skipped
        ("UN ", {"6"}),  # a stop word, expanded only as written
        ("Nations unies ", {"6"}),
    ],
)
def test_a_form_finds_the_articles_that_write_another(index, table, query, expected):
    assert found(index, query, table) == expected


def test_without_the_names_nothing_is_expanded(index):
    assert found(index, "Kyiv ", AliasTable()) == set()
    assert found(index, "NATO ", AliasTable()) == set()


def test_a_multi_word_form_needs_all_its_words(index, table):
    # Document 5 has "organisation", "traité" and "nord" but not "atlantique".
    assert "5" not in found(index, "NATO ", table)
    # "Alliance" (case exact) expands to OTAN, never the other way: the index folds
    # case, and "NATO" would find the common noun (document 2).
    assert "2" not in found(index, "NATO ", table)


@pytest.mark.parametrize(
    ("query", "expanded"),
    [
        ("Alliance ", True),
        ("l'Alliance ", True),
        ("L’Alliance ", True),
        ("alliance ", False),  # the common noun
        ("ALLIANCE ", False),
        ("un ", False),
        ("Un ", False),
        ("UN ", True),
    ],
)
def test_a_case_exact_form_is_expanded_only_as_written(index, table, query, expanded):
    words = parse(query, sorted(index.inverted_index), table)
    assert any(a.form for word in words for a in word.alternatives) == expanded, words


def test_an_ambiguous_word_in_lower_case_keeps_its_own_meaning(index, table):
    assert found(index, "alliance ", table) == {"2", "3"}
    assert found(index, "Alliance ", table) == {"0", "2", "3", "4"}


def test_the_longest_form_wins_and_counts_as_one_word(index, table):
    words = parse("Alliance atlantique sommet ", sorted(index.inverted_index), table)
    assert [word.text for word in words] == ["Alliance atlantique", "sommet"]
    # Each word by its stem, or by itself unstemmed (as an article in another language has it).
    assert words[0].alternatives[0].slots == (("allianc", "alliance"), ("atlant", "atlantique"))


def test_other_words_still_must_match(index, table):
    assert found(index, "Kyiv missiles ", table) == {"1"}
    assert found(index, "Kyiv Bruxelles ", table) == set()


def test_results_say_which_other_name_they_matched(index, table):
    assert explain(index, "Kyiv ", table) == {"1": [("Kyiv", ("Kiev",))]}
    why = explain(index, "NATO ", table)
    assert why["0"] == [("NATO", ("OTAN",))]
    assert why["4"] == [("NATO", ("Organisation du traité de l’Atlantique nord",))]
    # The reader's own word found: nothing to explain.
    assert explain(index, "Kiev ", table) == {"1": []}


# --- the names file and its loader ------------------------------------------------------


def test_the_names_file_loads_and_every_form_can_be_searched():
    records = load_names(NAMES)
    ids = {record.id for record in records}
    assert {"otan", "kiev", "gchq", "sbu", "aiea"} <= ids
    assert {record.kind for record in records} == {"organisation", "lieu", "média"}
    table = build_alias_table(records, NAMES)
    assert len(table) == len(records)
    otan = next(record for record in records if record.id == "otan")
    assert {"NATO", "Alliance atlantique"} <= {form.text for form in otan.forms}
    assert any(form.case == EXACT_CASE and form.text == "Alliance" for form in otan.forms)


BAD_ENTRIES = [
    ("- id: otan\n  name: OTAN\n  kind: pays\n  aliases: []", "entry 1 (otan): kind 'pays'"),
    ("- id: otan\n  name: OTAN\n  kind: lieu", "entry 1 (otan): missing aliases"),
    ("- id: otan\n  name: OTAN\n  kind: lieu\n  aliases: NATO", "aliases must be a list"),
    ("- id: otan\n  name: OTAN\n  kind: lieu\n  aliases: []\n  nom: x", "unknown key(s) nom"),
    ("- id: Otan\n  name: OTAN\n  kind: lieu\n  aliases: []", "entry 1 (Otan): id must be a slug"),
    (
        "- id: otan\n  name: OTAN\n  kind: lieu\n  aliases: []\n  wikidata: 7184",
        "bad Wikidata id",
    ),
    (
        "- id: otan\n  name: OTAN\n  kind: lieu\n  aliases: [{form: NATO, case: exacte}]",
        "entry 1 (otan): alias 1: case 'exacte'",
    ),
    ("- id: otan\n  name: OTAN\n  kind: lieu\n  aliases: ['—']", "alias 1: '—' is not a name"),
    (
        "- id: a\n  name: A\n  kind: lieu\n  aliases: []\n"
        "- id: a\n  name: B\n  kind: lieu\n  aliases: []",
        "entry 2: id 'a' is used twice",
    ),
    ("otan: OTAN", "expected a list"),
    ("- [unclosed", ""),
]


@pytest.mark.parametrize(("text", "message"), BAD_ENTRIES)
def test_a_bad_names_file_is_refused_naming_the_file_and_the_entry(tmp_path, text, message):
    path = tmp_path / "names.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(NamesError) as error:
        load_names(path)
    assert str(error.value).startswith(f"{path}: ")
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("aliases", "message"),
    [
        ("[un]", "kiev: 'un' has only stop words"),
        ("[Kiev]", "'Kiev' names both"),  # the same form as another entry (case aside)
        ("[{form: Kyiv, case: exact}]", "'Kyiv' names both kiev and"),
    ],
)
def test_a_form_the_search_cannot_use_is_refused(tmp_path, aliases, message):
    path = tmp_path / "names.yml"
    path.write_text(
        "- id: kiev\n  name: Kiev\n  kind: lieu\n  aliases: [Kyiv]\n"
        f"- id: other\n  name: Autre\n  kind: lieu\n  aliases: {aliases}\n",
        encoding="utf-8",
    )
    with pytest.raises(NamesError) as error:
        build_alias_table(load_names(path), path)
    assert str(error.value).startswith(f"{path}: ")
    assert message.replace("kiev: 'un'", "other: 'un'") in str(error.value)


def test_the_build_logs_a_bad_names_file_and_searches_without_it(tmp_path, caplog):
    from lunr_index.plugin import alias_table

    path = tmp_path / "names.yml"
    path.write_text("- id: x\n  name: X\n", encoding="utf-8")
    assert alias_table({"LUNR_NAMES_PATH": str(path)}) == []
    assert f"{path}: entry 1 (x): missing kind, aliases" in caplog.text


def test_the_default_names_path_is_the_repositorys(monkeypatch):
    from lunr_index.plugin import alias_table

    monkeypatch.chdir(ROOT)
    assert len(alias_table({})) == len(load_names(Path("content/names.yml")))
