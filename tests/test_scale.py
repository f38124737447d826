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
# The huge seed's last paragraph, millions of characters in: the only words of the sport
# topic in the text (the seeds' sentences have none), enough to reach its threshold.
SPORT_TOPIC = "sport"
LAST_PARAGRAPH = (
    "En marge du sommet, les délégations ont assisté samedi à un match de football du "
    "championnat local, au stade de la ville, où les joueurs et leur entraîneur ont été "
    "salués par le public, avant un tournoi de rugby organisé le lendemain."
)


def huge_seed() -> str:
    """A title and numbered paragraphs of the real seeds' sentences, up to HUGE_BYTES."""
    sentences = seed_sentences()
    lines, size, number = ["Un très long article de l’archive sur l’OTAN"], 0, 0
    while size < HUGE_BYTES:
        paragraph = " ".join(sentences[(number * 3 + k) % len(sentences)] for k in range(3))
        lines.append(f"{paragraph} (paragraphe {number})")
        size += len(lines[-1].encode("utf-8")) + 2
        number += 1
    lines.append(LAST_PARAGRAPH)
    return "\n\n".join(lines) + "\n"


def topics_of(text: str) -> set[str]:
    """The topics content/topics.yml gives a text on its own (no notes)."""
    from french_nlp import lemmas, lemmatize
    from topic_tags.topics import assign_topics, lemmatised_signals, load_topics

    topics = lemmatised_signals(load_topics(ROOT / "content" / "topics.yml"), lemmas)
    (body,) = lemmatize([text])
    return {topic.id for topic in assign_topics(body, topics)}


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
    # Topics were assigned over the whole text: the one only its last paragraph gives
    # is there, and the ones its sentences give from the start too.
    tags = {a["href"].rsplit("/", 1)[-1].removesuffix(".html") for a in page_links(html)}
    assert SPORT_TOPIC not in topics_of(" ".join(seed_sentences()))
    assert SPORT_TOPIC in topics_of(LAST_PARAGRAPH)
    assert SPORT_TOPIC in tags
    assert topics_of(" ".join(seed_sentences())) <= tags


def page_links(html: str) -> list:
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser").select('a[rel~="tag"]')


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
