"""Lines that carry metadata: bylines, translator and source credits, stamps, site names.

`match_credit(text)` names the field a line feeds (or None); `parse_credit(field, text)`
returns the values it carries. Both go through the same matchers (`match_byline`,
`match_source`, `match_stamp`...), so what is classified as metadata is exactly what
is extracted.

Rules describe kinds of lines, never one site's strings: a name is capitalised words,
a stamp is a lead word ("Publié", "Mis à jour") and dates and times, a signature is an
agency's name. The news agencies are the one closed list (AFP, Reuters, AP, Belga,
ATS, Keystone-ATS, DPA, EFE, ANSA, La Presse Canadienne).

Stamps have their own grammar (stamps.py) and names theirs (credit_names.py).

Choices:
- a lone name ("FRANCEINFO", "Le Soir") is no credit by itself: only its place on the
  page, which this module does not see, says whether it is a byline or a site name.
"""

from __future__ import annotations

import re

from archive_core.text import CAPITAL

from .credit_names import (
    AGENCY,
    AGENCY_NAME_RE,
    CREDITED_LIST,
    NAMES,
    WITH_AGENCIES,
    squeeze,
)
from .dates import LONG_DATE, NUMERIC_DATE, SHORT_NUMERIC_DATE, TIME, parse_french_date
from .stamps import match_stamp, stamp_values

# --- Bylines ---------------------------------------------------------------------------

# A newsroom as a byline names it: "la rédaction", "la rédaction du Soir".
NEWSROOM = (
    r"(?i:la\s+r[ée]daction)(?:\s+(?i:du|des|de\s+la|de\s+l[’']|de|d[’'])\s*"
    rf"[{CAPITAL}][\w’'.-]*(?:\s+[{CAPITAL}][\w’'.-]*){{0,3}})?"
)
# What a byline's role says: "envoyée spéciale à Kiev", "correspondant à Bruxelles".
_ROLE = (
    r"(?i:(?:notre|nos|votre)\s+)?(?i:envoy[ée]e?s?(?:\s+sp[ée]ciale?s?)?|correspondante?s?"
    r"|journaliste|r[ée]dact(?:eur|rice)s?(?:\s+en\s+chef(?:fe)?)?|chroniqueu(?:r|se)s?"
    r"|reporter|photographe|[ée]ditorialiste|pigiste|stagiaire|critique)(?![\w-])"
)
ROLE = _ROLE  # for the role line under a name (context_credits.py)
# A clock time or a date, as the shared date shapes write them (any case).
_DATED = rf"(?i:{LONG_DATE}|{NUMERIC_DATE}|{SHORT_NUMERIC_DATE}|{TIME}|\d{{1,3}}\s*min\b)"
# What may follow a byline's names after a comma or a dash: a date or a time, a stamp,
# a role, a place, another credit. Anything else is a sentence ("Par Telegram, le
# ministère a démenti").
_BYLINE_REST = (
    rf"(?:(?=.*{_DATED}).+?"
    r"|(?i:publi[ée]|mise?\s+(?:[àa]\s+jour|en\s+ligne)|modifi[ée]|actualis[ée]|le\s+\d"
    r"|hier|aujourd|il\s+y\s+a)(?![^\W\d_]).*?"
    rf"|{_ROLE}[^,;:!?()]*?"
    rf"|(?i:[àa]|au|aux|en|depuis)\s+{NAMES}"
    rf"|{NAMES}(?:{WITH_AGENCIES})?)"
)
# Where a date or a role follows a name: "Par X, le 2 décembre 2025", "Par X - 03/12/2025".
_TAIL = rf"(?:\s*\([^()]{{1,60}}\))?(?:\s*[,–—|•·-]\s*(?P<rest>{_BYLINE_REST}))?\s*\.?"

# Only the lead words ignore case: the name itself must be capitalised, so
# "Par exemple, le conseiller..." is not a byline.
BYLINE_RE = re.compile(
    r"^(?i:par|texte\s+par|textes?\s+et\s+photos\s+par|propos\s+recueillis\s+par|"
    r"une?\s+(?:article|texte|reportage|analyse|chronique|enqu[êe]te|[ée]ditorial|tribune|"
    r"entretien|portrait|dossier|d[ée]cryptage)\s+de|(?:article\s+)?r[ée]dig[ée]\s+par|"
    # A curator's credit ("Repéré par X") signs the page as a byline does.
    r"[ée]crit\s+par|rep[ée]r[ée]\s+par|s[ée]lectionn[ée]\s+par|by)\s*:?\s+"
    rf"(?P<name>(?:{NAMES}|{NEWSROOM})(?:{WITH_AGENCIES})?){_TAIL}$"
)
# "Par notre correspondant à Dakar, Ousseynou Diallo": the role first, then the name.
CORRESPONDENT_BYLINE_RE = re.compile(
    rf"^(?i:par)\s+{_ROLE}(?:\s+(?i:[àa]|au|aux|en)\s+{NAMES})?\s*,\s*"
    rf"(?P<name>{NAMES}(?:{WITH_AGENCIES})?)\s*\.?$"
)
# "Clara Dubois. Publié le 10 juin 2024 à 12h47": a bare name, then the stamp.
NAME_STAMP_RE = re.compile(
    rf"^(?P<name>{NAMES})\s*[.,|–—]\s*(?P<rest>(?=.*{_DATED})"
    r"(?i:publi[ée]|mis(?:e)?\s+[àa]\s+jour|modifi[ée]|actualis[ée]|le\s+\d).*)$"
)
# "Jeanne Martin, envoyée spéciale à Kiev", "Mathilde Ferrand (envoyée spéciale à
# Vilnius)": names, then a role (a clause after the role makes it a sentence).
ROLE_BYLINE_RE = re.compile(
    rf"^(?P<name>{NAMES})(?:,\s+(?P<rest>{_ROLE}[^,;:!?()]*(?:\s*\([^()]*\))?"
    rf"(?:{WITH_AGENCIES})?)"
    rf"|\s*\(\s*(?P<bracketed>{_ROLE}[^()]*)\))\s*\.?$"
)
# "Le Monde avec AFP", "J.L. avec AFP": names or initials, then the agencies.
SOURCED_BYLINE_RE = re.compile(rf"^(?P<name>(?:{NAMES}|{NEWSROOM}){WITH_AGENCIES})\s*\.?$")

# A domain as a credited source: "korybko.substack.com".
_DOMAIN = r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}"

# --- Translators and sources ---------------------------------------------------------------

LANGUAGES = {
    "anglais": "en", "espagnol": "es", "allemand": "de", "italien": "it", "russe": "ru",
    "ukrainien": "uk", "portugais": "pt", "arabe": "ar", "polonais": "pl", "néerlandais": "nl",
    "chinois": "zh", "turc": "tr", "persan": "fa", "hébreu": "he", "japonais": "ja",
}  # fmt: skip
TRANSLATOR_RE = re.compile(
    # "Traduction automatique : X", "Traduit automatiquement par X": a machine's credit.
    r"^(?:traduit|traduction|adapt[ée])(?:\s+automatique(?:ment)?)?"
    r"(?:\s+(?:de\s+l[’']|du\s+|de\s+)(?P<language>[a-zéè]+))?"
    # "Traduit avec X (version gratuite)": a translation tool's own credit.
    r"\s*(?:par\s*:?|:|avec)\s+(?P<name>.+?)(?:\s*\([^()]*\))?\s*\.?$",
    re.IGNORECASE,
)
SOURCE_RE = re.compile(r"^sources?\s*:\s*(?P<source>.+?)\s*\.?$", re.IGNORECASE)
# "Avec AFP", "(avec AFP et Reuters)", "avec agences": the credit as written.
AGENCY_RE = re.compile(
    rf"^\(?\s*(?i:avec)\s+(?P<source>{CREDITED_LIST})\s*\)?\s*\.?$",
)
# "Avec les informations de La Presse canadienne", "D'après l'AFP": the source as written.
INFORMATION_RE = re.compile(
    r"^\(?\s*(?i:avec\s+(?:les\s+|des\s+)?informations?\s+(?:de\s+|du\s+|des\s+|d[’']\s*)"
    # A repost names where it comes from: "Transféré de X", "Forwarded from X".
    r"|transf[ée]r[ée]\s+(?:de|depuis)\s+|forwarded\s+from\s+|repris\s+(?:de|du)\s+"
    # A closing line crediting the original outlet: "Repéré sur X", "Lu dans X", "Article
    # initialement paru (en anglais) dans X", "Cet article a d'abord été publié sur X".
    r"|rep[ée]r[ée]\s+(?:sur|dans)\s+|lu\s+(?:sur|dans)\s+"
    # "Cet article est une adaptation d'un reportage publié par la radio publique X":
    # what the original was, then its outlet, maybe described in lower-case words.
    r"|(?:cet\s+article\s+est\s+)?une?\s+(?:adaptation|traduction|version\s+\w+)\s+"
    r"d[’']\s*une?\s+(?:article|reportage|texte|enqu[êe]te|entretien|chronique)\s+"
    r"(?:publi[ée]e?|paru(?:e)?|diffus[ée]e?)\s+(?:par|dans|sur)\s+"
    r"(?:(?:l[ea]|les|l[’'])\s*)?(?:[a-zà-ÿ-]+\s+){0,5}"
    # An aggregator's link to the original: "Lire l'article complet sur X".
    r"|(?:lire|voir)\s+l[’']article\s+(?:complet|original|en\s+entier|int[ée]gral)\s+sur\s+"
    r"|(?:cet\s+)?(?:article\s+)?(?:a\s+(?:d[’']abord\s+)?[ée]t[ée]\s+)?"
    r"(?:initialement\s+|originellement\s+|d[’']abord\s+)?(?:paru|publi[ée])\s+"
    r"(?:initialement\s+|originellement\s+|d[’']abord\s+)?(?:en\s+[a-zé]+\s+)?"
    r"(?:sur|dans|par)\s+"
    rf"|d[’']apr[èe]s\s+)(?P<source>(?i:l[’'])?(?:{CREDITED_LIST}|{NAMES}|{_DOMAIN}))"
    r"\s*\)?\s*\.?$"
)
# An agency's signature at the end of a dispatch: "(AFP)", "mj/ob (AFP)", "ats/jh",
# "(Belga)", "— AFP". The lowercase letters are the journalists' initials.
_INITIALS = r"[a-z]{2,4}"
# One part of "ats/jh", taken whole (an agency's letters are also initials' letters).
_SLASH_TOKEN = rf"(?>{AGENCY}|{_INITIALS})"
_AGENCY_LIST = rf"{AGENCY}(?:\s*(?:,|/|\bet\b)\s*{AGENCY})*"
SIGNATURE_RE = re.compile(
    rf"^(?:(?:{_INITIALS}(?:/{_INITIALS})*\s*)?\(\s*(?P<bracketed>{_AGENCY_LIST})\s*\)"
    rf"|\(?(?=(?:[^/()\s]+/)*?{AGENCY}(?:[/)]|\s*\.?$))"
    rf"(?P<slashed>{_SLASH_TOKEN}(?:/{_SLASH_TOKEN})++)\)?"
    rf"|[—–-]\s*(?P<dashed>{_AGENCY_LIST}))\s*\.?$"
)

# "Titre original : X", "Texte d'origine : X": a translated page's label before the title
# in the original language.
ORIGINAL_TITLE_LABEL_RE = re.compile(
    r"^(?i:(?:titre|texte)\s+(?:original|d[’']origine)|original\s+title|version\s+originale)"
    r"\s*:\s*(?P<title>\S.*)$"
)


def original_title_of(text: str) -> str:
    """The original title a line gives, without the label that may lead it."""
    match = ORIGINAL_TITLE_LABEL_RE.match(text.strip())
    return match.group("title").strip() if match else text


# --- Sites -----------------------------------------------------------------------------

DOMAIN_RE = re.compile(
    r"\b(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b", re.IGNORECASE
)
SITE_LINE_RE = re.compile(rf"^{DOMAIN_RE.pattern}$", re.IGNORECASE)
# "4min", "5 min", but not the minutes of a clock time ("à 22 h 17 min").
READING_TIME_RE = re.compile(r"(?<![\d:h]\s)(?<![\d:h])\b\d{1,3}\s*min\b", re.IGNORECASE)
INTERNAL_ID_RE = re.compile(r"#\d{3,}")

# Bylines and credits are short; a longer line is prose that happens to start alike.
MAX_CREDIT_WORDS = 16
# A stamp with a publication and an update runs longer, but its grammar is strict.
MAX_STAMP_WORDS = 40


def match_credit(text: str) -> str | None:
    """Return the metadata field this line carries, or None if it is not a credit line."""
    line = text.strip()
    words = len(line.split())
    if not line or words > MAX_STAMP_WORDS:
        return None
    if stamp := match_stamp(line):
        return stamp
    if words > MAX_CREDIT_WORDS:
        return None
    if TRANSLATOR_RE.match(line):
        return "translator"
    if match_source(line):
        return "source_credit"
    if match_byline(line):
        return "byline"
    if SITE_LINE_RE.match(line):
        return "site"
    if is_site_stamp(line):
        return "site_stamp"
    return None


def match_source(line: str) -> re.Match | None:
    return (
        AGENCY_RE.match(line)
        or INFORMATION_RE.match(line)
        or SOURCE_RE.match(line)
        or SIGNATURE_RE.match(line)
    )


def match_byline(line: str) -> re.Match | None:
    return (
        BYLINE_RE.match(line)
        or CORRESPONDENT_BYLINE_RE.match(line)
        or ROLE_BYLINE_RE.match(line)
        or SOURCED_BYLINE_RE.match(line)
        or NAME_STAMP_RE.match(line)
    )


def is_site_stamp(line: str) -> bool:
    """A page header giving at least two of: date, site domain, reading time, internal id."""
    signals = [
        parse_french_date(line) is not None,
        DOMAIN_RE.search(line) is not None,
        READING_TIME_RE.search(line) is not None,
        INTERNAL_ID_RE.search(line) is not None,
    ]
    return sum(signals) >= 2 and len(line.split()) <= 8


def parse_credit(field: str, text: str) -> dict[str, str]:
    """Return the metadata values a credit line of the given field carries."""
    line = text.strip()
    values: dict[str, str] = {}
    if field == "translator":
        if match := TRANSLATOR_RE.match(line):
            values["translator"] = squeeze(match.group("name"))
            language = (match.group("language") or "").lower()
            if language in LANGUAGES:
                values["original_language"] = LANGUAGES[language]
    elif field == "source_credit":
        if match := match_source(line):
            values["source_credit"] = source_of(match)
    elif field == "byline":
        if match := match_byline(line):
            values["author"] = squeeze(match.group("name"))
            rest = match.groupdict().get("rest") or ""
            if stamp := match_stamp(rest):
                # "Par X | Publié le ...", "Par X, mis à jour le ...": read as the stamp it is.
                values |= {k: v for k, v in stamp_values(stamp, rest).items() if k != "author"}
            elif found := parse_french_date(rest, short_years=True):
                values["date"] = found
    elif field in {"published", "updated"}:
        values = stamp_values(field, line)
    elif field == "site":
        values["site"] = line.lower()
    elif field == "site_stamp":
        if domain := DOMAIN_RE.search(line):
            values["site"] = domain.group(0).lower()
        if found := parse_french_date(line):
            values["site_date"] = found
    return values


# (An initial keeps its dot: "J.-M.")
SENTENCE_STOP_RE = re.compile(r"(?<=\w\w)\.$")


def source_of(match: re.Match) -> str:
    """The credited source as written: "AFP et Reuters", "ats" (of "ats/jh")."""
    groups = match.groupdict()
    if groups.get("source"):
        # A sentence's full stop is no part of the name ("... par la radio publique Yle.").
        return SENTENCE_STOP_RE.sub("", squeeze(groups["source"]))
    signed = groups.get("bracketed") or groups.get("slashed") or groups.get("dashed") or ""
    agencies = [squeeze(found.group(0)) for found in AGENCY_NAME_RE.finditer(signed)]
    # Agencies keep the separator the page wrote: "ats/afp", "AFP, Reuters"; the
    # journalists' initials of "mj/ob (AFP)" or "ats/jh" are left out.
    return ("/" if "/" in signed else ", ").join(dict.fromkeys(agencies))
