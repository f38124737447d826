"""Every reason a line can be removed for, with its label in French for readers."""

from __future__ import annotations

# code -> (French label shown on article pages, what the rule recognises)
REMOVAL_REASONS: dict[str, tuple[str, str]] = {
    "separator": ("séparateur", "a line of punctuation only"),
    "breadcrumb": ("fil d’Ariane", "the site's navigation path, often glued into one line"),
    "repeated-title": ("titre répété", "the title again, whole or truncated, with or without accents"),
    "related-link": ("lien vers un autre article", "“Lire aussi”, “Cela pourrait vous intéresser”, a bracketed link title"),
    "more-articles": ("liste d’autres articles", "a heading that opens a list of other articles"),
    "read-more": ("« Lire la suite »", "a read-more button; the page's tail starts here"),
    "inserted-teaser": ("titre d’un autre article", "another article's headline between two paragraphs"),
    "truncated-teaser": ("titre tronqué d’un autre article", "a headline cut off with an ellipsis"),
    "foreign-teaser": ("titre en langue étrangère", "a short line in another language inside the article"),
    "unrelated-teaser": ("article sans rapport", "a headline or summary of an unrelated story"),
    "trailing-line": ("ligne isolée en fin de page", "a short line after the last paragraph"),
    "page-tail": ("bas de page", "anything after the page's tail marker"),
    "page-code": ("code technique de la page", "a lone code or markup token (fr-02, spot_img)"),
    "image-placeholder": ("emplacement d’image", "an image placeholder left by the copy"),
    "image-caption": ("légende de photo", "a photo caption and its credit"),
    "image-credit": ("crédit photo", "“Photo : AFP”, “© Reuters”"),
    "advertisement": ("publicité", "an advertisement label"),
    "subscription": ("appel à l’abonnement", "paywall and subscription calls"),
    "newsletter": ("inscription à la lettre d’information", "newsletter sign-up blocks"),
    "share-buttons": ("boutons de partage", "social sharing buttons"),
    "cookie-banner": ("bandeau cookies", "cookie consent banners"),
    "comments": ("commentaires", "comment counters and links"),
    "reading-time": ("temps de lecture", "“4 min de lecture”"),
    "footer": ("pied de page du site", "copyright, legal notices, contact links"),
    "navigation": ("menu de navigation", "skip links, account links, a run of short section or menu entries"),
    "media-player": ("lecteur audio ou vidéo", "“Écouter cet article”, a duration such as “00:00/05:12”"),
    "tags": ("mots-clés du site", "“Mots-clés : …”, a list of the site's tags"),
    "page-furniture": ("élément de la page", "a short line that is not a sentence around the title or after the article"),
    "site-furniture": ("élément répété du site", "a short line found in several seeds of the archive (menus, footers)"),
    "counter": ("compteur d’audience", "“41 306 abonnés”, “👁 12,4K”"),
    "source-box": ("encadré sur la source", "a “Source” label above the outlet a text comes from"),
    "related-list": ("titres d’autres articles", "the headlines and summaries of a “same topic” block"),
    "editor": ("retiré par l’éditeur", "removed by a correction in the seed's notes file"),
}  # fmt: skip


def removal_label(code: str) -> str:
    """The French label of a removal reason (the code itself if unknown)."""
    return REMOVAL_REASONS.get(code, (code, ""))[0]
