"""Stage 2: split the text into numbered lines, whatever the line ends."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .model import Line

if TYPE_CHECKING:
    from .model import Draft


def split_lines(draft: Draft) -> Draft:
    """Split on LF, CRLF, CR and the Unicode line and paragraph separators."""
    text = draft.text
    found = {name for name, pattern in LINE_END_PATTERNS.items() if re.search(pattern, text)}
    line_end = found.pop() if len(found) == 1 else ("none" if not found else "mixed")
    if line_end == "unicode":
        line_end = "mixed"  # no byte form to restore: only the text
    source_format = replace(
        draft.source_format,
        line_end=line_end,
        final_line_end=text.endswith(("\n", "\r", "\u2028", "\u2029")),
    )
    return draft.but(lines=to_lines(text), source_format=source_format)


# Each kind of line end, told apart (a CR that a LF follows is half of a CRLF).
LINE_END_PATTERNS = {
    "crlf": r"\r\n",
    "lf": r"(?<!\r)\n",
    "cr": r"\r(?!\n)",
    "unicode": "[\u2028\u2029]",
}


def to_lines(text: str) -> tuple[Line, ...]:
    # str.splitlines() would also split on form feeds, vertical tabs and the
    # C1 "next line" control, which a web page only carries as debris.
    parts = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = parts.replace("\u2028", "\n").replace("\u2029", "\n").split("\n")
    if parts and parts[-1] == "":
        parts.pop()  # a final line end does not start another line
    return tuple(Line(number, line) for number, line in enumerate(parts, start=1))
