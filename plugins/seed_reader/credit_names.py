"""Names as credits write them: people and newsrooms, and the news agencies.

The patterns are shared by the byline and source grammar (credits.py) and the stamps
(stamps.py), so a name is the same shape wherever a credit line carries it. The news
agencies are the one closed list (AFP, Reuters, AP, Belga, ATS, Keystone-ATS, DPA, EFE,
ANSA, La Presse Canadienne).
"""

from __future__ import annotations

import re

from archive_core.text import CAPITAL

# A person's or a newsroom's name as bylines write it: capitalised words ("Le Figaro.fr",
# "L'Obs", "J.-M.", "TV5MONDE"), with particles, and a number ("France 24", "20 Minutes").
_NAME_WORD = rf"[{CAPITAL}][\w'’.-]*"
_PARTICLE = r"(?:de|du|des|da|di|van|von|der|le|la|ben|ibn|el)"
# A number that is part of a name, not a time or a date: "24" of "France 24".
_NAME_NUMBER = r"\d{1,3}(?!\d|[/.:]\d|\s*h\b)"
NAME = (
    rf"(?:\d{{1,3}}\s+)?{_NAME_WORD}"
    rf"(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}|\s+{_NAME_NUMBER}){{0,4}}"
)
NAMES = rf"{NAME}(?:\s*(?:,|\bet\b|&|\band\b)\s*{NAME})*"


# The closed list of news agencies, in any case ("AFP", "ats", "Belga").
AGENCY = (
    r"(?i:agence\s+france[-\s]presse|associated\s+press|keystone-ats|(?:la\s+)?presse\s+"
    r"canadienne|afp|reuters|ap|belga|ats|dpa|efe|ansa)(?![\w-])"
)
AGENCY_NAME_RE = re.compile(AGENCY)
# "AFP", "l’AFP", "agences"; several: "AP, AFP", "AFP et Reuters".
CREDITED = rf"(?:(?i:l[’'])?{AGENCY}|(?i:agences?)(?!\w))"
CREDITED_LIST = rf"{CREDITED}(?:\s*(?:,|\bet\b|&)\s*{CREDITED})*"
# What a byline adds after the names: "Claire Martin avec AFP", "Le Soir, avec Belga".
WITH_AGENCIES = rf"(?:\s*,\s*|\s+)(?i:avec)\s+{CREDITED_LIST}"


def squeeze(text: str) -> str:
    """White space normalised: "Le Soir  avec Belga" -> "Le Soir avec Belga"."""
    return " ".join(text.split())
