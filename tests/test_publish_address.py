"""`make publish` needs the public address: without SITEURL it stops at once, in one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, make


def test_publish_without_siteurl_stops_with_one_line_naming_it(tmp_path):
    output = tmp_path / "output"
    result = make("publish", f"OUTPUTDIR={output}", "SITEURL=", check=False)
    assert result.returncode != 0
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert "SITEURL" in lines[0]
    assert "make publish SITEURL=https://" in lines[0]
    assert not output.exists() and not output.with_suffix(".partial").exists()


def test_other_targets_do_not_need_it():
    assert make("help", "SITEURL=").returncode == 0


def test_pelican_with_publishconf_and_no_siteurl_stops_too(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "SITEURL"}
    result = subprocess.run(
        [str(Path(sys.executable).parent / "pelican"), "content", "-o", str(tmp_path / "out"),
         "-s", "publishconf.py"],
        cwd=ROOT, capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode != 0
    assert "publishconf.py needs SITEURL" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert not (tmp_path / "out").exists()
