"""Bad seeds in a temp folder: one line each naming the file and the problem; with
STRICT=1 the build then stops, with no Python traceback; without it the build goes on
and its summary counts the seeds skipped."""

from __future__ import annotations

import pytest
from conftest import make

pytestmark = pytest.mark.build

GOOD = (
    "Un article en bon état\n\n"
    "Le secrétaire général de l’OTAN a déclaré mardi que l’Alliance restait vigilante face "
    "aux menaces russes, sans constater de changement dans la posture nucléaire de Moscou.\n"
)
BAD = {
    "empty.txt": (b"", "the file is empty"),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "PNG image"),
}


@pytest.fixture
def seeds(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, (raw, _) in BAD.items():
        (folder / name).write_bytes(raw)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def lines_naming(log: str, name: str) -> list[str]:
    return [line for line in log.splitlines() if name in line and "pelican" not in line]


def test_a_strict_build_names_each_bad_seed_once_then_stops_without_a_traceback(tmp_path, seeds):
    output = tmp_path / "output"
    result = make("html", f"SEEDS={seeds}", f"OUTPUTDIR={output}", "STRICT=1", check=False)
    log = result.stdout + result.stderr
    assert result.returncode != 0
    for name, (_, problem) in BAD.items():
        lines = lines_naming(log, name)
        assert len(lines) == 1, (name, lines)
        assert problem in lines[0], (problem, lines[0])
    assert "2 bad seeds, named above: build stopped (STRICT)" in log
    assert "Traceback" not in log and "RuntimeError" not in log, log
    assert not output.exists()


def test_without_strict_the_build_goes_on_and_its_summary_counts_the_skipped_seeds(tmp_path, seeds):
    output = tmp_path / "output"
    result = make("html", f"SEEDS={seeds}", f"OUTPUTDIR={output}", "PELICANOPTS=-v")
    log = result.stdout + result.stderr
    for name, (_, problem) in BAD.items():
        assert any(problem in line for line in lines_naming(log, name)), name
    assert "2 bad seeds skipped" in log
    assert "Seeds cleaned: 1, all read, 2 skipped" in log
    assert "Traceback" not in log
    assert len(list((output / "articles").glob("*.html"))) == 1
