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

The best score wins; ties go to the line nearer the article. The runner-up is kept
for `make review`.
"""

from __future__ import annotations

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


def choose_title(shapes: list[Shape], verdicts: list[Verdict | None]) -> TitleChoice:
    """Score the candidate lines and return the best, with the runner-up."""
    prose = text_anchors(shapes, verdicts)
    if not prose:
        return TitleChoice(None, 0.0)
    # Candidates stand above the second prose line: the first may be a standfirst,
    # a caption or a banner that no rule caught.
    window_end = prose[1] if len(prose) > 1 else prose[0]
    scored = []
    for index in range(window_end):
        shape = shapes[index]
        if verdicts[index] is not None or not is_candidate(shape):
            continue
        score = title_score(index, shapes, verdicts, prose)
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
    folded = normalize_for_comparison(shapes[index].text)
    return next(i for i in range(index + 1) if normalize_for_comparison(shapes[i].text) == folded)


def text_anchors(shapes: list[Shape], verdicts: list[Verdict | None]) -> list[int]:
    """The unsettled prose lines; for a page of short sentences only, those sentences."""
    prose = [i for i, s in enumerate(shapes) if verdicts[i] is None and s.is_prose]
    return prose or [i for i, s in enumerate(shapes) if verdicts[i] is None and s.is_sentence]


def is_candidate(shape: Shape) -> bool:
    return (
        0 < shape.words <= MAX_TITLE_WORDS
        and not shape.text.endswith(".")
        and not is_foreign(shape.text)
    )


def title_score(
    index: int, shapes: list[Shape], verdicts: list[Verdict | None], prose: list[int]
) -> float:
    shape = shapes[index]
    body = frozenset().union(*(stems_of(shapes[i].text) for i in prose if i > index))
    score = SHARED_WORDS_WEIGHT * shared_share(shape.text, body)
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
