"""Bad and hostile seeds in a real build: skipped with a clear error, or shown as plain text."""

from __future__ import annotations

import codecs
import json

import pytest
from bs4 import BeautifulSoup
from conftest import make

pytestmark = pytest.mark.build

GOOD_BODY = (
    "Le secrétaire général de l’OTAN a déclaré mardi que l’Alliance restait vigilante face "
    "aux menaces russes, sans constater de changement dans la posture nucléaire de Moscou."
)

BAD_SEEDS = {
    "empty.txt": (b"", "the file is empty"),
    "blank.txt": (b"  \r\n\t\n", "only blank space"),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "PNG image"),
    "nul.txt": (b"Titre\n\nDu texte\x00 binaire\n", "NUL bytes"),
    "undecodable.txt": (b"Titre \x81\x8d\x8f\x90\x9d\n", "undecodable"),
}


def article(title: str, body: str = GOOD_BODY) -> str:
    return f"{title}\n\n{body}\n"


HOSTILE_LINES = [
    "<script>alert('seed')</script>",
    "<img src=x onerror=alert(1)>",
    "[cliquez ici](javascript:alert(1))",
    "# Pas un titre Markdown",
    "* pas une liste",
    "{{ 7*7 }} et {% if true %}jinja{% endif %}",
    '<a href="{filename}/../../pelicanconf.py">lien Pelican</a>',
]


@pytest.fixture(scope="module")
def mixed_build(tmp_path_factory):
    """One non-strict build of good, bad, hostile and odd seeds."""
    root = tmp_path_factory.mktemp("mixed")
    seeds = root / "seeds"
    seeds.mkdir()
    for name, (raw, _) in BAD_SEEDS.items():
        (seeds / name).write_bytes(raw)
    (seeds / "good.txt").write_text(article("Un article en bon état"), encoding="utf-8")
    (seeds / "twin-a.txt").write_text(article("Le même titre"), encoding="utf-8")
    (seeds / "twin-b.txt").write_text(article("Le même titre"), encoding="utf-8")
    (seeds / "path.txt").write_text(article("../../../etc/passwd"), encoding="utf-8")
    (seeds / "long.txt").write_text(article("Très long titre " * 70), encoding="utf-8")
    (seeds / "cp1252.txt").write_bytes(article("Défense européenne : « l’œuvre »").encode("cp1252"))
    (seeds / "bom-crlf.txt").write_bytes(
        codecs.BOM_UTF8 + article("Titre avec BOM").replace("\n", "\r\n").encode("utf-8")
    )
    (seeds / "mojibake.txt").write_bytes(article("La DÃ©fense de lâ€™Europe").encode("utf-8"))
    (seeds / "bidi.txt").write_text(
        article(
            "Un titre\u202e inversé",
            "Texte\u200b avec\u2066 des caractères invisibles\u0007 "
            "qui ne doivent pas atteindre la page une fois l’article nettoyé.",
        ),
        encoding="utf-8",
    )
    hostile_body = "\n\n".join(
        f"{line} — une ligne de texte hostile dans l’article." for line in HOSTILE_LINES
    )
    (seeds / "hostile.txt").write_text(article("Titre <b>gras</b> {{ 7*7 }}", hostile_body))
    output = root / "output"
    result = make("html", f"SEEDS={seeds}", f"OUTPUTDIR={output}", check=False)
    return result, output


def records(output) -> dict[str, dict]:
    data = json.loads((output / "data" / "articles.json").read_text(encoding="utf-8"))
    return {record["seed"]: record for record in data}


def page(output, record) -> BeautifulSoup:
    return BeautifulSoup((output / record["url"]).read_text(encoding="utf-8"), "html.parser")


def test_bad_seeds_are_skipped_with_an_error_naming_file_and_reason(mixed_build):
    result, output = mixed_build
    assert result.returncode == 0, result.stderr
    log = result.stdout + result.stderr
    for name, (_, reason) in BAD_SEEDS.items():
        assert name in log and reason in log, (name, reason)
    assert not set(BAD_SEEDS) & set(records(output))


def test_the_other_seeds_are_all_built(mixed_build):
    _, output = mixed_build
    expected = {"good.txt", "twin-a.txt", "twin-b.txt", "path.txt", "long.txt", "cp1252.txt",
                "bom-crlf.txt", "mojibake.txt", "bidi.txt", "hostile.txt"}  # fmt: skip
    assert set(records(output)) == expected


def test_strict_build_fails_on_a_bad_seed(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(article("Un article"), encoding="utf-8")
    (seeds / "image.txt").write_bytes(BAD_SEEDS["image.txt"][0])
    result = make(
        "html", f"SEEDS={seeds}", f"OUTPUTDIR={tmp_path / 'out'}", "STRICT=1", check=False
    )
    assert result.returncode != 0
    assert "image.txt" in result.stdout + result.stderr
    assert not (tmp_path / "out").exists()


def test_same_titles_get_two_pages(mixed_build):
    _, output = mixed_build
    data = records(output)
    assert data["twin-a.txt"]["url"] != data["twin-b.txt"]["url"]
    assert (output / data["twin-a.txt"]["url"]).is_file()
    assert (output / data["twin-b.txt"]["url"]).is_file()


def test_path_like_and_long_titles_get_safe_short_slugs_inside_the_output(mixed_build):
    _, output = mixed_build
    for seed in ("path.txt", "long.txt"):
        url = records(output)[seed]["url"]
        assert url.startswith("articles/") and ".." not in url
        assert len(url) < 100
        assert (output / url).resolve().is_relative_to(output.resolve())
    assert not (output.parent / "etc").exists()


def test_encodings_are_decoded_and_mojibake_repaired(mixed_build):
    _, output = mixed_build
    data = records(output)
    assert data["cp1252.txt"]["title"] == "Défense européenne : « l’œuvre »"
    assert data["bom-crlf.txt"]["title"] == "Titre avec BOM"
    assert data["bom-crlf.txt"]["text"] == GOOD_BODY
    assert "La Défense de l’Europe" in page(output, data["mojibake.txt"]).get_text()


def test_control_and_bidi_characters_do_not_reach_the_page(mixed_build):
    _, output = mixed_build
    html = (output / records(output)["bidi.txt"]["url"]).read_text(encoding="utf-8")
    for char in "\u202e\u200b\u2066\u0007":
        assert char not in html, repr(char)


def test_hostile_text_appears_literally_and_runs_nowhere(mixed_build):
    _, output = mixed_build
    record = records(output)["hostile.txt"]
    soup = page(output, record)
    body = soup.select_one(".article-body")
    text = body.get_text()
    for line in HOSTILE_LINES:
        assert line in text, line
    assert body.find_all(["script", "img", "a", "h1", "ul", "b"]) == []
    assert soup.find("h1").get_text() == "Titre <b>gras</b> {{ 7*7 }}"
    assert "49" not in soup.find("h1").get_text()
    for script in soup.find_all("script"):
        assert "alert" not in script.get_text()
    assert not soup.select("[onerror], a[href^='javascript']")
