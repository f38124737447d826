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

import re

from .components import Verdict, rule_verdict
from .debris import match_debris
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
# "La Suède devient membre de l'Otan | Euronews", "Titre - L'Express"
TITLE_TAG_RE = re.compile(r"^(?P<title>.+?)\s+[|–—-]\s+(?P<site>[^|–—-]{2,30})$")
MAX_SITE_WORDS = 4
# Lines that name the site: a byline, a copyright notice.
SITE_CARRIER_RE = re.compile(r"^\s*(?i:par)\s|©|(?i:copyright)")


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


def is_site_name(index: int, shapes: list[Shape]) -> bool:
    """True for a short name that the page's credits repeat: its byline, copyright or tab title."""
    shape = shapes[index]
    if not (0 < shape.words <= MAX_SITE_WORDS) or (shape.ends_sentence and shape.words > 1):
        return False
    name = normalize_for_comparison(shape.text)
    if len(name) < 3:
        return False
    pattern = re.compile(rf"(?:^|\s){re.escape(name)}(?:\s|$)")
    return any(
        j != index and is_site_carrier(shapes[j].text, name, pattern) for j in range(len(shapes))
    )


def is_site_carrier(text: str, name: str, pattern: re.Pattern) -> bool:
    """True for a credit line that names the site: "Par X avec AFP", "© X 2024", "Titre | X"."""
    if not SITE_CARRIER_RE.search(text) and not TITLE_TAG_RE.match(text):
        return False
    folded = normalize_for_comparison(text)
    return folded != name and bool(pattern.search(folded))


def find_site_line(
    shapes: list[Shape], verdicts: list[Verdict | None], title: int | None
) -> int | None:
    """The line above the title that names the site, or None.

    A short line that the page's credits repeat ("Par X avec AFP", "© X 2024") is
    the site's name wherever it stands above the title. Otherwise the logo's text
    is the first line of the page that no rule claimed, when page furniture (a
    menu, an account link) follows it.
    """
    end = title if title is not None else len(shapes)
    candidates = [i for i in range(end) if is_site_candidate(i, shapes, verdicts)]
    for index in candidates:
        if is_site_name(index, shapes):
            return index
    first = next(
        (i for i in range(end) if shapes[i].text and not is_claimed(i, shapes, verdicts)), None
    )
    if first in candidates and is_followed_by_furniture(first, shapes, verdicts):
        return first
    return None


def is_claimed(index: int, shapes: list[Shape], verdicts: list[Verdict | None]) -> bool:
    """Lines a rule settled as debris, and copies of the tab's title, come before a logo."""
    verdict = verdicts[index]
    if verdict is not None and verdict.kind is Kind.REMOVED and match_debris(shapes[index].text):
        return True
    if verdict is not None and verdict.reason in {"separator", "cookie-banner", "breadcrumb"}:
        return True
    return bool(TITLE_TAG_RE.match(shapes[index].text)) and shapes[index].words > MAX_SITE_WORDS


def is_site_candidate(index: int, shapes: list[Shape], verdicts: list[Verdict | None]) -> bool:
    shape, verdict = shapes[index], verdicts[index]
    if not (0 < shape.words <= MAX_SITE_WORDS) or (shape.ends_sentence and shape.words > 1):
        return False
    if verdict is None:
        return True
    # A logo inside a run of menu entries was taken for one of them: its own
    # form says nothing, only its neighbours do.
    return verdict.kind is Kind.REMOVED and rule_verdict(shape) is None


def is_followed_by_furniture(
    index: int, shapes: list[Shape], verdicts: list[Verdict | None]
) -> bool:
    following = next((j for j in range(index + 1, len(shapes)) if shapes[j].text), None)
    if following is None:
        return False
    verdict = verdicts[following]
    return (verdict is not None and verdict.kind is Kind.REMOVED) or shapes[following].is_link_like
