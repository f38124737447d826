"""Rendering: seed text is data, never Markdown, HTML, Jinja or Pelican syntax."""

from __future__ import annotations

import pytest
from seed_reader.render import escape_markdown, render_html
from seed_reader.slugs import slugify_title

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
    from bs4 import BeautifulSoup

    html = render_html(escape_markdown(text.strip()))
    soup = BeautifulSoup(html, "html.parser")
    assert [tag.name for tag in soup.find_all(True)] == ["p"]
    assert soup.p.get_text() == text.strip()


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
