"""Look gate: `make screenshots` captures every kind of page at both widths, light and dark."""

from __future__ import annotations

import pytest
from screenshots import SCHEMES, WIDTHS, take_screenshots
from site_pages import page_kinds

pytestmark = pytest.mark.browser

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# Two kinds stand for all (a full run takes minutes): page_kinds finds every kind, and
# the accessibility gate opens each of them.
KINDS = {"home-page2", "search-results"}


def test_screenshots_of_each_kind_at_both_widths_light_dark_and_printed(
    browser, published_site, tmp_path
):
    dest = tmp_path / "shots"
    dest.mkdir()
    (dest / "gone-1280.png").write_bytes(PNG_SIGNATURE)  # from a page kind since removed
    assert page_kinds(published_site).keys() >= KINDS
    written = take_screenshots(browser, published_site, dest, kinds=KINDS)
    expected = {
        f"{kind}-{width}{'' if scheme == 'light' else '-' + scheme}.png"
        for kind in KINDS
        for width in WIDTHS
        for scheme in SCHEMES
    } | {f"{kind}-print.png" for kind in KINDS}
    assert {path.name for path in written} == expected
    assert {path.name for path in dest.iterdir()} == expected
    for path in written:
        assert path.read_bytes().startswith(PNG_SIGNATURE), path.name
