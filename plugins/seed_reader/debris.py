"""The vocabulary of page furniture: what a line says when it is not the article.

Each rule is (reason code, pattern). `match_debris` applies the anchored calls to
action that can stand anywhere, even between paragraphs (`STRICT_RULES`, and
`PREFIX_RULES` for the few whose opening words allow a long line);
`match_tail_debris` applies looser patterns that only name the reason of lines
already known to be after the article (`TAIL_RULES`).
"""

from __future__ import annotations

import re
import unicodedata

from archive_core.text import CAPITAL

_SHARE = (
    r"(?:partager|partagez|facebook|twitter|tweeter|x|linkedin|whatsapp|telegram|bluesky|messenger"
    r"|e-?mail|courriel|imprimer|copier\s+le\s+lien|envoyer\s+par\s+e-?mail|pinterest|reddit)"
)


def rule(reason: str, *alternatives: str) -> tuple[str, re.Pattern]:
    """A reason code and the patterns (case-insensitive) of the lines it removes."""
    return reason, re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


STRICT_RULES: tuple[tuple[str, re.Pattern], ...] = (
    rule(
        "advertisement",
        r"^(?:passer\s+la\s+)?publicit[ée]\W*$",
        # The label around an inserted ad: "Suite de l'article ci-dessous".
        r"^(?:la\s+)?suite\s+(?:de\s+l[’']article\s+)?(?:ci-dessous|apr[èe]s\s+(?:cette|la)\s+publicit[ée])\W*$",
        r"^(?:annonce|sponsoris[ée]|contenu\s+(?:sponsoris[ée]|partenaire))\W*$",
    ),
    # A blog's links to the previous and next posts: "← Titre", "Titre →".
    rule("post-navigation", r"^←\s*\S", r"\S\s*→$"),
    rule("image-placeholder", r"^(?:spot_img|\[?image\]?|img|photo)$"),
    rule(
        "read-more",
        r"^(?:lire|voir)\s+la\s+suite\W*$",
        r"^continuer\s+(?:la\s+)?lecture\W*$",
    ),
    rule(
        "related-link",
        # "À LIRE AUSSIGuerre en Ukraine", "Lire aussiL'OTAN": the link glued to the label.
        rf"^(?:[àa]\s+)?(?:lire|voir|relire)\s+(?:aus?s?i|[ée]galement)(?:\b|(?-i:(?=[{CAPITAL}])))",
        r"^cela\s+(?:pourrait|peut)\s+vous\s+int[ée]resser\b",
        r"^(?:sur\s+le\s+m[êe]me\s+sujet|[àa]\s+d[ée]couvrir|en\s+lien|vid[ée]o)\s*[:›>-]",
    ),
    rule(
        "more-articles",
        r"^(?:plus\s+(?:d[’']\s*)?articles?(?:\s+[àa]\s+lire)?|sur\s+le\s+m[êe]me\s+(?:sujet|th[èe]me)"
        r"|(?:les\s+(?:articles\s+)?)?les\s+plus\s+lus|dans\s+la\s+m[êe]me\s+rubrique"
        r"|articles?\s+similaires|vous\s+aimerez\s+aussi|nos\s+derniers\s+articles"
        r"|[àa]\s+d[ée]couvrir(?:\s+aussi)?|la\s+r[ée]daction\s+vous\s+(?:conseille|recommande)"
        r"|(?:ces|d[’']autres)\s+articles\s+(?:peuvent|pourraient)\s+vous\s+int[ée]resser"
        r"|(?:dans|de)\s+la\s+m[êe]me\s+(?:rubrique|cat[ée]gorie|th[ée]matique)"
        r"|(?:nos\s+)?articles?\s+(?:li[ée]s|recommand[ée]s|sur\s+le\s+m[êe]me\s+th[èe]me)"
        r"|recommand[ée]s?\s+pour\s+vous|(?:[àa]\s+)?(?:lire|voir)\s+aussi|les\s+plus\s+(?:lus|partag[ée]s)"
        r"|(?:toute\s+)?l[’']actualit[ée]\s+(?:de|du|des|en)\s+\S+(?:\s+\S+)?|[àa]\s+la\s+une)\W*$",
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
        r"^vous\s+devez\s+[êe]tre\s+abonn[ée]",
        r"^offrir\s+(?:l[’']|cet\s+)article\W*$",
        r"^(?:pour\s+)?(?:lire|d[ée]bloquer)\s+la\s+suite",
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
        r"^(?:\S+\s+){0,3}(?:respecte|prot[èe]ge)\s+votre\s+vie\s+priv[ée]e\W*$",
        r"^(?:votre\s+vie\s+priv[ée]e|vos\s+choix\s+(?:de\s+)?(?:confidentialit[ée]|cookies))\W*$",
        r"^(?:param[ée]trer\s+les\s+cookies|g[ée]rer\s+(?:mes|les)\s+(?:cookies|choix))\b",
        r"^(?:accepter(?:\s+et\s+(?:fermer|continuer))?|tout\s+(?:accepter|refuser)|refuser"
        r"|continuer\s+sans\s+accepter|j[’']accepte)\W*$",
    ),
    rule(
        "comments",
        r"^(?:\d+\s+(?:commentaires?|r[ée]actions?)|(?:r[ée]agir|commentaires?)\s*\(?\d+\)?|voir\s+les\s+\d+\s+commentaires|r[ée]agir|commenter"
        r"|laisser\s+un\s+commentaire|ajouter\s+un\s+commentaire|(?:les\s+)?commentaires?"
        r"(?:\s*\(\d+\))?|(?:les\s+)?r[ée]actions?(?:\s*\(\d+\))?|r[ée]agissez(?:\s+[àa]\s+cet\s+article)?"
        r"|r[ée]pondre|signaler(?:\s+(?:un\s+abus|ce\s+commentaire))?|trier\s+par\b.*"
        r"|(?:[àa]\s+)?voir\s+(?:plus\s+de|tous\s+les)\s+commentaires)\W*$",
    ),
    # An audience counter: "41 306 abonnés", "👁 12,4K", "1,2 k vues".
    rule(
        "counter",
        r"^\W*\d[\d\s.,]*\s*[kKM]?\s*(?:abonn[ée]s|vues|lectures|partages|j[’']aime|likes)\W*$",
        r"^[^\w\s]+\s*\d[\d\s.,]*\s*[kKM]?$",
    ),
    rule(
        "navigation",
        r"^(?:aller|passer|acc[ée]der)\s+(?:directement\s+)?(?:au|[àa]\s+la)\s+"
        r"(?:contenu|navigation|recherche|menu)(?:\s+principal)?\W*$",
        r"^(?:se\s+connecter|connexion|s[’']identifier|mon\s+compte|mon\s+espace|cr[ée]er\s+un\s+compte"
        r"|menu|rechercher|recherche|fermer|retour|accueil"
        r"|(?:rejoindre|suivre|s[’']abonner\s+[àa])\s+(?:la|cette|notre)\s+cha[îi]ne)\W*$",
        r"^(?:ajouter\s+[àa]\s+(?:mes|ma)\s+\w+|suivre(?:\s+ce\s+sujet)?|google\s+news"
        r"|(?:suivez|retrouvez)[- ]nous\s+sur\b.*)\W*$",
        # The outlet's own follow line: "Retrouvez X sur :", "Suivre X sur Twitter".
        rf"^(?:suivez|retrouvez|suivre)\s+(?-i:[{CAPITAL}])[^.!?]{{1,40}}?\s+sur"
        r"(?:\s+(?:twitter|facebook|instagram|youtube|linkedin|telegram|x|les\s+r[ée]seaux"
        r"(?:\s+sociaux)?))?\s*:?$",
    ),
    rule(
        "media-player",
        r"^(?:[ée]couter(?:\s+\S+){0,3}|lecture\s+en\s+cours|(?:mettre\s+en\s+)?pause"
        r"|(?:lire|voir)\s+la\s+vid[ée]o|vid[ée]o\s+suivante)\W*$",
        r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?$",
        r"^\d{1,2}\s*min(?:\s+\d{1,2}\s*s)?$",
        # A photo gallery: "Diaporama", "1/12", "Voir le diaporama".
        r"^(?:(?:voir|lancer|ouvrir)\s+(?:le\s+|la\s+|les\s+)?)?(?:diaporama|galerie(?:\s+photos?)?|photos)\W*$",
        r"^\d{1,3}\s*/\s*\d{1,3}$",
        r"^copier(?:/coller)?\s+le\s+(?:lien|code)\s+(?:embed|d[’']int[ée]gration)\b",
    ),
    # French typography puts a space before the colon; front matter ("categories:") does not.
    rule(
        "tags",
        r"^(?:mots?[- ]cl[ée]s|tags?|th[èe]mes|[ée]tiquettes|cat[ée]gories"
        r"|sujets\s+associ[ée]s)[\s\u00a0]+:",
        # A line of hashtags only: "#Otan #Russie #cyber".
        r"^#[^\W_][\w-]*(?:[\s,]+#[^\W_][\w-]*)+\W*$",
    ),
    rule(
        "reading-time",
        r"^(?:temps\s+de\s+)?lecture\s*(?::|en)?\s*\d+\s*min(?:utes?)?\.?$",
        r"^\d+\s*min(?:utes?)?\s+de\s+lecture\.?$",
    ),
    rule(
        "footer",
        r"tous\s+droits\s+r[ée]serv[ée]s",
        # "© Le Parisien 2022": the site's copyright, not a photo credit.
        r"^(?:©|copyright)\s*(?:\D{1,40}\s)?(?:19|20)\d{2}\W*$",
        r"^(?:charte\s+(?:de|des)\s+[\w\s]{3,30}|donn[ée]es\s+personnelles|plan\s+du\s+site"
        r"|qui\s+sommes-nous\s*\??|nos\s+services|contact|cgu|cgv|aide|faq|gestion\s+des\s+cookies"
        r"|publicit[ée]\s+sur\s+le\s+site|nous\s+rejoindre|l[’'][ée]quipe)\W*$",
        r"^(?:mentions\s+l[ée]gales|nous\s+contacter|politique\s+de\s+confidentialit[ée])\W*$",
        r"^conditions\s+g[ée]n[ée]rales",
    ),
    rule(
        "image-credit",
        r"^\(?\s*(?:photo|photos|cr[ée]dits?\s+photo|illustration|image)\s*:",
        r"^©",
        r"^\(\s*cr[ée]dit",
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
# A lone code or markup token: "fr-02", "spot_img", "div_123" (never a brand in
# capitals such as "TV5MONDE": a code has a lowercase letter, "_" or "-").
# (A capitalised word with digits is a brand: "Actu360", "Europe1".)
PAGE_CODE_RE = re.compile(
    rf"^(?![{CAPITAL}][a-zà-ÿ]+\d+$)(?=[^\s]*[\d_])(?=[^\s]*[a-z_-])[A-Za-z0-9_-]{{2,24}}$"
)

# Arrows and bullets that pages put before a link: "› Lire aussi : ...".
BULLETS = "›»>•·▶►▸→*–—- \u00a0"
# Calls to action are short; longer lines are prose that mentions the same words.
MAX_DEBRIS_WORDS = 14
# Calls to action whose opening words are unambiguous ("Lire aussi :", "Nous
# utilisons des cookies"): they may run long, up to MAX_PREFIXED_WORDS.
MAX_PREFIXED_WORDS = 60
PREFIX_RULES: tuple[tuple[str, re.Pattern], ...] = (
    # A media card: "Titre / Le 12h30 / 1 min. / aujourd'hui à 12:30".
    rule("media-player", r"^(?=.*\s/\s)(?=.*(?:\b\d{1,3}\s*min\b|\b\d{1,2}:\d{2}\b)).{0,200}$"),
    # The head of a comment thread: "2 réponses à « titre »", "14 commentaires sur ...".
    rule("comments", r"^\d+\s+(?:r[ée]ponses?|commentaires?|r[ée]actions?)\s+(?:[àa]|sur)\b"),
    rule(
        "related-link",
        r"^(?:[àa]\s+)?(?:lire|voir|relire)\s+(?:aus?s?i|[ée]galement)\b"
        r"(?:\s+[^\s:›»>–-]+){0,3}\s*[:›»>–-]",
        rf"^(?:[àa]\s+)?(?:lire|voir)\s+aussi(?-i:[{CAPITAL}])",
        r"^cela\s+(?:pourrait|peut)\s+vous\s+int[ée]resser\s*:",
    ),
    rule(
        "cookie-banner",
        r"^(?:nous\s+utilisons|ce\s+site\s+utilise)\s+des\s+cookies\b",
        # A consent text speaks to the reader of "our" cookies or trackers.
        r"^(?=.*\b(?:cookies|traceurs)\b)(?=.*\b(?:nous|nos\s+partenaires)\b)"
        r"(?=.*\b(?:vous|votre|vos)\b).{0,600}$",
    ),
    rule(
        "subscription",
        r"^cet\s+article\s+vous\s+(?:est|a\s+[ée]t[ée])\s+offert",
        r"^il\s+vous\s+reste\s+\d+\s*%",
        r"^vous\s+avez\s+aim[ée]\s+cet\s+article\b",
    ),
    # The page speaks to its reader of "this article": "Si vous souhaitez réagir à cet
    # article...", "Partagez cet article avec vos proches". The article never does.
    rule(
        "reader-call",
        r"^(?=.*\bcet\s+article\b)(?=.*\b(?:vous|votre|vos)\b).{0,300}$",
    ),
    # The page's note on where the article comes from or how it changed: "Cet article
    # provient d'un site partenaire", "Cet article a été mis à jour le ...".
    rule(
        "page-note",
        r"^cet\s+article\s+(?:provient|est\s+(?:issu|tir[ée]|extrait|repris|une\s+(?:adaptation"
        r"|traduction|version))|a\s+[ée]t[ée]\s+(?:publi[ée]|initialement|mis\s+[àa]\s+jour"
        r"|modifi[ée]|corrig[ée]|actualis[ée]|traduit|adapt[ée]))\b",
    ),
)


def match_debris(text: str) -> str | None:
    """Return the reason of the call to action or label the line is, or None.

    Short lines only (MAX_DEBRIS_WORDS), except for the unambiguous openings of
    PREFIX_RULES: a longer line is prose that mentions the same words. A pictograph
    before the words ("👉 À lire aussi : ...") is looked past, unless the line is
    the pictograph's ("© Le Parisien", "👁 12,4K").
    """
    line = text.strip().lstrip(BULLETS)
    reason = match_line(line)
    if reason is None and (plain := without_pictographs(line)) != line:
        reason = match_line(plain)
    return reason


def match_line(line: str) -> str | None:
    words = len(line.split())
    if words <= MAX_PREFIXED_WORDS and (reason := first_match(line, PREFIX_RULES)):
        return reason
    if words > MAX_DEBRIS_WORDS:
        return None
    return first_match(line, STRICT_RULES)


def without_pictographs(line: str) -> str:
    """The line without the pictographs ("👉", "▶️") and bullets that lead it."""
    start = 0
    while start < len(line) and (
        line[start] in BULLETS or unicodedata.category(line[start]) in PICTOGRAPH_CATEGORIES
    ):
        start += 1
    return line[start:]


# Pictographs and the joiners and selectors that compose them ("👉🏻", "▶️").
PICTOGRAPH_CATEGORIES = frozenset({"So", "Sk", "Mn", "Cf"})


def match_tail_debris(text: str) -> str | None:
    """Return the reason of a line after the article, by the looser TAIL_RULES, or None."""
    return match_debris(text) or first_match(text.strip(), TAIL_RULES)


def first_match(line: str, rules: tuple[tuple[str, re.Pattern], ...]) -> str | None:
    return next((reason for reason, pattern in rules if pattern.search(line)), None)
