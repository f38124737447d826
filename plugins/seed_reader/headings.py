"""A short line between paragraphs: a section heading, or another story's headline?

The line's own form settles a few cases (another language, a final ellipsis, glued
to the next paragraph in a page that separates its paragraphs with blank lines,
another apostrophe style, nothing but furniture after it). Otherwise evidence is
summed (`heading_evidence`): for a heading, prose follows it and develops its words,
and it is short; for a teaser, it is a long headline, a "Rubrique : titre", about
something else than the article, one of several short lines in a row, or furniture
that other seeds of the archive repeat.

A line that is not a heading is cut on evidence that it leads elsewhere: one of the
teaser's marks above, or a headline's shape among other short lines. Without such
evidence a short line that speaks of the article's subject (most of its words are
the article's) or gives a figure among other figures (a box of key figures) is the
article's own: a closing sentence, a one-line paragraph. It is kept, with a low
confidence that `make review` shows; any other short line goes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .components import SALES_REASONS, furniture_key
from .language import is_foreign, words_of
from .model import Kind
from .shapes import (
    ELLIPSIS_END_RE,
    Shape,
    apostrophe_style,
    continuity,
    has_figure,
    weighted_terms,
)
from .verdict import BLANK, Verdict, removal

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
    # An interview: its questions are the interviewer's turns, paragraphs, not headings.
    is_interview: bool = False

    def next_text(self, index: int) -> int | None:
        return next((j for j in range(index + 1, len(self.shapes)) if self.shapes[j].text), None)

    def previous_text(self, index: int) -> int | None:
        return next((j for j in range(index - 1, -1, -1) if self.shapes[j].text), None)

    def is_open_prose(self, index: int | None) -> bool:
        return index is not None and self.verdicts[index] is None and self.shapes[index].is_prose


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
    if has_figure(text) and is_in_figure_box(page, index):
        return Verdict(Kind.PARAGRAPH, "key-figure", None, KEY_FIGURE_CONFIDENCE)
    score, reason = heading_evidence(page, index, following)
    confidence = min(0.95, 0.5 + 0.1 * abs(score))
    if score >= 1:
        return Verdict(Kind.HEADING, "heading", None, confidence)
    if reason is None and is_article_own(page, index):
        return Verdict(Kind.PARAGRAPH, "short-line", None, SHORT_LINE_CONFIDENCE)
    return removal(reason or "inserted-teaser", confidence)


KEY_FIGURE_CONFIDENCE = 0.75
# A short line kept for want of evidence either way: among the first `make review` shows.
SHORT_LINE_CONFIDENCE = 0.6
# A short line speaks of the article's subject with this many content words, this
# share of them (by rarity) the article's.
MIN_OWN_TERMS = 2
MIN_OWN_CONTINUITY = 0.5


def is_article_own(page: Page, index: int) -> bool:
    """A short line about the article's subject, or a figure among a box's figures."""
    text = page.shapes[index].text
    if has_figure(text) and is_in_figure_box(page, index):
        return True
    return (
        len(weighted_terms(text)) >= MIN_OWN_TERMS
        and continuity(text, page.topic) >= MIN_OWN_CONTINUITY
    )


def heading_evidence(page: Page, index: int, following: int | None) -> tuple[float, str | None]:
    """Sum the evidence for a heading; return it with the reason to give a teaser,
    None when nothing shows that the line leads elsewhere."""
    shape = page.shapes[index]
    own = weighted_terms(shape.text)
    score, reason = 0.0, None
    # A box's heading stands above its figures as a section's above its prose.
    opens_figures = (
        following is not None
        and page.verdicts[following] is None
        and has_figure(page.shapes[following].text)
        and is_in_figure_box(page, following)
    )
    # A short sentence opens a section too ("Le ministre a annoncé trois mesures :").
    opens = page.is_open_prose(following) or opens_figures or announces_list(page, following)
    score += PROSE_FOLLOWS if opens else -PROSE_FOLLOWS
    development = continuity(shape.text, next_paragraph_terms(page, index))
    if development >= MIN_DEVELOPMENT_SHARE:
        score += DEVELOPED
    elif own:
        score += NOT_DEVELOPED
    if shape.words <= MAX_SHORT_HEADING_WORDS:
        score += SHORT_HEADING
    elif shape.words >= MIN_LONG_HEADLINE_WORDS:
        score, reason = score + LONG_HEADLINE, "inserted-teaser"
    if (
        RUBRIC_HEADLINE_RE.match(shape.text)
        and len(words_of(shape.text)) >= MIN_RUBRIC_HEADLINE_WORDS
    ):
        score, reason = score + RUBRIC_HEADLINE, "inserted-teaser"
    if is_off_topic(shape.text, page.topic):
        score, reason = score + OFF_TOPIC, "unrelated-teaser"
    previous = page.previous_text(index)
    if (
        previous is not None
        and page.verdicts[previous] is None
        and not page.shapes[previous].is_prose
        and not page.shapes[previous].is_sentence
        and not opens_figures
        and not is_announced(page, previous)
    ):
        # One of several headlines in a row (a box's labels stand among its figures).
        score += NOT_ALONE
        if not shape.ends_sentence and not has_figure(shape.text):
            reason = reason or "inserted-teaser"
    if furniture_key(shape.text) in page.furniture and not opens_figures:
        # (A site's boxes share their heading: "Les chiffres clés".)
        score, reason = score + SITE_FURNITURE, "site-furniture"
    return score, reason


# Lines that sell something (a form, an ad): figures beside them are prices, not the
# article's.
SELLING_REASONS = SALES_REASONS | {"advertisement"}
# How far a box's figures look for a sales pitch around them (non-blank lines).
SALES_WINDOW = 2


def is_in_figure_box(page: Page, index: int) -> bool:
    """Another short line with a figure close by (a box pairs labels and amounts),
    and no offer or button around: key figures. (A paragraph's figures do not count:
    a heading "Une frontière de 1 340 kilomètres" stands among paragraphs.)"""
    around = nearby_texts(page, index, SALES_WINDOW)
    if any(
        page.verdicts[j] is not None and page.verdicts[j].reason in SELLING_REASONS for j in around
    ):
        return False
    return any(
        page.verdicts[j] is None and not page.shapes[j].is_prose and has_figure(page.shapes[j].text)
        for j in around
    )


def nearby_texts(page: Page, index: int, count: int) -> list[int]:
    """The indexes of up to `count` non-blank lines on each side of a line."""
    found = []
    for step in (-1, 1):
        j, seen = index + step, 0
        while 0 <= j < len(page.shapes) and seen < count:
            if page.shapes[j].text:
                found.append(j)
                seen += 1
            j += step
    return found


def announces_list(page: Page, index: int | None) -> bool:
    """A short sentence ending on a colon: "Gabriel Attal a annoncé plusieurs mesures :"."""
    if index is None or page.verdicts[index] is not None:
        return False
    text = page.shapes[index].text
    # (A sentence starts with a capital; "aux articles de X :" ends a line cut in two.)
    return (
        page.shapes[index].words >= MIN_ANNOUNCING_WORDS
        and text[:1].isupper()
        and text.rstrip().endswith(":")
    )


MIN_ANNOUNCING_WORDS = 4


def is_announced(page: Page, index: int) -> bool:
    """A headline glued under a "Lire aussi" label: the teaser is whole, the next line
    is not one more headline of a list."""
    label = index - 1
    return label >= 0 and (page.verdicts[label] or BLANK).reason == "related-link"


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
