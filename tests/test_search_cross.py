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
import unicodedata

import pytest
import wordfreq
from conftest import SEEDS, run_search_in_node
from lunr_index.aliases import AliasTable
from lunr_index.french import analyse, prefix_term, tokenize
from lunr_index.index import index_from_term_files
from lunr_index.phrases import smallest_span
from lunr_index.query import explain, search, term_keys

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
    # Phrases: words next to each other rank first; quotes keep only the phrase.
    '"faux drapeau"', "drapeau faux ", "« armes chimiques »", '"ministre de la Défense"',
    'Russie "guerre hybride', "“dissuasion nucléaire” OTAN ", '"nucléaire russe" ',
    # Right forms only the archive's corrections give (the "corrections" field).
    "GCHQ", "gchq ", "Cavo Dragone ", "Comité d’enquête", "troupes occidentales ", "Bretton-Gordon",
    # Lunr syntax means nothing; hostile input is only words (or nothing).
    "title:otan", "otan~2", "otan^10", "+russie -otan", '"unbalanced', "*", "\\", "a" * 600,
]  # fmt: skip

# Other names (content/names.yml): other languages and spellings, multi-word forms, forms
# that are common words (expanded only with their capitals), mixed with other words.
ALIAS_QUERIES = [
    "NATO", "NATO ", "nato ", "Nato sabotage ", "Kyiv", "Kyiv ", "kyïv ", "Kiev ", "Київ ",
    "Alliance ", "alliance ", "l'Alliance ", "L’Alliance", "ALLIANCE ", "Alliance atlantique ",
    "alliance atlantique", "Organisation du traité de l'Atlantique nord ",
    "organisation traité atlantique nord ", "US ", "us ", "US", "UN ", "un ", "EU ", "USA ",
    "United States ", "Russia ", "Moscow ", "GCHQ ", "QCHQ ", "Kyiv Stoltenberg ",
    "sommet NATO Bruxelles ", "Brussels NATO", "Kyiv OTAN armes", "États-Unis Kyiv ",
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


def read_json(path):
    return json.loads(path.read_text(encoding="utf-8"))


def term_files(manifest_path, keys=None) -> list[dict]:
    """The term files of the built site (those of some keys only, if given)."""
    manifest = read_json(manifest_path)
    wanted = manifest["terms"] if keys is None else keys
    return [
        read_json(manifest_path.parent / "termes" / f"{manifest['terms'][key]}.json")
        for key in wanted
        if key in manifest["terms"]
    ]


@pytest.fixture(scope="module")
def manifest(site):
    return site / "recherche" / "index.json"


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
        "queries": QUERIES + random_queries() + ALIAS_QUERIES,
        "raw": RAW_QUERIES,
        "proximity": random_positions(),
        "explained": ALIAS_QUERIES,
    }
    return request, run_search_in_node(request)


@pytest.fixture(scope="module")
def python_index(manifest):
    """The index of the whole archive, rebuilt from every term file."""
    return index_from_term_files(read_json(manifest), term_files(manifest))


def random_positions(count: int = 300) -> list:
    rng = random.Random(7)
    return [
        [sorted(rng.sample(range(40), rng.randint(1, 6))) for _ in range(rng.randint(2, 4))]
        for _ in range(count)
    ]


@pytest.fixture(scope="module")
def aliases(manifest) -> AliasTable:
    """The other names the built site's index.json carries."""
    return AliasTable.from_json(json.loads(manifest.read_text(encoding="utf-8"))["aliases"])


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


def test_both_return_the_same_results_in_the_same_order(node_answer, python_index, aliases):
    """The browser, with only the term files each query needs, ranks as Python's whole index."""
    _request, answer = node_answer
    found_something = 0
    queries = QUERIES + random_queries() + ALIAS_QUERIES
    for query, theirs in zip(queries, answer["searches"], strict=True):
        mine = search(python_index, query, aliases)
        assert [ref for ref, _ in theirs] == [ref for ref, _ in mine], query
        assert [score for _, score in theirs] == pytest.approx([s for _, s in mine]), query
        found_something += bool(mine)
    assert found_something >= 35, "most queries should find something on the five seeds"
    assert answer["searches"][QUERIES.index("GCHQ")], "a correction's right form finds its article"


def test_both_expand_other_names_alike_and_say_so_alike(node_answer, python_index, aliases):
    _request, answer = node_answer
    expanded = 0
    for query, theirs in zip(ALIAS_QUERIES, answer["explained"], strict=True):
        mine = explain(python_index, query, aliases)
        mine = {ref: [[word, list(forms)] for word, forms in why] for ref, why in mine.items()}
        assert theirs == mine, query
        expanded += any(mine.values())
    assert expanded >= 20, "most of these queries should find an article by another name"


def test_lunr_query_syntax_gives_the_same_results(node_answer, python_index):
    _request, answer = node_answer
    for query, theirs in zip(RAW_QUERIES, answer["raw"], strict=True):
        mine = [(r["ref"], r["score"]) for r in python_index.search(query)]
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
    results = [[ref for ref, _ in search(python_index, query)] for query in variants]
    assert results[0], variants[0]
    assert all(result == results[0] for result in results), dict(
        zip(variants, results, strict=True)
    )


@pytest.mark.parametrize(
    ("variants"),
    [
        ("Kyiv ", "Kiev ", "kyïv ", "Київ "),
        ("NATO ", "OTAN ", "nato ", "Alliance atlantique ", "organisation traité atlantique nord "),
        ("US ", "États-Unis ", "USA ", "United States "),
    ],
)
def test_every_form_of_a_name_finds_the_same_articles(python_index, aliases, variants):
    results = [{ref for ref, _ in search(python_index, q, aliases)} for q in variants]
    assert results[0], variants[0]
    assert all(result == results[0] for result in results), dict(
        zip(variants, results, strict=True)
    )


def test_both_fetch_the_same_term_files(node_answer, aliases):
    request, answer = node_answer
    for query, keys in zip(request["queries"], answer["keys"], strict=True):
        assert keys == sorted(term_keys(query, aliases)), query


def test_the_term_files_of_a_query_score_as_the_whole_index(manifest, python_index, aliases):
    """An index of only the files a query needs gives the whole index's results and scores."""
    for query in QUERIES + random_queries(100) + ALIAS_QUERIES:
        keys = term_keys(query, aliases)
        partial = index_from_term_files(read_json(manifest), term_files(manifest, keys))
        assert search(partial, query, aliases) == search(python_index, query, aliases), query


def test_both_measure_the_same_spans(node_answer):
    request, answer = node_answer
    assert answer["proximity"] == [smallest_span(lists) for lists in request["proximity"]]
