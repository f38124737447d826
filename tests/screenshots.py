"""Screenshots of every kind of page of a built site, at phone and desktop widths, to look at.

`make screenshots` builds the site and runs this; it writes <kind>-<width>.png (light),
<kind>-<width>-dark.png and <kind>-print.png (print styles) into SCREENSHOTDIR.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import CHROMIUM, serve
from site_pages import page_kinds, wait_until_ready

WIDTHS = (375, 1280)
SCHEMES = ("light", "dark")
# An A4 page's width at 96 dpi, for the print rendering.
PRINT_WIDTH = 794


def shoot(tab, url: str, kind: str, path: Path) -> Path:
    tab.goto(url, wait_until="networkidle")
    wait_until_ready(tab, kind)
    tab.screenshot(path=path, full_page=True)
    return path


def take_screenshots(
    browser, output: Path, dest: Path, kinds: set[str] | None = None
) -> list[Path]:
    """Serve output and capture every kind of page (or those of kinds) into dest."""
    dest.mkdir(parents=True, exist_ok=True)
    for stale in dest.glob("*.png"):  # a kind the site no longer has must not linger
        stale.unlink()
    pages = {k: url for k, url in page_kinds(output).items() if kinds is None or k in kinds}
    # (file name suffix, context options, emulated media) of each rendering.
    renderings = [
        (
            f"-{width}{'' if scheme == 'light' else '-' + scheme}",
            {"viewport": {"width": width, "height": 900}, "color_scheme": scheme},
            "screen",
        )
        for scheme in SCHEMES
        for width in WIDTHS
    ] + [("-print", {"viewport": {"width": PRINT_WIDTH, "height": 1123}}, "print")]
    server, base = serve(output)
    written = []
    try:
        for suffix, options, media in renderings:
            context = browser.new_context(**options)
            tab = context.new_page()
            tab.emulate_media(media=media)
            for kind, url in pages.items():
                written.append(shoot(tab, base + url, kind, dest / f"{kind}{suffix}.png"))
            context.close()
    finally:
        server.shutdown()
        server.server_close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="the built site (OUTPUTDIR)")
    parser.add_argument("dest", type=Path, help="where to write the screenshots (SCREENSHOTDIR)")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        print(f"screenshots need Chromium at {CHROMIUM}", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
        )
        written = take_screenshots(browser, args.output.resolve(), args.dest)
        browser.close()
    print(f"{len(written)} screenshots in {args.dest}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
