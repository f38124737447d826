"""The evidence rules of the cleaner, each on a small page: title, site name, related
blocks that let the article resume, comment threads, bylines beside stamps, furniture
repeated across a folder's seeds."""

from __future__ import annotations

import pytest
from seed_reader.classify import classify
from seed_reader.corpus import corpus_facts, folder_facts
from seed_reader.lines import to_lines
from seed_reader.model import CorpusFacts, Kind
from seed_reader.pipeline import clean_seed

TITLE = "La Finlande devient le trente et unième membre de l’Otan"
P = [
    "La Finlande est officiellement devenue mardi le trente et unième membre de l’Otan, "
    "lors d’une cérémonie au siège de l’Alliance à Bruxelles, en présence de son président.",
    "L’adhésion de la Finlande double la longueur de la frontière terrestre entre l’Otan et "
    "la Russie, qui a dénoncé une menace et promis des contre-mesures militaires.",
    "Le président finlandais a salué la fin d’une ère de non-alignement militaire, ouverte après "
    "la Seconde Guerre mondiale, et remercié les Alliés pour la rapidité de la ratification.",
    "Helsinki a commandé des avions de combat américains et dispose de l’une des artilleries "
    "les plus importantes d’Europe, ce qui renforce le flanc nord de l’Alliance atlantique.",
    "Les ministres de la Finlande et de l’Otan ont hissé le drapeau finlandais devant le siège "
    "de l’Alliance, où flottent désormais les couleurs des trente et un pays membres réunis.",
]
OTHER = (
    "Le patriarche œcuménique Bartholomée a adressé ses félicitations au cardinal élu, "
    "saluant une longue amitié entre les Églises et une visite historique au Vatican."
)


def kinds(page: str, corpus: CorpusFacts | None = None) -> dict[str, tuple[Kind, str]]:
    lines, _choice = classify(to_lines(page), corpus)
    return {line.text: (line.kind, line.reason) for line in lines if line.text}


def page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def test_the_title_is_the_line_the_article_talks_about_not_the_first_short_one():
    found = kinds(page("Le Quotidien", "Se connecter", "Monde", "Europe", "Sport", TITLE, *P[:3]))
    assert found[TITLE] == (Kind.METADATA, "title")
    assert found["Le Quotidien"] == (Kind.METADATA, "site-name")
    assert all(found[item][0] is Kind.REMOVED for item in ("Monde", "Europe", "Sport"))


def test_a_browser_tab_title_with_the_site_appended_is_not_the_title():
    tab = f"{TITLE} - Le Quotidien"
    found = kinds(page(tab, "Aller au contenu principal", TITLE, *P[:3]))
    assert found[TITLE] == (Kind.METADATA, "title")
    assert found[tab] == (Kind.REMOVED, "repeated-title")


def test_the_site_name_is_the_one_the_byline_repeats_and_its_ordinary_form_wins():
    article = clean_seed(
        page(
            "le quotidien.", "Monde", "Europe", TITLE, "Par Le Quotidien avec AFP", *P[:3]
        ).encode(),
        "x.txt",
    )
    assert article.metadata.site == "Le Quotidien"
    assert article.metadata.author == "Le Quotidien avec AFP"


def test_a_same_topic_block_between_paragraphs_does_not_end_the_article():
    block = "Sur le même sujet\nOtan : la Suède attend toujours\nDéfense : Berlin commande des F-35"
    found = kinds(page(TITLE, P[0], P[1], block, P[2], P[3], P[4]))
    assert found["Otan : la Suède attend toujours"] == (Kind.REMOVED, "related-list")
    assert all(found[text][0] is Kind.PARAGRAPH for text in P)


def test_after_read_more_a_headline_and_another_story_are_the_page_tail():
    found = kinds(page(TITLE, *P[:3], "Lire la suite", "Bartholomée félicite le cardinal", OTHER))
    assert found[OTHER][0] is Kind.REMOVED
    assert found["Bartholomée félicite le cardinal"][0] is Kind.REMOVED


def test_a_comment_thread_after_the_article_is_removed_even_when_on_topic():
    comment = "La Finlande a bien raison de rejoindre l’Otan face à la menace russe."
    found = kinds(
        page(TITLE, *P[:4], "12 commentaires", "Jean-Marc R.", comment, "Répondre", "Signaler")
    )
    assert found[comment] == (Kind.REMOVED, "comments")
    assert found["Jean-Marc R."] == (Kind.REMOVED, "comments")


def test_a_comment_counter_in_a_share_bar_does_not_start_a_comment_section():
    found = kinds(page(TITLE, P[0], "Partager", "Commenter", P[1], P[2], P[3]))
    assert all(found[text][0] is Kind.PARAGRAPH for text in P[:4])


@pytest.mark.parametrize(
    ("byline", "author"),
    [("FRANCEINFO", "FRANCEINFO"), ("Nicolas Dufaux, Bruxelles", "Nicolas Dufaux")],
)
def test_a_bare_name_beside_the_date_stamp_is_the_byline(byline, author):
    seed = page(TITLE, P[0], byline, "Publié le 04/04/2023 à 17:12", P[1], P[2])
    article = clean_seed(seed.encode(), "x.txt")
    assert article.metadata.author == author
    assert article.metadata.date == "2023-04-04"


def test_a_name_between_paragraphs_without_a_stamp_stays_a_heading():
    found = kinds(page(TITLE, P[0], "Helsinki", P[3], P[4]))
    assert found["Helsinki"] == (Kind.HEADING, "heading")


def test_a_source_box_credits_the_outlet_named_under_it():
    seed = page(TITLE, *P[:3], "Traduit de l’anglais par Hélène Morvan.", "Source\nDeutsche Welle")
    article = clean_seed(seed.encode(), "x.txt")
    assert article.metadata.source_credit == "Deutsche Welle"


def test_a_short_line_several_seeds_repeat_is_furniture_never_prose():
    facts = corpus_facts(
        [page("Nos podcasts", "Le direct", P[0]), page("Nos podcasts", "Le direct", P[0])]
    )
    assert facts.furniture == {"nos podcasts", "le direct"}  # the shared paragraph is not
    found = kinds(page(TITLE, *P[:3], "Nos podcasts"), facts)
    assert found["Nos podcasts"] == (Kind.REMOVED, "site-furniture")
    assert found[P[0]][0] is Kind.PARAGRAPH


def test_a_syndicated_short_title_repeated_across_seeds_stays_the_title():
    short = "La Finlande rejoint l’Otan"
    facts = corpus_facts([page(short, P[0]), page(short, P[1])])
    assert "la finlande rejoint l otan" in facts.furniture
    found = kinds(page(short, *P[:3]), facts)
    assert found[short] == (Kind.METADATA, "title")


def test_folder_facts_skip_unreadable_seeds(tmp_path):
    (tmp_path / "a.txt").write_text(page("Nos podcasts", P[0]))
    (tmp_path / "b.txt").write_text(page("Nos podcasts", P[1]))
    (tmp_path / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert folder_facts(tmp_path).furniture == {"nos podcasts"}
    assert CorpusFacts(frozenset({"a"})).fingerprint != CorpusFacts().fingerprint
