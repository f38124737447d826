"""Any size builds: a huge seed is published whole; the model runs only where needed."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT, build_site, make

sys.path.insert(0, str(ROOT / "tests" / "bench"))

from corpus import seed_sentences

pytestmark = pytest.mark.build

# The seed the issue lost: spaCy refuses texts over 1,000,000 characters.
HUGE_BYTES = 5_700_000


def huge_seed() -> str:
    """A title and numbered paragraphs of the real seeds' sentences, up to HUGE_BYTES."""
    sentences = seed_sentences()
    lines, size, number = ["Un très long article de l’archive sur l’OTAN"], 0, 0
    while size < HUGE_BYTES:
        paragraph = " ".join(sentences[(number * 3 + k) % len(sentences)] for k in range(3))
        lines.append(f"{paragraph} (paragraphe {number})")
        size += len(lines[-1].encode("utf-8")) + 2
        number += 1
    return "\n\n".join(lines) + "\n"


def test_a_huge_seed_is_published_whole(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = huge_seed()
    assert len(text.encode("utf-8")) >= HUGE_BYTES
    (seeds / "huge.txt").write_text(text, encoding="utf-8")
    output = build_site(tmp_path / "output", seeds)  # strict: any error fails
    (page,) = (output / "articles").glob("*.html")
    html = page.read_text(encoding="utf-8")
    last = text.rstrip().rsplit("(paragraphe ", 1)[1].split(")")[0]
    assert f"(paragraphe {last})" in html
    assert 'rel="tag"' in html  # topics were assigned over the whole text


UNREGISTERED = (
    "Un sommet de l’OTAN à Bruxelles\n\n"
    "Le diplomate Aurélien Castagnède a déclaré mardi que l’Alliance restait vigilante face "
    "aux menaces russes, sans constater de changement dans la posture de Moscou.\n"
)


@pytest.mark.parametrize(
    ("options", "reported"),
    [((), False), (("PELICANOPTS=-e PEOPLE_REPORT_CANDIDATES=true",), True)],
)
def test_unregistered_people_are_reported_only_when_asked(tmp_path, options, reported):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "inconnu.txt").write_text(UNREGISTERED, encoding="utf-8")
    args = ["html", f"SEEDS={seeds}", f"OUTPUTDIR={tmp_path / 'output'}", *options]
    result = make(*args)
    assert ("Aurélien Castagnède" in result.stdout + result.stderr) is reported
