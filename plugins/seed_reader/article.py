"""The article and what follows it: paragraphs, headings, teasers, related blocks, comments.

From its first paragraph on, the page is read line by line in one of these states:

- article: prose is kept; a short line is a section heading or another story's
  headline, decided from evidence (`judge_short_line`);
- announced: a bare "À lire aussi" announces one headline, the next line;
- related: after a list marker ("Sur le même sujet", "Dans la même rubrique"), the
  headlines and summaries of other stories;
- tail: after a "Lire la suite" button, or prose that is not the article;
- signed: after a closing credit (translator, source): an information box may follow;
- comments: after a comment-section marker (below the third paragraph), the readers'.

A marker never cuts the article for good: from related, tail, signed or comments,
the article resumes at a long paragraph that continues its vocabulary and is not
introduced by another story's headline or a commenter's name (`resumes_article`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .components import BLANK, Verdict, furniture_key, removal
from .credits import match_credit
from .debris import BRACKETED_LINK_RE, PAGE_CODE_RE, SEPARATOR_RE, match_tail_debris
from .language import is_foreign, words_of
from .model import Kind
from .shapes import (
    ELLIPSIS_END_RE,
    Shape,
    apostrophe_style,
    continuity,
    is_repeat_of,
    weighted_terms,
)

# What each marker opens.
LIST_MARKERS = frozenset({"more-articles"})
TAIL_MARKERS = frozenset({"read-more"})
# A bare "À lire aussi" announces what follows; "Lire aussi : headline" is whole.
MAX_BARE_MARKER_WORDS = 4
# The headline a bare marker announces is no longer than a title.
MAX_ANNOUNCED_WORDS = 30
# The article resumes after a marker at a paragraph this long (summaries of other
# stories and comments are shorter) that continues the article's vocabulary.
MIN_RESUMING_WORDS = 30
MIN_CONTINUITY = {"related": 0.15, "tail": 0.3, "signed": 0.3, "comments": 0.3}
# A comment section follows an article: a comment button above the third
# paragraph belongs to a share bar.
MIN_PARAGRAPHS_BEFORE_COMMENTS = 3
# Credits that sign an article off: below them, prose must continue the article.
SIGN_OFF_FIELDS = frozenset({"translator", "source_credit"})
# Lines that prove a comment thread: "Répondre", "Signaler un abus".
THREAD_BUTTON_RE = re.compile(r"^(?:r[ée]pondre|signaler)\b", re.IGNORECASE)
# A heading's next paragraphs develop it when they share this share of its words.
MIN_DEVELOPMENT_SHARE = 0.25
DEVELOPMENT_PARAGRAPHS = 2
# Evidence for a short line between paragraphs (positive: heading; negative: teaser).
PROSE_FOLLOWS = 2.0
DEVELOPED = 2.0
NOT_DEVELOPED = -1.0
SHORT_HEADING = 1.0
MAX_SHORT_HEADING_WORDS = 10
LONG_HEADLINE = -1.0
MIN_LONG_HEADLINE_WORDS = 14
RUBRIC_HEADLINE = -2.0
SITE_FURNITURE = -3.0
OFF_TOPIC = -2.0
NOT_ALONE = -2.0
# "Guerre en Ukraine : dans les territoires occupés, ...": a rubric, a colon, a headline.
RUBRIC_HEADLINE_RE = re.compile(r"^[^:]{2,40}\s:\s\S")
MIN_RUBRIC_HEADLINE_WORDS = 8
# A full headline (section headings are shorter, and may share no word) with this
# many terms, of which less than this share is the article's, is
# about something else.
MIN_OFF_TOPIC_WORDS = 8
MIN_OFF_TOPIC_TERMS = 3
MAX_OFF_TOPIC = 0.1
# Removal reasons of lines that introduce someone else's text (a headline, a name).
INTRODUCERS = frozenset({"related-list", "related-link", "unrelated-teaser", "comments"})


@dataclass(frozen=True)
class Page:
    """What the article's rules know of the whole page."""

    shapes: list[Shape]
    verdicts: list[Verdict | None]
    title: str | None
    style: str | None  # the body's apostrophe style
    topic: frozenset[str]  # stems of the article's prose
    blank_separated: bool
    furniture: frozenset[str]  # short lines found in other seeds
    prose_after: list[bool]  # whether an unsettled prose line comes after each line

    def next_text(self, index: int) -> int | None:
        return next((j for j in range(index + 1, len(self.shapes)) if self.shapes[j].text), None)

    def previous_text(self, index: int) -> int | None:
        return next((j for j in range(index - 1, -1, -1) if self.shapes[j].text), None)

    def is_open_prose(self, index: int | None) -> bool:
        return index is not None and self.verdicts[index] is None and self.shapes[index].is_prose


class Reading:
    """The state of the article's reader, and what it has kept so far."""

    def __init__(self) -> None:
        self.state = "article"
        self.terms: set[str] = set()  # stems of the paragraphs kept so far
        self.paragraphs = 0
        self.in_thread = False  # a reply or report button: the comments are real
        # Whether the last non-blank line introduces someone else's text: a
        # headline standing alone (a list of several headlines has no summaries),
        # a commenter's name.
        self.introduced = False

    def keep(self, shape: Shape) -> None:
        self.terms |= set(weighted_terms(shape.text))
        self.paragraphs += 1


def classify_article(page: Page, start: int) -> list[Verdict]:
    """Return the verdict of every line from start to the end of the page."""
    result: list[Verdict] = []
    reading = Reading()
    for index in range(start, len(page.shapes)):
        shape = page.shapes[index]
        verdict = BLANK if not shape.text else next_verdict(page, index, reading)
        if shape.text:
            reading.introduced = verdict.reason in INTRODUCERS and not in_list(page, index)
        result.append(verdict)
    return result


def in_list(page: Page, index: int) -> bool:
    """True for a line glued to another short line above or below it: an item of a list."""
    return (
        any(
            0 <= j < len(page.shapes) and page.shapes[j].text and not page.shapes[j].is_prose
            for j in (index - 1, index + 1)
        )
        and page.blank_separated
    )


def next_verdict(page: Page, index: int, reading: Reading) -> Verdict:
    shape, settled = page.shapes[index], page.verdicts[index]
    state = reading.state
    if state == "announced" and settled is None and shape.words <= MAX_ANNOUNCED_WORDS:
        # The announced headline, and the ones glued under it (a list of links).
        following = page.next_text(index)
        if following != index + 1 or page.is_open_prose(following) or page.verdicts[following]:
            reading.state = "article"
        return removal("related-link", 0.9)
    if state in MIN_CONTINUITY and page.is_open_prose(index):
        if resumes_article(shape, reading):
            reading.state = state = "article"
        elif state == "related" or state == "signed":
            reading.state = state = "tail"
    if state == "comments":
        reading.in_thread = reading.in_thread or bool(THREAD_BUTTON_RE.match(shape.text))
        return settled if is_settled_footer(settled) else removal("comments", 0.85)
    if state == "tail":
        return tail_verdict(shape, settled)
    if state == "related" and settled is None:
        return removal("related-list", 0.85)
    verdict = article_verdict(page, index, settled)
    if verdict.kind is Kind.PARAGRAPH:
        reading.keep(shape)
    elif verdict.reason in LIST_MARKERS:
        reading.state = "related"
    elif verdict.reason in TAIL_MARKERS:
        reading.state = "tail"
    elif verdict.reason == "related-link" and is_bare_marker(shape):
        reading.state = "announced"
    elif verdict.reason == "comments" and reading.paragraphs >= MIN_PARAGRAPHS_BEFORE_COMMENTS:
        reading.state, reading.in_thread = "comments", False
    elif verdict.field in SIGN_OFF_FIELDS and reading.paragraphs >= MIN_PARAGRAPHS_BEFORE_COMMENTS:
        reading.state = "signed"
    elif state == "announced":
        reading.state = "article"
    return verdict


def is_bare_marker(shape: Shape) -> bool:
    """A label alone ("À lire aussi", "Voir aussi :"), not "Lire aussi : headline"."""
    label = shape.text.rstrip(" :›>–-\u00a0")
    return shape.words <= MAX_BARE_MARKER_WORDS and ":" not in label


def resumes_article(shape: Shape, reading: Reading) -> bool:
    """True for a long paragraph that continues the article, not introduced by another's text."""
    if shape.words < MIN_RESUMING_WORDS:
        return False
    if reading.state == "comments" and reading.in_thread:
        return False
    if reading.introduced:
        return False
    return continuity(shape.text, frozenset(reading.terms)) >= MIN_CONTINUITY[reading.state]


def is_settled_footer(verdict: Verdict | None) -> bool:
    return verdict is not None and verdict.reason in {"footer", "navigation"}


def article_verdict(page: Page, index: int, verdict: Verdict | None) -> Verdict:
    shape = page.shapes[index]
    if page.title and is_repeat_of(shape.text, page.title):
        return removal("repeated-title")
    if verdict is not None:
        return verdict
    if BRACKETED_LINK_RE.match(shape.text):
        return removal("related-link", 0.9)
    if not shape.is_heading_shaped:
        if not shape.ends_sentence and not has_prose_after(page, index):
            # A long line without a sentence's end, after the article: a headline.
            return removal("trailing-line", 0.75)
        return Verdict(Kind.PARAGRAPH, "text", None, 0.9 if shape.is_prose else 0.75)
    return judge_short_line(page, index)


def judge_short_line(page: Page, index: int) -> Verdict:
    """A section heading, or another story's headline left where its link was."""
    shape = page.shapes[index]
    text = shape.text
    if is_foreign(text):
        return removal("foreign-teaser", 0.9)
    if ELLIPSIS_END_RE.search(text):
        return removal("truncated-teaser", 0.9)
    following = page.next_text(index)
    glued = following == index + 1 and page.is_open_prose(following)
    if page.blank_separated and glued:
        return removal("inserted-teaser", 0.85)
    if page.style is not None and apostrophe_style(text) not in (None, page.style):
        return removal("inserted-teaser", 0.85)
    if not has_prose_after(page, index):
        return removal("trailing-line", 0.85)
    score, reason = heading_evidence(page, index, following)
    confidence = min(0.95, 0.5 + 0.1 * abs(score))
    if score >= 1:
        return Verdict(Kind.HEADING, "heading", None, confidence)
    return removal(reason, confidence)


def heading_evidence(page: Page, index: int, following: int | None) -> tuple[float, str]:
    """Sum the evidence for a heading; return it with the reason to give a teaser."""
    shape = page.shapes[index]
    own = weighted_terms(shape.text)
    score, reason = 0.0, "inserted-teaser"
    score += PROSE_FOLLOWS if page.is_open_prose(following) else -PROSE_FOLLOWS
    development = continuity(shape.text, next_paragraph_terms(page, index))
    if development >= MIN_DEVELOPMENT_SHARE:
        score += DEVELOPED
    elif own:
        score += NOT_DEVELOPED
    if shape.words <= MAX_SHORT_HEADING_WORDS:
        score += SHORT_HEADING
    elif shape.words >= MIN_LONG_HEADLINE_WORDS:
        score += LONG_HEADLINE
    if (
        RUBRIC_HEADLINE_RE.match(shape.text)
        and len(words_of(shape.text)) >= MIN_RUBRIC_HEADLINE_WORDS
    ):
        score += RUBRIC_HEADLINE
    if is_off_topic(shape.text, page.topic):
        score, reason = score + OFF_TOPIC, "unrelated-teaser"
    previous = page.previous_text(index)
    if (
        previous is not None
        and page.verdicts[previous] is None
        and not page.shapes[previous].is_prose
    ):
        score += NOT_ALONE
    if furniture_key(shape.text) in page.furniture:
        score, reason = score + SITE_FURNITURE, "site-furniture"
    return score, reason


def has_prose_after(page: Page, index: int) -> bool:
    return page.prose_after[index]


def is_off_topic(text: str, topic: frozenset[str]) -> bool:
    """True for a full headline that shares almost none of its vocabulary with the article.

    Short section headings ("Le coût, premier obstacle") may share none and still
    belong; a full news headline about something else shares little.
    """
    if not topic or len(words_of(text)) < MIN_OFF_TOPIC_WORDS:
        return False
    if len(weighted_terms(text)) < MIN_OFF_TOPIC_TERMS:
        return False
    return continuity(text, topic) < MAX_OFF_TOPIC


def next_paragraph_terms(page: Page, index: int) -> frozenset[str]:
    terms: set[str] = set()
    found = 0
    for j in range(index + 1, len(page.shapes)):
        if page.is_open_prose(j):
            terms |= set(weighted_terms(page.shapes[j].text))
            found += 1
            if found == DEVELOPMENT_PARAGRAPHS:
                break
    return frozenset(terms)


def tail_verdict(shape: Shape, verdict: Verdict | None) -> Verdict:
    """A line after the article: credits stay metadata, the rest is removed."""
    text = shape.text
    if field := match_credit(text):
        return Verdict(Kind.METADATA, field.replace("_", "-"), field, 0.9)
    if SEPARATOR_RE.match(text):
        return removal("separator", 1.0)
    if PAGE_CODE_RE.match(text):
        return removal("page-code", 0.9)
    if reason := match_tail_debris(text):
        return removal(reason, 0.9)
    if verdict is not None and verdict.kind is Kind.REMOVED:
        return verdict
    if shape.is_heading_shaped or ELLIPSIS_END_RE.search(text):
        return removal("unrelated-teaser", 0.8)
    # Prose after the article: a decision that `make review` shows.
    return removal("page-tail", 0.7 if shape.is_prose else 0.8)
