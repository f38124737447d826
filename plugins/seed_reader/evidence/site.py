"""The outlet's name from all the evidence a page holds, each piece scored.

Kinds of evidence, from the surest: the notes file; the site part of a browser tab's
title ("Titre - Site"); a copyright footer ("© 2024 X", "2007-2019 X", "Copyright © X"),
unless it names a publishing company ("Groupe X", "X Presse");
a logo line that the page's credits repeat; a newsletter's sender ("De : X <...>");
a "follow us" line ("Retrouvez X sur", "la page Facebook de X"); an archived page's
address; a logo line that only its place suggests; a domain or the page's address shown
alone; the newsroom of a "X avec AFP" byline; the domain of a contact address. Menu words, sections,
social networks and account or skip links are never a site (vocab.py). A domain is
the value only when no name agrees with it: "ladepeche.fr" supports "La Dépêche du
Midi" named in the footer, and the name is kept.
"""

from __future__ import annotations

import re

from archive_core.text import CAPITAL

from ..credit_names import AGENCY_NAME_RE
from ..model import ClassifiedLine, Kind
from ..shapes import is_repeat_of
from .candidates import AGREEMENT_BONUS, MAX_TEXT_CONFIDENCE, Candidate, Layout
from .vocab import (
    ARCHIVE_DOMAINS,
    PLATFORM_DOMAINS,
    WEBMAIL_DOMAINS,
    compact,
    is_interface_line,
    is_known_outlet,
    is_outlet_shaped,
)

# Base confidences of each kind of evidence (see the module's docstring for the order).
CONFIDENCE = {
    "tab-title": 0.85, "copyright": 0.8, "logo-credited": 0.85, "sender": 0.8,
    "follow": 0.7, "archived-address": 0.7, "copyright-domain": 0.7, "logo": 0.6,
    "copyright-publisher": 0.55,
    "domain-line": 0.65, "newsletter": 0.6, "newsroom": 0.55, "address": 0.5,
    "page-address": 0.65, "domain-in-article": 0.45, "footer-name": 0.4,
}  # fmt: skip
# A name from the list of known outlets is surer than any other name.
KNOWN_OUTLET_BONUS = 0.15
# Kinds that only support another candidate: a footer's bare name, alone, is no site.
SUPPORT_ONLY_KINDS = frozenset({"footer-name"})
# Kinds whose value is an address, not a name: a name that agrees with one wins over it.
DOMAIN_KINDS = frozenset(
    {
        "archived-address",
        "page-address",
        "copyright-domain",
        "domain-line",
        "address",
        "domain-in-article",
    }
)
MAX_NAME_WORDS = 6
# Names compared by their letters agree when one starts the other, from this length.
MIN_AGREEING_LETTERS = 4

DOMAIN = r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}"
DOMAIN_RE = re.compile(rf"^{DOMAIN}$", re.IGNORECASE)
DOMAIN_IN_TEXT_RE = re.compile(rf"\b{DOMAIN}\b", re.IGNORECASE)
_YEARS = r"(?:\d{4}(?:\s*[-–]\s*\d{4})?)"
# "© 2024 X", "Copyright © 2020 X.", "© X 2002-2020", "(c) X", "2007-2019 X" (a range alone).
COPYRIGHT_RE = re.compile(
    rf"^(?:(?i:copyright)\s*(?:©|\(c\))?|©|\(c\))\s*(?:{_YEARS}\s*[,-]?\s*)?(?P<name>.+)$"
    rf"|^\d{{4}}\s*[-–]\s*\d{{4}}\s+(?P<ranged>[^\d].+)$"
)
# Where a copyright's name ends: a separator, a sentence, a rights reservation.
NAME_END_RE = re.compile(
    r"\s+[|•·–—-]\s+|\s*[|•·]\s*|[.,;]\s+|\s+(?i:tous\s+droits|all\s+rights|powered\s+by"
    r"|propuls[ée]\s+par|reproduction)|\.$"
)
TRAILING_YEARS_RE = re.compile(rf"[\s,]*{_YEARS}\s*$")
# "Retrouvez X sur :", "Suivre X sur Twitter", "la page Facebook de X" (X capitalised).
FOLLOW_RE = re.compile(
    rf"^(?i:retrouvez|suivez|suivre|rejoignez)\s+(?P<name>[{CAPITAL}][^:]{{1,40}}?)\s+(?i:sur)\b"
    r"|(?i:page\s+facebook|compte\s+twitter|cha[îi]ne\s+youtube|flux\s+rss)\s+"
    rf"(?i:de\s+|d[’']\s*)(?P<owned>[{CAPITAL}][^:]{{1,40}}?)\s*$"
)
NEWSLETTER_RE = re.compile(
    r"(?i:newsletter|lettre\s+d[’']information|le\s+meilleur)\s+(?i:de|d[’']|du)\s*"
    rf"(?P<name>[{CAPITAL}][^:,.!?]{{1,30}}?|" + DOMAIN + r")\s*[.!]?\s*$"
)
# A mail's sender: "De : X <lettre@x.fr>", "X <lettre@x.fr>" (the client's header line).
SENDER_RE = re.compile(
    r"^(?:(?i:de|from|exp[ée]diteur)\s*:\s*)?(?P<name>[^<@:]{2,40}?)\s*"
    rf"<[^@<>\s]+@(?P<domain>{DOMAIN})>\s*$",
)
# The page's address as the browser shows it, copied above the article.
URL_LINE_RE = re.compile(rf"^(?:https?://)?(?P<domain>{DOMAIN})(?:/\S*)?$", re.IGNORECASE)
ARCHIVED_RE = re.compile(
    rf"(?i:web\.archive\.org|archive\.(?:ph|today|org))/(?:web/)?\d{{6,}}\S*?/"
    rf"(?:https?://)?(?P<domain>{DOMAIN})",
)
EMAIL_RE = re.compile(rf"\b[\w.+-]+@(?P<domain>{DOMAIN})\b", re.IGNORECASE)
# A publishing company rather than its title: "Groupe X", "Éditions X", "X Presse",
# "X Médias", "X SAS" (a name led by an article, "La Presse", is a title).
PUBLISHER_RE = re.compile(
    r"^(?i:groupe|soci[ée]t[ée]|[ée]ditions|publications)\s"
    r"|(?<!^La)(?<!^Le)\s(?:Presse|M[ée]dias?|Group|Groupe|SAS|SA|S\.A\.|Inc\.?|Ltd|GmbH)$"
)
# A newsletter's pitch is short; a sentence of the article that says "le meilleur de" is not one.
MAX_PITCH_WORDS = 10
LEADING_ARTICLE_RE = re.compile(r"^(?i:le|la|les|l[’'])\s*")
# "La Dépêche avec AFP": the newsroom part of a byline, shaped like an outlet.
NEWSROOM_RE = re.compile(r"^(?P<name>.+?)\s*,?\s+(?i:avec)\s+\S")


def site_candidates(
    lines: tuple[ClassifiedLine, ...], author: str | None, layout: Layout
) -> list[Candidate]:
    """Every line's claim to name the outlet, with its kind and confidence."""
    title = next((line.text for line in lines if line.field == "title"), None)
    found: list[Candidate] = []
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        for kind, value in claims(line, text, title, layout):
            value = (value or "").strip(" .·•|-–—:")
            if not value or is_interface_line(value) or AGENCY_NAME_RE.fullmatch(value):
                continue  # (an agency signs photos and dispatches, never the page)
            confidence = CONFIDENCE[kind] + (KNOWN_OUTLET_BONUS if is_known_outlet(value) else 0)
            found.append(Candidate("site", value, line.number, text, kind, confidence))
    if author and (match := NEWSROOM_RE.match(author)) and is_outlet_shaped(match["name"]):
        line = next((ln for ln in lines if author in " ".join(ln.text.split())), None)
        number, text = (line.number, line.text.strip()) if line else (None, author)
        found.append(Candidate("site", match["name"], number, text, "newsroom", 0.55))
    return found


def claims(line: ClassifiedLine, text: str, title: str | None, layout: Layout):
    """(kind, value) pairs a line gives as evidence of the site."""
    in_tail = layout.body_end is not None and line.number > layout.body_end
    if line.field == "site_name":
        credited = line.reason == "site-name" and line.confidence >= CONFIDENCE["logo-credited"]
        yield ("logo-credited" if credited else "logo"), text
    elif line.field == "site":
        inside = layout.title is not None and layout.title < line.number and not in_tail
        yield ("domain-in-article" if inside else "domain-line"), text
    elif line.field == "site_stamp" and (match := DOMAIN_IN_TEXT_RE.search(text)):
        yield "domain-line", match.group(0)
    elif in_tail and line.kind is not Kind.PARAGRAPH and is_footer_name(text):
        yield "footer-name", text  # the logo's name again in the footer
    if (
        title
        and line.kind is not Kind.METADATA
        and (match := re.match(r"^(?P<title>.+?)\s+[|–—-]\s+(?P<site>[^|–—-]{2,40})$", text))
        and is_repeat_of(match["title"], title)
    ):
        yield "tab-title", match["site"]
    if not line.is_body:
        yield from furniture_claims(line.number, text, in_tail, layout)


def furniture_claims(number: int, text: str, in_tail: bool, layout: Layout):
    """What the page's furniture says of the site: a copyright, a follow or newsletter
    line, a sender, an address. Never read from the article's own paragraphs."""
    above_title = layout.title is not None and number < layout.title
    if (match := COPYRIGHT_RE.match(text)) and (in_tail or above_title):
        # (A "©" between the title and the last paragraph credits a photo.)
        name = copyright_name(match["name"] or match["ranged"])
        if name and (match["name"] or in_tail):
            yield copyright_kind(name), name
    if match := FOLLOW_RE.match(text):
        yield "follow", match["name"] or match["owned"]
    if len(text.split()) <= MAX_PITCH_WORDS and (match := NEWSLETTER_RE.search(text)):
        yield "newsletter", match["name"]
    if match := SENDER_RE.match(text):
        yield "sender", match["name"].strip(" \"'")
    if match := ARCHIVED_RE.search(text):
        yield "archived-address", strip_www(match["domain"])
    elif (
        "/" in text
        and (above_title or layout.title is None)
        and (match := URL_LINE_RE.match(text))
        and strip_www(match["domain"]).lower() not in PLATFORM_DOMAINS
    ):
        yield "page-address", strip_www(match["domain"])
    for match in EMAIL_RE.finditer(text):
        domain = strip_www(match["domain"]).lower()
        if domain not in WEBMAIL_DOMAINS | PLATFORM_DOMAINS | ARCHIVE_DOMAINS:
            yield "address", domain


def copyright_kind(name: str) -> str:
    """A domain, a publishing company ("Groupe X", "X Presse", "X SAS"), or the outlet."""
    if DOMAIN_RE.match(name):
        return "copyright-domain"
    return "copyright-publisher" if PUBLISHER_RE.search(name) else "copyright"


def is_footer_name(text: str) -> bool:
    """A few capitalised words and no sentence: a name the footer shows alone."""
    words = text.split()
    return 0 < len(words) <= 4 and text[0].isupper() and not text.rstrip().endswith((".", ":"))


def copyright_name(text: str) -> str | None:
    """The name a copyright line gives, without years, rights and what follows a separator."""
    name = NAME_END_RE.split(text.strip(), maxsplit=1)[0]
    name = TRAILING_YEARS_RE.sub("", name).strip(" .,-–")
    if not name or len(name.split()) > MAX_NAME_WORDS or "/" in name:
        return None  # "© Reuters / X": a photo credit
    if not (name[0].isupper() or name[0].isdigit() or DOMAIN_RE.match(name)):
        return None
    return name


def strip_www(domain: str) -> str:
    return domain[4:] if domain.lower().startswith("www.") else domain


def choose_site(candidates: list[Candidate]) -> Candidate | None:
    """The best-supported name; a domain only when no name agrees with it or beats it."""
    if not any(c.kind not in SUPPORT_ONLY_KINDS for c in candidates):
        return None
    supported = [
        support(c, candidates) if c.kind not in SUPPORT_ONLY_KINDS else 0.0 for c in candidates
    ]
    best_index = max(range(len(candidates)), key=lambda i: (supported[i], -i))
    best = candidates[best_index]
    if best.kind in DOMAIN_KINDS:
        names = [
            i
            for i, c in enumerate(candidates)
            if c.kind not in DOMAIN_KINDS | SUPPORT_ONLY_KINDS and agree(c, best)
        ]
        if names:
            best_index = max(names, key=lambda i: (supported[i], -i))
            best = candidates[best_index]
    confidence = max(supported[best_index], supported[candidates.index(best)])
    return Candidate(best.field, best.value, best.line, best.text, best.kind, confidence)


def support(candidate: Candidate, candidates: list[Candidate]) -> float:
    """The candidate's confidence, raised by the other lines that agree with it."""
    others = {c.line for c in candidates if c is not candidate and agree(c, candidate)}
    others.discard(candidate.line)
    return min(MAX_TEXT_CONFIDENCE, candidate.confidence + AGREEMENT_BONUS * len(others))


def agree(one: Candidate, other: Candidate) -> bool:
    """Two names agree when their letters are equal or one starts the other, with or
    without a leading article ("gazettedunord.fr" and "La Gazette du Nord")."""
    return any(
        agree_letters(a, b) for a in letter_forms(one.value) for b in letter_forms(other.value)
    )


def letter_forms(value: str) -> set[str]:
    return {compact(value), compact(LEADING_ARTICLE_RE.sub("", value))} - {""}


def agree_letters(a: str, b: str) -> bool:
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= MIN_AGREEING_LETTERS and longer.startswith(shorter)
