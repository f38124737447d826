"""Stage 3: give every line a class (paragraph, heading, metadata, removed, blank) and a reason.

A seed has three zones, found in one pass from the top:
- the header, up to the first line of prose after the title: furniture, title, its
  repetitions, the original-language title, bylines and stamps;
- the article, where debris comes as single lines: calls to action, "read also" links,
  headlines of other articles inserted between paragraphs;
- the tail, from a marker such as "Lire la suite" on: nothing there is the article.

Rules look at a line's shape (length, final punctuation, brackets), its language, its
neighbours, its repetition of the title and its vocabulary, never at the exact strings
of a particular site.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .credits import match_credit
from .debris import (
    BRACKETED_LINK_RE,
    PAGE_CODE_RE,
    SEPARATOR_RE,
    TAIL_MARKERS,
    TAIL_RULES,
    match_debris,
)
from .language import french_frequency, is_foreign
from .model import ClassifiedLine, Kind, Line
from .notes import NotesError, SeedNotes

if TYPE_CHECKING:
    from .pipeline import Draft

# Prose: a sentence of some length. Shorter lines without final punctuation are
# headings, titles or debris.
MIN_PROSE_WORDS = 12
ALWAYS_PROSE_WORDS = 30
SENTENCE_END_RE = re.compile(r"[.!?…:;][»”\"’')\]]*\s*$|[»”\"]\s*\.?\s*$")
# Titles and headings are short and do not end like a sentence.
MAX_HEADING_WORDS = 16
MAX_HEADING_CHARS = 140
MAX_TITLE_WORDS = 30
# (A final ellipsis is not a full stop: "La Bourse termine en hausse..." is a teaser.)
HEADING_END_RE = re.compile(r"(?<!\.\.)[.,;:]\s*$")
ELLIPSIS_END_RE = re.compile(r"(?:\.\.\.|…)\s*[»”\"]?\s*$")
# "AccueilACTUALITEL’Otan...", "Accueil > Monde > Europe", "Home / News"
BREADCRUMB_RE = re.compile(
    r"^(?:Accueil|ACCUEIL|Home|HOME)(?=[A-ZÀ-Þ]|\s*[>›»/|])|^(?:[^>›/|]{1,40}\s[>›/|]\s){2,}"
)
# "title: x", "Date: 1999-01-01": a key-value line that only looks like metadata.
# French puts a space before the colon ("Presse : face au recul..."), keys do not.
KEY_VALUE_RE = re.compile(r"^[A-Za-z][\w-]{0,24}:\s*\S")
# A photo caption ends with its credit: "... © Reuters / X", "... JANIS OZOLS / REUTERS"
# (a photographer's names before the slash, so a heading "Relations UE / OTAN" is not one).
CAPTION_CREDIT_RE = re.compile(
    r"(?:(?:^|\s)©\s*\S.*"
    r"|\b[A-ZÀ-Þ][A-ZÀ-Þ'-]+\s+[A-ZÀ-Þ][A-ZÀ-Þ .'-]*\s*/\s*(?:AFP|REUTERS|AP|EPA|SIPA|ANADOLU"
    r"|[A-Z]{3,}))\s*$"
)
# A bare "À lire aussi" announces the headline on the next line.
MAX_BARE_MARKER_WORDS = 4
# A run of consecutive lines is one page component (a newsletter form, a share
# bar): when most of its lines are debris, the rest of it is too.
MIN_BLOCK_LINES = 3
# Content words for the topic check: 4 letters or more, rarer than 1 in 10,000
# words (so "les", "pour", "mois", "trois" are out), compared on their first 5 letters
# so that "sabotage" meets "saboter".
MIN_CONTENT_WORD = 4
FUNCTION_WORD_FREQUENCY = 1e-4
STEM_LENGTH = 5
MIN_HEADLINE_CONTENT_WORDS = 4
MIN_SHARED_SHARE = 0.25
BLOCK_DEBRIS_SHARE = 2 / 3
# A repeated title must cover at least this share of the title to count as one.
MIN_REPEAT_SHARE = 0.5
# The body's apostrophe style is settled when one form has this share of uses.
DOMINANT_STYLE_SHARE = 0.8


@dataclass(frozen=True)
class Shape:
    """What the rules need to know of a line's form."""

    text: str
    words: int

    @property
    def is_prose(self) -> bool:
        if self.words >= ALWAYS_PROSE_WORDS:
            return True
        return self.words >= MIN_PROSE_WORDS and bool(SENTENCE_END_RE.search(self.text))

    @property
    def is_heading_shaped(self) -> bool:
        return (
            0 < self.words <= MAX_HEADING_WORDS
            and len(self.text) <= MAX_HEADING_CHARS
            and not HEADING_END_RE.search(self.text)
            and not self.is_prose
        )

    @property
    def is_title_shaped(self) -> bool:
        return 0 < self.words <= MAX_TITLE_WORDS and not self.text.endswith(".")


def shape_of(text: str) -> Shape:
    stripped = text.strip()
    return Shape(stripped, len(stripped.split()))


def classify_lines(draft: Draft) -> Draft:
    """Classify every line of the draft, applying the notes' corrections last."""
    classified = classify(draft.lines)
    return draft.but(classified=tuple(apply_overrides(classified, draft.notes)))


def classify(lines: tuple[Line, ...]) -> list[ClassifiedLine]:
    """Return one ClassifiedLine per line, in order."""
    shapes = [shape_of(line.text) for line in lines]
    result: list[ClassifiedLine] = []
    title: str | None = None
    index = 0
    # Header: up to the first prose line, after the title, that no rule claims.
    while index < len(lines):
        line, shape = lines[index], shapes[index]
        verdict = classify_header_line(shape, title)
        if verdict is None:
            break
        kind, reason, field = verdict
        if field == "title":
            title = shape.text
        result.append(ClassifiedLine(line.number, line.text, kind, reason, field))
        index += 1
    body_start = index
    style = dominant_apostrophe(shapes[body_start:])
    topic = topic_stems(shapes[body_start:])
    prose_after = prose_after_each(shapes)
    in_tail = awaiting_link_target = False
    for index in range(body_start, len(lines)):
        line, shape = lines[index], shapes[index]
        if in_tail:
            kind, reason, field = classify_tail_line(shape)
        elif awaiting_link_target and shape.text and shape.is_heading_shaped:
            # The headline announced by a bare "À lire aussi" line above it.
            kind, reason, field = Kind.REMOVED, "related-link", None
        else:
            glued = index + 1 < len(lines) and shapes[index + 1].is_prose
            kind, reason, field = classify_body_line(
                shape,
                title,
                style,
                topic,
                glued_to_prose=glued,
                prose_follows=prose_after[index],
            )
            in_tail = reason in TAIL_MARKERS
        if shape.text:
            awaiting_link_target = reason == "related-link" and is_bare_marker(shape)
        result.append(ClassifiedLine(line.number, line.text, kind, reason, field))
    return apply_block_rules(result, shapes)


def classify_header_line(shape: Shape, title: str | None) -> tuple[Kind, str, str | None] | None:
    """Classify a line above the article's first paragraph; None where the article starts."""
    text = shape.text
    if not text:
        return Kind.BLANK, "blank", None
    if common := classify_common(shape, title):
        return common
    if BREADCRUMB_RE.search(text):
        return Kind.REMOVED, "breadcrumb", None
    # The article starts at the first unclaimed prose line after the title (or
    # at the first one at all, for a page whose title was not copied).
    if shape.is_prose and (title is not None or not shape.is_title_shaped):
        return None
    if title is None and shape.is_title_shaped and is_foreign(text):
        return Kind.METADATA, "original-title", "original_title"
    if title is None and shape.is_title_shaped:
        return Kind.METADATA, "title", "title"
    if title is None:
        return Kind.PARAGRAPH, "text-before-title", None
    # Below the title and above the first paragraph: a standfirst or subtitle.
    return Kind.PARAGRAPH, "standfirst", None


def classify_body_line(
    shape: Shape,
    title: str | None,
    style: str | None,
    topic: frozenset[str],
    *,
    glued_to_prose: bool,
    prose_follows: bool,
) -> tuple[Kind, str, str | None]:
    """Classify a line of the article, between its first paragraph and its tail."""
    text = shape.text
    if not text:
        return Kind.BLANK, "blank", None
    if common := classify_common(shape, title):
        return common
    if BRACKETED_LINK_RE.match(text):
        return Kind.REMOVED, "related-link", None
    if not shape.is_heading_shaped:
        return Kind.PARAGRAPH, "text", None
    # A short line without final punctuation: a section heading, or the
    # headline of another article left where its link was.
    if is_foreign(text):
        return Kind.REMOVED, "foreign-teaser", None
    if ELLIPSIS_END_RE.search(text):
        return Kind.REMOVED, "truncated-teaser", None
    if glued_to_prose:
        return Kind.REMOVED, "inserted-teaser", None
    if style is not None and apostrophe_style(text) not in (None, style):
        return Kind.REMOVED, "inserted-teaser", None
    if not prose_follows:
        return Kind.REMOVED, "trailing-line", None
    if is_off_topic(text, topic):
        return Kind.REMOVED, "unrelated-teaser", None
    return Kind.HEADING, "heading", None


def classify_tail_line(shape: Shape) -> tuple[Kind, str, str | None]:
    """Classify a line after a tail marker: metadata credits survive, the rest is removed."""
    text = shape.text
    if not text:
        return Kind.BLANK, "blank", None
    if field := match_credit(text):
        return Kind.METADATA, field.replace("_", "-"), field
    if SEPARATOR_RE.match(text):
        return Kind.REMOVED, "separator", None
    if PAGE_CODE_RE.match(text):
        return Kind.REMOVED, "page-code", None
    if reason := match_debris(text) or match_debris(text, TAIL_RULES):
        return Kind.REMOVED, reason, None
    if shape.is_heading_shaped or ELLIPSIS_END_RE.search(text):
        return Kind.REMOVED, "unrelated-teaser", None
    return Kind.REMOVED, "page-tail", None


def classify_common(shape: Shape, title: str | None) -> tuple[Kind, str, str | None] | None:
    """Rules that hold in the header and in the article alike."""
    text = shape.text
    if SEPARATOR_RE.match(text):
        return Kind.REMOVED, "separator", None
    if field := match_credit(text):
        return Kind.METADATA, field.replace("_", "-"), field
    if reason := match_debris(text):
        return Kind.REMOVED, reason, None
    if PAGE_CODE_RE.match(text):
        return Kind.REMOVED, "page-code", None
    if CAPTION_CREDIT_RE.search(text):
        return Kind.REMOVED, "image-caption", None
    if KEY_VALUE_RE.match(text) and shape.words <= MAX_HEADING_WORDS:
        # Front matter or "Date: ..." inside a page is text, never metadata.
        return Kind.PARAGRAPH, "metadata-lookalike", None
    if title is not None and is_repeat_of(text, title):
        return Kind.REMOVED, "repeated-title", None
    return None


def is_bare_marker(shape: Shape) -> bool:
    return shape.words <= MAX_BARE_MARKER_WORDS and ":" not in shape.text


def apply_block_rules(result: list[ClassifiedLine], shapes: list[Shape]) -> list[ClassifiedLine]:
    """Rules over runs of consecutive non-blank lines: captions, and debris components."""
    runs, current = [], []
    for position, line in enumerate(result):
        if line.kind is Kind.BLANK:
            if current:
                runs.append(current)
            current = []
        else:
            current.append(position)
    if current:
        runs.append(current)
    for run in runs:
        if len(run) < 2:
            continue
        reasons = [result[p].reason for p in run if result[p].kind is Kind.REMOVED]
        for offset, position in enumerate(run):
            line = result[position]
            if not line.is_body:
                continue
            neighbours = [run[i] for i in (offset - 1, offset + 1) if 0 <= i < len(run)]
            if any(result[n].reason == "image-credit" for n in neighbours):
                result[position] = removed(line, "image-caption")
            elif len(run) >= MIN_BLOCK_LINES and len(reasons) >= BLOCK_DEBRIS_SHARE * len(run):
                result[position] = removed(line, max(set(reasons), key=reasons.count))
    return result


def removed(line: ClassifiedLine, reason: str) -> ClassifiedLine:
    return ClassifiedLine(line.number, line.text, Kind.REMOVED, reason)


def normalize_for_comparison(text: str) -> str:
    """Fold case, accents and punctuation: "Les États-Unis" -> "les etats unis"."""
    # NFKD leaves the ligatures whole: "œuvre" must meet "oeuvre".
    folded = unicodedata.normalize("NFKD", text.casefold().replace("œ", "oe").replace("æ", "ae"))
    letters = "".join(c if c.isalnum() else " " for c in folded if not unicodedata.combining(c))
    return " ".join(letters.split())


def is_repeat_of(text: str, title: str) -> bool:
    """True when text is the title again, whole or truncated, with or without accents."""
    line, whole = normalize_for_comparison(text), normalize_for_comparison(title)
    if not line or not whole:
        return False
    return line == whole or (whole.startswith(line) and len(line) >= MIN_REPEAT_SHARE * len(whole))


def stems_of(text: str) -> frozenset[str]:
    """Crude stems of the content words: accents folded, first letters, frequent words out."""
    stems = set()
    for word in normalize_for_comparison(text).split():
        if len(word) >= MIN_CONTENT_WORD and french_frequency(word) < FUNCTION_WORD_FREQUENCY:
            stems.add(word[:STEM_LENGTH])
    return frozenset(stems)


def is_off_topic(text: str, topic: frozenset[str]) -> bool:
    """True for a long headline that shares almost no content word with the article.

    Short section headings ("Le coût, premier obstacle") may share none and still
    belong; a full news headline about something else shares one at most.
    """
    stems = stems_of(text)
    if len(stems) < MIN_HEADLINE_CONTENT_WORDS or not topic:
        return False
    return len(stems & topic) < MIN_SHARED_SHARE * len(stems)


def topic_stems(shapes: list[Shape]) -> frozenset[str]:
    """The stems of every prose line of the article: what it is about."""
    stems: set[str] = set()
    for shape in shapes:
        if shape.is_prose:
            stems |= stems_of(shape.text)
    return frozenset(stems)


def apostrophe_style(text: str) -> str | None:
    """Return "typographic" (’), "straight" (') or None for a text with neither or both."""
    curly, straight = "’" in text, "'" in text
    if curly == straight:
        return None
    return "typographic" if curly else "straight"


def dominant_apostrophe(shapes: list[Shape]) -> str | None:
    """Return the apostrophe style of the article's prose when one form clearly dominates."""
    curly = sum(shape.text.count("’") for shape in shapes if shape.is_prose)
    straight = sum(shape.text.count("'") for shape in shapes if shape.is_prose)
    total = curly + straight
    if total == 0:
        return None
    if curly >= DOMINANT_STYLE_SHARE * total:
        return "typographic"
    if straight >= DOMINANT_STYLE_SHARE * total:
        return "straight"
    return None


def prose_after_each(shapes: list[Shape]) -> list[bool]:
    """For each line, whether a prose line comes somewhere after it (one backward pass)."""
    result = [False] * len(shapes)
    seen = False
    for index in range(len(shapes) - 1, -1, -1):
        result[index] = seen
        seen = seen or shapes[index].is_prose
    return result


def apply_overrides(classified: list[ClassifiedLine], notes: SeedNotes) -> list[ClassifiedLine]:
    """Apply the curated corrections of a notes file to the classes of their lines.

    A correction names its line by number and may quote its text; a number past
    the end or a quote that no longer matches is an error naming the notes file.
    """
    by_number = {line.number: position for position, line in enumerate(classified)}
    result = list(classified)
    for override in notes.lines:
        if override.line not in by_number:
            raise NotesError(f"{notes.path}: line {override.line} does not exist in the seed")
        position = by_number[override.line]
        line = result[position]
        if override.text is not None and override.text.strip() != line.text.strip():
            raise NotesError(
                f"{notes.path}: line {override.line} reads {line.text.strip()!r}, "
                f"not {override.text.strip()!r}"
            )
        kind = Kind(override.kind)
        field = override.field if kind is Kind.METADATA else None
        result[position] = ClassifiedLine(line.number, line.text, kind, override.reason, field)
    return result
