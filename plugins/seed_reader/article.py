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

from .credits import match_credit
from .debris import BRACKETED_LINK_RE, PAGE_CODE_RE, SEPARATOR_RE, match_tail_debris
from .headings import Page, has_prose_after, judge_short_line
from .model import Kind
from .shapes import ELLIPSIS_END_RE, Shape, continuity, is_repeat_of, weighted_terms
from .verdict import BLANK, Verdict, removal

# What each marker opens.
LIST_MARKERS = frozenset({"more-articles"})
TAIL_MARKERS = frozenset({"read-more"})
# A bare "À lire aussi" announces what follows; "Lire aussi : headline" is whole.
MAX_BARE_MARKER_WORDS = 4
# The headline a bare marker announces is no longer than a title.
MAX_ANNOUNCED_WORDS = 30
# The article resumes after a marker at a paragraph this long that continues its
# vocabulary. After "Lire la suite", a credit or a comment counter, the paragraph
# must be long (comments and summaries of other stories are shorter); after a list
# of headlines, a summary is told apart by the headline right above it instead.
MIN_RESUMING_WORDS = {"related": 0, "tail": 30, "signed": 30, "comments": 30}
# After a list of other stories, a long paragraph not introduced by a headline of
# its own is the article going on: some shared vocabulary is enough. After "Lire la
# suite", a credit or a comment counter, it must clearly continue the article.
MIN_CONTINUITY = {"related": 0.05, "tail": 0.3, "signed": 0.3, "comments": 0.3}
# A comment section follows an article: a comment button above the third
# paragraph belongs to a share bar.
MIN_PARAGRAPHS_BEFORE_COMMENTS = 3
# Credits that sign an article off: below them, prose must continue the article.
SIGN_OFF_FIELDS = frozenset({"translator", "source_credit"})
# Lines that prove a comment thread: "Répondre", "Signaler un abus".
THREAD_BUTTON_RE = re.compile(r"^(?:r[ée]pondre|signaler)\b", re.IGNORECASE)
# Removal reasons of lines that introduce someone else's text (a headline, a name).
INTRODUCERS = frozenset({"related-list", "related-link", "unrelated-teaser", "comments"})


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
        return removal(match_tail_debris(shape.text) or "related-list", 0.85)
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
    if shape.words < MIN_RESUMING_WORDS[reading.state]:
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
    if page.is_interview and shape.is_question:
        return Verdict(Kind.PARAGRAPH, "interview-question", None, 0.8)
    if not shape.is_heading_shaped:
        if not shape.ends_sentence and not has_prose_after(page, index):
            # A long line without a sentence's end, after the article: a headline.
            return removal("trailing-line", 0.75)
        return Verdict(Kind.PARAGRAPH, "text", None, 0.9 if shape.is_prose else 0.75)
    return judge_short_line(page, index)


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
