"""Stage 3: the kind and reason of each line, and the vocabulary of debris (classify, debris)."""

from __future__ import annotations

import pytest
from seed_reader.classify import classify
from seed_reader.debris import STRICT_RULES, match_debris
from seed_reader.headings import is_off_topic
from seed_reader.lines import to_lines
from seed_reader.model import Kind
from seed_reader.shapes import (
    apostrophe_style,
    dominant_apostrophe,
    is_repeat_of,
    normalize_for_comparison,
    shape_of,
    stems_of,
    weighted_terms,
)

TITLE = "L’Otan craint une opération russe sous faux drapeau"
P1 = (
    "L’Otan craint que la Russie ne mène une opération clandestine, sous faux drapeau, incluant "
    "éventuellement des armes chimiques en Ukraine, a déclaré mardi Jens Stoltenberg."
)
P2 = (
    "Ce type d’opération sous faux drapeau vise à rejeter la responsabilité d’un incident "
    "auto-infligé sur un adversaire, a expliqué le secrétaire général de l’Alliance."
)
P3 = (
    "Moscou a accusé Washington et Kiev de diriger des laboratoires en Ukraine pour le "
    "développement d’armes biologiques, ce que nient les États-Unis et l’Ukraine."
)
HEADING = "La Russie pourrait créer un prétexte"
REMOVED, PARAGRAPH = Kind.REMOVED, Kind.PARAGRAPH
HEADING_KIND, METADATA = Kind.HEADING, Kind.METADATA


def bug(reason: str) -> pytest.MarkDecorator:
    """A known bug of the cleaner: the test states the correct behaviour and must fail today."""
    return pytest.mark.xfail(reason=reason, strict=True)


def verdicts(*blocks: str) -> list[tuple[str, Kind, str]]:
    """Classify blocks separated by blank lines: (text, kind, reason) of each non-blank line."""
    lines, _title = classify(to_lines("\n\n".join(blocks) + "\n"))
    return [(line.text, line.kind, line.reason) for line in lines if line.kind is not Kind.BLANK]


def verdict_of(text: str, *blocks: str) -> tuple[Kind, str]:
    """The (kind, reason) of the first line reading `text` among the classified blocks."""
    return next((kind, reason) for line, kind, reason in verdicts(*blocks) if line == text)


def in_article(*middle: str) -> list[tuple[str, Kind, str]]:
    """Classify the blocks placed between two paragraphs of a small article."""
    return verdicts(TITLE, P1, *middle, P2, P3)


DEBRIS = {
    "advertisement": ("Publicité", "PASSER LA PUBLICITÉ", "Contenu sponsorisé"),
    "post-navigation": (
        "← [Exclusif] Le sommet de Vilnius en cinq questions",
        "La Suède rejoint l’Otan : ce qui change →",
    ),
    "image-placeholder": ("spot_img", "[image]"),
    "read-more": ("Lire la suite", "Voir la suite...", "Continuer la lecture"),
    "related-link": (
        "À lire aussi : Kiev reçoit un nouveau lot de systèmes antiaériens",
        "LIRE AUSSI",
        "Cela pourrait vous intéresser : Tchad, une réunion régionale",
    ),
    "more-articles": ("Les plus lus", "Plus d’articles à lire", "Dans la même rubrique"),
    "subscription": (
        "Article réservé aux abonnés",
        "Déjà abonné ? Connectez-vous",
        "Il vous reste 75 % de l’article à lire",
    ),
    "newsletter": (
        "Inscrivez-vous à notre newsletter",
        "Recevez chaque matin l’essentiel de l’actualité",
        "Votre adresse e-mail",
    ),
    "share-buttons": ("Partager", "Facebook Twitter LinkedIn", "Partager sur Facebook"),
    "cookie-banner": (
        "Nous utilisons des cookies pour améliorer votre expérience",
        "Tout accepter",
        "Continuer sans accepter",
    ),
    "comments": ("12 commentaires", "Voir les 12 commentaires", "Réagir"),
    "image-credit": ("Photo : AFP", "© Reuters / Gleb Garanich", "(Crédit : DR)"),
    "reading-time": ("Lecture : 4 min", "Temps de lecture : 5 minutes", "4 min de lecture"),
    "footer": ("Le Monde 2025 - Tous droits réservés", "Mentions légales", "© Le Parisien 2022"),
    "navigation": ("Aller au contenu principal", "Se connecter", "Ajouter à mes favoris"),
    "media-player": ("Écouter cet article", "00:00/05:12", "3 min 12 s"),
    "tags": ("Mots-clés : Otan, Russie", "Étiquettes : Doppelgänger, Russie"),
    "counter": ("41 306 abonnés", "👁 12,4K", "1,2 k vues"),
}

# Prose of 20 words or more using each rule's vocabulary, often as its first word.
PROSE = [
    ("post-navigation", "Sur la carte distribuée aux journalistes, une flèche → relie Vilnius à "
     "Riga, et une autre ← ramène vers Varsovie, le long de la frontière avec la Biélorussie."),
    ("advertisement", "Publicité ciblée, mesure d’audience, partage de données avec les régies : "
     "la fin des cookies tiers a bouleversé le modèle des sites d’information."),
    ("advertisement", "Annonce faite mardi par le ministère de la Défense, le déploiement de "
     "nouveaux chasseurs en Pologne doit renforcer le flanc oriental de l’Otan."),
    ("image-placeholder", "Photo prise mardi à Bruxelles, où les ministres de la Défense de "
     "l’Otan discutent du soutien militaire à l’Ukraine et des stocks de munitions."),
    ("read-more", "Lire la suite du rapport permet de comprendre pourquoi les services de "
     "renseignement occidentaux redoutent une escalade nucléaire dans les mois qui viennent."),
    ("related-link", "Voir aussi loin que possible, c’est ce que le commandement de l’Otan "
     "demande à ses analystes, chargés d’anticiper les pires scénarios."),
    ("related-link", "Vidéo diffusée mardi par le ministère russe de la Défense, elle montrerait "
     "des frappes de drones sur des positions ukrainiennes près de Kherson."),
    ("more-articles", "Les plus lus des rapports de l’Otan sont ceux qui concernent la dissuasion "
     "nucléaire, selon un classement publié par le centre de recherche de l’Alliance."),
    ("subscription", "Les abonnés au service de streaming russe ont vu leur abonnement suspendu "
     "après les sanctions européennes, a indiqué mardi la société basée à Moscou."),
    ("subscription", "S’abonner à un quotidien national coûte désormais plus de quatre cents euros "
     "par an, un prix que de nombreux ménages jugent trop élevé."),
    ("subscription", "Déjà abonnés à trois quotidiens en moyenne, les lecteurs interrogés par "
     "l’institut disent refuser de payer pour un quatrième titre."),
    ("subscription", "Offre spéciale de Moscou aux pays du Sud, le pétrole russe est vendu avec "
     "une décote de vingt dollars par baril, selon l’Agence de l’énergie."),
    ("newsletter", "Les newsletters thématiques, gratuites ou réservées aux abonnés, servent de "
     "porte d’entrée vers l’offre payante, selon l’étude publiée lundi par les éditeurs."),
    ("share-buttons", "Partager le renseignement entre alliés reste difficile, a reconnu le "
     "secrétaire général de l’Otan, qui plaide pour des restrictions envers les services russes."),
    ("share-buttons", "Facebook et Twitter ont supprimé des centaines de comptes liés à une "
     "campagne de désinformation russe visant l’Allemagne, selon un rapport publié mardi."),
    ("cookie-banner", "Accepter une défaite en Ukraine serait une catastrophe pour l’Europe, a "
     "estimé le président français devant les ambassadeurs réunis à l’Élysée mardi matin."),
    ("comments", "Réagir vite aux cyberattaques est devenu une priorité de l’Alliance, qui veut "
     "doter ses membres de moyens communs de riposte d’ici à la fin de l’année."),
    ("image-credit", "Illustration de cette inquiétude, le ministre letton a demandé mardi à ses "
     "homologues de l’Otan de renforcer la surveillance des câbles sous-marins."),
    ("reading-time", "La lecture du rapport prend environ 4 min, mais ses conclusions sur la "
     "dissuasion nucléaire ont alarmé plusieurs capitales européennes cette semaine."),
    ("navigation", "Se connecter aux réseaux de l’Otan reste impossible pour les pays partenaires, "
     "a rappelé mardi le commandant des forces alliées en Europe."),
    ("media-player", "Écouter cet article en entier permet de comprendre les hésitations des "
     "diplomates européens face aux demandes répétées de Kiev depuis l’automne."),
    ("counter", "12 000 abonnés ont quitté la chaîne après la publication de la vidéo, selon les "
     "chiffres communiqués mardi par la plateforme à l’agence de presse."),
    ("tags", "Thèmes : défense, énergie et migrations ont dominé la réunion des ministres "
     "européens, qui s’est achevée tard dans la nuit à Bruxelles."),
    ("footer", "Tous droits réservés, le documentaire de la chaîne publique sur l’Otan sera "
     "rediffusé dimanche soir, a indiqué mardi la direction des programmes."),
]  # fmt: skip


def pairs(table: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    return [(reason, line) for reason, lines in table.items() for line in lines]


def test_every_strict_rule_has_lines_that_match_and_prose_that_does_not():
    codes = {reason for reason, _ in STRICT_RULES}
    assert set(DEBRIS) == {reason for reason, _ in PROSE} == codes


@pytest.mark.parametrize(("reason", "line"), pairs(DEBRIS))
def test_page_furniture_lines_match_their_reason(reason, line):
    assert match_debris(line) == reason


@pytest.mark.parametrize(("reason", "line"), PROSE)
def test_long_prose_using_the_same_vocabulary_is_not_debris(reason, line):
    assert len(line.split()) >= 20
    assert match_debris(line) is None
    assert verdict_of(line, TITLE, P1, line, P2) == (PARAGRAPH, "text")


@pytest.mark.parametrize(
    ("line", "kind", "reason"),
    [
        ("-", REMOVED, "separator"),
        ("***", REMOVED, "separator"),
        ("• • •", REMOVED, "separator"),
        ("fr-02", REMOVED, "page-code"),
        ("div_123", REMOVED, "page-code"),
        ("spot_img", REMOVED, "image-placeholder"),
        ("Otan", HEADING_KIND, "heading"),
        ("Kiev", HEADING_KIND, "heading"),
        (HEADING, HEADING_KIND, "heading"),
        ("La Russie pourrait créer un prétexte pour l’attaque", HEADING_KIND, "heading"),
        ("La Russie pourrait créer un prétexte pour l'attaque", REMOVED, "inserted-teaser"),
        ("[Las 5 armas nucleares más potentes con las que Putin podría]", REMOVED, "related-link"),
        ("Putin's nuclear threats: what the West should know", REMOVED, "foreign-teaser"),
        ("La Bourse de Paris termine la semaine en hausse…", REMOVED, "truncated-teaser"),
        ("Inflation : les prix alimentaires reculent pour le troisième mois", REMOVED,
         "unrelated-teaser"),
        ("Un patrouilleur de la marine lituanienne au large de Klaipeda, le 12 février 2024, "
         "pendant un exercice. JANIS OZOLS / REUTERS", REMOVED, "image-caption"),
        ("Date: 1999-01-01", PARAGRAPH, "metadata-lookalike"),
        ("Title: x", PARAGRAPH, "metadata-lookalike"),
        ("Presse : face au recul de la publicité", HEADING_KIND, "heading"),
        ("La Bourse de Paris termine la semaine en hausse...", REMOVED, "truncated-teaser"),
        ("Jens Stoltenberg à Bruxelles. JOHN THYS / AFP", REMOVED, "image-caption"),
        ("Jens Stoltenberg à Bruxelles © Reuters / Yves Herman", REMOVED, "image-caption"),
        ("La coopération UE / OTAN", HEADING_KIND, "heading"),
        ("Relations RUSSIE / OTAN", HEADING_KIND, "heading"),
    ],
)  # fmt: skip
def test_a_line_alone_between_two_paragraphs_gets_its_kind_and_reason(line, kind, reason):
    assert verdict_of(line, TITLE, P1, line, P2, P3) == (kind, reason)


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (f"{HEADING}\n{P2}", [(REMOVED, "inserted-teaser"), (PARAGRAPH, "text")]),
        ("À lire aussi\nLa Bourse de Paris termine en hausse", [(REMOVED, "related-link")] * 2),
        ("Le secrétaire général de l’Otan, Jens Stoltenberg, lors d’une conférence de presse\n"
         "Photo : AFP", [(REMOVED, "image-caption"), (REMOVED, "image-credit")]),
        ("Date: 1999-01-01\nTitle: x", [(PARAGRAPH, "metadata-lookalike")] * 2),
        # A newsletter form: its pitch line matches no rule, but its block is debris.
        ("Inscrivez-vous à notre newsletter\nChaque semaine, le meilleur de l’actualité de la "
         "défense\nVotre adresse e-mail\nJe m’inscris", [(REMOVED, "newsletter")] * 4),
        # Two lines are not a page component: the heading stays.
        (f"Publicité\n{HEADING}", [(REMOVED, "advertisement"), (HEADING_KIND, "heading")]),
    ],
    ids=["teaser-glued-to-paragraph", "bare-lire-aussi", "caption-and-credit", "lookalikes",
         "newsletter-form", "two-line-run"],
)  # fmt: skip
def test_lines_glued_together_are_classified_together(block, expected):
    result = in_article(block)
    assert [(kind, reason) for _, kind, reason in result[2 : 2 + len(expected)]] == expected
    assert (P3, PARAGRAPH, "text") in result


def test_a_newsletter_pitch_alone_is_a_heading_and_only_its_form_makes_it_debris():
    pitch = "Chaque semaine, le meilleur de l’actualité de la défense"
    assert match_debris(pitch) is None
    assert verdict_of(pitch, TITLE, P1, pitch, P2, P3) == (HEADING_KIND, "heading")


def test_a_bare_lire_aussi_announces_the_headline_even_after_a_blank_line():
    result = in_article("À lire aussi", "La Bourse de Paris termine en hausse")
    assert ("La Bourse de Paris termine en hausse", REMOVED, "related-link") in result


def test_after_lire_la_suite_everything_is_removed_but_credits_stay_metadata():
    result = verdicts(TITLE, P1, "Lire la suite", "Source : Deutsche Welle", P2, HEADING)
    assert [(kind, reason) for _, kind, reason in result[2:]] == [
        (REMOVED, "read-more"),
        (METADATA, "source-credit"),
        (REMOVED, "page-tail"),
        (REMOVED, "unrelated-teaser"),
    ]


@pytest.mark.parametrize(
    "crumb",
    ["AccueilACTUALITEL’Otan craint que...", "Accueil > Monde > Europe", "Home / News / World"],
)
def test_breadcrumbs_above_the_title_are_removed_and_the_title_follows(crumb):
    assert verdicts(crumb, TITLE, P1)[:2] == [
        (crumb, REMOVED, "breadcrumb"),
        (TITLE, METADATA, "title"),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Accueil des réfugiés ukrainiens : la Pologne à bout de souffle",
        "Presse : face au recul de la publicité, les éditeurs misent sur les abonnés",
    ],
)
def test_titles_that_start_like_furniture_are_titles(title):
    assert verdict_of(title, title, P1) == (METADATA, "title")


def test_the_title_is_the_first_title_shaped_line_after_stamps_and_furniture():
    stamp = "03/12/2025 ssofidelis.substack.com 4min #297946"
    result = verdicts(stamp, "Publicité", TITLE, "Par Andrew Korybko, le 2 décembre 2025", P1)
    assert [(kind, reason) for _, kind, reason in result] == [
        (METADATA, "site-stamp"),
        (REMOVED, "advertisement"),
        (METADATA, "title"),
        (METADATA, "byline"),
        (PARAGRAPH, "text"),
    ]


@pytest.mark.parametrize(
    "original",
    [
        "Nato Thinks of Pre-emptive Strikes Against Russia To Defend Against Something",
        "Las armas nucleares más potentes con las que Putin podría amenazar a Occidente",
    ],
    ids=["english", "spanish"],
)
def test_a_foreign_line_above_the_french_title_is_the_original_title(original):
    assert verdicts(original, TITLE, P1)[:2] == [
        (original, METADATA, "original-title"),
        (TITLE, METADATA, "title"),
    ]


@pytest.mark.parametrize(
    ("line", "kind", "reason"),
    [
        (TITLE, REMOVED, "repeated-title"),
        ("L'Otan craint une operation russe sous faux drapeau", REMOVED, "repeated-title"),
        ("L’OTAN CRAINT UNE OPÉRATION RUSSE", REMOVED, "repeated-title"),
        ("L’Otan craint une opération russe sous faux...", REMOVED, "repeated-title"),
        # Less than half of the title: no repeat, but a few words and no sentence
        # under the title are a kicker or a button.
        ("L’Otan craint", REMOVED, "page-furniture"),
        (TITLE + ", incluant des armes chimiques, a déclaré mardi Jens Stoltenberg.", PARAGRAPH,
         "text"),
    ],
    ids=["identical", "accents-stripped", "truncated", "ellipsis", "too-short", "first-paragraph"],
)  # fmt: skip
def test_repetitions_of_the_title_below_it_are_removed(line, kind, reason):
    assert verdicts(TITLE, line, P1)[1] == (line, kind, reason)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("Les Etats Unis se preparent a une eventuelle attaque nucleaire de",
         "Les États-Unis se préparent à une éventuelle attaque nucléaire de Poutine", True),
        ("Les États-Unis", "Les États-Unis se préparent à une éventuelle attaque", False),
        ("Les États-Unis se préparent, selon CNN", "Les États-Unis se préparent", False),
        ("", "Les États-Unis se préparent", False),
        pytest.param("L'Otan met en oeuvre son plan", "L’Otan met en œuvre son plan", True),
    ],
)  # fmt: skip
def test_is_repeat_of_folds_case_accents_and_truncation(text, title, expected):
    assert is_repeat_of(text, title) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les États-Unis", "les etats unis"),
        ("L’OTAN « prévient » : déjà !", "l otan previent deja"),
        ("  \t ", ""),
    ],
)
def test_normalize_for_comparison_folds_case_accents_and_punctuation(text, expected):
    assert normalize_for_comparison(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("L’Otan", "typographic"), ("L'Otan", "straight"), ("L’Otan et l'Europe", None), ("", None)],
)
def test_apostrophe_style_of_a_line(text, expected):
    assert apostrophe_style(text) == expected


def test_the_dominant_apostrophe_counts_prose_lines_only():
    straight_heading = shape_of("Pourquoi l'Otan s'inquiète d'une attaque")
    assert dominant_apostrophe([shape_of(P1), shape_of(P2), straight_heading]) == "typographic"
    mixed = shape_of(P1.replace("L’Otan", "L'Otan") + " L'Alliance l'a dit, l'a redit.")
    assert dominant_apostrophe([mixed, shape_of(P2)]) is None
    assert dominant_apostrophe([shape_of("Une phrase sans apostrophe, même longue, ici.")]) is None


def test_stems_fold_accents_and_drop_frequent_words():
    assert stems_of("saboter") == stems_of("Sabotage") == frozenset({"sabot"})
    assert stems_of("les pour dans trois mois") == frozenset()


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("La Bourse de Paris termine en hausse portée par le luxe", True),
        ("Les saboteurs russes menacent les infrastructures de l’Alliance", False),
        ("Le coût, premier obstacle", False),
    ],
)
def test_is_off_topic_for_headlines_sharing_no_content_word_with_the_article(headline, expected):
    topic = terms_of_text(
        "Stoltenberg a assuré que l’OTAN serait confrontée à des tentatives de sabotage de la "
        "Russie contre les infrastructures critiques des alliés"
    )
    assert is_off_topic(headline, topic) is expected
    assert is_off_topic(headline, frozenset()) is False


def terms_of_text(text: str) -> frozenset[str]:
    return frozenset(weighted_terms(text))


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("  Un titre court  ", (False, True, True)),
        ("Une phrase de douze mots qui se termine bien par un point final.", (True, False, False)),
        ("Une phrase de douze mots qui ne se termine pas par un point final", (False, True, True)),
        ("Une ligne avec virgule,", (False, False, True)),
        ("", (False, False, False)),
    ],
)
def test_shape_of_tells_prose_headings_and_titles_apart(text, shape):
    found = shape_of(text)
    assert found.text == text.strip()
    assert (found.is_prose, found.is_heading_shaped, found.is_title_shaped) == shape


def test_every_removal_reason_has_its_own_french_label():
    # Article pages group removed lines under these labels: two reasons with one
    # label would show the reader two groups of the same name.
    from seed_reader.reasons import REMOVAL_REASONS

    labels = [label for label, _description in REMOVAL_REASONS.values()]
    assert len(labels) == len(set(labels))
