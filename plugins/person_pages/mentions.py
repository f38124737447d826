"""Where the registered people are named in a text: one pass with one alternation of all forms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive_core.people import PersonRecord


@dataclass(frozen=True)
class Mention:
    person: str  # PersonRecord.id
    block: int  # index of the block (paragraph or heading) in the article
    start: int
    end: int
    form: str


class MentionFinder:
    """Find every mention of registered people, longest form first ("Joe Biden" over "Biden")."""

    def __init__(self, people: tuple[PersonRecord, ...]) -> None:
        self.owner = {form: person.id for person in people for form in person.forms}
        forms = sorted(self.owner, key=len, reverse=True)
        # Names are matched with their case; word boundaries that also hold after an
        # elided article ("d’Emmanuel Macron") and before French punctuation.
        alternation = "|".join(re.escape(form) for form in forms)
        self.pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])") if forms else None

    def find(self, blocks: list[str]) -> list[Mention]:
        if self.pattern is None:
            return []
        return [
            Mention(self.owner[match.group(0)], index, match.start(), match.end(), match.group(0))
            for index, text in enumerate(blocks)
            for match in self.pattern.finditer(text)
        ]
