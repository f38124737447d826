"""The outlets a text cites, each with its evidence: the sentence, and the rule that found it.

A name is an outlet on one of two pieces of evidence:
- KNOWN: it is a form of a média entry of content/names.yml ("a indiqué l’AFP",
  "selon le Monde"), wherever the text names it;
- INTRODUCED: the text presents it as an outlet: a media noun before it ("selon le
  quotidien Xyz", "l’agence de presse russe TASS", "la chaîne Dojd", "le site
  d’information Meduza"), a media noun in apposition after it ("Xyz, un média
  indépendant"), or a broadcast it airs ("l’émission Today de BBC Radio Four").
A name that content/names.yml knows as an organisation or a place, or the people registry
as a person, is never an outlet ("selon l’Alliance", "a déclaré à Bruxelles").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from archive_core.text import CAPITAL, sentence_at
from name_aliases import MEDIA, NameRecord

KNOWN = "known"
INTRODUCED = "introduced"
RULE_LABELS = {
    KNOWN: "Média connu de l’archive (content/names.yml)",
    INTRODUCED: "Présenté comme média par le texte",
}

# A name: up to four capitalised words (digits after the first: "France 24"), dots inside
# ("Express.co.uk").
_WORD = rf"[{CAPITAL}][\w&.’'-]*"
_NAME = rf"(?P<name>{_WORD}(?:\s+(?:{_WORD}|\d+\b)){{0,3}})"
_ARTICLE = r"(?:l[’']|le\s+|la\s+|les\s+)?"
# Words that may stand between a media noun and the name ("le quotidien britannique",
# "le média russe indépendant") are lower-case; these never qualify an outlet, so a
# name after them is not the outlet's ("le journal de Kherson", "la chaîne qui").
_NOT_QUALIFIERS = (
    "de|du|des|d|à|au|aux|en|et|ou|qui|que|qu|dont|par|pour|sur|dans|avec|sans|selon|"
    "le|la|les|un|une|a|est|était|sont|ont|avait"
)
_QUALIFIERS = rf"(?:\s+(?!(?:{_NOT_QUALIFIERS})\b)[a-zß-öø-ÿ][\w’'-]*){{0,2}}"
# Nouns that present a name as an outlet. A bare "agence" does not (Frontex, the AIEA
# are agencies): only "agence de presse", or "agence" after a citing phrase (below).
MEDIA_NOUNS = (
    r"quotidien|hebdomadaire|mensuel|journal|magazine|revue|tabloïd|média|"
    r"chaîne(?:\s+de\s+(?:télévision|radio|télé|information))?|"
    r"radio|télévision|station\s+de\s+radio|agence\s+de\s+presse|"
    r"site\s+(?:d[’']informations?|d[’']actualités?|internet|web)"
)
# Platforms a channel runs on ("sa chaîne Telegram"): never the outlet themselves.
PLATFORMS = r"Telegram|YouTube|Facebook|Instagram|TikTok|Twitter|VKontakte"
# Phrases that cite a source: after one of them, "l’agence X" is a press agency.
CITING = (
    r"selon|d[’']après|(?:rapporté|indiqué|annoncé|affirmé|écrit|révélé|précisé|déclaré|"
    r"confié|expliqué|cité)e?s?(?:\s+(?:par|à))?"
)

INTRODUCTION_RES = (
    # "selon le quotidien Xyz", "le journal allemand Süddeutsche Zeitung", "la chaîne Dojd"
    re.compile(
        rf"\b(?:{MEDIA_NOUNS}){_QUALIFIERS}(?:\s+(?:{PLATFORMS}))?\s+{_ARTICLE}"
        rf"(?!(?:{PLATFORMS})\b){_NAME}"
    ),
    # "a rapporté l’agence Reuters", "selon l’agence russe Interfax"
    re.compile(rf"\b(?:{CITING})\s+(?:l[’']|une\s+)agence{_QUALIFIERS}\s+{_NAME}"),
    # "l’émission Today de BBC Radio Four": the broadcaster
    re.compile(rf"\bémission\s+{_WORD}(?:\s+{_WORD})*\s+(?:de|sur)\s+{_NAME}"),
)
# "Xyz, un média indépendant": the name ends just before the comma. Not when a name follows
# the noun: "Propriété de Daniel Křetínský, le tabloïd Blesk" presents Blesk, not him.
APPOSITION_RE = re.compile(
    rf",\s+(?:un|une|le|la|l[’'])\s*(?:[a-zß-öø-ÿ][\w’'-]*\s+)?(?:{MEDIA_NOUNS}|agence)\b"
    rf"(?!{_QUALIFIERS}\s+{_ARTICLE}[{CAPITAL}])"
)
NAME_BEFORE_RE = re.compile(rf"(?:{_WORD}\s+){{0,3}}{_WORD}$")
# Words that open a sentence or a clause with a capital and are not part of the name
# after them ("Selon Bloomberg", "Selon Xyz, un média"); any other capitalised word before
# a name is part of it ("Michael Bloomberg").
LEADING_WORDS = frozenset(
    "Selon D’après D'après Pour Mais Et Or Car Donc Ainsi Dans Sur Avec Par Puis Quant "
    "Interrogé Interrogée Contacté Contactée Citant Comme Hier".split()
)
# An article may open a name ("Les Jours", "Le Monde") or stand before it ("Le Financial
# Times"): before a known form, it is not another name.
ARTICLES = frozenset({"Le", "La", "Les", "L’", "L'"})
# What a name may follow and still open its clause: "« Selon Bloomberg", "(Selon Bloomberg".
CLAUSE_START_RE = re.compile(r"(?:^|[.!?…«“\"(:;—–])\s*$")


@dataclass(frozen=True)
class CitedOutlet:
    """An outlet the text cites, with the evidence of its first citation."""

    name: str  # the names file's canonical name for a known outlet, else the text's form
    written: str  # as the text writes it
    rule: str  # KNOWN or INTRODUCED
    sentence: str  # the sentence that cites it

    @property
    def rule_label(self) -> str:
        return RULE_LABELS[self.rule]


def name_key(name: str) -> str:
    """A name without case, accents or typographic apostrophes: comparisons of names."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class OutletVocabulary:
    """What the archive knows of names: the media's forms, and names that are no outlet."""

    media: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (canonical name, forms)
    not_outlets: frozenset[str] = frozenset()  # name_key of places, organisations, people

    @classmethod
    def build(cls, names: Iterable[NameRecord], person_forms: Iterable[str] = ()):
        """The media of the names file; its other entries and the people are no outlets."""
        names = tuple(names)
        media = tuple(
            (record.name, tuple(form.text for form in record.forms))
            for record in names
            if record.kind == MEDIA
        )
        others = [form.text for r in names if r.kind != MEDIA for form in r.forms]
        return cls(media, frozenset(name_key(form) for form in (*others, *person_forms)))

    def canonical(self, name: str) -> str | None:
        """The canonical name of the medium that name is a form of, or None."""
        key = name_key(name)
        for canonical, forms in self.media:
            if any(name_key(form) == key for form in forms):
                return canonical
        return None

    @cached_property
    def known_re(self) -> re.Pattern | None:
        """Every form of every medium, longest first, as written (its first letter either case)."""
        forms = sorted({f for _, forms in self.media for f in forms}, key=len, reverse=True)
        if not forms:
            return None
        return re.compile(
            r"(?<![\w&.-])(?:" + "|".join(map(form_pattern, forms)) + r")(?![\w&-]|\.\w)"
        )


def form_pattern(form: str) -> str:
    """A form as a pattern: "Le Monde" also as "le Monde", "AFP" only as "AFP"."""
    first, rest = form[0], re.escape(form[1:])
    if " " in form and any(c.isupper() for c in form[1:]) and first.lower() != first:
        return f"[{re.escape(first)}{re.escape(first.lower())}]{rest}"
    return re.escape(first) + rest


def is_clause_start(text: str, position: int) -> bool:
    """Whether position opens the block, a sentence, a quotation or a parenthesis."""
    return bool(CLAUSE_START_RE.search(text[:position]))


def is_inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words around a match make it part of another name.

    "Michael Bloomberg", "BBC Radio Four": the known form is only a piece of the name.
    A word that opens a clause and is not a name ("Selon Bloomberg") does not count.
    """
    before = re.search(rf"({_WORD})\s+$", text[:start])
    if before and not (before.group(1) in LEADING_WORDS and is_clause_start(text, before.start(1))):
        return True
    return bool(re.match(rf"\s+(?:{_WORD}|\d+\b)", text[end:]))


def trim_leading_words(name: str) -> str:
    """'Selon Meduza' -> 'Meduza'."""
    words = name.split()
    while len(words) > 1 and words[0] in LEADING_WORDS:
        words.pop(0)
    return " ".join(words)


def find_known(text: str, vocabulary: OutletVocabulary) -> Iterable[tuple[int, str]]:
    """(position, form) of every form of a known medium the text names as a name of its own."""
    if vocabulary.known_re is None:
        return
    for match in vocabulary.known_re.finditer(text):
        if not is_inside_longer_name(text, match.start(), match.end()):
            yield match.start(), match.group(0)


def find_introduced(text: str) -> Iterable[tuple[int, str]]:
    """(position, name) of every name the text presents as an outlet."""
    for pattern in INTRODUCTION_RES:
        for match in pattern.finditer(text):
            yield match.start("name"), match.group("name")
    for match in APPOSITION_RE.finditer(text):
        if before := NAME_BEFORE_RE.search(text[: match.start()]):
            name = trim_leading_words(before.group(0))
            yield match.start() - len(name), name


def find_cited_outlets(
    blocks: list[str], vocabulary: OutletVocabulary = OutletVocabulary()
) -> list[CitedOutlet]:
    """The outlets the text cites, in order of first citation, without duplicates.

    At the same place, an introduction is the evidence rather than the names file.
    """
    found: dict[str, CitedOutlet] = {}
    for text in blocks:
        hits = [(start, 0, name, INTRODUCED) for start, name in find_introduced(text)]
        hits += [(start, 1, name, KNOWN) for start, name in find_known(text, vocabulary)]
        for start, _, written, rule in sorted(hits):
            written = written.rstrip(".’'")
            name = vocabulary.canonical(written)
            if name is None and name_key(written) in vocabulary.not_outlets:
                continue
            name = name or written
            if name_key(name) not in found:
                found[name_key(name)] = CitedOutlet(name, written, rule, sentence_at(text, start))
    return list(found.values())
