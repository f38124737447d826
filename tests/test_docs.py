"""The README documents every command and every setting the project adds."""

from __future__ import annotations

import re

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
PELICANCONF = (ROOT / "pelicanconf.py").read_text(encoding="utf-8")

# Settings the project adds to Pelican's own (which Pelican documents).
PROJECT_SETTING_RE = re.compile(
    r"^((?:SEED|SEEDS|PERSON|PEOPLE|TOPIC|LUNR|NOTES|EXPORT)_[A-Z_]+|NAVIGATION|FOOTER_LINKS)\s*=",
    re.MULTILINE,
)


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


def test_readme_documents_every_project_setting():
    settings = PROJECT_SETTING_RE.findall(PELICANCONF)
    assert settings, "no project settings found: the pattern is stale"
    missing = [name for name in settings if f"`{name}`" not in README]
    assert not missing
