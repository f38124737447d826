"""The French model as the build uses it: only the components lemmas need, batched, any length."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, ROOT, SEEDS
from french_nlp import LEMMAS, lemmas_of, lemmatize, load_model, split_text
from seed_reader.model import SeedError
from seed_reader.notes import load_notes
from seed_reader.pipeline import clean_seed
from topic_tags.topics import assign_topics, load_topics

TOPICS = load_topics(ROOT / "content" / "topics.yml")


def cleaned_texts() -> dict[str, str]:
    """The cleaned body of every seed and every fixture seed."""
    texts = {}
    for path in sorted(SEEDS.glob("*.txt")):
        notes = load_notes(ROOT / "content" / "notes" / f"{path.stem}.yml")
        texts[path.name] = clean_seed(path.read_bytes(), path.name, notes).text
    for path in sorted((FIXTURES / "seeds").glob("*.txt")):
        try:
            texts[f"fixture/{path.name}"] = clean_seed(path.read_bytes(), path.name).text
        except SeedError:
            continue
    return texts


@pytest.fixture(scope="module")
def both_ways():
    """Lemmas of every text by the whole pipeline one text at a time, and as the build does."""
    texts = cleaned_texts()
    whole = load_model()
    one_by_one = {name: lemmas_of(whole(text)) for name, text in texts.items()}
    batched = dict(zip(texts, lemmatize(texts.values()), strict=True))
    return one_by_one, batched


def test_the_parser_and_entities_are_not_loaded_for_lemmas():
    names = load_model(LEMMAS).pipe_names
    assert "parser" not in names and "ner" not in names
    assert {"tok2vec", "morphologizer", "lemmatizer"} <= set(names)


def test_lemmas_are_the_whole_pipelines_on_every_seed_and_fixture(both_ways):
    one_by_one, batched = both_ways
    assert len(batched) >= 20
    differing = [name for name in one_by_one if one_by_one[name] != batched[name]]
    assert not differing


def test_topics_are_the_same_on_every_seed_and_fixture(both_ways):
    one_by_one, batched = both_ways

    def topics(lemmas):
        return [topic.id for topic in assign_topics(lemmas, TOPICS)]

    expected = {name: topics(lemmas) for name, lemmas in one_by_one.items()}
    assert {name: topics(lemmas) for name, lemmas in batched.items()} == expected


@pytest.mark.parametrize(
    ("text", "limit", "pieces"),
    [
        ("court", 10, ["court"]),
        ("un deux\n\ntrois quatre\n\ncinq", 13, ["un deux", "trois quatre", "cinq"]),
        ("un deux\n\ntrois\n\ncinq", 14, ["un deux\n\ntrois", "cinq"]),
        # A paragraph too long is cut at its lines, then at spaces.
        ("un\n\ndeux trois\nquatre", 8, ["un", "deux", "trois", "quatre"]),
        ("un deux trois quatre", 9, ["un deux", "trois", "quatre"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
    ],
)
def test_long_texts_are_cut_at_the_widest_boundary(text, limit, pieces):
    assert split_text(text, limit) == pieces
    assert all(len(piece) <= limit for piece in split_text(text, limit))


def test_a_text_longer_than_the_model_accepts_is_lemmatised_in_pieces(monkeypatch):
    nlp = load_model(LEMMAS)
    paragraph = "Les ministres de la Défense se réunissent à Bruxelles."
    text = "\n\n".join([paragraph] * 30 + ["Les cyberattaques russes inquiètent l’OTAN."])
    monkeypatch.setattr(nlp, "max_length", 200)  # the pieces must fit below it
    with pytest.raises(ValueError, match="max_length"):
        nlp(text)
    (lemmas,) = lemmatize([text])
    assert lemmas.count("ministre") == 30
    assert lemmas[-6:-2] == ["le", "cyberattaque", "russe", "inquiéter"]
    assert lemmas[-1] == "otan"
