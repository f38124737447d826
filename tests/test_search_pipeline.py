"""The French analysis of the search index (plugins/lunr_index/french.py) and query meaning."""

from __future__ import annotations

import pytest
from conftest import SEEDS
from hypothesis import given
from hypothesis import strategies as st
from lunr.tokenizer import Tokenizer
from lunr_index.documents import SearchDocument
from lunr_index.french import (
    STOP_WORDS,
    analyse,
    fold,
    french_pipeline,
    strip_elision,
    terms,
    tokenize,
)
from lunr_index.index import build_index
from lunr_index.phrases import smallest_span
from lunr_index.query import MAX_WORDS, completions, is_typing, parse, search


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("l’OTAN, d’armes nucléaires.", ["l’otan", "d’armes", "nucléaires"]),
        ("États-Unis", ["états", "unis"]),
        ("«\u202fpréventives\u202f»", ["préventives"]),
        ("UE/OTAN (2022)", ["ue", "otan", "2022"]),
        ("3\u202f000 soldats", ["3", "000", "soldats"]),
        ("title:otan~2 ^3 +a -b *", ["title", "otan", "2", "3", "a", "b"]),
        ("Ukraine_Russie", ["ukraine", "russie"]),
        # A decomposed accent (e + U+0301) is composed first, so the word stays whole.
        ("se\u0301curite\u0301", ["sécurité"]),
    ],
)
def test_tokenize_splits_on_everything_but_letters_digits_and_apostrophes(text, tokens):
    assert tokenize(text) == tokens


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("l’otan", "otan"),
        ("l'otan", "otan"),
        ("d’armes", "armes"),
        ("qu’il", "il"),
        ("jusqu’à", "à"),
        ("lorsqu’on", "on"),
        ("aujourd’hui", "aujourd’hui"),
        ("aujourd'hui", "aujourd’hui"),
        ("‘guillemets’", "guillemets"),
        ("l’", "l"),
        ("’", ""),
    ],
)
def test_strip_elision(word, expected):
    assert strip_elision(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("nucléaire", "nucleaire"), ("choïgou", "choigou"), ("cœur", "coeur"), ("ça", "ca")],
)
def test_fold_removes_accents_and_expands_ligatures(word, expected):
    assert fold(word) == expected


@pytest.mark.parametrize(
    ("variants"),
    [
        ("nucléaire", "nucleaire", "nucléaires", "NUCLÉAIRE"),
        ("Choïgou", "Choigou", "choïgou"),
        ("sécurité", "securite", "Sécurité"),
        ("l’OTAN", "OTAN", "l'otan", "d’OTAN"),
        ("armes", "arme", "d’armes"),
        ("menaces", "menace"),
        ("cœur", "coeur"),
    ],
)
def test_variants_a_reader_types_share_one_index_term(variants):
    assert len({analyse(word.lower()) for word in variants}) == 1, [
        analyse(w.lower()) for w in variants
    ]


@given(st.text(alphabet=st.sampled_from("aàeéïœ’'- lLdD’OTANstu\u0301\u202f,.")))
def test_the_build_analyses_words_as_lunrs_pipeline_does(text):
    """french.terms (the build's shortcut, a word at a time) equals the lunr pipeline run."""
    pipeline = french_pipeline()
    assert terms(text) == [str(term) for term in pipeline.run(Tokenizer(tokenize(text)))]


def test_the_build_analyses_every_seed_as_lunrs_pipeline_does():
    pipeline = french_pipeline()
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert terms(text) == [str(term) for term in pipeline.run(Tokenizer(tokenize(text)))]


def test_stop_words_are_dropped_but_east_and_planes_are_kept():
    assert terms("les avions de l’est de la Russie") == ["avion", "est", "russ"]
    assert {"les", "de", "la", "ete", "a"} <= STOP_WORDS
    assert all(word == fold(word) for word in STOP_WORDS), "stop words must be folded"


# A small index: what ranks where, and what a query means.


def document(title: str, body: str, people: tuple[str, ...] = ()) -> SearchDocument:
    return SearchDocument(url=title, kind="article", title=title, body=body, people=people)


@pytest.fixture(scope="module")
def small_index():
    documents = [
        document("Sabotages en mer Baltique", "La marine surveille les câbles."),
        document("Exercice", "L’OTAN lance un exercice nucléaire, dit Jens Stoltenberg."),
        document(
            "Sommet de Vilnius", "Le secrétaire général a parlé.", people=("Jens Stoltenberg",)
        ),
        document("Les chevaux de la Russie", "Armes chimiques et russes à l’est de l’Ukraine."),
    ]
    return build_index(documents)


def refs(results) -> list[str]:
    return [ref for ref, _score in results]


def test_a_title_match_ranks_above_a_passing_mention(small_index):
    assert refs(search(small_index, "sabotage câble "))[:1] == ["0"]
    assert refs(search(small_index, "exercice "))[0] == "1"


def test_a_person_match_ranks_above_a_body_mention(small_index):
    assert refs(search(small_index, "Stoltenberg ")) == ["2", "1"]


def test_every_word_must_match(small_index):
    assert refs(search(small_index, "nucléaire Baltique ")) == []
    assert refs(search(small_index, "nucléaire exercice ")) == ["1"]


def test_accents_elisions_and_plurals_are_ignored(small_index):
    expected = refs(search(small_index, "exercice nucléaire "))
    assert expected == ["1"]
    for query in ["exercices nucleaires ", "l’exercice NUCLÉAIRE ", "d'exercice nucleaire "]:
        assert refs(search(small_index, query)) == expected, query


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Stolten", ["2", "1"]),
        ("stol", ["2", "1"]),
        ("nucl", ["1"]),
        ("nucléaire", ["1"]),  # typed whole, without the space yet
        ("Russi", ["3"]),  # runs past the stem "russ" of "Russie"
        ("chevaux", ["3"]),  # whose stem "cheval" does not start with "chevaux"
        ("l’Ukr", ["3"]),
    ],
)
def test_the_word_being_typed_matches_as_a_prefix(small_index, typed, expected):
    assert refs(search(small_index, typed)) == expected


def test_a_finished_word_is_not_a_prefix(small_index):
    assert refs(search(small_index, "Stolten ")) == []


def test_a_stop_word_being_typed_counts_only_alone(small_index):
    vocabulary = sorted(small_index.inverted_index)
    assert [w.text for w in parse("câbles sur", vocabulary)] == ["câbles"]
    # "sur" alone may be the start of a word ("surveille")
    assert parse("sur", vocabulary)[0].terms == ("surveil",)


def test_beginnings_shorter_than_three_letters_are_not_completed(small_index):
    vocabulary = sorted(small_index.inverted_index)
    assert parse("câ", vocabulary)[0].terms == ()
    assert parse("câb", vocabulary)[0].terms == ("cabl",)


def test_typing_is_told_by_the_last_character():
    assert is_typing("otan")
    assert not is_typing("otan ")
    assert not is_typing("otan,")
    assert not is_typing("")


def test_completions_need_three_letters_and_are_bounded(small_index):
    vocabulary = sorted(small_index.inverted_index)
    assert completions("se", vocabulary) == ()
    assert set(completions("sec", vocabulary)) == {t for t in vocabulary if t.startswith("sec")}
    many = [f"mot{i:04d}" for i in range(500)]
    assert len(completions("mot", many)) == 100


def test_a_query_has_at_most_a_dozen_words():
    assert len(parse(" ".join(f"mot{i}" for i in range(50)) + " ", [])) == MAX_WORDS


@given(st.text(max_size=400))
def test_any_query_is_safe(small_index, text):
    for ref, score in search(small_index, text):
        assert ref in {"0", "1", "2", "3"}
        assert score > 0


@given(st.text(alphabet=":~^*+-\"'’ \\()[]{}<>", max_size=60))
def test_lunr_syntax_means_nothing(small_index, text):
    assert search(small_index, text) == []


# Word order: phrases and proximity (query.py's proximity, from the positions the index keeps).


@pytest.fixture(scope="module")
def phrase_index():
    documents = [
        # Both words, many times, never together: the better BM25 score.
        document(
            "Bombes",
            "Une bombe, une autre bombe, encore une bombe et des bombes. "
            "Plus loin, dans un autre quartier, une rue sale.",
        ),
        document("Menace", "Les services redoutent une bombe sale dans la capitale."),
        document("Proches", "La sale affaire de la bombe."),
    ]
    return build_index(documents)


def test_words_next_to_each_other_rank_first_then_near_then_scattered(phrase_index):
    assert refs(search(phrase_index, "bombe sale ")) == ["1", "2", "0"]
    # Stop words do not break a phrase: positions count index terms.
    assert refs(search(phrase_index, "bombe de sale "))[:1] == ["1"]


def test_quotes_keep_only_the_phrase(phrase_index):
    assert refs(search(phrase_index, '"bombe sale"')) == ["1"]
    assert refs(search(phrase_index, "« bombe sale »")) == ["1"]
    assert refs(search(phrase_index, '"sale bombe"')) == []
    # An open quote runs to the end, the word being typed included.
    assert refs(search(phrase_index, '"bombe sal')) == ["1"]


def test_the_narrowest_span_holds_one_position_of_each_word():
    assert smallest_span([[0, 10], [12], [9, 30]]) == 3
    assert smallest_span([[5], [5]]) == 0
    assert smallest_span([[1], []]) == -1
