"""Stage 3: give every line a class (paragraph, heading, metadata, removed, blank) and a reason.

The decision is made from evidence that holds across sites, in this order:

1. the line's own form (components.rule_verdict): separators, credits and stamps,
   calls to action, photo credits, breadcrumbs;
2. the components it belongs to (components.mark_components): a photo credit's
   caption, a run of short link-like lines (menus, share bars, footers), a block of
   lines that is mostly debris;
3. the title, by evidence rather than position (title.py), and the site's name;
4. the head of the page above the first paragraph (header.py);
5. the article and what follows it (article.py): headings against teasers,
   related blocks, comment sections, the page's tail.

Every verdict carries a confidence; `make review` lists the least certain ones.
"""

from __future__ import annotations

import re

from .article import classify_article
from .components import (
    absorb_into_debris_blocks,
    furniture_key,
    mark_components,
    rule_verdict,
    uses_blank_lines,
)
from .corpus import is_furniture_shaped
from .header import classify_header, find_body_start
from .headings import Page
from .model import ClassifiedLine, CorpusFacts, Draft, Line
from .shapes import continuity, dominant_apostrophe, shape_of, terms_of_lines
from .site import find_site_line
from .title import choose_title
from .verdict import Verdict, removal


def classify_lines(draft: Draft) -> Draft:
    """Classify every line of the draft."""
    classified, choice = classify(draft.lines, draft.corpus)
    return draft.but(classified=tuple(classified), title_choice=choice)


def classify(lines: tuple[Line, ...], corpus: CorpusFacts | None = None):
    """Return one ClassifiedLine per line, in order, and the title choice."""
    corpus = corpus or CorpusFacts()
    shapes = [shape_of(line.text) for line in lines]
    verdicts = mark_components(shapes, [rule_verdict(shape) for shape in shapes])
    verdicts = mark_site_furniture(shapes, verdicts, corpus)
    choice = choose_title(shapes, verdicts)
    site = find_site_line(shapes, verdicts, choice.line)
    body_start = find_body_start(shapes, verdicts, choice.line)
    header = classify_header(shapes, verdicts, choice, site, body_start)
    body = shapes[body_start:]
    page = Page(
        shapes=shapes,
        verdicts=verdicts,
        title=shapes[choice.line].text if choice.line is not None else None,
        style=dominant_apostrophe(body),
        topic=terms_of_lines(body),
        blank_separated=uses_blank_lines(shapes),
        furniture=corpus.furniture,
        prose_after=prose_after_each(shapes, verdicts),
        is_interview=is_interview(body, verdicts[body_start:]),
    )
    article = classify_article(page, body_start)
    final = absorb_into_debris_blocks(shapes, header + article)
    classified = [
        ClassifiedLine(line.number, line.text, v.kind, v.reason, v.field, v.confidence)
        for line, v in zip(lines, final, strict=True)
    ]
    return classified, choice


# An article with this many short questions between its paragraphs is an interview.
MIN_INTERVIEW_QUESTIONS = 3
INTERVIEW_BYLINE_RE = re.compile(r"^propos\s+recueillis\s+par\b", re.IGNORECASE)


# An interviewer speaks to the interviewee: "Pensez-vous que...", "Votre rôle...".
ADDRESS_RE = re.compile(r"(?:\b|-)(?:vous|votre|vos)\b", re.IGNORECASE)
# Of an interview's questions, at least this share address the interviewee; an
# explainer's questions ("Qu'est-ce que le Zapad ?") are its section headings.
MIN_ADDRESSED_SHARE = 0.5


def is_interview(shapes, verdicts) -> bool:
    """Questions and answers: several questions put to someone, or "Propos recueillis par"."""
    questions = [
        shape.text for shape, verdict in zip(shapes, verdicts, strict=True)
        if verdict is None and shape.is_question and not shape.is_prose
    ]  # fmt: skip
    if any(INTERVIEW_BYLINE_RE.match(shape.text) for shape in shapes):
        return True
    addressed = sum(1 for text in questions if ADDRESS_RE.search(text))
    return len(questions) >= MIN_INTERVIEW_QUESTIONS and addressed >= MIN_ADDRESSED_SHARE * len(
        questions
    )


def prose_after_each(shapes, verdicts) -> list[bool]:
    """For each line, whether an unsettled prose line comes after it (one backward pass)."""
    result = [False] * len(shapes)
    seen = False
    for index in range(len(shapes) - 1, -1, -1):
        result[index] = seen
        seen = seen or (verdicts[index] is None and shapes[index].is_prose)
    return result


def mark_site_furniture(shapes, verdicts: list[Verdict | None], corpus: CorpusFacts):
    """Short lines that other seeds of the archive also carry are the site's furniture.

    Only outside the article's prose (above its first prose line, below its last),
    and never a line that shares the article's vocabulary (the title of a
    syndicated dispatch repeats across seeds too). Between paragraphs such a line
    is one piece of evidence among others (article.heading_evidence).
    """
    if not corpus.furniture:
        return verdicts
    prose = [i for i, s in enumerate(shapes) if verdicts[i] is None and s.is_prose]
    if not prose:
        return verdicts
    article = terms_of_lines([shapes[i] for i in prose])
    result = list(verdicts)
    for index, shape in enumerate(shapes):
        if verdicts[index] is not None or prose[0] <= index <= prose[-1]:
            continue
        if (
            furniture_key(shape.text) in corpus.furniture
            and is_furniture_shaped(shape.text)
            and continuity(shape.text, article) < MAX_FURNITURE_CONTINUITY
        ):
            result[index] = removal("site-furniture", 0.85)
    return result


# A line sharing this much of its vocabulary with the article is about it.
MAX_FURNITURE_CONTINUITY = 0.5
