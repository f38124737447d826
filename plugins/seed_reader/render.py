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
    """Render the body Markdown to HTML."""
    return _markdown().render(markdown)
