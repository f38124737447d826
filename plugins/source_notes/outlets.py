"""The outlets a text cites as its sources: "a déclaré à CNN", "selon Bloomberg", ...

Found by the phrases that introduce a source, followed by a capitalised name; a
registered person's name is not an outlet.
"""

from __future__ import annotations

import re

# A name: capitalised words, possibly with dots ("Express.co.uk") or joined by "de".
_NAME = r"(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z0-9][\w&.’'-]*){0,3})"
_ARTICLE = r"(?:l[’']|le\s+|la\s+|les\s+)?"
OUTLET_RES = (
    # "a déclaré à CNN", "a confié à l’AFP", "a déclaré l’un de ces responsables à CNN"
    re.compile(
        r"\b(?:déclaré|dit|confié|indiqué|affirmé|expliqué|précisé|raconté|assuré|confirmé)"
        rf"\b(?:[^.,;:«»]{{0,60}}?\s)?(?:à|au|aux)\s+{_ARTICLE}{_NAME}"
    ),
    # "selon Bloomberg", "d’après Reuters"
    re.compile(rf"\b(?:selon|d[’']après)\s+{_ARTICLE}{_NAME}"),
    # "le journal allemand Süddeutsche Zeitung", "l’agence Reuters"
    re.compile(
        r"\b(?:journal|quotidien|hebdomadaire|magazine|agence|chaîne|radio|site)"
        rf"(?:\s+[a-zéèêàâîôûç]+)?\s+{_NAME}"
    ),
    # "l’émission Today de BBC Radio Four": the broadcaster
    re.compile(rf"\bémission\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:de|sur)\s+{_NAME}"),
    # "publiés par Politico et le Financial Times", "rapporté par CNN"
    re.compile(rf"\b(?:publiée?s?|rapportée?s?|révélée?s?|citée?s?)\s+par\s+{_ARTICLE}{_NAME}"),
    # "les fuites de Bloomberg", "un reportage du Guardian"
    re.compile(
        r"\b(?:fuites?|révélations?|article|reportage|exclusivité)"
        rf"\s+(?:de|du|d[’'])\s*{_ARTICLE}{_NAME}"
    ),
)
# After an outlet, "et le Financial Times" names a second one.
AND_NEXT_RE = re.compile(rf"^\s+et\s+{_ARTICLE}{_NAME}")
# Words that start a name match but are not outlets.
NOT_OUTLETS = frozenset({"Bruxelles", "Moscou", "Kiev", "Washington", "Londres", "Paris"})


def find_cited_outlets(blocks: list[str], person_forms: frozenset[str] = frozenset()) -> list[str]:
    """The outlets named as sources, in order of first citation, without duplicates."""
    found: list[str] = []
    for text in blocks:
        for pattern in OUTLET_RES:
            for match in pattern.finditer(text):
                names = [match.group("name")]
                if following := AND_NEXT_RE.match(text[match.end() :]):
                    names.append(following.group("name"))
                for name in names:
                    name = name.rstrip(".’'")
                    if name in NOT_OUTLETS or name in person_forms or name in found:
                        continue
                    found.append(name)
    return found
