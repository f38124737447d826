"""`make serve`'s server (tools/serve.py): files as they are, and for a missing path
404.html with status 404, as GitHub Pages answers. Real requests, on 127.0.0.1 only."""

from __future__ import annotations

import importlib.util
import re
import threading
import urllib.error
import urllib.request

import pytest
from conftest import ROOT

spec = importlib.util.spec_from_file_location("serve", ROOT / "tools" / "serve.py")
serve = importlib.util.module_from_spec(spec)
spec.loader.exec_module(serve)

NOT_FOUND = "<!doctype html><title>Page introuvable</title><h1>Page introuvable</h1>"


@pytest.fixture
def server_url(tmp_path):
    (tmp_path / "index.html").write_text("<h1>Accueil</h1>", encoding="utf-8")
    (tmp_path / "404.html").write_text(NOT_FOUND, encoding="utf-8")
    (tmp_path / "recherche").mkdir()  # a folder with no index.html: no listing
    server = serve.make_server(tmp_path, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode()


def test_a_file_is_served(server_url):
    status, _, body = get(server_url + "index.html")
    assert (status, body) == (200, "<h1>Accueil</h1>")


@pytest.mark.parametrize("path", ["nulle-part.html", "articles/a/b/c", "recherche/"])
def test_a_missing_path_gets_404_html_with_status_404(server_url, path):
    status, content_type, body = get(server_url + path)
    assert status == 404
    assert content_type == "text/html; charset=utf-8"
    assert body == NOT_FOUND


def test_make_serve_runs_this_server_on_host_and_port():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^serve:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE).group(1)
    assert 'tools/serve.py "$(OUTPUTDIR)" --bind "$(HOST)" --port "$(PORT)"' in recipe
    assert "--listen" not in recipe


def test_it_refuses_a_folder_with_no_built_site(tmp_path, capsys):
    assert serve.main([str(tmp_path / "nothing"), "--port", "0"]) == 2
    assert "make html" in capsys.readouterr().err
