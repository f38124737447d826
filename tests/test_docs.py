"""The README documents every command and every setting the project adds."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import ROOT
from pelican.settings import DEFAULT_CONFIG

README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
CONFIGS = [ROOT / "pelicanconf.py", ROOT / "publishconf.py"]
PLUGINS = ROOT / "plugins"
PELICAN_SOURCE = Path(DEFAULT_CONFIG["THEME"]).parents[1]  # the installed pelican package

# pelicanconf.py's own variable, the folder other settings are built from: no code reads
# it as a setting (test_helpers_of_the_config_are_read_by_no_plugin).
CONFIG_HELPERS = {"ROOT"}
# Settings the README does not document yet (another change rewrites it): listed here so
# that every other setting is checked now, and failing (strict xfail) once they are.
UNDOCUMENTED: set[str] = set()


def is_setting_name(name: object) -> bool:
    return isinstance(name, str) and re.fullmatch(r"[A-Z][A-Z0-9_]*", name) is not None


def settings_defined(path: Path) -> set[str]:
    """The upper-case names a config file assigns at top level (`A = B = ...` gives both)."""
    names = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        names |= {t.id for t in targets if isinstance(t, ast.Name) and is_setting_name(t.id)}
    return names


def holder_name(node: ast.expr) -> str:
    """`settings` for `settings`, `self.settings` and `generator.settings`."""
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def settings_read(path: Path) -> set[str]:
    return settings_read_in(path.read_text(encoding="utf-8"))


def settings_read_in(source: str) -> set[str]:
    """The settings Python source reads: `<x>settings.get("X", ...)`, `<x>settings["X"]`, and the
    keys of its `...DEFAULTS = {"X": ...}` dicts (read through a helper)."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and "settings" in holder_name(node.func.value).lower()
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names.add(node.args[0].value)
        elif (
            isinstance(node, ast.Subscript)
            and "settings" in holder_name(node.value).lower()
            and isinstance(node.slice, ast.Constant)
        ):
            names.add(node.slice.value)
        elif (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Dict)
            and any(isinstance(t, ast.Name) and t.id.endswith("DEFAULTS") for t in node.targets)
        ):
            names |= {key.value for key in node.value.keys if isinstance(key, ast.Constant)}
    return {name for name in names if is_setting_name(name)}


def plugin_modules() -> list[Path]:
    return sorted(PLUGINS.rglob("*.py"))


def pelicans_own(name: str) -> bool:
    """A setting Pelican defines (and documents): in its defaults, named in its code or
    templates, or the page of one of its direct templates (`TAGS_SAVE_AS`, `ARCHIVES_URL`)."""
    if name in DEFAULT_CONFIG:
        return True
    page = re.fullmatch(r"([A-Z]+)_(?:SAVE_AS|URL)", name)
    if page and page.group(1).lower() in {"archives", "authors", "categories", "tags"}:
        return True
    return name in pelican_words()


_PELICAN_WORDS: set[str] = set()


def pelican_words() -> set[str]:
    if not _PELICAN_WORDS:
        for path in PELICAN_SOURCE.rglob("*"):
            if path.suffix in {".py", ".html"} and "tests" not in path.parts:
                text = path.read_text(encoding="utf-8", errors="replace")
                _PELICAN_WORDS.update(re.findall(r"\b[A-Z][A-Z0-9_]+\b", text))
    return _PELICAN_WORDS


def project_settings() -> set[str]:
    """Every setting the config files define or the plugins read that Pelican does not."""
    found = set().union(*map(settings_defined, CONFIGS), *map(settings_read, plugin_modules()))
    return {name for name in found - CONFIG_HELPERS if not pelicans_own(name)}


def phony_targets() -> list[str]:
    line = re.search(r"^\.PHONY:(.*)$", MAKEFILE, re.MULTILINE).group(1)
    return line.split()


def test_readme_shows_the_two_commands():
    assert "make html" in README
    assert "make test" in README


def test_readme_documents_every_make_target():
    missing = [t for t in phony_targets() if t != "setup" and f"make {t}" not in README]
    assert not missing


def test_readme_documents_every_make_variable():
    # Every variable a user may set on the command line (`?=` in the Makefile).
    variables = re.findall(r"^([A-Z_]+) \?=", MAKEFILE, re.MULTILINE)
    assert len(variables) >= 5, "no user variables found: the pattern is stale"
    missing = [name for name in variables if f"`{name}" not in README]
    assert not missing


def documented(name: str) -> bool:
    return f"`{name}`" in README


def test_the_setting_scan_sees_config_assignments_plugin_reads_and_defaults():
    # What the review found the old pattern blind to, each seen by the scan's own kind.
    defined = settings_defined(ROOT / "pelicanconf.py")
    assert {"TOPICS_PATH", "PERSONS_SAVE_AS", "ANALYSIS_CACHE_PATH", "PUBLIC_URL"} <= defined
    read = set().union(*map(settings_read, plugin_modules()))
    assert {"TOPICS_PATH", "PERSONS_SAVE_AS", "ANALYSIS_CACHE_PATH", "LUNR_NODE_MODULES"} <= read
    assert {"ARCHIVE_FEED_ATOM", "PUBLIC_URL"} <= read  # archive_publication's DEFAULTS
    sample = "DEFAULTS = {'A_B': 1}\nx = s.settings.get('C_D')\ny = generator.settings['E_F']\n"
    assert settings_read_in(sample) == {"A_B", "C_D", "E_F"}
    assert not pelicans_own("PERSONS_URL") and pelicans_own("TAGS_SAVE_AS")
    assert pelicans_own("TIMEZONE") and pelicans_own("SITEURL")


def test_helpers_of_the_config_are_read_by_no_plugin():
    read = set().union(*map(settings_read, plugin_modules()))
    assert not CONFIG_HELPERS & read


def test_readme_documents_every_project_setting():
    settings = project_settings()
    assert settings >= UNDOCUMENTED, "a name of UNDOCUMENTED is no setting any more"
    missing = sorted(name for name in settings - UNDOCUMENTED if not documented(name))
    assert not missing, f"settings the README does not name in backquotes: {missing}"
