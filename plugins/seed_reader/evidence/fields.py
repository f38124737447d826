"""Candidates for the byline, the dates, the translator and the source, from credit lines.

Each metadata line gives its values (credits.parse_credit) with a kind of evidence:
a byline ("Par X", "Repéré par X", "X, correspondante à Y"), a stamp's author, a bare
name beside a stamp; a stamp's date, a byline's date, a site stamp's date. Bylines and
dates are placed (candidates.placed): the same kinds of lines under a teaser in the
page's tail lose to the article's own. Credits that close an article (a translator, a
source) are not: they stand after the last paragraph by nature.
"""

from __future__ import annotations

import re

from archive_core.text import CAPITAL

from ..credits import parse_credit
from ..model import ClassifiedLine, Kind
from ..repair import fix_characters
from .candidates import Candidate, Layout, placed

BASE = {
    "byline": 0.85, "stamp-author": 0.8, "name-beside-stamp": 0.7,
    "stamp": 0.85, "byline-date": 0.85, "site-stamp": 0.7,
    "translator-credit": 0.85, "source-credit": 0.85, "source-box": 0.75,
}  # fmt: skip
# The credit line fields and the kind of evidence each gives for a value it carries.
KINDS = {
    ("byline", "author"): "byline", ("byline", "date"): "byline-date",
    ("published", "author"): "stamp-author", ("updated", "author"): "stamp-author",
    ("published", "date"): "stamp", ("updated", "date"): "stamp",
    ("site_stamp", "site_date"): "site-stamp", ("translator", "translator"): "translator-credit",
    ("source_credit", "source_credit"): "source-credit",
}  # fmt: skip
FIELD_OF = {"site_date": "date"}
PLACED_FIELDS = frozenset({"author", "date"})
# "Nicolas Dufaux, Bürgenstock", "Marie Roy à Vilnius": where the byline was written.
PLACE_AFTER_NAME_RE = re.compile(rf",\s*|\s+[àa]\s+(?=[{CAPITAL}])")
# Between the names of a byline: "X et Y", "X, Y et Z", "X & Y"; what follows "avec" is
# the agency's share, not a name ("La Dépêche avec AFP").
NAME_SEPARATOR_RE = re.compile(r"\s*(?:,|&|\bet\b|\band\b)\s*")
WITH_RE = re.compile(r"\s*,?\s+(?i:avec)\s+.*$")


def credit_candidates(lines: tuple[ClassifiedLine, ...], layout: Layout) -> list[Candidate]:
    """Every value the page's metadata lines give, each a placed candidate."""
    found = []
    for line in lines:
        if line.kind is not Kind.METADATA or line.field is None:
            continue
        text = fix_characters(line.text)
        for name, value in line_values(line.field, text).items():
            kind = KINDS.get((line.field, name)) or line_kind(line.field, name)
            if kind is None:
                continue
            field = FIELD_OF.get(name, name)
            candidate = Candidate(field, value, line.number, text.strip(), kind, BASE[kind])
            found.append(placed(candidate, layout) if field in PLACED_FIELDS else candidate)
    return found


def line_values(field: str, text: str) -> dict[str, str]:
    """The values of one metadata line: parsed credits, or the bare name or source box."""
    if field == "byline_name":
        return {"author": PLACE_AFTER_NAME_RE.split(text)[0].strip()}
    if field == "source_name":
        return {"source_credit": " ".join(text.split())}
    if field in {"title", "original_title", "site_name", "byline_role", "page_address"}:
        return {}
    return parse_credit(field, text)


def line_kind(field: str, name: str) -> str | None:
    return {("byline_name", "author"): "name-beside-stamp",
            ("source_name", "source_credit"): "source-box"}.get((field, name))  # fmt: skip


def byline_names(author: str | None) -> tuple[str, ...]:
    """The names a byline credits, one each: "A et B" -> (A, B); agencies left out."""
    if not author:
        return ()
    names = NAME_SEPARATOR_RE.split(WITH_RE.sub("", author))
    return tuple(name.strip() for name in names if name.strip())


def layout_of(lines: tuple[ClassifiedLine, ...]) -> Layout:
    """The title's line and the last body line, as the classification left them."""
    title = next((line.number for line in lines if line.field == "title"), None)
    body = [line.number for line in lines if line.is_body]
    return Layout(title=title, body_end=body[-1] if body else None)
