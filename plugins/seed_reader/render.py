"""Render a cleaned article as Markdown, then as HTML with markdown-it-py.

Seed text is data: every ASCII punctuation character is backslash-escaped, so
nothing in a seed can become Markdown syntax, and raw HTML is disabled, so
nothing can become a tag.
"""

from __future__ import annotations

import re
from functools import cache

from markdown_it import MarkdownIt

from .model import CleanedArticle, Kind

# CommonMark lets any ASCII punctuation character be escaped with a backslash.
MARKDOWN_PUNCTUATION_RE = re.compile(r"""([!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])""")


def escape_markdown(text: str) -> str:
    """Return text that markdown-it renders as exactly these characters."""
    return MARKDOWN_PUNCTUATION_RE.sub(r"\\\1", text)


def render_markdown(article: CleanedArticle) -> str:
    """Return the body as Markdown: section headings as level 2, one paragraph per block."""
    parts = []
    for block in article.blocks:
        text = escape_markdown(block.text)
        parts.append(f"## {text}" if block.kind is Kind.HEADING else text)
    return "\n\n".join(parts) + "\n"


@cache
def _markdown() -> MarkdownIt:
    # "commonmark" without raw HTML, linkify or typographer: the body's own
    # typography is kept exactly as the source wrote it.
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def render_html(markdown: str) -> str:
    """Render the body Markdown to HTML, each block with a stable id: para-0, para-1, ...

    The ids let person pages, quotes and notes link to a passage.
    """
    md = _markdown()
    tokens = md.parse(markdown)
    blocks = (t for t in tokens if t.type in BLOCK_OPENINGS and t.level == 0)
    for index, token in enumerate(blocks):
        token.attrSet("id", f"para-{index}")
    return md.renderer.render(tokens, md.options, {})


BLOCK_OPENINGS = frozenset({"paragraph_open", "heading_open"})
