"""`make people`: evidence against false people, merging of forms, the file, hash keying."""

from __future__ import annotations

import french_nlp
import pytest
from archive_core.people import load_registry
from conftest import ROOT
from person_pages.detected import (
    DetectedFile,
    DetectedPerson,
    SeedHit,
    dump_detected,
    load_detected,
    seed_hash,
    unverified_records,
)
from person_pages.evidence import Entity, Known, rejection_of
from person_pages.merge import SeedPeople, merge_archive, merge_article
from person_pages.scan import known_of, update_detected

REGISTRY = load_registry(ROOT / "content" / "people.yml")
KNOWN = known_of(REGISTRY, ["Otan", "Bloomberg", "Kiev"])


# (text before the entity, its name, text after it, the rule that must drop it or None)
EVIDENCE = [
    ("Jeudi", "", ", le chef de l’Otan a parlé.", "common-word"),
    ("Réunis", "", " mardi à Helsinki, les dirigeants", "common-word"),
    ("Premier ministre", "Le ", ", Donald Tusk, a dit", "not-capitalised"),
    ("Hamish de", "nucléaire. ", " Bretton Gordon a déclaré", "cut-short"),
    ("Bretton", "nucléaire. Hamish de ", "-Gordon a déclaré", "cut-short"),
    ("Bretton Gordon", "d’une attaque nucléaire. Hamish de ", " a déclaré", "cut-short"),
    ("Patriot", "le déploiement des systèmes anti-missiles ", " en Pologne", "named-thing"),
    ("Gripen", "des sous-marins aux avions de combat ", ", et prévoit", "named-thing"),
    ("Yi Peng", "les soupçons portés sur un vraquier chinois, le ", " 3.", "named-thing"),
    ("Steadfast Noon", "Connu sous le nom de « ", " », l’exercice", "named-thing"),
    ("Andrew W. Mellon", "C’est dans l’auditorium ", ", là même où", "named-thing"),
    ("Agence", "L’", " danoise de l’énergie", "organisation"),
    ("Bloomberg", "selon ", ", qui cite des sources", "organisation"),
    ("Africa Corps", "remplacés par ceux d’", ", rattaché à la Défense", "organisation"),
    # A thing's noun before the last comma names nothing of what follows.
    ("Jeanne Dupuis", "la liste du centre, soutenue par ", ", l’emporte", None),
    # People, whose neighbours look like the above and must not drop them.
    ("Viktor Orban", "les autres, et la Hongrie de ", " n’a pas encore ratifié", None),
    ("Joe Biden", "les responsables de l’Administration de ", " à CNN.", None),
    ("Mark Rutte", "", " a officiellement pris ses fonctions", None),
    ("Joe Biden", "Ils ont voyagé dans l’avion de ", " mardi", None),
    ("Mateusz Morawiecki", "le Premier ministre ", " a parlé", None),
    ("Poutine", "Selon le président ", ", la Russie", None),  # a registry surname
    ("Rutte", "Pour ", ", l’Alliance doit", None),
]


@pytest.mark.parametrize(("name", "before", "after", "reason"), EVIDENCE)
def test_false_people_are_dropped_on_evidence_and_people_kept(name, before, after, reason):
    assert rejection_of(Entity(name, before, after), KNOWN) == reason


def test_a_common_word_known_as_a_surname_is_kept():
    assert rejection_of(Entity("Marin", "", " a dit"), Known()) == "common-word"
    assert rejection_of(Entity("Marin", "", " a dit"), Known(names=frozenset({"marin"}))) is None


def test_forms_of_a_name_merge_within_an_article():
    groups = merge_article(
        ["Jens Stoltenberg", "Stoltenberg", "Giuseppe Cavo Dragone", "Cavo Dragone", "Dragone",
         "Joe Biden", "Hunter Biden", "Biden", "Rutte"]
    )  # fmt: skip
    assert groups == (
        ("Cavo Dragone", "Dragone", "Giuseppe Cavo Dragone"),
        ("Hunter Biden",),  # "Biden" alone: which of the two is unknown, so it is dropped
        ("Jens Stoltenberg", "Stoltenberg"),
        ("Joe Biden",),
        ("Rutte",),  # a surname alone, for the archive to resolve
    )


def seed_people(seed: str, *groups: tuple[str, ...]) -> SeedPeople:
    return SeedPeople(seed, seed_hash(seed.encode()), groups)


def test_forms_merge_across_articles_and_registry_aliases_go_to_the_registry():
    merged = merge_archive(
        [
            seed_people("a.txt", ("Mark Rutte",), ("Viktor Orban",), ("Vladimir Poutine",)),
            seed_people("b.txt", ("Rutte",), ("Viktor Orbán",), ("Poutine",), ("Putin",)),
            seed_people("c.txt", ("Mark Rutte", "Rutte"), ("Stoltenberg",)),
        ],
        REGISTRY,
    )
    people = {p.name: p for p in merged.people}
    assert set(people) == {"Mark Rutte", "Viktor Orbán"}  # the accented form is canonical
    assert people["Mark Rutte"].forms == ("Mark Rutte", "Rutte")
    assert [hit.seed for hit in people["Mark Rutte"].seeds] == ["a.txt", "b.txt", "c.txt"]
    assert people["Viktor Orbán"].forms == ("Viktor Orban", "Viktor Orbán")
    assert people["Viktor Orbán"].id == "viktor-orban"
    assert merged.registered == {
        "a.txt": {"vladimir-poutine"},
        "b.txt": {"vladimir-poutine"},  # « Poutine » and « Putin » are registry aliases
        "c.txt": {"jens-stoltenberg"},
    }


def test_a_rejected_name_is_never_written_back(tmp_path):
    found = [seed_people("a.txt", ("Steadfast Noon",), ("Mark Rutte", "Rutte"))]
    merged = merge_archive(found, REGISTRY, rejected=["Steadfast Noon", "Rutte"])
    assert [(p.name, p.forms) for p in merged.people] == [("Mark Rutte", ("Mark Rutte",))]
    path = tmp_path / "people-detected.yml"
    path.write_text(dump_detected(DetectedFile(tuple(merged.people), {}, ("Steadfast Noon",))))
    again = load_detected(path)
    written = {form for p in again.people for form in p.forms} | {
        form for p in again.people for hit in p.seeds for form in hit.forms
    }
    assert written == {"Mark Rutte"} and again.rejected == ("Steadfast Noon",)


def test_the_file_round_trips_and_is_stable(tmp_path):
    person = DetectedPerson(
        "mark-rutte",
        "Mark Rutte",
        ("Mark Rutte", "Rutte"),
        (SeedHit("a.txt", "0" * 16, ("Rutte",)),),
    )
    detected = DetectedFile((person,), {"b.txt": "1" * 16, "a.txt": "0" * 16}, ("Zed", "Abc"))
    path = tmp_path / "people-detected.yml"
    path.write_text(dump_detected(detected), encoding="utf-8")
    again = load_detected(path)
    assert again.people == (person,) and again.scanned == detected.scanned
    assert dump_detected(again) == path.read_text(encoding="utf-8")
    assert load_detected(tmp_path / "missing.yml") == DetectedFile()


def test_the_build_gives_unverified_records_only_to_people_the_registry_lacks():
    hit = (SeedHit("a.txt", "0" * 16, ()),)
    detected = DetectedFile(
        (
            DetectedPerson("mark-rutte", "Mark Rutte", ("Mark Rutte", "Rutte"), hit),
            DetectedPerson("joe-biden", "Joe Biden", ("Joe Biden",), hit),  # registered since
            DetectedPerson("yi-peng", "Yi Peng", ("Yi Peng",), hit),
        ),
        rejected=("Yi Peng",),
    )
    records = unverified_records(detected, REGISTRY)
    assert [(r.id, r.verified, r.aliases) for r in records] == [("mark-rutte", False, ("Rutte",))]


SEED = "Sommet à La Haye\n\nLe secrétaire général {name} a ouvert le sommet de l’Otan mardi, devant {other}, et a parlé longuement des dépenses de défense des alliés.\n"  # noqa: E501


@pytest.fixture
def counted_scans(monkeypatch):
    """The texts the French model is given, recorded."""
    given: list[str] = []
    real = french_nlp.process

    def process(texts, *args):
        texts = list(texts)
        given.extend(texts)
        return real(texts, *args)

    monkeypatch.setattr(french_nlp, "process", process)
    return given


def test_a_changed_seed_is_scanned_again_and_an_unchanged_one_is_not(tmp_path, counted_scans):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(SEED.format(name="Mark Rutte", other="Pedro Sánchez"), "utf-8")
    (seeds / "b.txt").write_text(SEED.format(name="Mark Rutte", other="Friedrich Merz"), "utf-8")
    first = update_detected(seeds, tmp_path / "notes", DetectedFile(), REGISTRY, KNOWN)
    assert any("Pedro Sánchez" in text for text in counted_scans)
    assert any("Friedrich Merz" in text for text in counted_scans)
    names = {p.name for p in first.detected.people}
    assert names == {"Mark Rutte", "Pedro Sánchez", "Friedrich Merz"}

    counted_scans.clear()
    (seeds / "b.txt").write_text(SEED.format(name="Mark Rutte", other="Donald Tusk"), "utf-8")
    second = update_detected(seeds, tmp_path / "notes", first.detected, REGISTRY, KNOWN)
    assert counted_scans and not any("Pedro Sánchez" in text for text in counted_scans)
    assert {p.name for p in second.detected.people} == {
        "Mark Rutte",
        "Pedro Sánchez",
        "Donald Tusk",
    }
    assert second.detected.scanned["b.txt"] == seed_hash((seeds / "b.txt").read_bytes())

    counted_scans.clear()
    third = update_detected(seeds, tmp_path / "notes", second.detected, REGISTRY, KNOWN)
    assert counted_scans == []
    assert dump_detected(third.detected) == dump_detected(second.detected)


def test_a_name_one_mention_shows_to_be_a_things_is_no_person_anywhere_in_the_article():
    from person_pages.scan import SeedText, scan_texts

    text = SeedText(
        "exercice.txt",
        "",
        (
            "Le général Christopher Cavoli a annoncé la tenue de l’exercice Steadfast "
            "Defender 2024, le plus important depuis la guerre froide.",
            "Steadfast Defender regroupe en réalité plusieurs exercices nationaux, selon "
            "Christopher Cavoli.",
        ),
    )
    (found,) = scan_texts([text], REGISTRY, KNOWN)
    assert found.groups == (("Christopher Cavoli",),)
