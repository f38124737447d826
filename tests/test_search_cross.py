"""The index lunr.py built, loaded by lunr.js + lunr-languages in Node, gives the same answers.

Python builds the index (plugins/lunr_index); the browser analyses the queries
(theme/static/js/search-*.js with lunr-languages' stemmer). Any difference between
the two would lose results silently, so both run on the same inputs here: the
tokenizer on every character, the analysis on 50,000 French words, and whole
searches on the built site's index.
"""

from __future__ import annotations

import json
import random
import subprocess
import unicodedata

import pytest
import wordfreq
from conftest import ROOT, SEEDS
from lunr.index import Index
from lunr_index.french import analyse, prefix_term, register_pipeline, tokenize
from lunr_index.index import slice_index, to_json
from lunr_index.query import search_shards

NODE_SCRIPT = ROOT / "tests" / "js" / "cross.js"

# What readers type: accents or not, elisions, plurals, prefixes, names, several words.
QUERIES = [
    "nucléaire", "nucleaire", "nucléaires ", "NUCLÉAIRE ", "nucl", "nucléai",
    "l’OTAN", "l'otan ", "OTAN ", "d’armes ", "armes chimiques", "arme chimique ",
    "Stoltenberg", "Stolten", "stol", "Choïgou", "Choigou ", "choi", "Poutine", "Putin ",
    "Zelensky", "Macron ", "Sprūds", "Spruds", "Bastrykine",
    "sabotage", "sabotages Lettonie ", "cyberattaques préventives", "faux drapeau ",
    "dissuasion nucléaire ", "exercice Steadfast Noon", "États-Unis ", "etats unis",
    "Russie", "Russi", "russes ", "Ukraine 2022", "sécurité", "securite ",
    "la", "les ", "le sabotage de la", "aujourd'hui",
    # Right forms only the archive's corrections give (the "corrections" field).
    "GCHQ", "gchq ", "Cavo Dragone ", "Comité d’enquête", "troupes occidentales ", "Bretton-Gordon",
    # Lunr syntax means nothing; hostile input is only words (or nothing).
    "title:otan", "otan~2", "otan^10", "+russie -otan", '"unbalanced', "*", "\\", "a" * 600,
]  # fmt: skip

# Queries in lunr's own syntax, straight to Index.search on both sides.
RAW_QUERIES = [
    "nucléaire", "otan", "stoltenberg", "title:otan", "nucl*", "+russie +sabotage",
    "russie -nucléaire", "sabotag~1", "otan^5 russie", "body:choïgou", "corrections:gchq",
    "corrections:comit*",
]  # fmt: skip


def random_queries(count: int = 300) -> list[str]:
    """Queries no one would write: pieces of words, accents, punctuation, odd Unicode."""
    rng = random.Random(6)
    pieces = [
        "otan", "Stolt", "nucléai", "l’", "d'", "Choï", "ÉTATS", "-", ":", "~", "^", "*", "+",
        '"', " ", "  ", "\u202f", "œ", "İ", "ß", "ﬁ", "e\u0301", "\u200b", "2022", "😀", "日本",
    ]  # fmt: skip
    return ["".join(rng.choices(pieces, k=rng.randint(1, 8))) for _ in range(count)]


def french_words() -> list[str]:
    """Words a French reader meets: the 50,000 most frequent and every word of the seeds."""
    words = set(wordfreq.top_n_list("fr", 50_000))
    for seed in SEEDS.glob("*.txt"):
        words.update(tokenize(seed.read_text(encoding="utf-8", errors="replace")))
    return sorted(words)


def reshard(site, folder, size: int):
    """The built site's index cut into shards of `size` articles, as LUNR_SHARD_SIZE does."""
    manifest = json.loads((site / "recherche" / "index.json").read_text(encoding="utf-8"))
    assert manifest["shards"] == ["shards/0.json"], "five seeds make one shard"
    whole = json.loads((site / "recherche" / "shards" / "0.json").read_text(encoding="utf-8"))
    cards = whole["documents"]
    articles = [int(ref) for ref, card in cards.items() if card["kind"] == "article"]
    pages = [int(ref) for ref, card in cards.items() if card["kind"] != "article"]
    groups = [sorted(articles)[i : i + size] for i in range(0, len(articles), size)]
    groups[0] += pages
    (folder / "shards").mkdir(parents=True)
    manifest["shards"] = []
    for number, refs in enumerate(groups):
        name = f"shards/{number}.json"
        shard = {"index": slice_index(whole["index"], refs), "documents": {}}
        (folder / name).write_text(to_json(shard), encoding="utf-8")
        manifest["shards"].append(name)
    (folder / "index.json").write_text(to_json(manifest), encoding="utf-8")
    return folder / "index.json"


@pytest.fixture(scope="module", params=["one shard", "three shards"])
def manifest(request, site, tmp_path_factory):
    if request.param == "one shard":
        return site / "recherche" / "index.json"
    return reshard(site, tmp_path_factory.mktemp("shards"), size=2)


@pytest.fixture(scope="module")
def node_answer(manifest):
    words = french_words()
    request = {
        "index": str(manifest),
        "texts": [
            "l’OTAN, d’armes nucléaires.",
            "États-Unis\u202f: 3\u202f000",
            "se\u0301curite\u0301",
        ],
        "words": words,
        "queries": QUERIES + random_queries(),
        "raw": RAW_QUERIES,
    }
    result = subprocess.run(
        ["node", str(NODE_SCRIPT)],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return request, json.loads(result.stdout)


def load_shards(manifest_path) -> list:
    register_pipeline()
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    return [
        Index.load(json.loads((manifest_path.parent / name).read_text(encoding="utf-8"))["index"])
        for name in manifest["shards"]
    ]


@pytest.fixture(scope="module")
def python_index(manifest):
    return load_shards(manifest)


def assigned(code: int) -> bool:
    return unicodedata.category(chr(code)) != "Cn"


def test_both_tokenizers_keep_the_same_characters(node_answer):
    request, answer = node_answer
    python = [
        code
        for code in range(0x10000)
        if not 0xD800 <= code <= 0xDFFF and assigned(code) and tokenize(chr(code))
    ]
    # Node's Unicode may be newer: compare on the characters Python knows.
    javascript = [code for code in answer["tokenChars"] if assigned(code)]
    assert len(python) > 40_000
    assert javascript == python
    assert answer["tokens"] == [tokenize(text) for text in request["texts"]]


def test_both_analyse_fifty_thousand_french_words_alike(node_answer):
    request, answer = node_answer
    words = request["words"]
    assert len(words) > 50_000
    analysed = [analyse(word) for word in words]
    differences = [
        (word, mine, theirs)
        for word, mine, theirs in zip(words, analysed, answer["analysed"], strict=True)
        if mine != theirs
    ]
    assert differences == []
    prefixes = [prefix_term(word) for word in words]
    assert answer["prefixes"] == prefixes


def test_both_return_the_same_results_in_the_same_order(node_answer, python_index):
    _request, answer = node_answer
    found_something = 0
    for query, theirs in zip(QUERIES + random_queries(), answer["searches"], strict=True):
        mine = search_shards(python_index, query)
        assert [ref for ref, _ in theirs] == [ref for ref, _ in mine], query
        assert [score for _, score in theirs] == pytest.approx([s for _, s in mine]), query
        found_something += bool(mine)
    assert found_something >= 35, "most queries should find something on the five seeds"
    assert answer["searches"][QUERIES.index("GCHQ")], "a correction's right form finds its article"


def test_lunr_query_syntax_gives_the_same_results(node_answer, python_index):
    _request, answer = node_answer
    for query, theirs in zip(RAW_QUERIES, answer["raw"], strict=True):
        found = [(r["ref"], r["score"]) for index in python_index for r in index.search(query)]
        mine = sorted(found, key=lambda result: (-result[1], int(result[0])))
        assert [ref for ref, _ in theirs] == [ref for ref, _ in mine], query
        assert [score for _, score in theirs] == pytest.approx([s for _, s in mine]), query


@pytest.mark.parametrize(
    ("variants"),
    [
        ("nucléaire", "nucleaire", "NUCLEAIRE", "nucléaires "),
        ("Choïgou", "Choigou", "choigou "),
        ("l’OTAN ", "l'OTAN", "OTAN"),
        ("États-Unis ", "etats unis"),
    ],
)
def test_a_reader_finds_the_same_articles_however_they_type(python_index, variants):
    results = [[ref for ref, _ in search_shards(python_index, query)] for query in variants]
    assert results[0], variants[0]
    assert all(result == results[0] for result in results), dict(
        zip(variants, results, strict=True)
    )


def test_shards_score_documents_as_one_index_would(site, tmp_path):
    whole = load_shards(site / "recherche" / "index.json")
    sharded = load_shards(reshard(site, tmp_path, size=2))
    assert len(whole) == 1 and len(sharded) == 3
    for query in QUERIES:
        mine, theirs = search_shards(whole, query), search_shards(sharded, query)
        assert {ref for ref, _ in theirs} == {ref for ref, _ in mine}, query
        if query.endswith(" "):
            # Finished words: the very same ranking and scores. (A word being typed
            # expands to the terms of each shard, which can shift its scores a little.)
            assert [ref for ref, _ in theirs] == [ref for ref, _ in mine], query
            assert [s for _, s in theirs] == pytest.approx([s for _, s in mine]), query
