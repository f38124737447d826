"""Nothing is lost: every line of every seed is body, metadata, removed (with a reason) or blank."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from seed_reader.decode import decode_bytes
from seed_reader.lines import to_lines
from seed_reader.model import Kind, SeedError
from seed_reader.pipeline import clean_seed
from seed_reader.reasons import REMOVAL_REASONS
from seed_reader.repair import INVISIBLE_RE

ALL_SEEDS = sorted(SEEDS.glob("*.txt")) + sorted((FIXTURES / "seeds").glob("*.txt"))


def assert_nothing_lost(raw: bytes, article) -> None:
    text, _ = decode_bytes(raw, "seed")
    source = [line.text for line in to_lines(text)]
    # Body, metadata, removed and blank lines, taken in order, give back the seed.
    assert [line.text for line in article.lines] == source
    assert [line.number for line in article.lines] == list(range(1, len(source) + 1))
    for line in article.lines:
        assert line.reason, line
        if line.kind is Kind.REMOVED:
            assert line.reason in REMOVAL_REASONS, line.reason
        if line.kind is Kind.METADATA:
            assert line.field, line
        if line.kind is Kind.BLANK:
            assert not line.text.strip()
    # Every body line with visible text gives one block, and every block comes
    # from one such line (a line of invisible characters only has nothing to show).
    body_numbers = [
        line.number
        for line in article.lines
        if line.is_body and INVISIBLE_RE.sub("", line.text).strip()
    ]
    assert [number for block in article.blocks for number in block.lines] == body_numbers


@pytest.mark.parametrize("path", ALL_SEEDS, ids=lambda path: path.name)
def test_every_line_of_every_seed_is_accounted_for(path):
    raw = path.read_bytes()
    assert_nothing_lost(raw, clean_seed(raw, path.name))


def test_every_removal_reason_has_a_label_of_its_own_for_readers():
    # Article pages group removed lines under these labels: an empty label would show
    # a heading with no words, and two reasons with one label would look like one.
    labels = [label for label, _ in REMOVAL_REASONS.values()]
    assert all(label.strip() for label in labels)
    assert all(description.strip() for _, description in REMOVAL_REASONS.values())
    assert len(set(labels)) == len(labels), "two reasons share a label"


# Lines of the kinds seeds are made of, to mix at random.
LINE_POOL = [
    "Lire la suite",
    "Publicité",
    "Par Jeanne Martin, le 3 mars 2022",
    "Source : Reuters",
    "-",
    "AccueilMondeEurope",
    "Le titre d’un article sur l’OTAN",
    "« Nous restons vigilants », a déclaré le ministre de la Défense devant la presse à Bruxelles.",
    "[Headline of another story in English]",
    "Date: 1999-01-01",
    "# pas un titre <script>alert(1)</script> {{ 7*7 }}",
    "spot_img",
    "Inscrivez-vous à notre newsletter",
    "Khersonla Russiepourrait Indepour",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.sampled_from(LINE_POOL),
            st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
            st.just(""),
        ),
        max_size=30,
    ),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_nothing_is_lost_on_random_text(lines, newline):
    raw = newline.join(lines).encode("utf-8")
    try:
        article = clean_seed(raw, "random.txt")
    except SeedError:
        return  # empty, blank or binary: refused with a reason, tested elsewhere
    assert_nothing_lost(raw, article)
