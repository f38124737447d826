"""The cleaner over the whole corpus: the five seeds and the scenario fixtures of other sites.

Each case has an expectation (tests/fixtures/expected/<name>.yml) written by reading the
file: the class of every line and the metadata a careful reader would extract. Precision
and recall of kept and removed lines are printed and held to floors that may only rise
(tests/corpus_floors.json); every case must also match exactly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from conftest import FIXTURES, SEEDS
from seed_reader.model import Kind
from seed_reader.pipeline import clean_seed

EXPECTED = FIXTURES / "expected"
FLOORS = json.loads((Path(__file__).parent / "corpus_floors.json").read_text())
METADATA_FIELDS = (
    "title", "author", "translator", "source_credit", "original_title", "original_language",
    "date", "date_precision",
)  # fmt: skip
KIND_OF_LIST = {
    "body_lines": Kind.PARAGRAPH,
    "heading_lines": Kind.HEADING,
    "metadata_lines": Kind.METADATA,
    "removed_lines": Kind.REMOVED,
}


def fold(value):
    """Compare texts whatever their spaces (the source's non-breaking ones included)."""
    return " ".join(value.split()) if isinstance(value, str) else value


@dataclass(frozen=True)
class Case:
    name: str
    seed: Path
    expected: dict

    @property
    def expected_kinds(self) -> dict[int, Kind]:
        kinds = {}
        for key, kind in KIND_OF_LIST.items():
            for number in self.expected[key]:
                assert number not in kinds, f"{self.name}: line {number} listed twice"
                kinds[number] = kind
        return kinds


def load_cases() -> list[Case]:
    cases = []
    for path in sorted(EXPECTED.glob("*.yml")):
        seed = SEEDS / f"{path.stem}.txt"
        if not seed.exists():
            seed = FIXTURES / "seeds" / f"{path.stem}.txt"
        cases.append(Case(path.stem, seed, yaml.safe_load(path.read_text(encoding="utf-8"))))
    return cases


CASES = load_cases()
SEED_CASES = [case for case in CASES if case.seed.parent == SEEDS]


def actual_kinds(case: Case) -> dict[int, Kind]:
    article = clean_seed(case.seed.read_bytes(), case.seed.name)
    return {line.number: line.kind for line in article.lines if line.kind is not Kind.BLANK}


def test_every_seed_has_an_expectation():
    assert {case.name for case in SEED_CASES} == {path.stem for path in SEEDS.glob("*.txt")}


def test_every_fixture_has_an_expectation():
    fixtures = {path.stem for path in (FIXTURES / "seeds").glob("*.txt")}
    missing = fixtures - {case.name for case in CASES} - {"title_then_paragraphs"}
    assert not missing


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_every_line_gets_its_expected_class(case):
    expected = case.expected_kinds
    actual = actual_kinds(case)
    assert set(actual) == set(expected), f"{case.name}: expectation misses non-blank lines"
    wrong = {n: (actual[n].value, expected[n].value) for n in actual if actual[n] != expected[n]}
    assert not wrong, f"{case.name}: line -> (actual, expected): {wrong}"


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_metadata_and_headings_are_extracted(case):
    article = clean_seed(case.seed.read_bytes(), case.seed.name)
    for field in METADATA_FIELDS:
        assert fold(getattr(article.metadata, field)) == fold(case.expected[field]), field
    assert [fold(h) for h in article.headings] == [fold(h) for h in case.expected["headings"]]


def measure(cases: list[Case]) -> dict[str, float]:
    """Precision and recall of kept (body) and removed lines, and metadata accuracy."""
    counts = {"kept": [0, 0, 0], "removed": [0, 0, 0]}  # true positives, predicted, actual
    fields_right = fields_total = 0
    for case in cases:
        expected, actual = case.expected_kinds, actual_kinds(case)
        for label, kinds in (("kept", {Kind.PARAGRAPH, Kind.HEADING}), ("removed", {Kind.REMOVED})):
            predicted = {n for n, kind in actual.items() if kind in kinds}
            truth = {n for n, kind in expected.items() if kind in kinds}
            counts[label][0] += len(predicted & truth)
            counts[label][1] += len(predicted)
            counts[label][2] += len(truth)
        article = clean_seed(case.seed.read_bytes(), case.seed.name)
        for field in METADATA_FIELDS:
            fields_total += 1
            fields_right += fold(getattr(article.metadata, field)) == fold(case.expected[field])
    scores = {}
    for label, (hits, predicted, truth) in counts.items():
        scores[f"{label}_precision"] = hits / predicted if predicted else 1.0
        scores[f"{label}_recall"] = hits / truth if truth else 1.0
    scores["metadata_accuracy"] = fields_right / fields_total
    return scores


@pytest.mark.parametrize(
    "subset", ["seeds", "all"], ids=["the five seeds", "seeds and fixtures of other sites"]
)
def test_corpus_quality_holds_its_floors(subset, capsys):
    cases = SEED_CASES if subset == "seeds" else CASES
    scores = measure(cases)
    with capsys.disabled():
        print(
            f"\ncorpus quality ({subset}, {len(cases)} files): "
            + ", ".join(f"{name} {value:.3f}" for name, value in sorted(scores.items()))
        )
    floors = {name: 1.0 for name in FLOORS} if subset == "seeds" else FLOORS
    below = {name: scores[name] for name, floor in floors.items() if scores[name] < floor}
    assert not below, f"below the floor: {below}"
