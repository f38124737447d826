"""The code passes the linter and formatter configured in pyproject.toml."""

from __future__ import annotations

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
