"""The vocabulary of page furniture: what a line says when it is not the article.

Each rule is (reason code, pattern). `STRICT_RULES` are anchored calls to action
that can stand anywhere, even between paragraphs; `TAIL_RULES` are looser and
only name the reason of lines already known to be after the article.
"""

from __future__ import annotations

import re

_SHARE = (
    r"(?:partager|partagez|facebook|twitter|x|linkedin|whatsapp|telegram|bluesky|messenger"
    r"|e-?mail|imprimer|copier\s+le\s+lien|envoyer\s+par\s+e-?mail)"
)


def rule(reason: str, *alternatives: str) -> tuple[str, re.Pattern]:
    """A reason code and the patterns (case-insensitive) of the lines it removes."""
    return reason, re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


STRICT_RULES: tuple[tuple[str, re.Pattern], ...] = (
    rule(
        "advertisement",
        r"^(?:passer\s+la\s+)?publicit[ée]\W*$",
        r"^(?:annonce|sponsoris[ée]|contenu\s+(?:sponsoris[ée]|partenaire))\W*$",
    ),
    rule("image-placeholder", r"^(?:spot_img|\[?image\]?|img|photo)$"),
    rule(
        "read-more",
        r"^(?:lire|voir)\s+la\s+suite\W*$",
        r"^continuer\s+(?:la\s+)?lecture\W*$",
    ),
    rule(
        "related-link",
        r"^(?:[àa]\s+)?(?:lire|voir|relire)\s+(?:aus?s?i|[ée]galement)\b",
        r"^cela\s+(?:pourrait|peut)\s+vous\s+int[ée]resser\b",
        r"^(?:sur\s+le\s+m[êe]me\s+sujet|[àa]\s+d[ée]couvrir|en\s+lien|vid[ée]o)\s*[:›>-]",
    ),
    rule(
        "more-articles",
        r"^(?:plus\s+(?:d[’']\s*)?articles?\s+[àa]\s+lire|sur\s+le\s+m[êe]me\s+sujet"
        r"|(?:les\s+(?:articles\s+)?)?les\s+plus\s+lus|dans\s+la\s+m[êe]me\s+rubrique"
        r"|articles?\s+similaires|vous\s+aimerez\s+aussi|nos\s+derniers\s+articles"
        r"|[àa]\s+d[ée]couvrir(?:\s+aussi)?)\W*$",
    ),
    rule(
        "subscription",
        r"^(?:article\s+)?r[ée]serv[ée]\s+aux\s+abonn[ée]s",
        r"^abonnez-vous\b",
        r"^d[ée]j[àa]\s+abonn[ée]",
        r"^cet\s+article\s+vous\s+(?:est|a\s+[ée]t[ée])\s+offert",
        r"^il\s+vous\s+reste\s+\d+\s*%",
        r"^(?:je\s+m[’']\s*)?abonne(?:r|z)?\b",
        r"^(?:s[’']\s*)?abonner\b",
        r"^profitez\s+d[’']un\s+acc[èe]s",
        r"^offre\s+(?:d[ée]couverte|sp[ée]ciale)",
    ),
    rule(
        "newsletter",
        r"^(?:inscrivez-vous|abonnez-vous)\s+[àa]\s+(?:notre|nos)\s+newsletters?",
        r"^newsletters?\W*$",
        r"^recevez\s+(?:chaque|tous\s+les|gratuitement|notre)",
        r"^s[’']\s*inscrire\W*$",
        r"^votre\s+(?:adresse\s+)?e-?mail\W*$",
        r"^je\s+m[’']\s*inscris\W*$",
    ),
    rule(
        "share-buttons",
        rf"^{_SHARE}(?:\s*[:|,·•/-]?\s*(?:sur\s+)?{_SHARE})*"
        r"(?:\s+(?:sur\s+\w+|cet\s+article))?\W*$",
    ),
    rule(
        "cookie-banner",
        r"^(?:nous\s+utilisons\s+des\s+cookies|ce\s+site\s+utilise\s+des\s+cookies)\b",
        r"^(?:param[ée]trer\s+les\s+cookies|g[ée]rer\s+(?:mes|les)\s+(?:cookies|choix))\b",
        r"^(?:accepter(?:\s+et\s+(?:fermer|continuer))?|tout\s+(?:accepter|refuser)|refuser"
        r"|continuer\s+sans\s+accepter|j[’']accepte)\W*$",
    ),
    rule(
        "comments",
        r"^(?:\d+\s+commentaires?|voir\s+les\s+\d+\s+commentaires|r[ée]agir|commenter"
        r"|laisser\s+un\s+commentaire|ajouter\s+un\s+commentaire)\W*$",
    ),
    rule(
        "image-credit",
        r"^\(?\s*(?:photo|photos|cr[ée]dits?\s+photo|illustration|image)\s*:",
        r"^©",
        r"^\(\s*cr[ée]dit",
    ),
    rule(
        "reading-time",
        r"^(?:temps\s+de\s+)?lecture\s*:?\s*\d+\s*min(?:utes?)?\.?$",
        r"^\d+\s*min(?:utes?)?\s+de\s+lecture\.?$",
    ),
    rule(
        "footer",
        r"tous\s+droits\s+r[ée]serv[ée]s",
        r"^(?:mentions\s+l[ée]gales|nous\s+contacter|politique\s+de\s+confidentialit[ée])\W*$",
        r"^conditions\s+g[ée]n[ée]rales",
    ),
)

# After the article, the same calls to action in looser shapes ("Faites la
# subscription avec nous", "Bientôt, nous aurons un abonnement en ligne").
TAIL_RULES: tuple[tuple[str, re.Pattern], ...] = (
    rule("subscription", r"abonn|subscri|acc[èe]s\s+exclusif|d[ée]bloquer"),
    rule("newsletter", r"newsletter|inscri"),
    rule("advertisement", r"publicit|sponsor"),
    rule("related-link", r"^(?:[àa]\s+)?lire\s+\w*si\b"),
)

# Rules whose match means the article is over: what follows is the page's tail.
TAIL_MARKERS = frozenset({"read-more", "more-articles"})

# Short bracketed link text: "[Las 5 armas nucleares más potentes ...]"
BRACKETED_LINK_RE = re.compile(r"^\[[^\[\]]{3,200}\]$")
# A line of punctuation only: "-", "***", "—", "• • •"
SEPARATOR_RE = re.compile(r"^[\W_]+$")
# A lone code or markup token: "fr-02", "spot_img", "div_123"
PAGE_CODE_RE = re.compile(r"^(?=[^\s]*[\d_])[A-Za-z0-9_-]{2,24}$")

# Calls to action are short; longer lines are prose that mentions the same words.
MAX_DEBRIS_WORDS = 14
# Calls to action whose opening words are unambiguous ("Lire aussi :", "Nous
# utilisons des cookies"): they may run long, up to MAX_PREFIXED_WORDS.
MAX_PREFIXED_WORDS = 60
PREFIX_RULES: tuple[tuple[str, re.Pattern], ...] = (
    rule(
        "related-link",
        r"^(?:[àa]\s+)?(?:lire|voir|relire)\s+(?:aus?s?i|[ée]galement)\b"
        r"(?:\s+[^\s:›>–-]+){0,3}\s*[:›>–-]",
        r"^cela\s+(?:pourrait|peut)\s+vous\s+int[ée]resser\s*:",
    ),
    rule("cookie-banner", r"^(?:nous\s+utilisons|ce\s+site\s+utilise)\s+des\s+cookies\b"),
    rule(
        "subscription",
        r"^cet\s+article\s+vous\s+(?:est|a\s+[ée]t[ée])\s+offert",
        r"^il\s+vous\s+reste\s+\d+\s*%",
    ),
)


def match_debris(text: str, rules=STRICT_RULES) -> str | None:
    """Return the reason code of the first rule the line matches, or None."""
    line = text.strip()
    words = len(line.split())
    if rules is STRICT_RULES:
        if words <= MAX_PREFIXED_WORDS:
            for reason, pattern in PREFIX_RULES:
                if pattern.search(line):
                    return reason
        if words > MAX_DEBRIS_WORDS:
            return None
    for reason, pattern in rules:
        if pattern.search(line):
            return reason
    return None
