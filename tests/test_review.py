"""`make review`: the least certain decisions, each with the notes entry that overrides it."""

from __future__ import annotations

import yaml
from conftest import make
from seed_reader.model import Kind
from seed_reader.notes import SeedNotes
from seed_reader.pipeline import clean_seed
from seed_reader.tools.review import review_folder, uncertain_decisions

PROSE = [
    "Le secrétaire général de l’Otan a présenté mardi à Bruxelles le nouveau plan de défense "
    "du flanc oriental, approuvé par les ministres des trente et un pays membres.",
    "Le plan prévoit le prépositionnement de matériel lourd en Pologne et dans les pays baltes, "
    "ainsi qu’une force de réaction rapide portée à trois cent mille soldats.",
    "Les ministres doivent encore s’entendre sur le financement de ces nouvelles capacités, que "
    "plusieurs capitales jugent trop coûteuses dans le contexte budgétaire actuel.",
]
# A tail after "Lire la suite": long prose about something else, removed but prose-like.
TAIL = (
    "Le festival de musique de la ville a réuni cette année plus de quarante mille spectateurs "
    "venus écouter des orchestres symphoniques et des groupes de jazz pendant trois jours entiers."
)
SEED = "\n\n".join(
    ["Le plan de défense de l’Otan pour le flanc oriental", *PROSE, "Lire la suite", TAIL]
)


def test_a_removed_line_that_reads_like_prose_is_listed_with_its_override():
    article = clean_seed(SEED.encode(), "plan.txt")
    decisions = uncertain_decisions(article)
    removed = [d for d in decisions if d.kind == "removed-prose"]
    assert [d.text for d in removed] == [TAIL]
    entry = removed[0].override
    assert entry["kind"] == "paragraph" and entry["text"] == TAIL
    # The proposed entry, pasted into the notes file, does what it says.
    notes = SeedNotes.from_mapping({"lines": [entry]}, "notes/plan.yml")
    fixed = clean_seed(SEED.encode(), "plan.txt", notes)
    assert fixed.lines[entry["line"] - 1].kind is Kind.PARAGRAPH
    assert not [d for d in uncertain_decisions(fixed) if d.kind == "removed-prose"]


def test_sure_decisions_are_not_listed():
    clean = "\n\n".join(["Le plan de défense de l’Otan pour le flanc oriental", *PROSE])
    assert uncertain_decisions(clean_seed(clean.encode(), "clean.txt")) == []


def test_the_folder_report_is_sorted_least_certain_first_and_prints_yaml(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "plan.txt").write_text(SEED, encoding="utf-8")
    (seeds / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    decisions, skipped = review_folder(seeds, tmp_path / "notes")
    assert decisions
    assert [d.confidence for d in decisions] == sorted(d.confidence for d in decisions)
    assert len(skipped) == 1 and "image.txt" in skipped[0]
    printed = decisions[0].format()
    entry = yaml.safe_load(printed.split("lines:\n", 1)[1])
    assert entry == [decisions[0].override]


def test_make_review_runs_on_a_folder(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "plan.txt").write_text(SEED, encoding="utf-8")
    result = make("review", f"SEEDS={seeds}", f"NOTES={tmp_path}")
    assert "1 uncertain decision(s)" in result.stdout
    assert "kind: paragraph" in result.stdout
