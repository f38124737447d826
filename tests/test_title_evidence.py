"""The title on kinds of real pages: a headline glued under a menu, a page's meta bar,
a breadcrumb trail set out line by line, banners in capitals. Invented pages."""

from __future__ import annotations

from seed_reader.pipeline import clean_seed

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
