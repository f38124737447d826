"""Topics: the taxonomy, the scoring of signals over lemmas, and the notes' corrections."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from french_nlp import lemmas
from seed_reader.notes import load_notes
from seed_reader.pipeline import clean_seed
from seed_reader.tools.folder import clean_folder
from topic_tags.topics import (
    Topic,
    TopicsError,
    assign_topics,
    closest_topics,
    lemmatised_signals,
    load_topics,
    match_signals,
    score_topics,
)

TOPICS = lemmatised_signals(load_topics(ROOT / "content" / "topics.yml"), lemmas)


def seed_lemmas(path):
    notes = load_notes(ROOT / "content" / "notes" / f"{path.stem}.yml")
    return lemmas(clean_seed(path.read_bytes(), path.name, notes).text)


@pytest.fixture(scope="module")
def assigned():
    return {
        path.stem: {topic.id for topic in assign_topics(seed_lemmas(path), TOPICS)}
        for path in sorted(SEEDS.glob("*.txt"))
    }


def test_every_article_has_a_topic(assigned):
    assert all(assigned.values()), assigned


@pytest.mark.parametrize(
    ("stem", "must_have", "must_not_have"),
    [
        ("000_3266c0aab6a9f924", {"cyber"}, {"armes-chimiques-biologiques"}),
        ("001_fc6603722119a494", {"sabotage-guerre-hybride"}, {"dissuasion-nucleaire"}),
        ("002_08b93576269eaa7e", {"dissuasion-nucleaire"}, {"cyber"}),
        (
            "003_eb3f572a44316ad6",
            {"armes-chimiques-biologiques", "faux-drapeau-desinformation"},
            {"cyber"},
        ),
        ("004_45da432d08c8721d", {"dissuasion-nucleaire"}, {"sabotage-guerre-hybride"}),
    ],
)
def test_articles_get_the_topics_they_are_about(assigned, stem, must_have, must_not_have):
    assert must_have <= assigned[stem]
    assert not must_not_have & assigned[stem]


TOY = (
    Topic("nuc", "Nucléaire", "d", 3, (("nucléaire", 1.0), ("arme nucléaire", 2.0))),
    Topic("cyb", "Cyber", "d", 2, (("cyberattaque", 2.0),)),
)


def test_scores_sum_weighted_words_and_whole_phrases():
    words = "le arme nucléaire être un arme nucléaire et nucléaire".split()
    assert score_topics(words, TOY) == {"nuc": 3 * 1.0 + 2 * 2.0, "cyb": 0}
    # A phrase counts only as whole words: "armes" is not "arme".
    assert score_topics("armes nucléaires".split(), TOY)["nuc"] == 0


def test_matches_name_each_signal_found_and_closest_topics_rank_by_share_of_threshold():
    words = "le arme nucléaire et un cyberattaque".split()
    nuc, cyb = match_signals(words, TOY)
    assert nuc.matches == (("nucléaire", 1, 1.0), ("arme nucléaire", 1, 2.0))
    assert (nuc.score, nuc.reached, cyb.score, cyb.reached) == (3.0, True, 2.0, True)
    # nuc: 3 of 3, cyb: 2 of 2 (a tie keeps the file's order); a topic with no signal
    # found is never among the closest.
    assert [s.topic.id for s in closest_topics([nuc, cyb], 2)] == ["nuc", "cyb"]
    assert [s.topic.id for s in closest_topics(match_signals(["nucléaire"], TOY), 2)] == ["nuc"]


def test_threshold_then_notes_add_and_remove_by_id_or_name():
    words = "cyberattaque".split()
    assert [t.id for t in assign_topics(words, TOY)] == ["cyb"]
    assert [t.id for t in assign_topics(words, TOY, add=["Nucléaire"])] == ["nuc", "cyb"]
    assert [t.id for t in assign_topics(words, TOY, remove=["cyb"])] == []


def test_the_taxonomy_is_complete():
    for topic in TOPICS:
        assert topic.name and topic.description and topic.signals and topic.threshold > 0
    assert len({topic.id for topic in TOPICS}) == len(TOPICS)


def test_a_bad_topics_file_is_an_error_naming_it(tmp_path):
    path = tmp_path / "topics.yml"
    path.write_text("- id: x\n  name: X\n", encoding="utf-8")
    with pytest.raises(TopicsError) as error:
        load_topics(path)
    assert str(path) in str(error.value)


# The development sets of the cleaner (pages on NATO and the war; real pages on many
# subjects): every page must reach a topic, and every topic some page of the archive.
EVALSET = Path(os.environ.get("EVALSET", ROOT.parent / "shared" / "cleaning-dev"))
REALPAGES = ROOT.parent / "shared" / "realpages-dev"


def topics_of_folder(folder: Path) -> dict[str, set[str]]:
    """The topics of every page of a seed folder, cleaned as the build cleans it."""
    return {
        article.seed: {topic.id for topic in assign_topics(lemmas(article.text), TOPICS)}
        for article in clean_folder(folder, ROOT / "content" / "notes")
    }


PROJECT_SET = ROOT / "tests" / "fixtures" / "eval"


@pytest.fixture(scope="module")
def project_set() -> dict[str, set[str]]:
    return topics_of_folder(PROJECT_SET / "seeds")


@pytest.fixture(scope="module")
def cleaning_dev() -> dict[str, set[str]]:
    if not (EVALSET / "seeds").is_dir():
        pytest.skip(f"{EVALSET} is absent: the shared sets sit beside the checkout, not in it")
    return topics_of_folder(EVALSET / "seeds")


@pytest.fixture(scope="module")
def realpages() -> dict[str, set[str]]:
    if not (REALPAGES / "seeds").is_dir():
        pytest.skip(f"no real pages at {REALPAGES}")
    return topics_of_folder(REALPAGES / "seeds")


def test_every_page_of_the_cleaning_development_set_has_a_topic(cleaning_dev):
    assert len(cleaning_dev) >= 18
    assert not [seed for seed, topics in cleaning_dev.items() if not topics]


def test_every_real_page_has_a_topic(realpages):
    assert len(realpages) >= 13
    assert not [seed for seed, topics in realpages.items() if not topics]


def test_every_page_of_the_projects_labelled_set_has_a_topic(project_set):
    assert len(project_set) >= 24
    assert not [seed for seed, topics in project_set.items() if not topics]


def test_every_topic_reaches_a_page_of_the_seeds_or_the_development_sets(assigned, project_set):
    # Some general topics (health, sport...) are reached only by the real pages' subjects.
    shared = [folder / "seeds" for folder in (EVALSET, REALPAGES)]
    if not all(folder.is_dir() for folder in shared):
        pytest.skip("the shared sets are absent: they sit beside the checkout, not in it")
    pages = [assigned, project_set, *(topics_of_folder(folder) for folder in shared)]
    reached = set().union(*(topics for found in pages for topics in found.values()))
    assert reached == {topic.id for topic in TOPICS}
