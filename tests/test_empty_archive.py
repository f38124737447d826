"""Any folder builds: a folder with no publishable seed is an empty archive (fatal if STRICT)."""

from __future__ import annotations

import json

import pytest
from conftest import make

pytestmark = pytest.mark.build


BAD_SEEDS = {
    "empty.txt": b"",
    "blank.txt": b"  \r\n\t\n",
    "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
}
EMPTY_MESSAGE = "No publishable seed in"


@pytest.fixture
def bad_folder(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, raw in BAD_SEEDS.items():
        (seeds / name).write_bytes(raw)
    return seeds


def test_a_folder_of_bad_seeds_builds_an_empty_archive(tmp_path, bad_folder):
    output = tmp_path / "output"
    result = make("html", f"SEEDS={bad_folder}", f"OUTPUTDIR={output}")
    assert f"{EMPTY_MESSAGE} {bad_folder}" in result.stdout + result.stderr
    assert not (output / "articles").exists()
    assert (output / "index.html").exists() and (output / "sujets" / "index.html").exists()
    assert json.loads((output / "data" / "articles.json").read_text(encoding="utf-8")) == []
    manifest = json.loads((output / "recherche" / "index.json").read_text(encoding="utf-8"))
    assert manifest["documentCount"] == 0


@pytest.mark.parametrize("bad", [True, False], ids=["bad-seeds", "no-seed"])
def test_an_archive_with_no_publishable_seed_fails_strictly(tmp_path, bad_folder, bad):
    seeds = bad_folder if bad else tmp_path / "nothing"
    seeds.mkdir(exist_ok=True)
    output = tmp_path / "output"
    result = make("html", f"SEEDS={seeds}", f"OUTPUTDIR={output}", "STRICT=1", check=False)
    assert result.returncode != 0
    assert not output.exists()
    expected = "Skipping seed" if bad else f"{EMPTY_MESSAGE} {seeds}"
    assert expected in result.stdout + result.stderr
