"""Word lists the metadata evidence reads: outlets, agencies, interface words, webmail.

Kinds, not one page's strings: a list names the words a kind of page furniture uses
across sites (a menu's sections, a social network's name, a skip link), and the
outlets are the French-language newsrooms a byline or a footer names most often.
"""

from __future__ import annotations

import re
import unicodedata

from archive_core.text import CAPITAL

# French-language newsrooms and broadcasters: a name from this list is an outlet, not
# a person, wherever it stands (a byline "Le Parisien avec AFP", a logo, a footer).
KNOWN_OUTLETS = frozenset(
    {
        "le monde", "le figaro", "liberation", "le parisien", "l'express", "le point",
        "l'obs", "la croix", "les echos", "l'humanite", "mediapart", "slate.fr", "slate",
        "huffpost", "le huffpost", "courrier international", "ouest-france", "sud ouest",
        "la depeche", "la depeche du midi", "le progres", "la voix du nord", "nice-matin",
        "le telegramme", "le devoir", "la presse", "le soir", "la libre belgique", "rtbf",
        "le temps", "rts", "franceinfo", "france info", "france 24", "france inter",
        "france culture", "rfi", "tv5monde", "euronews", "bfmtv", "lci", "europe 1", "rtl",
        "20 minutes", "marianne", "valeurs actuelles", "le journal du dimanche", "l'opinion",
        "challenges", "la tribune", "atlantico", "arte", "radio-canada", "radio prague",
        "deutsche welle", "dw", "swissinfo", "le matin", "l'orient-le jour", "jeune afrique",
    }
)  # fmt: skip

# Menu entries, sections, account and skip links, social networks, and the words an
# English interface uses for the same things: never the outlet's name.
INTERFACE_WORDS = frozenset(
    {
        # sections
        "accueil", "actualite", "actualites", "actu", "international", "monde", "france",
        "europe", "politique", "economie", "societe", "culture", "sport", "sports",
        "sciences", "science", "tech", "idees", "debats", "opinion", "opinions", "analyse",
        "editorial", "editoriaux", "regions", "planete", "environnement", "sante",
        "education", "medias", "podcasts", "videos", "video", "photos", "enquetes",
        "chroniques", "tribunes", "live", "direct", "en direct", "a la une", "la une",
        "dossiers", "blogs", "le club", "journal", "newsletter", "newsletters",
        # account, search, skip links
        "menu", "rechercher", "recherche", "se connecter", "connexion", "s'abonner",
        "abonnement", "mon compte", "s'inscrire", "aller au contenu",
        "aller au contenu principal", "fermer", "partager",
        # social networks
        "facebook", "twitter", "x", "instagram", "youtube", "linkedin", "pinterest",
        "tiktok", "snapchat", "whatsapp", "telegram", "google +", "google+", "flipboard",
        "rss", "mastodon", "bluesky", "threads", "dailymotion",
        # a media player's buttons
        "play", "pause", "play / pause", "lecture", "ecouter", "regarder", "replay",
        # a mail client's labels and buttons (a newsletter read in it)
        "boite de reception", "repondre", "repondre a tous", "transferer", "archiver",
        "supprimer", "marquer comme lu", "indesirables", "inbox", "reply", "reply all",
        "forward", "archive", "delete", "spam",
        # English interface
        "home", "news", "search", "skip to main content", "skip to content", "sign in",
        "log in", "login", "subscribe", "share", "follow us", "read more", "listen",
        "watch", "back", "next", "previous", "close", "english", "english edition",
    }
)  # fmt: skip
# Interface lines written as a phrase: "Skip to ...", "Aller à la navigation".
INTERFACE_LINE_RE = re.compile(
    r"^(?:skip\s+to|aller\s+(?:au|à\s+la)|go\s+to|sign\s+(?:in|up)|log\s+(?:in|out)"
    r"|se\s+(?:connecter|déconnecter)|suivez[-\s]nous|follow\s+us)\b",
    re.IGNORECASE,
)
# Share buttons glued together by the copy: "FacebookTwitterMail", "Facebook Twitter".
SHARE_RUN_RE = re.compile(
    r"^(?:facebook|twitter|linkedin|whatsapp|messenger|instagram|youtube|pinterest|telegram"
    r"|mail|e-?mail|imprimer|partager|copier\s*le\s*lien|rss|\s|[|•·,/])+$",
    re.IGNORECASE,
)
# Mail services: an address at one of them says nothing about the outlet.
WEBMAIL_DOMAINS = frozenset(
    {"gmail.com", "yahoo.fr", "yahoo.com", "hotmail.com", "hotmail.fr", "outlook.com",
     "outlook.fr", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr",
     "protonmail.com", "proton.me", "icloud.com", "gmx.fr", "gmx.com"}
)  # fmt: skip
# Web archives: the page's own address is the one inside theirs.
ARCHIVE_DOMAINS = frozenset({"web.archive.org", "archive.org", "archive.ph", "archive.today"})
# Places the share and follow buttons link to: not the outlet's address.
PLATFORM_DOMAINS = frozenset(
    {"facebook.com", "twitter.com", "x.com", "instagram.com", "youtube.com", "linkedin.com",
     "t.me", "telegram.me", "flickr.com", "google.com", "apple.com", "wordpress.org",
     "wikipedia.org", "fr.wikipedia.org", "bit.ly", "tiktok.com", "pinterest.com"}
)  # fmt: skip


def fold(text: str) -> str:
    """Lowercase, accents and curly apostrophes folded, spaces squeezed: the lookup form."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.split()).strip(" .·•|-–—:!")


def compact(text: str) -> str:
    """Letters and digits only: "La Dépêche" and "ladepeche.fr" meet as "ladepeche"."""
    folded = re.sub(r"\.(?:fr|com|ca|ch|be|net|org|info|eu|media|cz)$", "", fold(text))
    return re.sub(r"[^0-9a-z]", "", folded)


def is_interface_line(text: str) -> bool:
    """True for a menu entry, a section, a social network, a skip or account link."""
    folded = fold(text)
    return (
        folded in INTERFACE_WORDS
        or bool(INTERFACE_LINE_RE.match(text.strip()))
        or bool(SHARE_RUN_RE.match(folded))
    )


def is_known_outlet(text: str) -> bool:
    return fold(text) in KNOWN_OUTLETS


# "La Dépêche", "L’Obs", "Les Echos": a name led by an article is a newsroom's.
ARTICLE_LED_RE = re.compile(rf"^(?:Le|La|Les|L[’'])\s*[{CAPITAL}0-9]")


def is_outlet_shaped(name: str) -> bool:
    """A known outlet, or a name led by an article, never a person's name."""
    return is_known_outlet(name) or bool(ARTICLE_LED_RE.match(name.strip()))
