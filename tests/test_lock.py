"""requirements.lock pins every Python package the project installs, at the versions used."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata

from conftest import ROOT

PIN_RE = re.compile(r"^([A-Za-z0-9_.-]+)==(\S+)$")


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked() -> dict[str, str]:
    lines = (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
    pins = {}
    for line in lines:
        if line and not line.startswith("#"):
            match = PIN_RE.match(line)
            assert match, f"requirements.lock: not an exact pin: {line!r}"
            pins[normalized(match.group(1))] = match.group(2)
    return pins


def test_every_direct_dependency_is_locked_at_its_pinned_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    direct = project["dependencies"] + project["optional-dependencies"]["test"]
    pins = locked()
    for requirement in direct:
        name, version = requirement.split("==")
        assert pins.get(normalized(name)) == version, requirement


def test_the_environment_installed_exactly_the_lock():
    # Tools of the environment itself, and the project, are not dependencies.
    own = {"pip", "setuptools", "wheel", "archive-otan"}
    installed = {
        normalized(dist.metadata["Name"]): dist.version
        for dist in metadata.distributions()
        if normalized(dist.metadata["Name"]) not in own
    }
    assert installed == locked()
