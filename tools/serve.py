"""Serve a built site locally as GitHub Pages does: a missing path gets 404.html, status 404.

`make serve` runs this instead of `pelican --listen`, whose server answers a missing
path with its own plain error page. Usage:

    python tools/serve.py OUTPUTDIR [--bind 127.0.0.1] [--port 8000]
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import sys
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

NOT_FOUND_PAGE = "404.html"


class SiteHandler(SimpleHTTPRequestHandler):
    """Static files of one folder; a missing one gets the folder's 404.html, as on Pages."""

    def list_directory(self, path):
        """No listings: a folder without index.html is missing, as on Pages."""
        self.send_error(HTTPStatus.NOT_FOUND)
        return None

    def send_error(self, code, message=None, explain=None) -> None:
        page = Path(self.directory) / NOT_FOUND_PAGE
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(code, message)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def make_server(folder: Path, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    """A server of folder bound to host:port (port 0: any free port); not yet serving."""
    handler = functools.partial(SiteHandler, directory=str(folder))
    return ThreadingHTTPServer((host, port), handler)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the built site (OUTPUTDIR)")
    parser.add_argument("--bind", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on")
    args = parser.parse_args(argv)
    if not (args.folder / "index.html").is_file():
        print(f"{args.folder} holds no built site: run `make html` first", file=sys.stderr)
        return 2
    with make_server(args.folder, args.bind, args.port) as server:
        host, port = server.server_address[:2]
        print(f"Serving {args.folder} at http://{host}:{port}/ (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
