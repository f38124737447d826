"""Kinds of real pages, on invented text: the title (a headline glued under a menu, a
page's meta bar, a breadcrumb trail set out line by line, banners in capitals), short
lines inside an article (closing lines, key-figure boxes, question headings) and the
page debris met on real pages (pictograph-led teasers, captions signed by an agency,
blog post navigation, calls to the reader)."""

from __future__ import annotations

import pytest
from seed_reader.components import rule_verdict
from seed_reader.debris import match_debris
from seed_reader.pipeline import clean_seed
from seed_reader.shapes import shape_of

BODY = """
Le conseil municipal de Villeneuve a voté jeudi soir le budget de la nouvelle
médiathèque, après trois heures de débat sur le coût des travaux et le calendrier.

Le projet de médiathèque prévoit une salle de lecture, un auditorium et des horaires
élargis le dimanche, ce que réclamaient depuis longtemps les associations de parents.

L’opposition municipale juge le budget des travaux trop élevé et demande un nouveau vote
sur la médiathèque au printemps, quand les premiers devis seront connus de tous.
""".replace("\n", " ").replace("  ", "\n\n")


def title_of(page: str) -> str | None:
    return clean_seed(page.encode(), "page.txt").metadata.title


def test_a_headline_glued_under_a_menu_is_the_title():
    page = (
        "Menu\nConnexion\nPolitique\nSociété\nCulture\nSport\n"
        "Le budget de la médiathèque de Villeneuve voté après trois heures de débat\n\n"
        "Par Claire Dumont\n\n" + BODY
    )
    assert title_of(page) == (
        "Le budget de la médiathèque de Villeneuve voté après trois heures de débat"
    )


def test_a_meta_bar_with_a_full_date_is_not_the_title():
    # Author, category, dates and a comment count glued on one line under the headline.
    page = (
        "Le blog de Villeneuve\n\nMenu\n\n"
        "Une médiathèque attendue par les parents\n"
        "Conseil municipal 12 mars 202412 mars 2024budget, travaux, médiathèque 0 Comment\n\n"
        + BODY
    )
    assert title_of(page) == "Une médiathèque attendue par les parents"


def test_a_breadcrumb_trail_line_by_line_ends_on_the_title_however_short():
    page = (
        "ÉMISSIONS\nLA GRANDE SOIRÉE\nLE MAGAZINE DU SOIR\n\n"
        "Vous êtes ici :\n\nAccueil\nÉmissions\nLa chronique locale\nLa médiathèque\n"
        "La chronique locale par Claire Dumont\n"
        "du lundi au vendredi, à 7h10\n\n" + BODY
    )
    assert title_of(page) == "La médiathèque"


def test_a_banner_in_capitals_is_not_the_title_and_its_copy_does_not_replace_it():
    page = (
        "Accueil\nActualités\n\nMÉDIATHÈQUE DE VILLENEUVE : LE BUDGET VOTÉ\n\n"
        "Vous êtes ici :\nAccueil\nVie locale\nMédiathèque de Villeneuve : le budget voté\n"
        "Faire un don :\nEn ligne\n\n" + BODY
    )
    assert title_of(page) == "Médiathèque de Villeneuve : le budget voté"


def test_a_label_ending_on_a_colon_is_not_the_title():
    page = (
        "Médiathèque : le conseil municipal de Villeneuve vote le budget\n\n"
        "Le site de la médiathèque de Villeneuve :\nmediatheque-villeneuve.fr\n\n" + BODY
    )
    assert title_of(page) == "Médiathèque : le conseil municipal de Villeneuve vote le budget"


# Short lines inside an article: cut as teasers only on evidence that they lead elsewhere.

ARTICLE_HEAD = "Le budget de la médiathèque de Villeneuve voté après trois heures de débat\n\n"


def kinds(page: str) -> dict[str, str]:
    """Each non-blank line's text -> its kind and reason."""
    article = clean_seed(page.encode(), "page.txt")
    return {line.text: f"{line.kind.value}:{line.reason}" for line in article.lines if line.text}


LAST = "Le chantier de la médiathèque doit commencer au printemps, si le budget tient bon."


def test_a_short_line_about_the_subject_between_paragraphs_is_kept():
    page = (
        ARTICLE_HEAD + BODY + "\n\nUne médiathèque pour Villeneuve, enfin\n\n"
        "Voir les commentaires\n\n" + LAST
    )
    result = kinds(page)
    assert not result["Une médiathèque pour Villeneuve, enfin"].startswith("removed")
    assert result["Voir les commentaires"].startswith("removed")


def test_soft_hyphens_do_not_cut_the_words_that_tie_a_line_to_its_article():
    closing = "Une média\u00adthèque pour Ville\u00adneuve, enfin"
    page = ARTICLE_HEAD + BODY + f"\n\n{closing}\n\n" + LAST
    assert not kinds(page)[closing].startswith("removed")


def test_a_box_of_key_figures_is_a_heading_and_its_items():
    box = "Les chiffres clés\n\n2 400 mètres carrés\n\n14 millions d’euros\n\n35 000 livres\n\n"
    page = ARTICLE_HEAD + BODY + "\n\n" + box + LAST
    result = kinds(page)
    assert result["Les chiffres clés"] == "heading:heading"
    for item in ("2 400 mètres carrés", "14 millions d’euros", "35 000 livres"):
        assert result[item].startswith("paragraph"), item


def test_prices_beside_a_subscribe_button_are_not_key_figures():
    pitch = "Offre de bienvenue : 1 € pour 15 jours\nPuis 9,90 € par mois\nJe m’abonne\n\n"
    page = ARTICLE_HEAD + BODY + "\n\n" + pitch + LAST
    result = kinds(page)
    assert result["Offre de bienvenue : 1 € pour 15 jours"].startswith("removed")


def test_an_explainers_question_headings_are_headings_an_interviews_questions_are_not():
    sections = [
        ("Qu’est-ce que la médiathèque de Villeneuve ?", "médiathèque"),
        ("Combien coûteront les travaux ?", "travaux"),
        ("Quand ouvrira-t-elle ?", "ouverture"),
    ]
    standfirst = (
        "Le conseil municipal a voté le budget de la médiathèque : ce que l’on sait du projet, "
        "de son coût et de son calendrier.\n\nPar Claire Dumont\n\n"
    )
    explainer = (
        ARTICLE_HEAD
        + standfirst
        + "".join(
            f"{question}\n\nLa {word} de Villeneuve occupe le conseil municipal depuis des mois, "
            f"et la {word} reste au cœur des débats des élus comme des habitants.\n\n"
            for question, word in sections
        )
    )
    result = kinds(explainer)
    for question, _ in sections:
        assert result[question] == "heading:heading", question
    interview = explainer.replace("Combien coûteront", "Combien, selon vous, coûteront").replace(
        "Quand ouvrira-t-elle", "Quand pensez-vous l’ouvrir"
    )
    result = kinds(interview)
    assert result["Quand pensez-vous l’ouvrir ?"] == "paragraph:interview-question"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("👉 À lire aussi : Canicule, nos conseils pour dormir au frais", "related-link"),
        ("À lire aussi » Médiathèque : le chantier commence", "related-link"),
        ("← Article précédent : le budget voté", "post-navigation"),
        ("Le budget de la médiathèque en cinq questions →", "post-navigation"),
        ("Vous avez aimé cet article ? Abonnez-vous pour lire nos enquêtes.", "subscription"),
        (
            "Si vous souhaitez réagir à cet article, écrivez à la rédaction, qui vous répondra.",
            "reader-call",
        ),
        ("© Le Journal de Villeneuve 2024", "footer"),
        ("Cet article provient d’un site partenaire, qui en garde la responsabilité.", "page-note"),
        ("Cet article a été mis à jour le 12 mars à 18 heures.", "page-note"),
        ("#Villeneuve #médiathèque #budget", "tags"),
        ("Tweeter", "share-buttons"),  # ©: no bullet to look past
    ],
)
def test_real_page_debris_is_named(line, reason):
    assert match_debris(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Le maire de Villeneuve, photo : archives de la mairie", "image-caption"),
        ("Le maire de Villeneuve lors du conseil municipal. Reuters", "image-caption"),
        ("PHOTO JEAN DUPONT, LA PRESSE DE VILLENEUVE", "image-credit"),
        ("Photo : Jean Dupont", "image-credit"),
        ("Photo d’illustration AFP", "image-credit"),
        ("Le maire au conseil municipal, le 12 mars 2024. — Archives", "image-caption"),
    ],
)
def test_captions_and_credits_of_real_pages(line, reason):
    verdict = rule_verdict(shape_of(line))
    assert verdict is not None and verdict.reason == reason


def test_a_paragraph_that_mentions_a_photo_or_an_agency_is_not_a_caption():
    for line in (
        "Photos à l’appui, le journal révèle que le maire de Villeneuve a dîné avec "
        "l’entrepreneur chargé des travaux de la médiathèque, ce que la mairie dément.",
        "Le ministre a confirmé la livraison des chars, selon une dépêche publiée jeudi "
        "soir par l’agence britannique, qui cite des sources diplomatiques à Bruxelles. Reuters",
    ):
        assert rule_verdict(shape_of(line)) is None, line


def test_a_live_blogs_entries_stand_between_their_time_and_their_share_button():
    entry = (
        "Le conseil municipal de Villeneuve vient de voter le budget de la médiathèque par "
        "vingt-deux voix contre onze, après un débat de trois heures sur le coût des travaux "
        "et le calendrier du chantier, a constaté notre journaliste sur place."
    )
    page = ARTICLE_HEAD + BODY + f"\n\n21h32\n{entry}\nPartager\n\n" + LAST
    assert kinds(page)[entry] == "paragraph:text"


def test_a_first_section_heading_under_a_button_is_a_heading():
    page = (
        "Le budget de la médiathèque de Villeneuve voté après trois heures de débat\n\n"
        "Par Claire Dumont\n\nPartager\nCopier le lien\n\n📌 Épinglé\nCe que l’on sait du projet\n"
        + BODY.lstrip()
    )
    assert kinds(page)["Ce que l’on sait du projet"] == "heading:heading"


def test_a_forms_pitch_between_its_title_and_its_button_goes_with_them():
    pitch = "Du lundi au samedi, l’essentiel de Villeneuve."
    page = (
        ARTICLE_HEAD
        + BODY
        + "\n\nAbonnez-vous à notre infolettre\n\n"
        + pitch
        + "\n\nJe m’abonne\n\n"
        + LAST
    )
    assert kinds(page)[pitch].startswith("removed")
