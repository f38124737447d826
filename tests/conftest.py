"""Shared fixtures: the repository, builds of the site, and a headless browser."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CHROMIUM = Path("/usr/bin/chromium")


def pytest_addoption(parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/fixtures/golden/ from the cleaner's output (review the diff)",
    )


def make(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run a make target of the repository, as a user would.

    content/people-detected.yml describes seeds/ only: another seed folder goes without
    detected people (PEOPLE_DETECTED=), unless the arguments name a file of its own.
    """
    other_seeds = any(a.startswith("SEEDS=") and a != f"SEEDS={SEEDS}" for a in args)
    own_file = any(a.startswith("PEOPLE_DETECTED=") for a in args)
    detected = ["PEOPLE_DETECTED="] if other_seeds and not own_file else []
    result = subprocess.run(
        ["make", "--no-print-directory", *args, *detected],
        cwd=ROOT,
        capture_output=True,
        text=True,
        # Pelican logs through rich, which wraps at the terminal width: a wide
        # one keeps each message on one line for the assertions.
        env={
            k: v
            for k, v in os.environ.items()
            if k not in {"SEEDS", "NOTES", "OUTPUTDIR", "STRICT", "CACHEDIR", "PEOPLE_DETECTED"}
        }
        | {"COLUMNS": "400"},
    )
    if check and result.returncode != 0:
        raise AssertionError(f"make {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def build_site(
    output: Path, seeds: Path = SEEDS, strict: bool = True, extra: Sequence[str] = ()
) -> Path:
    """Build the site from a seed folder into output with `make html` (extra: more variables)."""
    args = ["html", f"SEEDS={seeds}", f"OUTPUTDIR={output}", *extra]
    make(*args, *(["STRICT=1"] if strict else []))
    return output


def run_search_in_node(request: dict) -> dict:
    """tests/js/cross.js: lunr.js and the browser's search modules run the request in Node."""
    result = subprocess.run(
        ["node", str(ROOT / "tests" / "js" / "cross.js")],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def search_cards(site: Path) -> list[dict]:
    """The result card of every document of the built search index, by ref: person and
    topic pages' from the manifest, articles' from recherche/cartes/<ref>.json."""
    folder = site / "recherche"
    manifest = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    pages = manifest["pages"]
    return [
        pages[str(ref)]
        if str(ref) in pages
        else json.loads((folder / "cartes" / f"{ref}.json").read_text(encoding="utf-8"))
        for ref in range(manifest["documentCount"])
    ]


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The five-seed archive, built once for the whole session."""
    return build_site(tmp_path_factory.mktemp("site") / "output")


# The public build of the gates: an example address under a sub-path, as on GitHub
# Pages, and two articles a page so that every listing has a next page to check.
PUBLIC_SITEURL = "https://example.org/archive"
PUBLIC_PAGINATION = 2


@pytest.fixture(scope="session")
def published_site(tmp_path_factory) -> Path:
    """The five-seed archive built by `make publish` for PUBLIC_SITEURL, in a folder archive/."""
    output = tmp_path_factory.mktemp("published") / "archive"
    make(
        "publish",
        f"SEEDS={SEEDS}",
        f"OUTPUTDIR={output}",
        f"SITEURL={PUBLIC_SITEURL}",
        f"PELICANOPTS=-e DEFAULT_PAGINATION={PUBLIC_PAGINATION}",
        "STRICT=1",
    )
    return output


@pytest.fixture
def seed_dir(tmp_path) -> Path:
    """An empty seed folder to put scenario seeds in."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    return folder


def copy_fixture_seeds(names: list[str], folder: Path) -> Path:
    for name in names:
        shutil.copy(FIXTURES / "seeds" / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright (skipped locally if absent, never in CI)."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing in CI: .ci/run must install it")
        pytest.skip("Chromium (/usr/bin/chromium) is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
            ],
        )
        yield chromium
        chromium.close()


def serve(folder: Path):
    """Serve folder's parent over HTTP, as GitHub Pages serves /<repo>/: (server, folder's URL)."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class QuietHandler(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(QuietHandler, directory=str(folder.parent))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/{folder.name}/"


@pytest.fixture(scope="session")
def site_url(site):
    """The built site served over HTTP under a sub-path, as GitHub Pages serves /<repo>/."""
    server, url = serve(site)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def published_url(published_site):
    """The published build served under /archive/, as PUBLIC_SITEURL would serve it."""
    server, url = serve(published_site)
    yield url
    server.shutdown()
    server.server_close()


def open_at_public_address(context, local_url: str) -> str:
    """Make context fetch PUBLIC_SITEURL from the local server at local_url; return the address.

    The published build's pages then run at their public address, as on GitHub Pages:
    absolute links to PUBLIC_SITEURL (404.html's, canonical ones) stay inside the site,
    and the CSP's 'self' is that origin.
    """
    public = PUBLIC_SITEURL + "/"

    def forward(route) -> None:
        route.fulfill(response=route.fetch(url=local_url + route.request.url[len(public) :]))

    context.route(lambda url: url.startswith(public), forward)
    return public


def build_address(request, context, build: str) -> str:
    """Open a build in context: 'site' under a sub-path, 'published_site' at PUBLIC_SITEURL."""
    if build == "published_site":
        return open_at_public_address(context, request.getfixturevalue("published_url"))
    return request.getfixturevalue("site_url")


@pytest.fixture
def page(browser, site_url):
    """A fresh browser page that records console errors and requests leaving the site."""
    context = browser.new_context()
    tab = context.new_page()
    tab.console_errors = []
    tab.external_requests = []
    tab.on("console", lambda m: m.type == "error" and tab.console_errors.append(m.text))
    tab.on("pageerror", lambda e: tab.console_errors.append(str(e)))
    tab.on(
        "request",
        lambda r: (
            not r.url.startswith(("http://127.0.0.1", "data:", "about:", PUBLIC_SITEURL + "/"))
            and tab.external_requests.append(r.url)
        ),
    )
    yield tab
    context.close()
