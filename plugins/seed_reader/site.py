"""The site's name, when the page shows it: the logo's text or a name its credits repeat."""

from __future__ import annotations

import re

from .components import blank_separated_runs, rule_verdict
from .credits import match_byline
from .debris import match_debris
from .evidence.vocab import is_interface_line, is_outlet_shaped
from .model import Kind
from .shapes import Shape, normalize_for_comparison
from .verdict import Verdict

# "La Suède devient membre de l'Otan | Euronews", "Titre - L'Express"
TITLE_TAG_RE = re.compile(r"^(?P<title>.+?)\s+[|–—-]\s+(?P<site>[^|–—-]{2,30})$")
MAX_SITE_WORDS = 4
# Lines that name the site: a byline, a copyright notice.
SITE_CARRIER_RE = re.compile(r"^\s*(?i:par)\s|©|(?i:copyright)")


def is_site_name(index: int, shapes: list[Shape]) -> bool:
    """True for a short name that the page's credits repeat: its byline, copyright or tab title."""
    shape = shapes[index]
    if not is_name_shaped(shape):
        return False
    name = normalize_for_comparison(shape.text)
    if len(name) < 3:
        return False
    pattern = re.compile(rf"(?:^|\s){re.escape(name)}(?:\s|$)")
    return any(
        j != index and is_site_carrier(shapes[j].text, name, pattern) for j in range(len(shapes))
    )


def is_name_shaped(shape: Shape) -> bool:
    """A few words, no sentence (a logo's final dot aside: "euronews.")."""
    if not 0 < shape.words <= MAX_SITE_WORDS:
        return False
    return not shape.ends_sentence or (shape.text.rstrip().endswith(".") and shape.words <= 3)


def is_site_carrier(text: str, name: str, pattern: re.Pattern) -> bool:
    """True for a credit line that names the site: "Par X avec AFP", "© X 2024", "Titre | X".

    A bar of social networks ("Facebook | Twitter | X") is no tab title: its pieces
    are interface words.
    """
    if not SITE_CARRIER_RE.search(text) and not TITLE_TAG_RE.match(text):
        return False
    if not SITE_CARRIER_RE.search(text):
        if is_interface_bar(text):
            return False
        # A tab title names the site at its end: "Rhône | Élections" is a kicker.
        site = TITLE_TAG_RE.match(text).group("site")
        return normalize_for_comparison(site) == name
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
    # The logo: the page's first name (a consent dialog aside), when its footer names it
    # again.
    dialog = consent_dialog_lines(shapes, verdicts)
    logo = next((i for i in candidates if i not in dialog), None)
    if logo is not None and is_repeated_in_tail(logo, shapes, page_tail(shapes, verdicts)):
        return logo
    first = next(
        (i for i in range(end) if shapes[i].text and not is_claimed(i, shapes, verdicts)), None
    )
    if first in candidates and is_followed_by_furniture(first, shapes, verdicts):
        return first
    return None


def consent_dialog_lines(shapes: list[Shape], verdicts: list[Verdict | None]) -> set[int]:
    """The lines of a cookie consent dialog: its block, around its buttons."""
    return {
        i
        for run in blank_separated_runs(shapes)
        if any(verdicts[j] is not None and verdicts[j].reason == "cookie-banner" for j in run)
        for i in run
    }


def page_tail(shapes: list[Shape], verdicts: list[Verdict | None]) -> range:
    """The lines after the article's last paragraph: the page's footer."""
    last = max((i for i, s in enumerate(shapes) if verdicts[i] is None and s.is_prose), default=-1)
    return range(last + 1, len(shapes))


def is_repeated_in_tail(index: int, shapes: list[Shape], tail: range) -> bool:
    """The logo's name again in the footer, alone or in a line ("À propos d'Actu360")."""
    name = normalize_for_comparison(shapes[index].text)
    if len(name) < MIN_SITE_LETTERS:
        return False
    pattern = re.compile(rf"(?:^|\s){re.escape(name)}(?:\s|$)")
    return any(
        j != index
        and shapes[j].words <= MAX_FOOTER_WORDS
        and pattern.search(normalize_for_comparison(shapes[j].text))
        for j in tail
    )


# A footer's line that names the site is short ("À propos d'Actu360", "© 2024 X").
MAX_FOOTER_WORDS = 8
MIN_SITE_LETTERS = 3


def is_interface_bar(text: str) -> bool:
    """A line of menu or social entries separated by bars: "Instagram | Youtube | ..."."""
    pieces = [piece for piece in re.split(r"\s*[|•·]\s*", text) if piece.strip()]
    return len(pieces) > 2 and sum(is_interface_line(piece) for piece in pieces[:-1]) >= 2


def is_byline_name(text: str, shapes: list[Shape]) -> bool:
    """True for a name that a byline of the page signs whole: the author, not the site."""
    folded = normalize_for_comparison(text)
    for shape in shapes:
        match = match_byline(shape.text) if shape.text != text else None
        if match and normalize_for_comparison(match.group("name")) == folded:
            return True
    return False


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
    if not is_name_shaped(shape) or is_interface_line(shape.text):
        return False
    if not any(c.isalpha() for c in shape.text):
        return False  # "2022": a year of an archive's calendar
    if is_byline_name(shape.text, shapes) and not is_outlet_shaped(shape.text):
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
