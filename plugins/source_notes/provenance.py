"""What a reader sees of an article's origin: removed lines by reason, repairs, JSON-LD."""

from __future__ import annotations

import json
from dataclasses import dataclass

from archive_core.dates import is_known
from archive_core.dates import iso_at_precision as iso_date
from archive_core.text import INVISIBLE_RE
from seed_reader.reasons import removal_label

REPAIR_LABELS = {
    "encoding": "encodage réparé",
    "invisible-characters": "caractères invisibles retirés",
    "whitespace": "espaces normalisés",
    "glued-words": "mots collés séparés",
}
# Shown instead of characters a reader cannot see, in the source's forms.
VISIBLE = {"\u00a0": "⍽", "\u202f": "⍽", "\t": "⇥"}


def displayable(text: str) -> str:
    """Source text safe to show: invisible and direction-changing characters as ⟨U+XXXX⟩."""
    return INVISIBLE_RE.sub(lambda m: "".join(f"⟨U+{ord(c):04X}⟩" for c in m.group(0)), text)


def visible_blanks(text: str) -> str:
    return "".join(VISIBLE.get(char, char) for char in displayable(text))


@dataclass(frozen=True)
class RemovedGroup:
    reason: str
    label: str
    lines: tuple[tuple[int, str], ...]


def group_removed(removed) -> list[RemovedGroup]:
    """Removed lines grouped by reason, groups in order of their first line."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for line in removed:
        groups.setdefault(line.reason, []).append((line.number, displayable(line.text)))
    return [
        RemovedGroup(reason, removal_label(reason), tuple(lines))
        for reason, lines in groups.items()
    ]


@dataclass(frozen=True)
class RepairView:
    line: int
    label: str
    before: str
    after: str


def repair_views(repairs) -> list[RepairView]:
    return [
        RepairView(
            r.line,
            REPAIR_LABELS.get(r.kind, r.kind),
            visible_blanks(r.before),
            visible_blanks(r.after),
        )
        for r in repairs
    ]


def news_article_jsonld(article, meta, raw_url: str, notes, corrections_policy: str) -> str:
    """schema.org NewsArticle for the page, with isBasedOn (the raw seed) and corrections."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "correctionsPolicy": corrections_policy,
        "headline": article.title,
        "inLanguage": meta.language,
        "isBasedOn": {"@type": "CreativeWork", "url": raw_url, "encodingFormat": "text/plain"},
    }
    if is_known(meta.date_precision):
        data["datePublished"] = iso_date(article.date, meta.date_precision)
    if meta.author:
        data["author"] = {"@type": "Person", "name": meta.author}
    if meta.translator:
        data["translator"] = {"@type": "Person", "name": meta.translator}
    if meta.site:
        data["publisher"] = {"@type": "Organization", "name": meta.site}
    corrections = [
        {
            "@type": "CorrectionComment",
            "datePublished": n.date,
            "text": f"« {n.source_says} » → « {n.should_read} » : {n.text}",
        }
        for n in notes
        if n.kind == "correction"
    ]
    if corrections:
        data["correction"] = corrections
    serialised = json.dumps(data, ensure_ascii=False, sort_keys=True)
    # Inside <script>, "<", ">" and "&" from a seed must not close or open anything.
    return serialised.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
