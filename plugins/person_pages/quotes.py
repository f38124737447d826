"""Quotations in the articles and the registered person each is attributed to.

A quotation is «...», “...” or "..." (an opened « may run to the end of its
paragraph, as French does for a quote that goes on). It is attributed when the
clause after it ("», a déclaré X", "», a-t-il ajouté") or before it ("X a déclaré : «",
"selon X, «") names a registered person, or uses a pronoun for the last person named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive_core.text import sentence_start

from .mentions import Mention

QUOTE_RE = re.compile(r"«(?P<a>[^«»]+)(?:»|$)|“(?P<b>[^“”]+)”|\"(?P<c>[^\"]+)\"")
SPEECH_VERBS = (
    r"déclaré|ajouté|averti|indiqué|souligné|précisé|expliqué|insisté|rappelé|affirmé|dénoncé"
    r"|estimé|assuré|promis|confié|lancé|poursuivi|conclu|dit|prévenu|martelé|répondu|jugé"
    r"|annoncé|mis\s+en\s+garde|reconnu|admis|observé|noté|fait\s+valoir"
)
# After the quote, within its sentence: "», a déclaré X", "» de l’Alliance..., a-t-il expliqué"
AFTER_RE = re.compile(
    rf"^[^«».!?]{{0,150}}?,\s*(?:a|ont|avait)(?P<pronoun>-t-(?:il|elle))?\s+(?:\w+\s+)?"
    rf"(?:{SPEECH_VERBS})\b"
    r"(?P<clause>[^.!?«]*)"
)
# Before the quote, in its sentence: "X a déclaré : «", "Il a déclaré : «", "selon X, «"
# Within a clause, a dot followed by a letter is not a full stop ("Express.co.uk").
_CLAUSE = r"(?:[^.!?«»]|\.(?=\w))*"
BEFORE_RE = re.compile(
    rf"(?:\b(?:a|ont)\s+(?:\w+\s+)?(?:{SPEECH_VERBS})\b{_CLAUSE}|\baffirmant\b{_CLAUSE}"
    rf"|\bselon\b{_CLAUSE})\s*(?::|que|,)?\s*$"
)
PRONOUN_START_RE = re.compile(r"(?:^|[.!?»]\s+)(?:Il|Elle)\s+[^.!?«»]*$")
# A quoted word or two ("saboter") is not a statement.
MIN_QUOTE_WORDS = 3
# Long quotations are cut for the person page; the passage link leads to the whole.
MAX_QUOTE_CHARS = 400


@dataclass(frozen=True)
class Quote:
    person: str
    block: int
    text: str


def find_quotes(blocks: list[str], mentions: list[Mention]) -> list[Quote]:
    """Return the attributed quotations of an article, in order."""
    spans = [
        (index, match) for index, text in enumerate(blocks) for match in QUOTE_RE.finditer(text)
    ]
    # A name inside a quotation is not who speaks: "il" refers to a name outside.
    outside = [
        m
        for m in mentions
        if not any(b == m.block and q.start() <= m.start < q.end() for b, q in spans)
    ]
    quotes = []
    # A « left open at the end of a paragraph goes on in the next one, which
    # opens with « again: the same person is still speaking.
    open_speaker, open_block, last_speaker = None, None, None
    for index, match in spans:
        text = blocks[index]
        inner = (match.group("a") or match.group("b") or match.group("c")).strip()
        speaker = attribute(text, match.start(), match.end(), index, outside, last_speaker)
        if speaker is None and open_block == index - 1 and match.start() == 0:
            speaker = open_speaker
        left_open = match.group("a") is not None and not match.group(0).endswith("»")
        open_speaker, open_block = (speaker, index) if left_open else (None, None)
        if speaker:
            last_speaker = speaker
            if len(inner.split()) >= MIN_QUOTE_WORDS:
                quotes.append(Quote(speaker, index, shorten(inner)))
    return quotes


def attribute(
    text: str,
    start: int,
    end: int,
    block: int,
    mentions: list[Mention],
    last_speaker: str | None = None,
) -> str | None:
    """The id of the registered person who says the quotation text[start:end], or None.

    A pronoun ("a-t-il ajouté", "Il a déclaré") is the last person quoted so far,
    else the last person named outside quotations.
    """
    after = AFTER_RE.match(text[end:])
    if after:
        if after.group("pronoun"):
            # "», a-t-il ajouté devant X": the pronoun speaks, X is only named.
            return last_speaker or last_named(mentions, block, start)
        clause_start = end + after.start("clause")
        clause_end = end + after.end("clause")
        named = mentions_between(mentions, block, clause_start, clause_end)
        return named[0].person if named else None
    before_text = text[:start]
    if BEFORE_RE.search(before_text):
        # The speaker is named in the sentence that introduces the quote,
        # before the verb ("X a déclaré : «") or after it ("selon X, «").
        start_of_sentence = sentence_start(before_text)
        named = mentions_between(mentions, block, start_of_sentence, start)
        if named:
            return named[-1].person
        if PRONOUN_START_RE.search(before_text):
            return last_speaker or last_named(mentions, block, start)
    return None


def mentions_between(mentions: list[Mention], block: int, start: int, end: int) -> list[Mention]:
    return [m for m in mentions if m.block == block and start <= m.start and m.end <= end]


def last_named(mentions: list[Mention], block: int, position: int) -> str | None:
    """The last person named before this point of the article (the "il" of "a-t-il")."""
    earlier = [m for m in mentions if (m.block, m.start) < (block, position)]
    return earlier[-1].person if earlier else None


def shorten(text: str) -> str:
    if len(text) <= MAX_QUOTE_CHARS:
        return text
    return text[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0] + " […]"
