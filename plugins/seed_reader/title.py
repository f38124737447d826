"""The title and the site's name, chosen by evidence rather than by position.

Every unsettled, title-shaped line above the article's first paragraphs is a
candidate. Its score adds what a reader uses to tell a headline from a site name,
a menu entry or a banner button:

- it shares content words with the article's prose (the strongest cue);
- it has the length of a headline (five words or more; one or two words are a
  site name or a section);
- the page repeats it (the browser tab's "<title> - Site", a truncated copy);
- a byline, a stamp or a standfirst follows it;
- it is not the site's name (a name the page repeats in its byline or footer),
  nor a copy of another line with the site's name appended.

A headline glued under a menu is swallowed by the menu's run (components.py): a line
settled by its neighbours, not by its own form, is still a candidate when it has a
headline's length and shares most of its words with the article. Against a headline
count what marks a page's bars: a full date inside the line (a byline, category and
stamp glued together) and capitals throughout (a section or a show's banner). A
line that ends on a colon introduces something else. A breadcrumb trail set out
line by line ("Vous êtes ici :", "Accueil", a section, ...) ends on the page's own
title, however short.

The best score wins; ties go to the line nearer the article. The runner-up is kept
for `make review`.
"""

from __future__ import annotations

import re

from .components import rule_verdict
from .language import is_foreign
from .model import Kind, TitleChoice
from .shapes import (
    MAX_TITLE_WORDS,
    Shape,
    is_repeat_of,
    normalize_for_comparison,
    shared_share,
    stems_of,
)
from .site import MAX_SITE_WORDS, TITLE_TAG_RE, is_site_name
from .verdict import Verdict

# Weights of the evidence (see the module docstring).
SHARED_WORDS_WEIGHT = 4.0
HEADLINE_LENGTH_BONUS = 1.0
MIN_HEADLINE_WORDS = 5
SHORT_NAME_PENALTY = 2.5
MAX_SHORT_NAME_WORDS = 2
REPEATED_BONUS = 1.0
FOLLOWED_BONUS = 1.0
# How far below a title its byline, stamp or standfirst may stand (non-blank lines).
FOLLOW_WINDOW = 4
SITE_NAME_PENALTY = 3.0
TITLE_TAG_PENALTY = 3.0
AFTER_PROSE_PENALTY = 1.5
# Below this score no line is a title: the page's title was not copied.
MIN_TITLE_SCORE = 1.0
# A line that a menu's run or a debris block swallowed stays a candidate with this
# much of a headline: its length, and this share of its words in the article.
MIN_SWALLOWED_SHARED = 0.5
# A full date inside the line: "20 janvier 2020", "14/01/2020". A headline names a
# day ("le 20 janvier"), a page's bar stamps the year too.
FULL_DATE_RE = re.compile(
    r"\b\d{1,2}(?:er)?\s+(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec)"
    r"[a-zéû]*\.?\s+\d{4}|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b",
    re.IGNORECASE,
)
STAMP_INSIDE_PENALTY = 2.0
# "Vous êtes ici :", "Accueil", "Home": where a breadcrumb trail starts.
TRAIL_START_RE = re.compile(r"^(?:vous [êe]tes ici\s*:?|accueil|home|you are here\s*:?)$", re.I)
MAX_TRAIL_ENTRIES = 6
TRAIL_END_BONUS = 1.5
# Capitals throughout: a banner, a section, a show's name.
ALL_CAPS_PENALTY = 1.5
MIN_CAPS_LETTERS = 6


def choose_title(shapes: list[Shape], verdicts: list[Verdict | None]) -> TitleChoice:
    """Score the candidate lines and return the best, with the runner-up."""
    prose = text_anchors(shapes, verdicts)
    if not prose:
        return TitleChoice(None, 0.0)
    # Candidates stand above the second prose line: the first may be a standfirst,
    # a caption or a banner that no rule caught.
    window_end = prose[1] if len(prose) > 1 else prose[0]
    scored = []
    trail_ends = breadcrumb_trail_ends(shapes)
    for index in range(window_end):
        shape = shapes[index]
        if not is_candidate(shape):
            continue
        if (
            verdicts[index] is not None
            and not (index in trail_ends and verdicts[index].kind is Kind.REMOVED)
            and not is_swallowed_headline(index, shapes, verdicts, prose)
        ):
            continue
        score = title_score(index, shapes, verdicts, prose)
        if index in trail_ends:
            score += TRAIL_END_BONUS
        scored.append((score, index))
    if not scored:
        return TitleChoice(None, 0.0)
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    best_score, best = scored[0]
    runner_score, runner = scored[1] if len(scored) > 1 else (0.0, None)
    if best_score < MIN_TITLE_SCORE:
        return TitleChoice(None, best_score, best, best_score)
    # The title stands where the page first prints it; copies below repeat it.
    best = first_copy(best, shapes)
    if runner is not None and is_repeat_of(shapes[runner].text, shapes[best].text):
        runner_score, runner = next(
            ((s, i) for s, i in scored[1:] if not is_repeat_of(shapes[i].text, shapes[best].text)),
            (0.0, None),
        )
    return TitleChoice(best, best_score, runner, runner_score)


def first_copy(index: int, shapes: list[Shape]) -> int:
    """The first line that prints the title, in the title's own case (a banner in
    capitals may repeat it above)."""
    text = shapes[index].text
    folded, caps = normalize_for_comparison(text), is_all_caps(text)
    return next(
        i
        for i in range(index + 1)
        if normalize_for_comparison(shapes[i].text) == folded
        and is_all_caps(shapes[i].text) == caps
    )


def text_anchors(shapes: list[Shape], verdicts: list[Verdict | None]) -> list[int]:
    """The unsettled prose lines; for a page of short sentences only, those sentences."""
    prose = [i for i, s in enumerate(shapes) if verdicts[i] is None and s.is_prose]
    return prose or [i for i, s in enumerate(shapes) if verdicts[i] is None and s.is_sentence]


def breadcrumb_trail_ends(shapes: list[Shape]) -> set[int]:
    """The last entry of each breadcrumb trail written one entry a line."""
    ends = set()
    for index, shape in enumerate(shapes):
        if not TRAIL_START_RE.match(shape.text):
            continue
        entries = []
        for j in range(index + 1, min(len(shapes), index + 2 + MAX_TRAIL_ENTRIES)):
            text = shapes[j].text
            if not text:
                if entries:
                    break
                continue
            if not shapes[j].is_link_like or text.endswith(":"):
                break
            entries.append(j)
        # "Accueil" alone, or "Vous êtes ici :" then "Accueil": the trail needs a section.
        entries = [j for j in entries if not TRAIL_START_RE.match(shapes[j].text)]
        if len(entries) >= 2:
            ends.add(entries[-1])
    return ends


def is_candidate(shape: Shape) -> bool:
    return (
        0 < shape.words <= MAX_TITLE_WORDS
        and not shape.text.endswith((".", ":"))
        and not is_foreign(shape.text)
    )


def is_swallowed_headline(
    index: int, shapes: list[Shape], verdicts: list[Verdict | None], prose: list[int]
) -> bool:
    """A removed line above the article that only its neighbours settled, with a
    headline's length and words."""
    shape, verdict = shapes[index], verdicts[index]
    if index > prose[0] or verdict is None or verdict.kind is not Kind.REMOVED:
        return False
    if rule_verdict(shape) is not None:
        return False
    if shape.words < MIN_HEADLINE_WORDS or is_all_caps(shape.text):
        return False
    return shared_share(shape.text, body_stems(index, shapes, prose)) >= MIN_SWALLOWED_SHARED


def body_stems(index: int, shapes: list[Shape], prose: list[int]) -> frozenset[str]:
    """The stems of the prose below a line."""
    return frozenset().union(*(stems_of(shapes[i].text) for i in prose if i > index))


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= MIN_CAPS_LETTERS and all(c.isupper() for c in letters)


def title_score(
    index: int, shapes: list[Shape], verdicts: list[Verdict | None], prose: list[int]
) -> float:
    shape = shapes[index]
    score = SHARED_WORDS_WEIGHT * shared_share(shape.text, body_stems(index, shapes, prose))
    if shape.words >= MIN_HEADLINE_WORDS:
        score += HEADLINE_LENGTH_BONUS
    elif shape.words <= MAX_SHORT_NAME_WORDS:
        score -= SHORT_NAME_PENALTY
    if any(j != index and is_repeat_of(shapes[j].text, shape.text) for j in range(len(shapes))):
        score += REPEATED_BONUS
    if is_followed_by_article_head(index, shapes, verdicts):
        score += FOLLOWED_BONUS
    if is_site_name(index, shapes):
        score -= SITE_NAME_PENALTY
    if is_title_tag(shape.text, shapes):
        score -= TITLE_TAG_PENALTY
    if prose[0] < index:
        score -= AFTER_PROSE_PENALTY
    if FULL_DATE_RE.search(shape.text):
        score -= STAMP_INSIDE_PENALTY
    if is_all_caps(shape.text):
        score -= ALL_CAPS_PENALTY
    return score


def is_followed_by_article_head(
    index: int, shapes: list[Shape], verdicts: list[Verdict | None]
) -> bool:
    """True when a byline, a stamp or a prose line comes within the next few lines."""
    seen = 0
    for j in range(index + 1, len(shapes)):
        if not shapes[j].text:
            continue
        verdict = verdicts[j]
        if verdict is not None and verdict.kind is Kind.METADATA:
            return True
        if verdict is None and shapes[j].is_sentence:
            return True
        seen += 1
        if seen >= FOLLOW_WINDOW:
            return False
    return False


def is_title_tag(text: str, shapes: list[Shape]) -> bool:
    """True for "<another line> - Site": the browser tab's title, copied with the page."""
    match = TITLE_TAG_RE.match(text)
    if not match or len(match.group("site").split()) > MAX_SITE_WORDS:
        return False
    head = normalize_for_comparison(match.group("title"))
    return any(normalize_for_comparison(s.text) == head for s in shapes if s.text != text)
