"""Metadata that only its neighbours reveal: a source box, a bare name beside a stamp,
a role or a place on the line under a name."""

from __future__ import annotations

import re

from archive_core.text import CAPITAL

from .credits import ROLE
from .evidence.vocab import is_interface_line
from .model import Kind
from .shapes import Shape
from .verdict import Verdict, removal

# A name alone on a line: capitalised words (or initials, or a newsroom in
# capitals), maybe a comma and a place.
_NAME_WORD = rf"(?:[{CAPITAL}][\w’'.-]*|de|du|des|d’|van|von|le|la)"
_BARE_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
# Several people: "Anne Roy et Paul Petit", "Anne Roy, Paul Petit et Léa Nguyen".
NAME_LINE_RE = re.compile(
    rf"^{_BARE_NAME}(?:(?:\s*,\s*|\s+et\s+|\s*&\s*){_BARE_NAME})*"
    rf"(?:(?:,\s*|\s+[àa]\s+)[{CAPITAL}][\w’'-]*(?:\s+[{CAPITAL}][\w’'-]*)?)?$"
)
# A role alone on its line, under the name it belongs to: "Correspondante à Bruxelles",
# "Envoyé spécial à Kiev", "Journaliste".
# A desk too: "Rédaction de Saint-Omer", "Bureau de Bruxelles", "Service politique". A
# role may take an adjective: "Correspondante parlementaire à Québec".
ROLE_LINE_RE = re.compile(
    rf"^(?:{ROLE}(?:\s+[a-zéèêàç-]{{3,}})?(?:\s+(?:[àa]u?x?|en|pour|dans)\s+[^,;:!?()]{{1,40}})?"
    r"|(?i:r[ée]daction|bureau|service)\s+(?:(?:de|du|des|d[’'])\s*)?[^,;:!?()]{2,40})\s*\.?$"
)
# A link to the author's other articles between the name and the stamp: "(voir ses 23
# articles)", "(tous ses articles)".
AUTHOR_LINK_RE = re.compile(r"^\(.{1,40}\)$")
# "Source" alone on a line, above the name of the outlet a translation comes from.
SOURCE_LABEL_RE = re.compile(r"^(?i:sources?|texte\s+original|article\s+original)\s*:?$")
MAX_SOURCE_NAME_WORDS = 6


def mark_source_boxes(shapes: list[Shape], verdicts: list[Verdict | None]) -> None:
    """A "Source" label on its own line credits the outlet named on the next line."""
    for index, shape in enumerate(shapes):
        if not SOURCE_LABEL_RE.match(shape.text):
            continue
        following = next((j for j in range(index + 1, len(shapes)) if shapes[j].text), None)
        if following is None or verdicts[following] is not None:
            continue
        name = shapes[following]
        if name.words <= MAX_SOURCE_NAME_WORDS and not name.ends_sentence:
            verdicts[index] = removal("source-box", 0.85)
            verdicts[following] = Verdict(Kind.METADATA, "source-name", "source_name", 0.8)


def mark_bylines_beside_stamps(shapes: list[Shape], verdicts: list[Verdict | None]) -> None:
    """A bare name right above or below a date stamp is the byline: "FRANCEINFO",
    "Nicolas Dufaux, Bürgenstock", "Marie Roy à Vilnius" (a name, maybe the place).

    A role under the name belongs to it ("Correspondante à Bruxelles"): it is
    metadata, and the stamp may stand under the role; a name with a role under it
    is a byline even without a stamp.
    """
    for index, shape in enumerate(shapes):
        if verdicts[index] is not None or not NAME_LINE_RE.match(shape.text):
            continue
        if ROLE_LINE_RE.match(shape.text) or is_interface_line(shape.text):
            continue  # the role of the name above it, or a player's or a share bar's button
        after = next_text(shapes, range(index + 1, len(shapes)))
        role = after if after is not None and is_role_line(shapes[after], verdicts[after]) else None
        if role is not None:  # (mark_roles_under_bylines marks it, once the name is a byline)
            after = next_text(shapes, range(role + 1, len(shapes)))
        if after is not None and AUTHOR_LINK_RE.match(shapes[after].text):
            after = next_text(shapes, range(after + 1, len(shapes)))
        before = next_text(shapes, range(index - 1, -1, -1))
        beside_stamp = any(j is not None and is_stamp(verdicts[j]) for j in (before, after))
        if beside_stamp or (role is not None and is_signed_role(shape, shapes[role])):
            verdicts[index] = Verdict(Kind.METADATA, "byline-name", "byline_name", 0.75)


def mark_roles_under_bylines(shapes: list[Shape], verdicts: list[Verdict | None]) -> None:
    """A role alone on the line under a byline ("Par X" / "Correspondant à Y") is its."""
    for index, verdict in enumerate(verdicts):
        if verdict is None or verdict.field not in {"byline", "byline_name"}:
            continue
        after = next_text(shapes, range(index + 1, len(shapes)))
        if after is not None and is_role_line(shapes[after], verdicts[after]):
            verdicts[after] = Verdict(Kind.METADATA, "byline-role", "byline_role", 0.8)


def is_signed_role(name: Shape, role: Shape) -> bool:
    """Without a stamp, a name and a role sign only when both say more than a word: a
    menu's "Employé" above "Journaliste" is two entries, not a byline."""
    return name.words >= 2 and role.words >= 2


def is_role_line(shape: Shape, verdict: Verdict | None) -> bool:
    return verdict is None and bool(ROLE_LINE_RE.match(shape.text))


def next_text(shapes: list[Shape], steps: range) -> int | None:
    return next((j for j in steps if shapes[j].text), None)


def is_stamp(verdict: Verdict | None) -> bool:
    return verdict is not None and verdict.field in {"published", "updated"}
