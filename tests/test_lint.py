"""The code passes the linters: ruff (pyproject.toml) and eslint (eslint.config.js)."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT

PATHS = ["plugins", "tests", "tools", "pelicanconf.py", "publishconf.py"]


def ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, *PATHS], cwd=ROOT, capture_output=True, text=True
    )


def test_ruff_check_passes():
    result = ruff("check")
    assert result.returncode == 0, result.stdout


def test_ruff_format_is_applied():
    result = ruff("format", "--check")
    assert result.returncode == 0, result.stdout


def test_eslint_passes():
    """The JavaScript, with the eslint package-lock.json pins (`make lint` runs the same)."""
    paths = re.search(r"^JS_LINT_PATHS := (.+)$", (ROOT / "Makefile").read_text(), re.MULTILINE)
    eslint = ROOT / "node_modules" / ".bin" / "eslint"
    result = subprocess.run(
        [str(eslint), *paths.group(1).split()], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
