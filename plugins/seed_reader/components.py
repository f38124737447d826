"""Verdicts that need no zone: rules on one line, and page components made of several lines.

A line's own form can settle it (a separator, a credit, a call to action, a photo
credit). Other furniture is only visible as a run of lines: a menu or a share bar
is several short lines that are not sentences; a photo caption is the sentence
beside a photo credit; a cookie banner is a block whose other lines are buttons.
"""

from __future__ import annotations

import re

from archive_core.text import CAPITAL

from .context_credits import (
    mark_bylines_beside_stamps,
    mark_roles_under_bylines,
    mark_source_boxes,
)
from .credits import match_credit
from .debris import PAGE_CODE_RE, SEPARATOR_RE, match_debris
from .model import Kind
from .shapes import MAX_HEADING_WORDS, Shape, has_figure, normalize_for_comparison
from .verdict import BLANK, Verdict, removal

# "AccueilACTUALITEL’Otan...", "Accueil > Monde > Europe", "Monde›Europe", "Home / News"
BREADCRUMB_RE = re.compile(
    rf"^(?:Accueil|ACCUEIL|Home|HOME)(?=[{CAPITAL}]|\s*[>›»/|])"
    r"|^(?:[^>›/|]{1,40}\s[>›/|]\s){2,}"
    # (» is a French closing quote, never a separator here.)
    r"|^[^\s›>]+(?:\s[^\s›>]+){0,3}\s?[›>]\s?[^\s›>]+(?:\s[^\s›>]+){0,4}$"
)
# "title: x", "Date: 1999-01-01": a key-value line that only looks like metadata.
# French puts a space before the colon ("Presse : face au recul..."), keys do not;
# a capitalised key with a long value is a headline typed without that space
# ("Russie: Evgueni Prigojine ordonne le repli...").
KEY_VALUE_RE = re.compile(r"^(?:[a-z][\w-]{0,24}:\s*\S|[A-Z][\w-]{0,24}:\s*\S+(?:\s+\S+){0,3}$)")
# Agencies and photo services that sign pictures.
_PHOTO_SOURCES = (
    r"AFP|REUTERS|Reuters|AP|EPA|SIPA|Sipa|ANADOLU|Anadolu|Getty(?:\s+Images)?|GETTY|Belga|BELGA"
    r"|Keystone|KEYSTONE|ABACA|Abaca|MAXPPP|Maxppp|Hans\s+Lucas|Shutterstock|DPA|dpa|TASS|Sputnik"
    r"|POOL|Pool|HANDOUT|Handout|Wikimedia(?:\s+Commons)?|DR|AP\s+Photo|Xinhua|IMAGO|Imago"
)
# A caption ends with its credit: "... © Reuters / X", "... JANIS OZOLS / REUTERS"
# (a photographer's names before the slash, so a heading "Relations UE / OTAN" is not one).
CAPTION_CREDIT_RE = re.compile(
    r"(?:(?:^|\s)©\s*\S.*"
    rf"|\b[{CAPITAL}][{CAPITAL}'-]+\s+[{CAPITAL}][{CAPITAL} .'-]*\s*/\s*"
    r"(?:AFP|REUTERS|AP|EPA|SIPA|ANADOLU"
    r"|[A-Z]{3,})"
    rf"|\((?i:photo|cr[ée]dit)s?\s*:?[^()]*\b(?:{_PHOTO_SOURCES})\b[^()]*\)"
    # "... à Washington. (Saul Loeb/AFP)", "... Florennes. Photo : Wikimedia Commons, CC BY-SA 4.0"
    rf"|\([{CAPITAL}][^()/]{{1,40}}/\s*(?:{_PHOTO_SOURCES})\)"
    r"|[.),]\s+(?i:photos?|cr[ée]dits?(?:\s+photo)?)\s*:\s*.{1,60}"
    # "Vladimir Poutine au Kremlin. Reuters": a short caption signed by its agency.
    rf"|^(?=.{{0,140}}$).*\w[.)]\s+(?:{_PHOTO_SOURCES})\s*$"
    # "... à Bruxelles, le 15 mars 2022. — Archives", "... en 2021. – AFP / Jean Dupont"
    rf"|^(?=.{{0,200}}$).*\w[.)]\s+[—–]\s+(?:(?i:archives?)|{_PHOTO_SOURCES})\b.{{0,40}}$"
    # "... le 4 avril 2023. Jonas Berglund / AFP": a photographer, a slash, an agency.
    rf"|[.)]\s+[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{0,3}}\s*/\s*(?:{_PHOTO_SOURCES}))\s*$"
)
# A photo credit on its own line: "Pierre Vanhove/AFP", "Forsvaret / Handout via AFP",
# "POOL / VIA REUTERS", "© AP Photo / Elena Sarto", "CC BY-SA 4.0".
PHOTO_CREDIT_RE = re.compile(
    # "PHOTO JEAN DUPONT, LA PRESSE", "Photo : Jean Dupont"
    rf"^(?:PHOTOS?\s+[{CAPITAL}]|(?i:photos?|cr[ée]dit\s+photo)\s*:\s*\S).{{0,80}}$|"
    # "Photo d'illustration AFP", "Photo d’archives"
    r"^(?i:photos?\s+d[’']\s*(?:illustration|archives?))\b.{0,40}$|"
    rf"^(?:©.*|.{{0,60}}(?:/|\bvia)\s*(?i:via\s+)?(?:{_PHOTO_SOURCES})\b.{{0,30}}"
    rf"|(?:{_PHOTO_SOURCES})\s*/\s*\S.{{0,40}}"
    r"|.{0,40}\bCC[ -]BY(?:[- ](?:SA|ND|NC))*(?:\s+\d\.\d)?)$"
)
MAX_PHOTO_CREDIT_WORDS = 10
# A caption says something: more words than a second credit line.
MAX_CREDIT_ONLY_WORDS = 3
# A caption's sentence before its credit: "Jens Stoltenberg à Bruxelles. JOHN THYS / AFP".
SENTENCE_INSIDE_RE = re.compile(r"\w[.!?]\s+\S")
# A run of consecutive link-like lines this long is a menu, a share bar or a footer.
MIN_NAVIGATION_RUN = 3
# A run of consecutive non-blank lines (a component, in a page that separates
# its components with blank lines) whose lines are mostly debris is debris whole.
MIN_BLOCK_LINES = 3
BLOCK_DEBRIS_SHARE = 2 / 3
# Prose this long is a paragraph whatever stands around it.
MAX_ABSORBED_WORDS = 30
# A page separates its components with blank lines when this share of its
# lines are blank; otherwise "glued" and "block" cues mean nothing.
MIN_BLANK_SHARE = 0.2
# Lines that sell: a subscription or newsletter form's title and its button.
SALES_REASONS = frozenset({"subscription", "newsletter"})


def rule_verdict(shape: Shape) -> Verdict | None:
    """The verdict a line's own form settles, anywhere on the page; None if it does not."""
    text = shape.text
    if not text:
        return BLANK
    if SEPARATOR_RE.match(text):
        return removal("separator", 1.0)
    if field := match_credit(text):
        return Verdict(Kind.METADATA, field.replace("_", "-"), field, 0.95)
    if reason := match_debris(text):
        return removal(reason)
    if PAGE_CODE_RE.match(text):
        return removal("page-code", 0.9)
    if BREADCRUMB_RE.search(text):
        return removal("breadcrumb", 0.9)
    if CAPTION_CREDIT_RE.search(text) and SENTENCE_INSIDE_RE.search(text):
        return removal("image-caption", 0.9)
    if is_photo_credit(shape):
        return removal("image-credit", 0.9)
    if CAPTION_CREDIT_RE.search(text):
        return removal("image-caption", 0.9)
    if KEY_VALUE_RE.match(text) and shape.words <= MAX_HEADING_WORDS:
        # Front matter or "Date: ..." inside a page is text, never metadata.
        return Verdict(Kind.PARAGRAPH, "metadata-lookalike", None, 0.8)
    return None


def is_photo_credit(shape: Shape) -> bool:
    return shape.words <= MAX_PHOTO_CREDIT_WORDS and bool(PHOTO_CREDIT_RE.match(shape.text))


def uses_blank_lines(shapes: list[Shape]) -> bool:
    return sum(not shape.text for shape in shapes) >= MIN_BLANK_SHARE * len(shapes)


def mark_components(shapes: list[Shape], verdicts: list[Verdict | None]) -> list[Verdict | None]:
    """Settle the lines that belong to a furniture component: captions, menus, banners."""
    verdicts = list(verdicts)
    mark_source_boxes(shapes, verdicts)
    mark_bylines_beside_stamps(shapes, verdicts)
    mark_roles_under_bylines(shapes, verdicts)
    mark_captions(shapes, verdicts)
    mark_navigation_runs(shapes, verdicts)
    if uses_blank_lines(shapes):
        mark_debris_blocks(shapes, verdicts)
    return verdicts


def mark_captions(shapes: list[Shape], verdicts: list[Verdict | None]) -> None:
    """The unsettled line right above a photo credit (or right below it) is its caption."""
    for index, verdict in enumerate(verdicts):
        if verdict is None or verdict.reason != "image-credit":
            continue
        for other in (index - 1, index + 1):
            if (
                0 <= other < len(shapes)
                and verdicts[other] is None
                and shapes[other].words > MAX_CREDIT_ONLY_WORDS
            ):
                verdicts[other] = removal("image-caption", 0.85)
                break


def mark_navigation_runs(shapes: list[Shape], verdicts: list[Verdict | None]) -> None:
    """A run of link-like lines (menus, share bars, footers) is furniture as a whole.

    Blank lines may separate the entries. A credit, a title-shaped line or a
    sentence ends the run; lines the rules already settled may stand inside it.
    """
    run: list[int] = []

    def close() -> None:
        unsettled = [i for i in run if verdicts[i] is None]
        # Mostly figures ("32 pays membres", "2 %"): a box of key figures, no menu.
        figures = sum(has_figure(shapes[i].text) for i in unsettled)
        if len(run) >= MIN_NAVIGATION_RUN and unsettled and figures * 2 <= len(unsettled):
            reasons = [verdicts[i].reason for i in run if verdicts[i] is not None]
            reason = most_common(reasons) if reasons else "navigation"
            if reason not in {"share-buttons", "footer", "comments", "navigation"}:
                reason = "navigation"
            for i in unsettled:
                verdicts[i] = removal(reason, 0.85)
        run.clear()

    for index, shape in enumerate(shapes):
        if not shape.text:
            continue
        verdict = verdicts[index]
        settled_debris = verdict is not None and verdict.kind is Kind.REMOVED
        # A short line that a paragraph follows is a heading, not a menu's last entry.
        entry = shape.is_link_like and verdict is None and not introduces_prose(index, shapes)
        if entry or (settled_debris and shape.words <= 6):
            run.append(index)
        else:
            close()
    close()


def introduces_prose(index: int, shapes: list[Shape]) -> bool:
    following = next((j for j in range(index + 1, len(shapes)) if shapes[j].text), None)
    return following is not None and shapes[following].is_prose


def mark_debris_blocks(shapes: list[Shape], verdicts: list[Verdict | None]) -> None:
    """In a component (lines between blank lines) that is mostly debris, the rest is too.

    Long prose excepted: a live blog's entry stands between its time and its share
    button, and is the article.
    """
    for run in blank_separated_runs(shapes):
        if reason := debris_block_reason(run, verdicts):
            for i in run:
                if verdicts[i] is None and shapes[i].words < MAX_ABSORBED_WORDS:
                    verdicts[i] = removal(reason, 0.8)


def absorb_into_debris_blocks(shapes: list[Shape], verdicts: list[Verdict]) -> list[Verdict]:
    """Once every line has a verdict, a short text inside a mostly-removed block goes too.

    jusText's context rule: "Chaque semaine, l'essentiel de l'actualité" between a
    newsletter's name and its "Je m'inscris" button is the form's pitch, not a
    paragraph. Long prose is never absorbed. (Blocks mean something only in a page
    that separates its components with blank lines; a form's pitch, in any page.)
    """
    result = list(verdicts)
    if uses_blank_lines(shapes):
        for run in blank_separated_runs(shapes):
            if reason := debris_block_reason(run, result):
                for i in run:
                    if result[i].kind is Kind.PARAGRAPH and shapes[i].words < MAX_ABSORBED_WORDS:
                        result[i] = removal(reason, 0.7)
    absorb_sales_pitches(shapes, result)
    return result


def absorb_sales_pitches(shapes: list[Shape], verdicts: list[Verdict]) -> None:
    """A short text between a form's title and its button is the form's pitch.

    "Abonnez-vous à notre infolettre" / "Du lundi au samedi, l'essentiel de
    l'actualité." / "Je m'abonne": blank lines may set the three apart.
    """
    texts = [i for i, shape in enumerate(shapes) if shape.text]
    for before, index, after in zip(texts, texts[1:], texts[2:], strict=False):
        if (
            verdicts[index].kind is Kind.PARAGRAPH
            and shapes[index].words < MAX_ABSORBED_WORDS
            and verdicts[before].reason in SALES_REASONS
            and verdicts[after].reason in SALES_REASONS
        ):
            verdicts[index] = removal(verdicts[before].reason, 0.7)


def debris_block_reason(run: list[int], verdicts: list[Verdict | None]) -> str | None:
    """The main reason of a block that is mostly removed lines, or None for any other block."""
    reasons = [
        verdicts[i].reason
        for i in run
        if verdicts[i] is not None and verdicts[i].kind is Kind.REMOVED
    ]
    if len(run) < MIN_BLOCK_LINES or len(reasons) < BLOCK_DEBRIS_SHARE * len(run):
        return None
    return most_common(reasons)


def blank_separated_runs(shapes: list[Shape]) -> list[list[int]]:
    runs, current = [], []
    for index, shape in enumerate(shapes):
        if shape.text:
            current.append(index)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def most_common(reasons: list[str]) -> str:
    """The most frequent reason; a tie goes to the first in page order (never to a
    set's order, which changes with each process's hash seed)."""
    return max(reasons, key=lambda reason: (reasons.count(reason), -reasons.index(reason)))


def furniture_key(text: str) -> str:
    """The form under which a line is compared across seeds."""
    return normalize_for_comparison(text)
