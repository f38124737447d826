"""The cache of per-article analyses: keyed on all a result depends on, invisible in the output."""

from __future__ import annotations

import json
import shutil

import pytest
from analysis_cache import ResultCache, digest
from conftest import ROOT, SEEDS, make
from lunr_index import index as search_index
from lunr_index.documents import ARTICLE, SearchDocument

SEED = "002_08b93576269eaa7e"  # about nuclear threats, not about cyberattacks
CYBER = "Cyberattaques et cyberdéfense"


def test_a_result_comes_back_and_a_missing_or_broken_one_is_none(tmp_path):
    cache = ResultCache(tmp_path, "kind")
    key = digest("texte")
    assert cache.get(key) is None
    cache.put(key, ["un", "lemme"])
    assert cache.get(key) == ["un", "lemme"]
    cache.path(key).write_text("{tronqué", encoding="utf-8")
    assert cache.get(key) is None
    off = ResultCache(None, "kind")
    off.put(key, [1])
    assert off.get(key) is None


def test_digests_separate_their_parts():
    assert digest("ab", "c") != digest("a", "bc")
    assert digest("a") == digest(b"a")


def test_search_terms_from_the_cache_give_the_same_index(tmp_path, monkeypatch):
    documents = [
        SearchDocument(url=f"a/{n}.html", kind=ARTICLE, title=f"Titre {n}", body=body)
        for n, body in enumerate(["L’OTAN et les armes nucléaires", "Les cyberattaques russes"])
    ]
    cache = ResultCache(tmp_path, "search-terms")
    plain = search_index.build_index(documents).serialize()
    assert search_index.build_index(documents, cache=cache).serialize() == plain

    def refuse(*args):
        raise AssertionError("analysed again")

    monkeypatch.setattr(search_index, "analyse_document", refuse)
    assert search_index.build_index(documents, cache=cache).serialize() == plain
    monkeypatch.setattr(search_index, "analysis_version", lambda: "another analysis")
    with pytest.raises(AssertionError, match="analysed again"):
        search_index.build_index(documents, cache=cache)


@pytest.fixture
def inputs(tmp_path):
    """Copies of the seeds, their notes and the topics, to change."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copytree(ROOT / "content" / "notes", tmp_path / "notes")
    shutil.copy(ROOT / "content" / "topics.yml", tmp_path / "topics.yml")
    return tmp_path


def build(inputs, name: str, cache) -> dict[str, bytes]:
    """Build the copies into inputs/name with the cache folder; every output file's bytes."""
    output = inputs / name
    topics = f"PELICANOPTS=-e TOPICS_PATH='\"{inputs / 'topics.yml'}\"'"
    make(
        "html",
        f"SEEDS={inputs / 'seeds'}",
        f"NOTES={inputs / 'notes'}",
        f"OUTPUTDIR={output}",
        f"CACHEDIR={cache}",
        topics,
        "STRICT=1",
    )
    return {str(p.relative_to(output)): p.read_bytes() for p in output.rglob("*") if p.is_file()}


def topics_of(files: dict[str, bytes]) -> dict[str, set[str]]:
    records = json.loads(files["data/articles.json"])
    return {r["seed"]: {topic["name"] for topic in r["topics"]} for r in records}


@pytest.mark.build
def test_a_rebuild_with_the_cache_is_byte_identical_to_a_cold_build(inputs):
    cold = build(inputs, "cold", inputs / "cache")
    cached = list((inputs / "cache" / "cleaned").rglob("*.*"))
    assert len(cached) == len(list(SEEDS.glob("*")))
    assert build(inputs, "warm", inputs / "cache") == cold


def append_paragraph(inputs):
    path = inputs / "seeds" / f"{SEED}.txt"
    text = "Des cyberattaques et des cyberopérations russes visent aussi les réseaux américains."
    path.write_text(path.read_text(encoding="utf-8") + f"\n\n{text}\n", encoding="utf-8")


def add_topic_in_notes(inputs):
    path = inputs / "notes" / f"{SEED}.yml"
    path.write_text(path.read_text(encoding="utf-8") + "\ntopics_add: [cyber]\n", encoding="utf-8")


def add_signal_to_topic(inputs):
    path = inputs / "topics.yml"
    text = path.read_text(encoding="utf-8")
    # Every seed speaks of "menace": the cyber topic now reaches them all.
    path.write_text(text.replace("    cyberattaque: 2\n", "    cyberattaque: 2\n    menace: 4\n"))


@pytest.mark.build
@pytest.mark.parametrize("change", [append_paragraph, add_topic_in_notes, add_signal_to_topic])
def test_a_change_is_picked_up_with_a_warm_cache(inputs, change):
    before = topics_of(build(inputs, "before", inputs / "cache"))
    assert CYBER not in before[f"{SEED}.txt"]
    change(inputs)
    warm = build(inputs, "warm", inputs / "cache")
    assert CYBER in topics_of(warm)[f"{SEED}.txt"]
    assert warm == build(inputs, "cold", inputs / "fresh-cache")


def test_a_seed_is_cleaned_again_only_when_it_its_notes_or_the_cleaner_change(
    tmp_path, monkeypatch
):
    import seed_reader.plugin as reader_plugin
    from pelican.settings import DEFAULT_CONFIG

    cleaned: list[str] = []
    real_clean_seed = reader_plugin.clean_seed

    def counting_clean_seed(raw, seed, notes=None, corpus=None):
        cleaned.append(seed)
        return real_clean_seed(raw, seed, notes, corpus)

    monkeypatch.setattr(reader_plugin, "clean_seed", counting_clean_seed)
    (tmp_path / "notes").mkdir()
    seed = tmp_path / "article.txt"
    seed.write_text("Un titre\n\nUn paragraphe assez long pour être un article.\n")
    settings = {**DEFAULT_CONFIG, "ANALYSIS_CACHE_PATH": str(tmp_path / "cache")}
    settings["SEED_NOTES_PATH"] = str(tmp_path / "notes")
    reader = reader_plugin.SeedReader(settings)

    first = reader.read(str(seed))
    second = reader.read(str(seed))
    assert len(cleaned) == 1
    assert second[0] == first[0] and second[1]["record"] == first[1]["record"]
    (tmp_path / "notes" / "article.yml").write_text('date: "2022-03-15"\n')
    assert reader.read(str(seed))[1]["date"].year == 2022
    seed.write_text("Un autre titre\n\nUn paragraphe assez long pour être un article.\n")
    assert reader.read(str(seed))[1]["title"] == "Un autre titre"
    monkeypatch.setattr(reader_plugin, "cleaner_version", lambda: "another cleaner")
    reader.read(str(seed))
    assert len(cleaned) == 4
    # Another seed of the folder that shares a short line changes the folder's facts.
    (tmp_path / "other.txt").write_text("Un autre titre\n\nUn texte.\n")
    reader_plugin_facts = reader_plugin.SeedReader(settings)
    reader_plugin_facts.read(str(seed))
    assert len(cleaned) == 5
