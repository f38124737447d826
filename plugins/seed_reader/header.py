"""The page's head: everything above the article's first paragraph.

Once the title is chosen (title.py), the lines above it are page furniture (menus,
banners, the site's name, breadcrumbs) unless they carry metadata; the lines
between it and the first paragraph are the standfirst (sentences), credits and
stamps, an original-language title, or furniture (buttons, kickers, players).
"""

from __future__ import annotations

import re

from .credits import original_title_of
from .language import is_foreign
from .model import Kind, TitleChoice
from .shapes import Shape, is_repeat_of, shape_of
from .site import is_site_name
from .title import is_title_tag, text_anchors
from .verdict import BLANK, Verdict, removal

# A web address alone on its line: "https://www.example.fr/monde/article".
ADDRESS_LINE_RE = re.compile(r"^\s*https?://[^\s/]+\.[a-z]{2,}(?:/\S*)?\s*$", re.IGNORECASE)
# An original-language title stands this close to the French one (non-blank lines).
ORIGINAL_TITLE_DISTANCE = 3
# How a title's lead over the runner-up turns into a confidence.
TITLE_MARGIN_SCALE = 0.15


def find_body_start(shapes: list[Shape], verdicts: list[Verdict | None], title: int | None) -> int:
    """The first unsettled prose line below the title: where the article starts."""
    start = title + 1 if title is not None else 0
    anchors = text_anchors(shapes, verdicts)
    return next((i for i in anchors if i >= start), len(shapes))


def title_confidence(choice: TitleChoice) -> float:
    if choice.runner_up is None:
        return 0.95
    return min(0.95, 0.5 + TITLE_MARGIN_SCALE * (choice.score - choice.runner_up_score))


def classify_header(
    shapes: list[Shape],
    verdicts: list[Verdict | None],
    choice: TitleChoice,
    site: int | None,
    body_start: int,
) -> list[Verdict]:
    """Return the verdict of every line above body_start."""
    title = choice.line
    title_text = shapes[title].text if title is not None else None
    result = []
    for index in range(body_start):
        shape, verdict = shapes[index], verdicts[index]
        if not shape.text:
            result.append(BLANK)
        elif index == title:
            result.append(Verdict(Kind.METADATA, "title", "title", title_confidence(choice)))
        elif index == site:
            result.append(
                Verdict(Kind.METADATA, "site-name", "site_name", site_confidence(index, shapes))
            )
        elif is_original_title(index, shapes, title):
            result.append(Verdict(Kind.METADATA, "original-title", "original_title", 0.8))
        elif title is not None and index < title and ADDRESS_LINE_RE.match(shape.text):
            # The page's address, copied from the browser: it names the site.
            result.append(Verdict(Kind.METADATA, "page-address", "page_address", 0.85))
        elif title_text and is_repeat_of(shape.text, title_text):
            result.append(removal("repeated-title"))
        elif verdict is not None:
            result.append(verdict)
        elif is_title_tag(shape.text, shapes):
            result.append(removal("repeated-title", 0.9))
        elif title is None or index < title:
            result.append(above_title(shape))
        elif is_first_heading(index, shapes, verdicts, body_start):
            result.append(Verdict(Kind.HEADING, "heading", None, 0.6))
        elif shape.is_link_like:
            # A few words and no sentence under the title: a kicker, a button.
            result.append(removal("page-furniture", 0.6))
        else:
            result.append(Verdict(Kind.PARAGRAPH, "standfirst", None, 0.75))
    return result


# A heading names its section in a few words (a button, in one or two).
MIN_FIRST_HEADING_WORDS = 3


def is_first_heading(
    index: int, shapes: list[Shape], verdicts: list[Verdict | None], body_start: int
) -> bool:
    """A short line glued to the article's first paragraph, after a blank line or a
    button: the first section's heading ("Ce qu'il faut savoir"), not a kicker."""
    shape = shapes[index]
    above = verdicts[index - 1] if index > 0 else None
    return (
        index + 1 == body_start
        and index > 0
        and (not shapes[index - 1].text or (above is not None and above.kind is Kind.REMOVED))
        and shape.words >= MIN_FIRST_HEADING_WORDS
        and shape.is_heading_shaped
        and not shape.is_question
    )


def site_confidence(index: int, shapes: list[Shape]) -> float:
    """A logo the page's credits repeat is surer than one only its place suggests."""
    return CREDITED_SITE_CONFIDENCE if is_site_name(index, shapes) else GUESSED_SITE_CONFIDENCE


# (evidence/site.py reads these to weigh the logo against the page's other evidence.)
CREDITED_SITE_CONFIDENCE = 0.85
GUESSED_SITE_CONFIDENCE = 0.75


def above_title(shape: Shape) -> Verdict:
    if shape.is_link_like:
        return removal("navigation", 0.8)
    # Prose above the title is a banner or a promotion; uncertain, so reviewed.
    return removal("page-furniture", 0.6 if shape.is_prose else 0.75)


def is_original_title(index: int, shapes: list[Shape], title: int | None) -> bool:
    """A foreign, title-shaped line right next to the French title, maybe behind its
    label ("Texte d'origine : ...")."""
    shape = shapes[index]
    text = original_title_of(shape.text)
    if title is None or not shape_of(text).is_title_shaped or not is_foreign(text):
        return False
    between = [s for s in shapes[min(index, title) + 1 : max(index, title)] if s.text]
    return len(between) < ORIGINAL_TITLE_DISTANCE
