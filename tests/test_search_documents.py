"""What an article gives the search: its corrections' right forms indexed, their passages found."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

from archive_core.record import ArticleRecord
from lunr_index.documents import article_document
from lunr_index.index import build_index
from lunr_index.query import search
from seed_reader.model import Block, CleanedArticle, Kind, Metadata
from seed_reader.notes import PassageNote
from source_notes.anchors import anchor_notes
from source_notes.plugin import ArticleNotes

# An emoji before the source's wording: one code point in Python, two UTF-16 units in
# the browser, which slices the paragraph at `start`.
BLOCKS = [
    "Le renseignement britannique s’inquiète.",
    "🎙 Selon le directeur du QCHQ, Jeremy Fleming, la Russie manque de munitions.",
]
CORRECTION = PassageNote(
    quote="directeur du QCHQ",
    kind="correction",
    text="Le texte écrit « QCHQ » ; lire « GCHQ ».",
    date="2026-12-02",
    source_says="QCHQ",
    should_read="GCHQ",
)
CONTEXT = PassageNote("Jeremy Fleming", "contexte", "Directeur du renseignement.")


def article_with(notes, anchored: bool = True) -> SimpleNamespace:
    """A Pelican-like article from BLOCKS; its notes anchored as source_notes anchors them."""
    cleaned = CleanedArticle(
        seed="x.txt",
        lines=(),
        blocks=tuple(Block(Kind.PARAGRAPH, text, (n,)) for n, text in enumerate(BLOCKS)),
        metadata=Metadata(title="Le renseignement britannique"),
    )
    record = ArticleRecord(cleaned)
    if anchored:
        anchored_notes, marks = anchor_notes(BLOCKS, notes)
        record.marks.extend(marks)
        record.notes = ArticleNotes(tuple(anchored_notes), (), (), (), "sources/x.txt", "{}")
    return SimpleNamespace(
        url="articles/x.html",
        date=datetime.datetime(2022, 10, 11),
        date_precision="unknown",
        metadata={"record": record},
    )


def utf16_slice(text: str, start: int, length: int) -> str:
    """text[start:start + length] as JavaScript counts (UTF-16 code units)."""
    units = text.encode("utf-16-le")
    return units[2 * start : 2 * (start + length)].decode("utf-16-le")


def test_the_right_form_of_a_correction_is_indexed_and_finds_the_article():
    corrected = article_document(article_with([CONTEXT, CORRECTION]))
    plain = article_document(article_with([CONTEXT]))
    assert "GCHQ" not in corrected.body
    index = build_index([corrected, plain])
    assert [ref for ref, _ in search(index, "GCHQ ")] == ["0"]
    assert [ref for ref, _ in search(index, "gch")] == ["0"]  # while it is being typed
    # The source's wording is still the body's, found in both.
    assert sorted(ref for ref, _ in search(index, "QCHQ ")) == ["0", "1"]


def test_the_text_file_locates_each_correction_for_the_browser():
    document = article_document(article_with([CONTEXT, CORRECTION]))
    text = document.text()
    assert text["paragraphs"] == BLOCKS
    [correction] = text["corrections"]  # the context note is not a correction
    assert correction == {
        "paragraph": 1,
        "start": correction["start"],
        "sourceSays": "QCHQ",
        "shouldRead": "GCHQ",
    }
    assert utf16_slice(BLOCKS[1], correction["start"], len("QCHQ")) == "QCHQ"


def test_a_correction_whose_passage_is_lost_is_still_indexed_without_a_place():
    gone = PassageNote(**{**CORRECTION.__dict__, "quote": "directrice du QCHQ"})
    document = article_document(article_with([gone]))
    assert document.text()["corrections"] == [
        {"paragraph": None, "start": None, "sourceSays": "QCHQ", "shouldRead": "GCHQ"}
    ]
    assert document.fields()["corrections"] == "GCHQ"


def test_without_source_notes_an_article_has_no_corrections():
    document = article_document(article_with([CORRECTION], anchored=False))
    assert document.fields()["corrections"] == ""
    assert document.text() == {"paragraphs": BLOCKS, "corrections": []}
