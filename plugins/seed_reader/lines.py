"""Stage 2: split the text into numbered lines, whatever the line ends."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Line

if TYPE_CHECKING:
    from .model import Draft


def split_lines(draft: Draft) -> Draft:
    """Split on LF, CRLF, CR and the Unicode line and paragraph separators."""
    return draft.but(lines=to_lines(draft.text))


def to_lines(text: str) -> tuple[Line, ...]:
    # str.splitlines() would also split on form feeds, vertical tabs and the
    # C1 "next line" control, which a web page only carries as debris.
    parts = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = parts.replace("\u2028", "\n").replace("\u2029", "\n").split("\n")
    if parts and parts[-1] == "":
        parts.pop()  # a final line end does not start another line
    return tuple(Line(number, line) for number, line in enumerate(parts, start=1))
