"""Lines that carry metadata: bylines, translator and source credits, stamps, site names.

`match_credit(text)` names the field a line feeds (or None); `parse_credit(field, text)`
returns the values it carries. Both go through the same matchers (`match_byline`,
`match_source`, `match_stamp`...), so what is classified as metadata is exactly what
is extracted.

Rules describe kinds of lines, never one site's strings: a name is capitalised words,
a stamp is a lead word ("Publié", "Mis à jour") and dates and times, a signature is an
agency's name. The news agencies are the one closed list (AFP, Reuters, AP, Belga,
ATS, Keystone-ATS, DPA, EFE, ANSA, La Presse Canadienne).

Choices:
- a stamp is a whole line (a lead word, dates, times, separators, an update, an
  author or reading time after it): "Publié le 3 mars 2022, le rapport..." is prose;
- a stamp without a full date ("Mis à jour à 10 h 30", "Publié il y a 3 heures") is a
  stamp that carries no value, rather than a date guessed from the day of the copy;
- a line with a publication and an update is "published" with the first date; one
  that starts with an update is "updated", and its date never becomes the publication's;
- a date alone on its line ("13 juin 2023", "03/03/2022") is a publication stamp, so a
  chronology's date headings are too: telling them apart needs the page, not the line;
- a lone name ("FRANCEINFO", "Le Soir") is no credit by itself: only its place on the
  page, which this module does not see, says whether it is a byline or a site name.
"""

from __future__ import annotations

import re

from .dates import (
    LONG_DATE,
    MONTH,
    NUMERIC_DATE,
    SHORT_NUMERIC_DATE,
    TIME,
    WEEKDAY,
    parse_french_date,
)

# --- Names -----------------------------------------------------------------------------

# A person's or a newsroom's name as bylines write it: capitalised words ("Le Figaro.fr",
# "L'Obs", "J.-M.", "TV5MONDE"), with particles, and a number ("France 24", "20 Minutes").
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_PARTICLE = r"(?:de|du|des|da|di|van|von|der|le|la|ben|ibn|el)"
# A number that is part of a name, not a time or a date: "24" of "France 24".
_NAME_NUMBER = r"\d{1,3}(?!\d|[/.:]\d|\s*h\b)"
_NAME = (
    rf"(?:\d{{1,3}}\s+)?{_NAME_WORD}"
    rf"(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}|\s+{_NAME_NUMBER}){{0,4}}"
)
_NAMES = rf"{_NAME}(?:\s*(?:,|\bet\b|&|\band\b)\s*{_NAME})*"

# --- Agencies --------------------------------------------------------------------------

# The closed list of news agencies, in any case ("AFP", "ats", "Belga").
_AGENCY = (
    r"(?i:agence\s+france[-\s]presse|associated\s+press|keystone-ats|(?:la\s+)?presse\s+"
    r"canadienne|afp|reuters|ap|belga|ats|dpa|efe|ansa)(?![\w-])"
)
_AGENCY_RE = re.compile(_AGENCY)
AGENCY_NAME_RE = _AGENCY_RE  # an agency is never the outlet (evidence/site.py)
# "AFP", "l’AFP", "agences"; several: "AP, AFP", "AFP et Reuters".
_CREDITED = rf"(?:(?i:l[’'])?{_AGENCY}|(?i:agences?)(?!\w))"
_CREDITED_LIST = rf"{_CREDITED}(?:\s*(?:,|\bet\b|&)\s*{_CREDITED})*"
# What a byline adds after the names: "Claire Martin avec AFP", "Le Soir, avec Belga".
_WITH_AGENCIES = rf"(?:\s*,\s*|\s+)(?i:avec)\s+{_CREDITED_LIST}"

# --- Bylines ---------------------------------------------------------------------------

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
    rf"|(?i:[àa]|au|aux|en|depuis)\s+{_NAMES}"
    rf"|{_NAMES}(?:{_WITH_AGENCIES})?)"
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
    rf"(?P<name>(?:{_NAMES}|(?i:la\s+r[ée]daction))(?:{_WITH_AGENCIES})?){_TAIL}$"
)
# "Jeanne Martin, envoyée spéciale à Kiev", "Mathilde Ferrand (envoyée spéciale à
# Vilnius)": names, then a role (a clause after the role makes it a sentence).
ROLE_BYLINE_RE = re.compile(
    rf"^(?P<name>{_NAMES})(?:,\s+(?P<rest>{_ROLE}[^,;:!?()]*(?:\s*\([^()]*\))?"
    rf"(?:{_WITH_AGENCIES})?)"
    rf"|\s*\(\s*(?P<bracketed>{_ROLE}[^()]*)\))\s*\.?$"
)
# "Le Monde avec AFP", "J.L. avec AFP": names or initials, then the agencies.
SOURCED_BYLINE_RE = re.compile(rf"^(?P<name>{_NAMES}{_WITH_AGENCIES})\s*\.?$")

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
    rf"^\(?\s*(?i:avec)\s+(?P<source>{_CREDITED_LIST})\s*\)?\s*\.?$",
)
# "Avec les informations de La Presse canadienne", "D'après l'AFP": the source as written.
INFORMATION_RE = re.compile(
    r"^\(?\s*(?i:avec\s+(?:les\s+|des\s+)?informations?\s+(?:de\s+|du\s+|des\s+|d[’']\s*)"
    # A repost names where it comes from: "Transféré de X", "Forwarded from X".
    r"|transf[ée]r[ée]\s+(?:de|depuis)\s+|forwarded\s+from\s+|repris\s+(?:de|du)\s+"
    # A closing line crediting the original outlet: "Repéré sur X", "Lu dans X", "Article
    # initialement paru (en anglais) dans X", "Cet article a d'abord été publié sur X".
    r"|rep[ée]r[ée]\s+(?:sur|dans)\s+|lu\s+(?:sur|dans)\s+"
    r"|(?:cet\s+)?(?:article\s+)?(?:a\s+(?:d[’']abord\s+)?[ée]t[ée]\s+)?"
    r"(?:initialement\s+|originellement\s+|d[’']abord\s+)?(?:paru|publi[ée])\s+"
    r"(?:initialement\s+|originellement\s+|d[’']abord\s+)?(?:en\s+[a-zé]+\s+)?"
    r"(?:sur|dans|par)\s+"
    rf"|d[’']apr[èe]s\s+)(?P<source>(?i:l[’'])?(?:{_CREDITED_LIST}|{_NAMES}|{_DOMAIN}))"
    r"\s*\)?\s*\.?$"
)
# An agency's signature at the end of a dispatch: "(AFP)", "mj/ob (AFP)", "ats/jh",
# "(Belga)", "— AFP". The lowercase letters are the journalists' initials.
_INITIALS = r"[a-z]{2,4}"
# One part of "ats/jh", taken whole (an agency's letters are also initials' letters).
_SLASH_TOKEN = rf"(?>{_AGENCY}|{_INITIALS})"
_AGENCY_LIST = rf"{_AGENCY}(?:\s*(?:,|/|\bet\b)\s*{_AGENCY})*"
SIGNATURE_RE = re.compile(
    rf"^(?:(?:{_INITIALS}(?:/{_INITIALS})*\s*)?\(\s*(?P<bracketed>{_AGENCY_LIST})\s*\)"
    rf"|\(?(?=(?:[^/()\s]+/)*?{_AGENCY}(?:[/)]|\s*\.?$))"
    rf"(?P<slashed>{_SLASH_TOKEN}(?:/{_SLASH_TOKEN})++)\)?"
    rf"|[—–-]\s*(?P<dashed>{_AGENCY_LIST}))\s*\.?$"
)

# --- Stamps ----------------------------------------------------------------------------

# The words that open a publication or an update stamp.
_PUBLISHED_LEAD = (
    r"(?:(?:date\s+de\s+)?publication|publi[ée]e?s?|mise?\s+en\s+ligne|paru(?:e|tion)?"
    r"|post[ée]e?|diffus[ée]e?)(?![^\W\d_])"
)
_UPDATED_LEAD = (
    r"(?:(?:date\s+de\s+)?(?:derni[èe]re\s+)?(?:mise?\s+[àa]\s+jour|modification)|m[àa]j"
    r"|modifi[ée]e?|actualis[ée]e?|corrig[ée]e?|r[ée]vis[ée]e?)(?![^\W\d_])"
)
# "Publié par ssofidelis le 3 décembre 2025": who posted it, between the lead and the date.
_POSTED_BY = r"\s+par\s+(?-i:[\w.@’'-]+(?:\s+[A-ZÀ-Þ][\w.’'-]*){0,3})"
_LEAD_GLUE = r"\s*:?\s*"
_TIME_PART = rf"\s*(?:[,|–—-]\s*)?(?:[àa]\s+)?{TIME}"
# "le", "le :", "mercredi", "le mercredi," before a date ("le" never before a time alone).
_DAY_PREFIX = rf"(?:le\s*:?\s*)?(?:{WEEKDAY}\s*,?\s+)?"
_FULL_DATE = rf"(?:{LONG_DATE}|{NUMERIC_DATE})"
_RELATIVE = (
    r"(?:il\s+y\s+a\s+(?:environ\s+|plus\s+d[’']\s*)?(?:\d+|une?)\s*(?:s(?:ec(?:ondes?)?)?"
    r"|min(?:utes?)?|h(?:eures?)?|j(?:ours?)?|semaines?|mois|ans?)(?![^\W\d_])"
    r"|aujourd[’']\s*hui|hier|avant-hier|ce\s+(?:matin|soir)|cette\s+nuit)"
)
# The when of a stamp after its lead word: a date (a two-digit year is trusted here), a
# day and month with a time (a site that leaves out the current year), a time alone,
# or a relative day ("il y a 3 heures", "hier à 18h").
_WHEN_LED = (
    rf"(?:{_DAY_PREFIX}(?:{_FULL_DATE}|{SHORT_NUMERIC_DATE})(?:{_TIME_PART})?"
    rf"|{_DAY_PREFIX}(?<!\d)\d{{1,2}}(?:er)?\s+{MONTH}{_TIME_PART}"
    rf"|(?:{WEEKDAY}\s*,?\s*)?(?:[àa]\s+)?{TIME}"
    rf"|{_RELATIVE}(?:{_TIME_PART})?)"
)
# A stamp without a lead word is a date alone or with a time: "13 juin 2023",
# "17.05.2023, 11:04", "Le 27 septembre 2022 à 12h48", "Mercredi 3 février 2023" (a
# two-digit year only with a time: "17-05-23, 11:04").
_WHEN_BARE = (
    rf"(?:le\s+)?(?:{WEEKDAY}\s*,?\s+)?"
    rf"(?:{_FULL_DATE}(?:{_TIME_PART})?|{SHORT_NUMERIC_DATE}{_TIME_PART})"
)
# Between a publication and an update: punctuation, "et", brackets, or nothing at all
# ("à 17:42Mis à jour le ...").
_SEGMENT = (
    r"(?:\s*(?:[,;.|·•/–—-]\s*)+|\s+et\s+|\s*)\(?\s*"
    rf"(?:{_PUBLISHED_LEAD}|{_UPDATED_LEAD}){_LEAD_GLUE}{_WHEN_LED}\s*\)?"
)
# After the stamp: who wrote it ("... à 10h05 par Jean Dupont"), or the reading time.
_TRAILER = (
    rf"(?:\s+par\s+(?P<author>(?-i:{_NAMES}))"
    r"|\s*[|·•–—-]\s*(?:lecture\s*:?\s*)?\d{1,3}\s*min(?:utes?)?(?:\s+de\s+lecture)?)?"
)
# What may lead a stamp: a dash ("— 15 janvier 2025 à 7h32") or a channel's emoji or
# symbol ("📅 03.12.2025 | 09:14"); never a letter, a digit or an opening quote.
_STAMP_MARK = r"(?:[—–-]|[^\w\s(«\"'’.,;:]{1,3})\s*"
STAMP_RE = re.compile(
    rf"^(?:{_STAMP_MARK})?\(?(?:(?:{_PUBLISHED_LEAD}(?:{_POSTED_BY})?|{_UPDATED_LEAD}){_LEAD_GLUE}{_WHEN_LED}"
    rf"|{_WHEN_BARE})\)?(?:{_SEGMENT})*{_TRAILER}\s*\.?$",
    re.IGNORECASE,
)
# Where each part of a stamp starts, and which part it is.
_LEAD_RE = re.compile(
    rf"(?<![^\W\d_])(?:(?P<updated>{_UPDATED_LEAD})|(?P<published>{_PUBLISHED_LEAD}))",
    re.IGNORECASE,
)

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


def match_stamp(line: str) -> str | None:
    """Return "published" or "updated" for a stamp line, else None.

    A stamp is "updated" when it starts with an update word ("Mis à jour le ..."), and
    "published" otherwise, even when an update follows ("Publié le ..., modifié le ...").
    """
    if not STAMP_RE.match(line):
        return None
    first = _LEAD_RE.match(strip_stamp_mark(line).lstrip("( "))
    return "updated" if first and first.group("updated") else "published"


def match_source(line: str) -> re.Match | None:
    return (
        AGENCY_RE.match(line)
        or INFORMATION_RE.match(line)
        or SOURCE_RE.match(line)
        or SIGNATURE_RE.match(line)
    )


def match_byline(line: str) -> re.Match | None:
    return BYLINE_RE.match(line) or ROLE_BYLINE_RE.match(line) or SOURCED_BYLINE_RE.match(line)


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


def stamp_values(field: str, line: str) -> dict[str, str]:
    """The dates of a stamp, each read from its own part of the line, and its author.

    A "published" line gives the date of its first part only: an update that follows
    never becomes the publication date. An "updated" line gives the date of its first
    update part as `updated`, and the date of a "Publié ..." part, if it has one.
    """
    stamp = STAMP_RE.match(line)  # when it matches, a two-digit year is a year
    line = strip_stamp_mark(line)
    starts = [
        (match.start(), "updated" if match.group("updated") else "published")
        for match in _LEAD_RE.finditer(line)
    ]
    if not starts or line[: starts[0][0]].strip(" ("):
        starts.insert(0, (0, "published"))  # "Le 27 septembre 2022 à 12h48, modifié le ..."
    ends = [start for start, _ in starts[1:]] + [len(line)]
    parts = [
        (kind, parse_french_date(line[start:end], short_years=stamp is not None))
        for (start, kind), end in zip(starts, ends, strict=True)
    ]
    values: dict[str, str] = {}
    if field == "published":
        kind, found = parts[0]
        if kind == "published" and found:
            values["date"] = found
    else:
        updates = [found for kind, found in parts if kind == "updated"] or [parts[0][1]]
        publications = [found for kind, found in parts if kind == "published" and found]
        if updates[0]:
            values["updated"] = updates[0]
        if publications and parts[0][0] == "updated":
            values["date"] = publications[0]
    if stamp and stamp.group("author"):
        values["author"] = squeeze(stamp.group("author"))
    return values


def strip_stamp_mark(line: str) -> str:
    """The stamp without the dash or emoji that leads it."""
    return _STAMP_MARK_RE.sub("", line, count=1)


_STAMP_MARK_RE = re.compile(rf"^{_STAMP_MARK}")


def source_of(match: re.Match) -> str:
    """The credited source as written: "AFP et Reuters", "ats" (of "ats/jh")."""
    groups = match.groupdict()
    if groups.get("source"):
        return squeeze(groups["source"])
    signed = groups.get("bracketed") or groups.get("slashed") or groups.get("dashed") or ""
    agencies = [squeeze(found.group(0)) for found in _AGENCY_RE.finditer(signed)]
    # Agencies keep the separator the page wrote: "ats/afp", "AFP, Reuters"; the
    # journalists' initials of "mj/ob (AFP)" or "ats/jh" are left out.
    return ("/" if "/" in signed else ", ").join(dict.fromkeys(agencies))


def squeeze(text: str) -> str:
    """White space normalised: "Le Soir  avec Belga" -> "Le Soir avec Belga"."""
    return " ".join(text.split())
