"""`make publish` needs the public address: without SITEURL it stops at once, in one line."""

from __future__ import annotations

from conftest import make


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
