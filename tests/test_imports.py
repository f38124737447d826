"""Arrows between plugins point down only: read from every module's imports (ast).

archive_core imports no plugin; no two plugin packages import each other, through any
number of steps; and a plugin reaches into another only through what that one offers
to others (PUBLIC). Every import counts: at the top, inside a function, and under
TYPE_CHECKING (a type-only import still ties the packages together).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT

PLUGINS = ROOT / "plugins"
CORE = "archive_core"

# What a package offers to the others. A package absent from this table offers only its
# top level (`import name_aliases`, `from name_aliases import load_names`).
PUBLIC = {
    # The core and the cache are libraries: all of them is for the plugins.
    "archive_core": "*",
    "analysis_cache": "*",
    # The reader's cleaned article and the stages tools run it through (reports clean
    # seeds as the build does); classify/evidence/vocabulary modules stay inside.
    "seed_reader": {
        "model",
        "pipeline",
        "corpus",
        "notes",
        "tools",
        "language",
        "slugs",
        "reasons",
    },
}


def packages() -> list[str]:
    return sorted(p.parent.name for p in PLUGINS.glob("*/__init__.py"))


def imports_of(path: Path, package: str) -> Iterator[tuple[str, int]]:
    """(absolute module imported, line) for every import statement of a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    parts = list(path.relative_to(PLUGINS).with_suffix("").parts)
    assert parts[0] == package
    here = parts[:-1]  # the package a relative import starts from
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            # `from pkg import name` may name a submodule: count it as one.
            for alias in node.names:
                yield f"{module}.{alias.name}", node.lineno


def cross_imports(names: list[str]) -> list[tuple[str, str, str, int]]:
    """(importing package, imported module, file, line) for imports between packages."""
    found = []
    for package in names:
        for path in sorted((PLUGINS / package).rglob("*.py")):
            for module, line in imports_of(path, package):
                target = module.split(".")[0]
                if target in names and target != package:
                    found.append((package, module, str(path.relative_to(ROOT)), line))
    return found


def graph(imports) -> dict[str, set[str]]:
    arrows: dict[str, set[str]] = {}
    for package, module, _, _ in imports:
        arrows.setdefault(package, set()).add(module.split(".")[0])
    return arrows


def find_cycle(arrows: dict[str, set[str]]) -> list[str] | None:
    """A cycle of packages (first package repeated at the end), or None."""
    state: dict[str, str] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = "open"
        stack.append(node)
        for target in sorted(arrows.get(node, ())):
            if state.get(target) == "open":
                return [*stack[stack.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(arrows):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def is_public(module: str, names: list[str]) -> bool:
    """Whether an imported module (or name) is one its package offers to others."""
    package, *rest = module.split(".")
    offered = PUBLIC.get(package, set())
    if offered == "*" or not rest:
        return True
    # `from pkg import name`: a name of the package's top level (or a public module).
    if len(rest) == 1 and not (PLUGINS / package / f"{rest[0]}.py").exists():
        return not (PLUGINS / package / rest[0]).is_dir()
    return rest[0] in offered


@pytest.fixture(scope="module")
def imports():
    names = packages()
    assert {CORE, "seed_reader", "person_pages", "lunr_index"} <= set(names)
    found = cross_imports(names)
    assert len(found) > 20, "the walk found too few imports between plugins"
    return found


def test_the_core_imports_no_plugin(imports):
    assert [i for i in imports if i[0] == CORE] == []


def test_no_cycle_between_plugin_packages(imports):
    assert find_cycle(graph(imports)) is None


def test_a_plugin_uses_another_only_through_what_it_offers(imports):
    names = packages()
    assert [i for i in imports if not is_public(i[1], names)] == []


def test_the_checks_see_a_cycle_and_a_reach_inside():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}}) is None
    names = packages()
    assert not is_public("person_pages.mentions.MentionFinder", names)
    assert not is_public("seed_reader.debris.match_debris", names)
    assert is_public("seed_reader.model.CleanedArticle", names)
    assert is_public("name_aliases.load_names", names)
    assert is_public("archive_core.text.fold", names)
