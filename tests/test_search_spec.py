"""The search specification lives in plugins/lunr_index/spec.py: the manifest carries it
and the browser's modules repeat none of it."""

from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT
from lunr_index import spec

# search-local.js stays a classic script: browsers refuse modules on a page opened from
# disk, and it is the one that tells the reader so.
CLASSIC_SCRIPTS = {"search-local.js"}
SCRIPTS = sorted(
    path
    for path in (ROOT / "theme" / "static" / "js").glob("*.js")
    if path.name not in CLASSIC_SCRIPTS
)
COMMENT_RE = re.compile(r"/\*.*?\*/|//[^\n]*", re.DOTALL)
NUMBER_RE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])")


def code_of(path) -> str:
    """A script without its comments (which may name the values they stand for)."""
    return COMMENT_RE.sub("", path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def manifest(site) -> dict:
    return json.loads((site / "recherche" / "index.json").read_text(encoding="utf-8"))


def test_the_manifest_carries_the_specification(manifest):
    expected = spec.manifest_spec()
    assert {key: manifest[key] for key in expected} == expected
    assert manifest["ranking"]["fieldBoosts"] == spec.FIELD_BOOSTS
    assert set(manifest["ranking"]["fieldBoosts"]) == set(manifest["fields"])
    assert set(manifest["display"]["kindLabels"]) == {spec.ARTICLE, spec.PERSON, spec.TOPIC}


def test_the_search_page_checks_the_manifest_against_its_own_format(site):
    html = (site / "recherche.html").read_text(encoding="utf-8")
    assert f'data-format="{spec.FORMAT}"' in html


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda path: path.name)
def test_no_script_repeats_a_label_of_the_specification(path):
    code = code_of(path)
    labels = [*spec.KIND_LABELS.values(), spec.UNKNOWN_DATE_LABEL, *spec.PIPELINE_LABELS.values()]
    assert [label for label in labels if f'"{label}"' in code or f"'{label}'" in code] == []


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda path: path.name)
def test_no_script_repeats_a_number_of_the_specification(path):
    """Numbers of the specification no script needs otherwise (1, 2, 3 are everywhere)."""
    values = {
        spec.FORMAT, spec.MAX_QUERY_CHARS, spec.MAX_WORDS, spec.MAX_EXPANSIONS,
        spec.MAX_OVERRUN, spec.PAGE_SIZE, *spec.FIELD_BOOSTS.values(),
    }  # fmt: skip
    values = {value for value in values if value > 3}
    found = [n for n in NUMBER_RE.findall(code_of(path)) if float(n) in values]
    assert found == [], f"{path.name} repeats {found}: read them from the manifest"


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda path: path.name)
def test_no_script_names_a_tier_or_a_boost_by_its_number(path):
    code = code_of(path)
    assert not re.search(r"proximity\([^)]*\)\s*[!=]==?\s*\d", code)
    fields = "|".join(spec.FIELD_BOOSTS)
    assert not re.search(rf"\b(?:{fields})\b\"?\s*:\s*\d|boost\s*:\s*\d", code)


def test_word_order_reads_its_tiers_from_the_specification():
    code = code_of(ROOT / "theme" / "static" / "js" / "search-phrases.js")
    code = code[code.index("function proximity") :]
    assert "tiers.adjacent" in code
    assert not re.search(r"(?:return|best\s*=)\s*[012]\s*;", code)


IMPORT_RE = re.compile(r"""^(?:import|export)\s[^;]*?\sfrom\s+["'](\./[\w.-]+)["']""", re.MULTILINE)


def imported_modules(name: str, folder) -> set[str]:
    """The modules name imports, directly or not (static imports only)."""
    found, todo = set(), [name]
    while todo:
        for module in IMPORT_RE.findall(code_of(folder / todo.pop())):
            module = module.removeprefix("./")
            if module not in found:
                found.add(module)
                todo.append(module)
    return found


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda path: path.name)
def test_the_scripts_are_es_modules_without_globals(path):
    code = code_of(path)
    assert "module.exports" not in code and "typeof module" not in code
    assert re.search(r"^export ", code, re.MULTILINE) or path.name == "search-page.js"
    # lunr.js is a classic script: only the entry point takes it from the page.
    assert "globalThis" not in code or path.name == "search-page.js"


def test_the_search_page_loads_one_module_and_preloads_what_it_imports(site):
    soup = BeautifulSoup((site / "recherche.html").read_text(encoding="utf-8"), "html.parser")
    modules = [s["src"] for s in soup.select("script[type=module]")]
    assert modules == ["./theme/js/search-page.js"]
    assert all(s.has_attr("defer") for s in soup.select("script[src]:not([type=module])"))
    preloaded = {
        link["href"].removeprefix("./theme/js/") for link in soup.select("link[rel=modulepreload]")
    }
    folder = site / "theme" / "js"
    assert preloaded == imported_modules("search-page.js", folder)
    assert {path.name for path in SCRIPTS} == preloaded | {"search-page.js"}
