"""Stage 5: turn body lines into blocks, repairing only what copying broke, and saying so.

Each fixer finds the spans it changes with one regular-expression pass (so a
several-megabyte seed costs linear time) and every change becomes a Repair that
keeps what the source had. The wording, quotes and typography are otherwise kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from archive_core.text import CAPITAL, INVISIBLE_RE

from .language import french_frequency, is_known_french_word
from .model import Block, Kind, Repair

if TYPE_CHECKING:
    from .model import Draft

# Mojibake: UTF-8 read as Windows-1252 leaves Ã, Â, â€ or Ð before a second byte.
# Tokens run to the next ordinary blank: U+00A0 is itself the second byte of the
# mojibake of "à" ("Ã\xa0") and of a no-break space ("Â\xa0").
MOJIBAKE_TOKEN_RE = re.compile(
    r"[^ \t\n]*(?:[ÃÂÐÑÅ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€)[^ \t\n]*"
)
# Two or more blanks where a link or a formatting tag was removed.
BLANK_RUN_RE = re.compile(r"[ \t\u00a0\u202f\u2009]{2,}|\t")
EDGE_BLANKS_RE = re.compile(r"^\s+|\s+$")
# French typography: a non-breaking space goes before » : ; ! ? % and after «.
NBSP_BEFORE = frozenset("»:;!?%")
# A capitalised word that may be a name glued to the next word: "Khersonla".
GLUED_CANDIDATE_RE = re.compile(rf"\b[{CAPITAL}][a-zà-ÿ]{{4,}}\b")
MIN_NAME_LENGTH = 3
MIN_WORD_LENGTH = 2
# The right half must be a very common word (zipf 5: a hundred per million words),
# such as "la", "pour", "pourrait": a removed link leaves a name glued to the next
# word, while a compound ("Cyberopérations") ends with a rarer content word.
MIN_RIGHT_FREQUENCY = 1e-4


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str


Fixer = Callable[[str, "RepairContext"], Iterator[Edit]]


@dataclass(frozen=True)
class RepairContext:
    """What the fixers may know of the whole article: the words it uses on their own."""

    vocabulary: frozenset[str]


def repair(draft: Draft) -> Draft:
    """Make one block of each body line, with every change recorded as a Repair."""
    context = RepairContext(vocabulary=article_vocabulary(draft.classified))
    blocks, repairs = [], []
    for line in draft.classified:
        if not line.is_body:
            continue
        text, line_repairs = repair_text(line.text, line.number, context)
        repairs.extend(line_repairs)
        if text:
            blocks.append(
                Block(line.kind, text, (line.number,), is_item(line.kind, line.reason, text))
            )
    return draft.but(blocks=tuple(blocks), repairs=tuple(repairs))


# "- une demande", "• 32 pays", "▪️ trois MiG-31", "– deux": a list the text sets out
# ("* x" is Markdown's, which a seed never speaks: such a line stays a paragraph).
LIST_BULLET_RE = re.compile(r"^(?:[-–•▪◦·►▸]|\u25aa\ufe0f)\s+\S")
# Lines the classifier keeps as items of a list: a key-figures box's figures.
ITEM_REASONS = frozenset({"key-figure"})


def is_item(kind: Kind, reason: str, text: str) -> bool:
    """An item of a list inside the article: a box's figure, or a bulleted line."""
    return kind is Kind.PARAGRAPH and (reason in ITEM_REASONS or bool(LIST_BULLET_RE.match(text)))


def repair_text(text: str, number: int, context: RepairContext) -> tuple[str, list[Repair]]:
    """Apply every fixer in order, again until nothing changes; return text and repairs.

    One fixer's change can reveal work for another (a mojibake token freed by a
    white-space fix), so the chain runs to a fixed point: repairing twice changes
    nothing. MAX_PASSES bounds it, keeping the cost linear.
    """
    repairs = []
    for _ in range(MAX_PASSES):
        changed = False
        for kind, fixer in FIXERS:
            edits = list(fixer(text, context))
            if edits:
                repairs.extend(describe(number, kind, text, edits))
                text = apply_edits(text, edits)
                changed = True
        if not changed:
            break
    return text, repairs


# Real text settles in one pass, rarely two; three bounds pathological input.
MAX_PASSES = 3


def fix_mojibake(text: str, context: RepairContext) -> Iterator[Edit]:
    from ftfy import fix_encoding

    for match in MOJIBAKE_TOKEN_RE.finditer(text):
        token = match.group(0)
        # Blanks at the token's edges belong to the white-space fixer.
        start = match.start() + len(token) - len(token.lstrip())
        end = match.start() + len(token.rstrip())
        if end < match.end() and text[end - 1] in "ÃÂ":
            end += 1  # "Ã\xa0" is "à": its no-break space is a byte of the letter
        fixed = fix_encoding(text[start:end])
        if fixed != text[start:end]:
            yield Edit(start, end, fixed)


def strip_invisible(text: str, context: RepairContext) -> Iterator[Edit]:
    for match in INVISIBLE_RE.finditer(text):
        yield Edit(match.start(), match.end(), "")


def normalize_whitespace(text: str, context: RepairContext) -> Iterator[Edit]:
    for match in EDGE_BLANKS_RE.finditer(text):
        yield Edit(match.start(), match.end(), "")
    # Runs inside the trimmed edges only, so no two edits overlap.
    inner_start, inner_end = len(text) - len(text.lstrip()), len(text.rstrip())
    for match in BLANK_RUN_RE.finditer(text):
        if match.start() < inner_start or match.end() > inner_end:
            continue
        before, after = text[match.start() - 1], text[match.end()]
        keep_nbsp = "\u00a0" in match.group(0) and (after in NBSP_BEFORE or before == "«")
        yield Edit(match.start(), match.end(), "\u00a0" if keep_nbsp else " ")


def split_glued_words(text: str, context: RepairContext) -> Iterator[Edit]:
    for match in GLUED_CANDIDATE_RE.finditer(text):
        word = match.group(0)
        if french_frequency(word) > 0:
            continue  # a word French uses is not two words glued
        if split := best_split(word, context):
            yield Edit(match.start(), match.end(), f"{split[0]} {split[1]}")


def best_split(word: str, context: RepairContext) -> tuple[str, str] | None:
    """Split a glued word where both halves are known: a name or word, then a common word."""
    candidates = []
    for cut in range(MIN_NAME_LENGTH, len(word) - MIN_WORD_LENGTH + 1):
        left, right = word[:cut], word[cut:]
        left_known = left in context.vocabulary or is_known_french_word(left)
        if left_known and french_frequency(right) >= MIN_RIGHT_FREQUENCY:
            candidates.append((french_frequency(right), left, right))
    if not candidates:
        return None
    _, left, right = max(candidates)
    return left, right


# Fixers that only restore the characters the source meant: safe on any text,
# metadata values included.
CHARACTER_FIXERS: tuple[tuple[str, Fixer], ...] = (
    ("encoding", fix_mojibake),
    ("invisible-characters", strip_invisible),
    ("whitespace", normalize_whitespace),
)
# Fixers that change words; only body text, whose vocabulary they consult.
WORD_FIXERS: tuple[tuple[str, Fixer], ...] = (("glued-words", split_glued_words),)
FIXERS = CHARACTER_FIXERS + WORD_FIXERS


def article_vocabulary(lines) -> frozenset[str]:
    """The capitalised words the article uses on their own (names it knows)."""
    words = set()
    for line in lines:
        if line.is_body:
            words.update(re.findall(rf"\b[{CAPITAL}][\w-]+\b", line.text))
    return frozenset(words)


def apply_edits(text: str, edits: list[Edit]) -> str:
    parts, position = [], 0
    for edit in sorted(edits, key=lambda e: e.start):
        parts.append(text[position : edit.start])
        parts.append(edit.replacement)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)


# How much of the line a repair shows around the change, to be recognisable.
CONTEXT_CHARS = 12


def describe(number: int, kind: str, text: str, edits: list[Edit]) -> list[Repair]:
    """Return one Repair per edit, showing the change with a little context."""
    repairs = []
    for edit in edits:
        start = max(0, edit.start - CONTEXT_CHARS)
        end = min(len(text), edit.end + CONTEXT_CHARS)
        before = text[start:end]
        after = text[start : edit.start] + edit.replacement + text[edit.end : end]
        repairs.append(Repair(number, kind, before, after))
    return repairs


def fix_characters(text: str) -> str:
    """Apply the character fixers only (encoding, invisible characters, white space)."""
    context = RepairContext(vocabulary=frozenset())
    for _kind, fixer in CHARACTER_FIXERS:
        text = apply_edits(text, list(fixer(text, context)))
    return text
