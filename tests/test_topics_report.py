"""Articles no topic reaches: the build warns about each and counts them, and
`make topics-report` lists them with their distinctive lemmas and the closest topics.

The scenario seeds (tests/fixtures/topics/) are invented: a village soup contest that no
topic is about, and a flood that « Climat et environnement » must reach.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from conftest import FIXTURES, ROOT, make
from french_nlp import lemmas
from seed_reader.tools.folder import clean_folder
from topic_tags.report import distinctive_lemmas, find_untopical, format_report, main
from topic_tags.topics import assign_topics, lemmatised_signals, load_topics

SCENARIOS = FIXTURES / "topics"
UNTOPICAL = "concours_de_soupes_sans_sujet.txt"
FLOOD = "crue_de_la_riviere_climat.txt"
NOTES = ROOT / "content" / "notes"
TOPICS = lemmatised_signals(load_topics(ROOT / "content" / "topics.yml"), lemmas)


@pytest.fixture(scope="module")
def scenarios():
    return {article.seed: article for article in clean_folder(SCENARIOS, NOTES)}


def test_the_flood_reaches_climate_and_no_nato_topic(scenarios):
    chosen = assign_topics(lemmas(scenarios[FLOOD].text), TOPICS)
    assert [topic.id for topic in chosen] == ["climat-environnement"]


def test_the_soup_contest_reaches_no_topic(scenarios):
    assert assign_topics(lemmas(scenarios[UNTOPICAL].text), TOPICS) == []


def test_the_report_lists_it_with_its_lemmas_and_the_closest_topics(scenarios):
    (found,) = find_untopical(list(scenarios.values()), TOPICS)
    assert found.seed == UNTOPICAL
    assert found.title == "Saint-Aubin-des-Prés couronne sa meilleure soupe au potiron"
    lemmas_found = {lemma: count for lemma, _form, count in found.lemmas}
    # The words of its subject, with their counts in the cleaned body...
    assert lemmas_found["soupe"] == 4 and lemmas_found["potiron"] == 2
    # ...and no common French word, whatever its count.
    assert not {"le", "de", "être", "avoir", "un", "son"} & set(lemmas_found)
    # « réunion » (a signal of the summits topic) is its only signal: 1 of 5.
    (closest,) = found.closest
    assert closest.topic.id == "sommets-reunions-otan"
    assert (closest.score, closest.topic.threshold) == (1, 5)
    assert closest.matches == (("réunion", 1, 1.0),)
    report = format_report([found], 2, SCENARIOS, ROOT / "content" / "topics.yml")
    assert report.startswith(f"1 of 2 articles of {SCENARIOS} reach no topic")
    assert f"## {UNTOPICAL}: {found.title} ({found.words} words)" in report
    assert "distinctive lemmas: soupe (soupes) 4, " in report
    assert "sommets-reunions-otan (Sommets et réunions de l’OTAN): 1 of 5 — réunion ×1" in report


def test_a_topic_added_by_the_notes_takes_the_article_off_the_report(tmp_path):
    (tmp_path / UNTOPICAL.replace(".txt", ".yml")).write_text("topics_add: [cyber]\n", "utf-8")
    assert find_untopical(clean_folder(SCENARIOS, tmp_path), TOPICS) == []


def test_distinctive_lemmas_weigh_counts_against_the_other_documents():
    # "tracteur" and "moisson" occur as often; only "moisson" is in another document.
    document = "tracteur tracteur moisson moisson le le le le".split()
    frequency = Counter({"tracteur": 1, "moisson": 2, "le": 2})
    ranked = distinctive_lemmas(document, document, frequency, 2, 10)
    assert [lemma for lemma, _form, _count in ranked] == ["tracteur", "moisson"]


def test_the_json_report_says_the_same(capsys):
    assert main(["report", "--seeds", str(SCENARIOS), "--notes-dir", str(NOTES), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles"] == 2
    (found,) = data["untopical"]
    assert found["seed"] == UNTOPICAL
    assert {"lemma": "soupe", "form": "soupes", "count": 4} in found["lemmas"]
    assert found["closest"][0]["id"] == "sommets-reunions-otan"
    assert found["closest"][0]["signals"] == [{"signal": "réunion", "count": 1, "weight": 1.0}]


@pytest.mark.build
def test_the_build_warns_about_each_article_with_no_topic_and_counts_them(tmp_path):
    result = make("html", f"SEEDS={SCENARIOS}", f"OUTPUTDIR={tmp_path / 'output'}", "STRICT=1")
    log = result.stdout + result.stderr
    assert (
        f"{UNTOPICAL}: no topic reaches its threshold (closest: sommets-reunions-otan 1/5)" in log
    )
    assert f"{FLOOD}: no topic" not in log
    assert "1 of 2 articles have no topic: make topics-report lists" in log
    records = json.loads((tmp_path / "output" / "data" / "articles.json").read_text("utf-8"))
    topics = {record["seed"]: [t["name"] for t in record["topics"]] for record in records}
    assert topics == {FLOOD: ["Climat et environnement"], UNTOPICAL: []}


@pytest.mark.build
def test_a_build_where_every_article_has_a_topic_says_nothing(tmp_path):
    result = make("html", f"SEEDS={ROOT / 'seeds'}", f"OUTPUTDIR={tmp_path / 'output'}")
    assert "no topic" not in result.stdout + result.stderr


def test_make_topics_report_runs_on_a_seed_folder():
    result = make("topics-report", f"SEEDS={SCENARIOS}")
    assert f"1 of 2 articles of {SCENARIOS} reach no topic" in result.stdout
    assert f"## {UNTOPICAL}" in result.stdout
