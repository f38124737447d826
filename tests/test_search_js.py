"""The JavaScript unit tests (tests/js/*.test.js, node:test) run as part of `make test`."""

from __future__ import annotations

import subprocess

from conftest import ROOT


def test_javascript_unit_tests_pass():
    files = sorted(str(path) for path in (ROOT / "tests" / "js").glob("*.test.js"))
    assert len(files) >= 2, "the JavaScript tests are missing"
    result = subprocess.run(
        ["node", "--test", *files], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "# fail 0" in result.stdout
