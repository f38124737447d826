"""Benchmark: a reader's search session on a built archive, in headless Chromium (`make bench`).

For each size N, writes the synthetic archive of tests/bench/corpus.py (N articles built
from the seeds' paragraphs), builds it with `make html`, serves it under a sub-path as
GitHub Pages does, and in Chromium:

1. opens recherche.html?q=guerre (a word nearly every article holds);
2. types "nucléaire " key by key, then "armes chimiques " (two frequent words).

It reports, from the page's own User Timing entries (search-page.js) and its requests:

- what the session downloaded, each file gzipped as GitHub Pages serves it: the search
  files (manifest, term files, article texts, facets) and everything (page, styles,
  scripts included);
- the time from navigation to the first result on screen;
- each search's time from its start (after the typing pause) to its results on screen,
  its term files and result cards fetched: median and 95th percentile over every
  keystroke; and the same for the search alone, once its files are in (in memory).

Writes docs/search-bench.md (the README quotes it).

    python tests/bench/bench_search.py --sizes 1000,5000
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlparse

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from conftest import CHROMIUM, serve  # noqa: E402
from corpus import write_corpus  # noqa: E402

FIRST_QUERY = "guerre"
TYPED = ["nucléaire ", "armes chimiques "]
# Longer than the page's typing pause (80 ms), so that every keystroke is searched.
KEY_DELAY_MS = 120
SEARCHES = "performance.getEntriesByName('archive-recherche').map(e => e.duration)"
COMPUTING = "performance.getEntriesByName('archive-calcul').map(e => e.duration)"
FIRST = "performance.getEntriesByName('archive-premier-resultat').map(e => e.startTime)[0]"
IDLE = """() => {
  const status = document.getElementById('search-status').textContent;
  return status !== 'Chargement de l’index de recherche…' && status !== 'Recherche en cours…'
    && !document.getElementById('search-results').hasAttribute('aria-busy');
}"""


def build(size: int, work: Path) -> Path:
    seeds, _markdown = write_corpus(size, work / "corpus")
    (work / "notes").mkdir(exist_ok=True)
    output = work / "site"
    subprocess.run(
        [
            "make", "--no-print-directory", "html",
            f"SEEDS={seeds}", f"NOTES={work / 'notes'}",
            f"OUTPUTDIR={output}", f"CACHEDIR={work / 'cache'}",
            "PEOPLE_DETECTED=",  # synthetic seeds no `make people` scanned
        ],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    return output


def gzipped(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def session(site: Path) -> dict:
    """Run the session in Chromium; what it downloaded and how long it waited."""
    from playwright.sync_api import sync_playwright

    server, url = serve(site)
    fetched: list[Path] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_page()
            prefix = urlparse(url).path

            def record(response):
                path = unquote(urlparse(response.url).path)
                if response.ok and path.startswith(prefix):
                    fetched.append(site / path[len(prefix) :])

            page.on("response", record)
            page.goto(f"{url}recherche.html?q={FIRST_QUERY}")
            page.wait_for_function(IDLE)
            page.wait_for_function("document.querySelectorAll('#search-results li').length > 0")
            first = page.evaluate(FIRST)
            for text in TYPED:
                box = page.locator("#search-input")
                box.fill("")
                page.wait_for_function(IDLE)
                box.press_sequentially(text, delay=KEY_DELAY_MS)
                page.wait_for_timeout(200)
                page.wait_for_function(IDLE)
            searches = page.evaluate(SEARCHES)
            computing = page.evaluate(COMPUTING)
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    files = sorted(set(fetched))
    search_files = [f for f in files if "recherche" in f.relative_to(site).parts[:1]]
    return {
        "first_ms": first,
        "searches": len(searches),
        "median_ms": statistics.median(searches),
        "p95_ms": statistics.quantiles(searches, n=20)[-1],
        "compute_median_ms": statistics.median(computing),
        "compute_p95_ms": statistics.quantiles(computing, n=20)[-1],
        "search_kb": sum(gzipped(f) for f in search_files if f.suffix == ".json") / 1000,
        "all_kb": sum(gzipped(f) for f in files) / 1000,
        "files": len(files),
        "whole_kb": sum(gzipped(f) for f in (site / "recherche").rglob("*.json")) / 1000,
    }


def report(rows: list[tuple[int, dict]]) -> str:
    cpu = os.cpu_count()
    lines = [
        "# Search benchmark",
        "",
        f"Measured by `make bench` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {cpu} cores, "
        f"Python {platform.python_version()}, headless Chromium, the site served locally "
        f"(no network delay). Session: open `recherche.html?q={FIRST_QUERY}`, then type "
        + " and ".join(f"« {t.strip()} »" for t in TYPED)
        + f" key by key ({KEY_DELAY_MS} ms apart). Sizes are each fetched file gzipped "
        "(level 6), as GitHub Pages serves it.",
        "",
        "| articles | search files fetched (kB gzip) | whole session (kB gzip) | all search "
        "files of the site (kB gzip) | first result (ms) | search, median (ms) | "
        "search, p95 (ms) | in memory, median (ms) | in memory, p95 (ms) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for size, row in rows:
        lines.append(
            f"| {size} | {row['search_kb']:.0f} | {row['all_kb']:.0f} | {row['whole_kb']:.0f} | "
            f"{row['first_ms']:.0f} | {row['median_ms']:.0f} | {row['p95_ms']:.0f} | "
            f"{row['compute_median_ms']:.0f} | {row['compute_p95_ms']:.0f} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000", help="comma-separated article counts")
    parser.add_argument("--output", default=str(ROOT / "docs" / "search-bench.md"))
    args = parser.parse_args()
    if not CHROMIUM.exists():
        raise SystemExit(f"{CHROMIUM} is missing: the search benchmark runs in Chromium")
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix=f"search-bench-{size}-") as work:
            print(f"  N={size}: building…", flush=True)
            row = session(build(size, Path(work)))
            print(
                f"  N={size}: {row['search_kb']:.0f} kB of search files "
                f"({row['all_kb']:.0f} kB in all), first result {row['first_ms']:.0f} ms, "
                f"search p95 {row['p95_ms']:.0f} ms ({row['compute_p95_ms']:.0f} ms in memory)",
                flush=True,
            )
            rows.append((size, row))
    text = report(rows)
    print(text)
    Path(args.output).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
