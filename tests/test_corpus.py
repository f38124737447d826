"""The cleaner over the whole corpus: the five seeds and the scenario fixtures of other sites.

Each case has an expectation (tests/fixtures/expected/<name>.yml) written by reading the
file: the class of every line and the metadata a careful reader would extract; every case
must match exactly. (Quality measured on pages written by someone else, with floors, is
tests/test_eval.py.)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from conftest import FIXTURES, SEEDS
from person_pages.detect import people_in_article
from seed_reader.model import Kind
from seed_reader.pipeline import clean_seed
from seed_reader.tools.evaluate import same_person

EXPECTED = FIXTURES / "expected"
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
    # Newer expectations also say which site the page names.
    if "site" in case.expected:
        assert fold(article.metadata.site) == fold(case.expected["site"]), "site"
    assert [fold(h) for h in article.headings] == [fold(h) for h in case.expected["headings"]]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_no_removed_line_is_text_the_expectation_keeps(case):
    # The worst error of a cleaner, reported on its own: article text lost.
    kept = {n for n, kind in case.expected_kinds.items() if kind in {Kind.PARAGRAPH, Kind.HEADING}}
    lost = sorted(n for n, kind in actual_kinds(case).items() if kind is Kind.REMOVED and n in kept)
    assert not lost, f"{case.name}: article lines removed: {lost}"


PEOPLE_CASES = [case for case in CASES if case.expected.get("not_people")]


@pytest.mark.parametrize("case", PEOPLE_CASES, ids=lambda case: case.name)
def test_names_found_only_in_removed_lines_are_not_people_of_the_article(case):
    article = clean_seed(case.seed.read_bytes(), case.seed.name)
    found = people_in_article(article)
    wrong = [
        name for name in found for other in case.expected["not_people"] if same_person(name, other)
    ]
    assert not wrong, f"{case.name}: {wrong} are named only in removed lines"
