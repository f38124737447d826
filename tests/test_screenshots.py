"""Look gate: `make screenshots` captures every kind of page at both widths, light and dark.

Each picture is looked at as a reader would first: something rendered (not one flat
colour), nothing wider than the screen (a full-page picture is as wide as the page's
layout), and the dark scheme darker than the light one.
"""

from __future__ import annotations

import pytest
from screenshots import (
    PRINT_WIDTH,
    SCHEMES,
    WIDTHS,
    luminance,
    page_picture_problems,
    take_screenshots,
)
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
    widths = {f"-{width}": width for width in WIDTHS} | {"-print": PRINT_WIDTH}
    problems = {}
    for path in written:
        width = next(w for suffix, w in widths.items() if suffix in path.stem)
        if found := page_picture_problems(browser, path.read_bytes(), width):
            problems[path.name] = found
    assert not problems
    for kind in KINDS:
        for width in WIDTHS:
            light, _ = luminance(browser, (dest / f"{kind}-{width}.png").read_bytes())
            dark, _ = luminance(browser, (dest / f"{kind}-{width}-dark.png").read_bytes())
            assert dark < light, f"{kind} at {width}px: the dark scheme is not darker"
