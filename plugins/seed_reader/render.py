"""Render a cleaned article's body as HTML, once, from its blocks and its inline marks.

Seed text is data: every character of a block is HTML-escaped, so nothing in a seed
can become a tag, and no Markdown is involved, so nothing can become syntax either.
The only markup is the project's own: one <p>, <h2> or <li> (in a <ul> for consecutive
items of a list) per block with a stable id
(para-0, para-1, ...) that person pages, quotes and notes link to, and the marks the
plugins put in the article's record (a link to a person, a note's passage and its
numbered marker), nested when one lies inside another.
"""

from __future__ import annotations

from collections.abc import Iterable

from archive_core.record import InlineMark

from .model import Block, CleanedArticle, Kind
from .repair import LIST_BULLET_RE

# What a text node must escape (the quote too: marks put text in attributes).
ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def escape_html(text: str) -> str:
    return text.translate(ESCAPES)


def render_body(article: CleanedArticle, marks: Iterable[InlineMark] = ()) -> str:
    """The body's HTML: each block in its element, with its marks."""
    by_block: dict[int, list[InlineMark]] = {}
    for mark in marks:
        by_block.setdefault(mark.block, []).append(mark)
    parts = []
    blocks = article.blocks
    for index, block in enumerate(blocks):
        inner = render_inline(block.text, by_block.get(index, []))
        if block.item:
            # Consecutive items make one list; bullets the text writes show alone.
            if index == 0 or not blocks[index - 1].item:
                parts.append(f'<ul class="{list_class(blocks, index)}">\n')
            parts.append(f'<li id="para-{index}">{inner}</li>\n')
            if index + 1 == len(blocks) or not blocks[index + 1].item:
                parts.append("</ul>\n")
            continue
        tag = "h2" if block.kind is Kind.HEADING else "p"
        parts.append(f'<{tag} id="para-{index}">{inner}</{tag}>\n')
    return "".join(parts)


def list_class(blocks: tuple[Block, ...], start: int) -> str:
    """The class of the list that starts at `start`: its own bullets when its text has none."""
    end = start
    while end < len(blocks) and blocks[end].item:
        end += 1
    if all(LIST_BULLET_RE.match(block.text) for block in blocks[start:end]):
        return "body-list text-bullets"
    return "body-list"


def render_inline(text: str, marks: list[InlineMark]) -> str:
    """Escape text and wrap each mark's span; a mark that crosses a kept one is dropped.

    Note passages are kept first: a note's numbered marker is what its note links back
    to, whereas a person link dropped here only loses one link to the person's page.
    """
    kept: list[InlineMark] = []
    for mark in sorted(marks, key=lambda m: (m.kind != "note", m.start, -m.end, m.kind)):
        if 0 <= mark.start < mark.end <= len(text) and not any(
            crosses(mark, other) for other in kept
        ):
            kept.append(mark)
    # Outer marks first (earlier start, then longer), so inner ones nest inside them.
    kept.sort(key=lambda m: (m.start, -m.end, m.kind))
    out: list[str] = []
    open_marks: list[InlineMark] = []
    position = 0
    for mark in kept:
        while open_marks and open_marks[-1].end <= mark.start:
            position = close(text, out, open_marks.pop(), position)
        out.append(escape_html(text[position : mark.start]))
        out.append(opening(mark))
        open_marks.append(mark)
        position = mark.start
    while open_marks:
        position = close(text, out, open_marks.pop(), position)
    out.append(escape_html(text[position:]))
    return "".join(out)


def crosses(mark: InlineMark, other: InlineMark) -> bool:
    """True when two spans overlap without one containing the other."""
    overlap = mark.start < other.end and other.start < mark.end
    nested = (other.start <= mark.start and mark.end <= other.end) or (
        mark.start <= other.start and other.end <= mark.end
    )
    return overlap and not nested


def close(text: str, out: list[str], mark: InlineMark, position: int) -> int:
    out.append(escape_html(text[position : mark.end]))
    out.append(closing(mark))
    return mark.end


def opening(mark: InlineMark) -> str:
    if mark.kind == "note":
        return f'<mark class="annotated" id="passage-{mark.number}">'
    title = f' title="{escape_html(mark.title)}"' if mark.title else ""
    return f'<a class="person-link" href="{escape_html(mark.href)}"{title}>'


def closing(mark: InlineMark) -> str:
    if mark.kind == "note":
        number = mark.number
        return (
            f'</mark><sup class="note-ref"><a aria-label="Note {number}" href="#note-{number}"'
            f' id="ref-{number}" role="doc-noteref">{number}</a></sup>'
        )
    return "</a>"
