"""Screenshots of every kind of page of a built site, at phone and desktop widths, to look at.

`make screenshots` builds the site and runs this; it writes <kind>-<width>.png (light),
<kind>-<width>-dark.png and <kind>-print.png (print styles) into SCREENSHOTDIR.
"""

from __future__ import annotations

import argparse
import base64
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import CHROMIUM, serve
from site_pages import page_kinds, wait_until_ready

WIDTHS = (375, 1280)
SCHEMES = ("light", "dark")
# An A4 page's width at 96 dpi, for the print rendering.
PRINT_WIDTH = 794


# The top of a picture measured (canvases have a height limit; a long page's top shows
# whether it rendered).
MEASURED_HEIGHT = 3000
# Below this spread of luminance (0-255) a picture is one flat colour: a blank page.
BLANK_SPREAD = 8.0

# In a page: decode a PNG and give the mean and standard deviation of its pixels' luminance.
LUMINANCE_JS = """async ([data, height]) => {
  const picture = new Image();
  picture.src = "data:image/png;base64," + data;
  await picture.decode();
  const canvas = document.createElement("canvas");
  canvas.width = picture.width;
  canvas.height = Math.min(picture.height, height);
  const context = canvas.getContext("2d");
  context.drawImage(picture, 0, 0);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let sum = 0, squares = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const y = 0.2126 * pixels[i] + 0.7152 * pixels[i + 1] + 0.0722 * pixels[i + 2];
    sum += y;
    squares += y * y;
  }
  const count = pixels.length / 4, mean = sum / count;
  return [mean, Math.sqrt(Math.max(0, squares / count - mean * mean))];
}"""


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's header."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n") or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def luminance(browser, data: bytes) -> tuple[float, float]:
    """(mean, spread) of the luminance of a PNG's top MEASURED_HEIGHT pixels, 0-255."""
    context = browser.new_context()
    try:
        tab = context.new_page()
        encoded = base64.b64encode(data).decode("ascii")
        mean, spread = tab.evaluate(LUMINANCE_JS, [encoded, MEASURED_HEIGHT])
    finally:
        context.close()
    return mean, spread


def page_picture_problems(browser, data: bytes, width: int) -> list[str]:
    """What is wrong with a full-page screenshot taken at a viewport `width` wide.

    A full-page screenshot is as wide as what the page lays out: wider than the viewport
    means the page scrolls sideways. A picture of one flat colour means nothing rendered.
    """
    problems = []
    shot_width, _ = png_size(data)
    if shot_width != width:
        problems.append(f"{shot_width}px wide at a {width}px viewport: it scrolls sideways")
    _, spread = luminance(browser, data)
    if spread < BLANK_SPREAD:
        problems.append(f"blank: its luminance varies by {spread:.1f} only")
    return problems


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
