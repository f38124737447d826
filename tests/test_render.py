"""Rendering: seed text is data, never Markdown, HTML, Jinja or Pelican syntax; marks nest."""

from __future__ import annotations

import pytest
from archive_core.record import InlineMark
from bs4 import BeautifulSoup
from seed_reader.model import Block, CleanedArticle, Kind, Metadata
from seed_reader.render import render_body
from seed_reader.slugs import slugify_title


def article_of(*blocks: tuple[Kind, str]) -> CleanedArticle:
    return CleanedArticle(
        seed="x.txt",
        lines=(),
        blocks=tuple(Block(kind, text, (n,)) for n, (kind, text) in enumerate(blocks, 1)),
        metadata=Metadata(),
    )


HOSTILE = [
    "# pas un titre",
    "* pas une liste",
    "1. pas une liste",
    "[lien](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "{{ 7*7 }} {% if x %}",
    '<a href="{filename}/secret.txt">x</a>',
    "`code` **gras** _italique_ ~~barré~~",
    "&amp; &lt;b&gt;",
    "\\échappé\\",
    "> pas une citation",
    "| a | b |",
    "    quatre espaces",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_renders_as_the_same_literal_characters(text):
    html = render_body(article_of((Kind.PARAGRAPH, text.strip())))
    soup = BeautifulSoup(html, "html.parser")
    assert [tag.name for tag in soup.find_all(True)] == ["p"]
    assert soup.p.get_text() == text.strip()


def test_each_block_gets_its_element_and_its_stable_id():
    html = render_body(
        article_of((Kind.PARAGRAPH, "Un."), (Kind.HEADING, "Deux"), (Kind.PARAGRAPH, "Trois."))
    )
    soup = BeautifulSoup(html, "html.parser")
    assert [(tag.name, tag["id"]) for tag in soup.find_all(True)] == [
        ("p", "para-0"), ("h2", "para-1"), ("p", "para-2"),
    ]  # fmt: skip


def test_consecutive_items_make_one_list_whose_items_keep_their_ids():
    article = article_of((Kind.HEADING, "Les chiffres clés"))
    items = tuple(Block(Kind.PARAGRAPH, text, (n,), item=True) for n, text in
                  enumerate(("32 pays", "2 % du PIB"), 2))  # fmt: skip
    after = Block(Kind.PARAGRAPH, "Fin.", (4,))
    article = CleanedArticle("x.txt", (), (*article.blocks, *items, after), Metadata())
    soup = BeautifulSoup(render_body(article), "html.parser")
    assert [(tag.name, tag.get("id")) for tag in soup.find_all(True)] == [
        ("h2", "para-0"), ("ul", None), ("li", "para-1"), ("li", "para-2"), ("p", "para-3"),
    ]  # fmt: skip


def test_a_person_link_inside_a_note_passage_nests_and_a_crossing_mark_is_dropped():
    text = "Selon Jens Stoltenberg, l’Alliance tient bon <face> à Moscou."
    passage = InlineMark(0, 0, 22, "note", "#note-1", number=1)
    person = InlineMark(0, 6, 22, "person", "../personnes/jens.html", title="Secrétaire général")
    crossing = InlineMark(0, 20, 30, "person", "../personnes/x.html")
    html = render_body(article_of((Kind.PARAGRAPH, text)), [person, crossing, passage])
    soup = BeautifulSoup(html, "html.parser")
    mark = soup.find("mark", id="passage-1")
    assert mark.get_text() == "Selon Jens Stoltenberg"
    link = mark.find("a", class_="person-link")
    assert link.get_text() == "Jens Stoltenberg" and link["href"] == "../personnes/jens.html"
    assert mark.next_sibling.name == "sup" and mark.next_sibling.a["href"] == "#note-1"
    assert len(soup.find_all("a")) == 2  # the crossing mark left no link
    assert soup.p.get_text() == text[:22] + "1" + text[22:]


@pytest.mark.parametrize(
    ("title", "seed", "expected_prefix"),
    [
        ("L’Otan craint une opération", "a.txt", "l-otan-craint-une-operation-"),
        ("../../etc/passwd", "b.txt", "etc-passwd-"),
        ("« » !!!", "c.txt", ""),
    ],
)
def test_slugs_are_ascii_safe_and_carry_a_seed_id(title, seed, expected_prefix):
    slug = slugify_title(title, seed)
    seed_id = slug.rsplit("-", 1)[-1]
    assert len(seed_id) == 8 and set(seed_id) <= set("0123456789abcdef")
    # A title with no letter left gives the seed's id alone.
    assert slug == (expected_prefix + seed_id if expected_prefix else seed_id)
    assert set(slug) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")
    assert "/" not in slug and ".." not in slug


def test_long_titles_get_short_slugs_and_equal_titles_distinct_ones():
    title = "mot " * 250
    assert len(slugify_title(title, "x.txt")) <= 70
    assert slugify_title("Même titre", "a.txt") != slugify_title("Même titre", "b.txt")
