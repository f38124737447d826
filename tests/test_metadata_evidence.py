"""Metadata chosen from evidence: bylines, the site, stamps, translators and sources, each
value with its line and a confidence, on small invented pages (never a real page's text)."""

from __future__ import annotations

import pytest
from seed_reader.model import Kind
from seed_reader.notes import NotesError, SeedNotes
from seed_reader.pipeline import clean_seed
from seed_reader.tools.review import uncertain_decisions

TITLE = "La Finlande devient le trente et unième membre de l’Otan"
P = [
    "La Finlande est officiellement devenue mardi le trente et unième membre de l’Otan, "
    "lors d’une cérémonie au siège de l’Alliance à Bruxelles, en présence de son président.",
    "L’adhésion de la Finlande double la longueur de la frontière terrestre entre l’Otan et "
    "la Russie, qui a dénoncé une menace et promis des contre-mesures militaires.",
    "Le président finlandais a salué la fin d’une ère de non-alignement militaire, ouverte après "
    "la Seconde Guerre mondiale, et remercié les Alliés pour la rapidité de la ratification.",
]
MENU = ["Monde", "Europe", "Sport"]
STAMP = "Publié le 4 avril 2023 à 10h05"


def clean(*parts: str, notes: SeedNotes | None = None):
    return clean_seed(("\n\n".join(parts) + "\n").encode(), "page.txt", notes)


def line_of(article, text: str):
    return next(line for line in article.lines if line.text == text)


# --- Bylines --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "author", "authors"),
    [
        ("Par Anne Roy et Paul Petit", "Anne Roy et Paul Petit", ("Anne Roy", "Paul Petit")),
        ("Anne Roy et Paul Petit", "Anne Roy et Paul Petit", ("Anne Roy", "Paul Petit")),
        ("Par Anne Roy, Paul Petit et Léa Nguyen", "Anne Roy, Paul Petit et Léa Nguyen",
         ("Anne Roy", "Paul Petit", "Léa Nguyen")),
        ("Par La Gazette du Nord avec AFP", "La Gazette du Nord avec AFP", ("La Gazette du Nord",)),
        ("Repéré par Lucie Garnier", "Lucie Garnier", ("Lucie Garnier",)),
        ("Lucie Garnier", "Lucie Garnier", ("Lucie Garnier",)),  # no « Par », beside the stamp
    ],
)  # fmt: skip
def test_a_byline_gives_the_author_as_written_and_each_name_apart(byline, author, authors):
    article = clean(*MENU, TITLE, byline, STAMP, *P)
    assert article.metadata.author == author
    assert article.metadata.authors == authors
    assert line_of(article, byline).kind is Kind.METADATA


def test_a_role_under_the_name_belongs_to_the_byline_not_the_body():
    for byline in ("Par Claire Fontaine", "Claire Fontaine"):
        article = clean(*MENU, TITLE, byline, "Correspondante à Helsinki", STAMP, *P)
        role = line_of(article, "Correspondante à Helsinki")
        assert (role.kind, role.field) == (Kind.METADATA, "byline_role")
        assert article.metadata.author == "Claire Fontaine"
        assert "Correspondante" not in article.text


def test_a_menu_entry_above_a_role_word_is_no_byline():
    article = clean("Le Quotidien", "Statuts", "Employé", "Journaliste", "Ouvrier", TITLE, *P)
    assert article.metadata.author is None
    assert line_of(article, "Journaliste").kind is Kind.REMOVED


@pytest.mark.parametrize("button", ["Play", "FacebookTwitterMail", "Écouter"])
def test_a_players_or_share_bars_button_beside_a_stamp_is_no_byline(button):
    article = clean(*MENU, TITLE, STAMP, button, *P)
    assert article.metadata.author is None
    assert line_of(article, button).field != "byline_name"


def test_a_teasers_byline_in_the_pages_tail_loses_to_the_articles_bare_byline():
    tail = ["Billet de blog", "Un autre regard sur le sommet", "par Marc Delorme", "5 avril 2023"]
    article = clean(*MENU, TITLE, "Lucie Garnier", STAMP, *P, *tail)
    assert article.metadata.author == "Lucie Garnier"
    choice = article.metadata.choice("author")
    assert choice.text == "Lucie Garnier"
    assert choice.line == line_of(article, "Lucie Garnier").number


# --- The site -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("parts", "site", "kind"),
    [
        # A footer's copyright is the only place that names the outlet.
        ((*MENU, TITLE, *P, "Contact", "Mentions légales", "© 2024 La Gazette du Nord - Tous "
          "droits réservés"), "La Gazette du Nord", "copyright"),
        # A copyright with a range of years and no sign.
        ((*MENU, TITLE, *P, "Contact", "2009-2024 Le Courrier des Plaines"),
         "Le Courrier des Plaines", "copyright"),
        # The address of an archived copy names the page's own site.
        (("https://web.archive.org/web/20230405101500/https://www.gazettedunord.fr/monde/finlande",
          *MENU, TITLE, *P), "gazettedunord.fr", "archived-address"),
        # A newsletter read in a mail client: its sender, not the client's labels.
        (("Boîte de réception", "Répondre", "Transférer",
          "De : La Lettre de l’Est <bonjour@lettredelest.fr>", TITLE, *P),
         "La Lettre de l’Est", "sender"),
        (("Boîte de réception", "Archiver", "La Lettre de l’Est <bonjour@lettredelest.fr>",
          "À : moi", TITLE, *P), "La Lettre de l’Est", "sender"),
        # The page's address copied from the browser, above the article.
        (("https://www.gazettedunord.fr/monde/finlande-otan", *MENU, TITLE, *P),
         "gazettedunord.fr", "page-address"),
        # The browser tab's title with the site appended.
        ((f"{TITLE} - Le Quotidien", "Aller au contenu principal", TITLE, *P), "Le Quotidien",
         "tab-title"),
        # A "follow us" line in the footer.
        ((*MENU, TITLE, *P, "Retrouvez L’Écho des Vallées sur :", "Facebook", "Twitter"),
         "L’Écho des Vallées", "follow"),
        # A domain alone is the site's name only when nothing better names it.
        (("gazettedunord.fr", *MENU, TITLE, *P), "gazettedunord.fr", "domain-line"),
        (("gazettedunord.fr", *MENU, TITLE, *P, "© La Gazette du Nord"), "La Gazette du Nord",
         "copyright"),
        # A newsroom with an agency names the outlet when nothing else does.
        ((*MENU, TITLE, "Par La Gazette du Nord avec AFP", STAMP, *P), "La Gazette du Nord",
         "newsroom"),
    ],
)  # fmt: skip
def test_the_site_comes_from_the_best_evidence_on_the_page(parts, site, kind):
    article = clean(*parts)
    assert article.metadata.site == site
    choice = article.metadata.choice("site")
    assert choice.kind == kind
    # The evidence is the line the value was read from, by number and text.
    assert article.lines[choice.line - 1].text.strip() == choice.text
    assert 0.5 <= choice.confidence <= 0.95


def test_a_photo_credit_inside_the_article_and_a_sentence_of_prose_name_no_site():
    caption = "Le président finlandais à Bruxelles, mardi. © Jean Delacour"
    prose = (
        "Les habitants de Helsinki ont salué l’adhésion, et la presse locale a publié le meilleur "
        "de ses archives sur la longue histoire de la neutralité du pays, de 1948 à nos jours."
    )
    article = clean(*MENU, TITLE, STAMP, P[0], "© Jean Delacour", caption, P[1], prose, P[2])
    assert article.metadata.site is None


def test_a_teaser_that_ends_on_a_name_is_no_newsletter_pitch():
    teaser = "Reportage : à Rovaniemi, les chefs lapons servent désormais le meilleur de Laponie"
    article = clean(*MENU, TITLE, *P[:2], "Lire aussi", teaser, P[2])
    assert line_of(article, teaser).kind is Kind.REMOVED
    assert article.metadata.site is None
    # A short pitch is the outlet's newsletter: "le meilleur de X".
    short = "Recevez le meilleur de La Gazette du Nord"
    article = clean(*MENU, TITLE, *P, "\n".join(["Newsletter", short, "Je m’inscris"]))
    assert article.metadata.site == "La Gazette du Nord"


def test_the_pages_address_above_the_title_is_metadata():
    address = "https://www.gazettedunord.fr/monde/finlande-otan"
    line = line_of(clean(address, *MENU, TITLE, *P), address)
    assert (line.kind, line.field) == (Kind.METADATA, "page_address")


def test_an_agencys_copyright_in_the_footer_is_no_site():
    article = clean(*MENU, TITLE, *P, "Contact", "© AFP 2024")
    assert article.metadata.site is None


def test_a_publishers_copyright_loses_to_the_titles_logo():
    article = clean("L’Écho des Vallées", *MENU, TITLE, *P, "Contact", "© Groupe Montagne Presse")
    assert article.metadata.site == "L’Écho des Vallées"
    # Alone, the publisher is still the best the page gives, and review lists it.
    article = clean(*MENU, TITLE, *P, "Contact", "© Groupe Montagne Presse")
    assert article.metadata.site == "Groupe Montagne Presse"
    assert [d.override for d in uncertain_decisions(article) if d.kind == "metadata"] == [
        {"site": "Groupe Montagne Presse"}
    ]


def test_the_stamp_under_the_title_beats_the_days_date_in_the_page_header():
    header = ["Le Quotidien", "11/11/2021", *[f"Rubrique {n}" for n in range(12)]]
    article = clean(*header, TITLE, "23/10/2020", *P)
    assert article.metadata.date == "2020-10-23"


def test_a_name_that_agrees_with_the_domain_is_shown_rather_than_the_domain():
    contacts = ("Écrivez-nous : redaction@gazettedunord.fr",
                "Abonnements : abonnements@gazettedunord.fr")  # fmt: skip
    article = clean("gazettedunord.fr", *MENU, TITLE, *P,
                    "Recevez la newsletter de La Gazette du Nord", *contacts)  # fmt: skip
    assert article.metadata.site == "La Gazette du Nord"
    assert article.metadata.choice("site").kind == "newsletter"


@pytest.mark.parametrize(
    "chrome",
    [
        ("Skip to main content", "Instagram", "Politique"),
        ("Aller au contenu principal", "Facebook", "Twitter", "International"),
        ("Se connecter", "Opinion", "Monde"),
    ],
)
def test_menu_sections_social_networks_and_skip_links_are_never_the_site(chrome):
    article = clean(*chrome, TITLE, "Par Lucie Garnier", STAMP, *P)
    assert article.metadata.site is None
    assert all(line_of(article, text).field != "site_name" for text in chrome)
    # Nor a person's name that the byline signs, standing where a logo would.
    article = clean("Lucie Garnier", *MENU, TITLE, "Par Lucie Garnier", STAMP, *P)
    assert article.metadata.site != "Lucie Garnier"


# --- Stamps, translators, sources -----------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("📅 12.03.2024 | 08:15", "2024-03-12"),  # a channel's emoji and dotted numbers
        ("🕒 12/03/2024 - 08:15", "2024-03-12"),
        ("— 12 mars 2024 à 8h15", "2024-03-12"),  # dash-led, with the time
        ("– 12 mars 2024, 08:15", "2024-03-12"),
    ],
)
def test_channel_and_dash_led_stamps_give_the_date(stamp, date):
    article = clean(*MENU, TITLE, "Par Lucie Garnier", stamp, *P)
    assert article.metadata.date == date
    assert line_of(article, stamp).kind is Kind.METADATA
    assert article.metadata.choice("date").text == stamp


@pytest.mark.parametrize(
    ("credit", "field", "value"),
    [
        ("Traduction automatique : Outil de Traduction", "translator", "Outil de Traduction"),
        ("Traduit automatiquement par Outil de Traduction", "translator", "Outil de Traduction"),
        ("Traduit avec Outil.example (version gratuite)", "translator", "Outil.example"),
        ("Repéré sur The Northern Post", "source_credit", "The Northern Post"),
        ("Article initialement paru en anglais dans The Northern Post", "source_credit",
         "The Northern Post"),
        ("Lu sur northernpost.example.com", "source_credit", "northernpost.example.com"),
    ],
)  # fmt: skip
def test_machine_translation_and_closing_credits_are_metadata(credit, field, value):
    article = clean(*MENU, TITLE, "Par Lucie Garnier", STAMP, *P, credit)
    assert getattr(article.metadata, field) == value
    assert line_of(article, credit).kind is Kind.METADATA
    assert article.metadata.choice(field).text == credit


def test_the_outlets_follow_line_is_furniture_not_body():
    follow = "Retrouvez L’Écho des Vallées sur :"
    article = clean(*MENU, TITLE, *P, follow, "Facebook", "Twitter")
    assert line_of(article, follow).kind is Kind.REMOVED
    # A sentence that starts alike stays in the article.
    sentence = "Retrouvez Emmanuel Macron sur France 2 ce soir, dans une émission spéciale."
    assert line_of(clean(*MENU, TITLE, *P, sentence), sentence).is_body


# --- Evidence on the record, review and overrides -------------------------------------


CREDITS = ("Traduction : Marc Delorme", "Source : The Northern Post")


def test_every_stated_value_carries_its_line_kind_and_confidence():
    article = clean("© Le Quotidien", *MENU, TITLE, "Par Lucie Garnier", STAMP, *P, *CREDITS)
    fields = {choice.field for choice in article.metadata.evidence}
    assert fields == {"author", "site", "date", "translator", "source_credit"}
    for choice in article.metadata.evidence:
        assert choice.value == getattr(article.metadata, choice.field)
        assert article.lines[choice.line - 1].text == choice.text
        assert choice.kind and 0.5 <= choice.confidence <= 1.0


def test_review_lists_an_uncertain_site_with_the_notes_entry_that_overrides_it():
    parts = ("gazettedunord.fr", *MENU, TITLE, "Par Lucie Garnier", STAMP, *P)
    article = clean(*parts)
    listed = [d for d in uncertain_decisions(article) if d.kind == "metadata"]
    assert [d.override for d in listed] == [{"site": "gazettedunord.fr"}]
    assert listed[0].line == 1 and "site:" in listed[0].format()
    # The entry, corrected and pasted into the notes file, overrides the page.
    notes = SeedNotes.from_mapping({"site": "La Gazette du Nord"}, "notes/page.yml")
    fixed = clean(*parts, notes=notes)
    assert fixed.metadata.site == "La Gazette du Nord"
    assert fixed.metadata.choice("site").kind == "notes"
    assert not [d for d in uncertain_decisions(fixed) if d.kind == "metadata"]


@pytest.mark.parametrize("key", ["author", "site", "translator", "source"])
def test_the_notes_override_keys_win_over_the_page_and_are_validated(key):
    field = {"source": "source_credit"}.get(key, key)
    notes = SeedNotes.from_mapping({key: "Valeur de l’éditeur"}, "notes/page.yml")
    parts = ("© Le Quotidien", *MENU, TITLE, "Par Lucie Garnier", STAMP, *P, *CREDITS)
    article = clean(*parts, notes=notes)
    assert getattr(article.metadata, field) == "Valeur de l’éditeur"
    choice = article.metadata.choice(field)
    assert (choice.line, choice.kind, choice.confidence) == (None, "notes", 1.0)
    for wrong in ("", "  ", 3, ["x"]):
        with pytest.raises(NotesError, match=key):
            SeedNotes.from_mapping({key: wrong}, "notes/page.yml")


# --- Kinds met on the project's labelled pages (tests/fixtures/eval) -------------------


@pytest.mark.parametrize(
    ("head", "author", "date"),
    [
        # A newsroom, named with its outlet, with an agency.
        (["Par la rédaction du Journal avec Belga", STAMP], "la rédaction du Journal avec Belga",
         "2023-04-04"),
        (["La rédaction avec AFP", STAMP], "La rédaction avec AFP", "2023-04-04"),
        # The role first, then the name.
        (["Par notre correspondant à Helsinki, Mikko Laine", STAMP], "Mikko Laine", "2023-04-04"),
        # A bare name, then the stamp on the same line.
        (["Anne Roy. Publié le 4 avril 2023 à 10h05, modifié le 4 avril 2023 à 12h00"],
         "Anne Roy", "2023-04-04"),
        # A desk or a role with an adjective on the line under the name, then the stamp.
        (["Anne Roy", "Rédaction de Tampere", STAMP], "Anne Roy", "2023-04-04"),
        (["Anne Roy", "Correspondante parlementaire à Helsinki", STAMP], "Anne Roy",
         "2023-04-04"),
        (["Anne Roy", "Correspondante régionale dans les pays nordiques", STAMP], "Anne Roy",
         "2023-04-04"),
        # A link to the author's other articles between the name and the stamp.
        (["Anne Roy", "(voir ses 23 articles)", "mardi 4 avril 2023"], "Anne Roy", "2023-04-04"),
        # A mail client's date.
        (["Par Anne Roy", "mar. 4 avr. 2023, 07:02 (il y a 3 heures)"], "Anne Roy", "2023-04-04"),
    ],
)  # fmt: skip
def test_kinds_of_bylines_and_stamps(head, author, date):
    article = clean(TITLE, "\n".join(head), *P)
    assert (article.metadata.author, article.metadata.date) == (author, date)
    assert all(line.kind is not Kind.PARAGRAPH for line in article.lines if line.text in head)


def test_an_aggregators_link_to_the_original_credits_its_source():
    article = clean(TITLE, STAMP, *P, "Lire l’article complet sur Le Quotidien du Nord")
    assert article.metadata.source_credit == "Le Quotidien du Nord"


def test_a_labelled_original_title_is_the_original_title_without_its_label():
    original = "Finland becomes the thirty-first member of the alliance against the odds"
    article = clean(f"Texte d’origine : {original}", TITLE, STAMP, *P)
    assert article.metadata.original_title == original


@pytest.mark.parametrize(
    ("top", "footer", "site"),
    [
        # The logo repeated in the footer, alone or inside a line; a consent dialog first.
        (["Le Courrier du Nord", "Mon journal", "Mon édition : Lille"], "Le Courrier du Nord",
         "Le Courrier du Nord"),
        (["Actu360", "Rechercher"], "À propos d’Actu360", "Actu360"),
        (["Vos préférences en matière de cookies\nAccepter\nRefuser\nPersonnaliser",
          "RTBN\nInfo\nSport"], "RTBN", "RTBN"),
    ],
)  # fmt: skip
def test_the_logo_the_footer_names_again_is_the_site(top, footer, site):
    article = clean(*top, TITLE, STAMP, *P, footer)
    assert article.metadata.site == site


def test_a_kicker_is_no_tab_title():
    article = clean("Le Courrier du Nord\nMon journal\nLille\nNord\nPas-de-Calais",
                    "Nord | Élections municipales", TITLE, STAMP, *P,
                    "Le Courrier du Nord")  # fmt: skip
    assert article.metadata.site == "Le Courrier du Nord"


def test_a_year_is_no_site():
    # An archive's calendar: its years and its range of captures.
    article = clean("https://www.courrierdunord.fr/monde/finlande-otan", "47 captures",
                    "16 mars 2022 - 21 oct. 2024", "2021\n2022\n2023", TITLE, STAMP,
                    *P)  # fmt: skip
    assert article.metadata.site == "courrierdunord.fr"


def test_a_closing_line_naming_the_original_report_credits_its_outlet():
    closing = (
        "Cet article est une adaptation d’un reportage publié par la radiotélévision "
        "publique norvégienne NRK."
    )
    article = clean(TITLE, STAMP, *P, closing)
    assert article.metadata.source_credit == "NRK"


def test_a_logo_in_capitals_takes_the_form_the_page_writes_in_text():
    article = clean("LE COURRIER DU NORD", "Monde\nEurope\nSport", TITLE, STAMP, *P,
                    "© Éditions du Courrier du Nord — Le Courrier du Nord")  # fmt: skip
    assert article.metadata.site == "Le Courrier du Nord"
