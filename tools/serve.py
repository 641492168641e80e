"""Serve ``dist/`` on loopback the way a careful static host would.

Sends the Content-Security-Policy as a header too (it then also covers the
Python worker, which a ``<meta>`` tag cannot), the right types for wasm and
modules, the app page for every app route, and precompressed ``.br``/``.gz``
files when the build made them. ``--no-store`` makes the browser's HTTP
cache useless, so an offline test can only pass through the service worker.
"""

from __future__ import annotations

import argparse
import contextlib
import email.utils
import functools
import sys
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script

from tools.pwa import CSP  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".gz": "application/gzip",
    ".woff2": "font/woff2",
    ".otf": "font/otf",
    ".ttf": "font/ttf",
    ".zip": "application/zip",
    ".frag": "text/plain",
}
#: Files whose name stays the same across versions: always revalidate.
#: The service worker keeps the app offline, so nothing needs a long lifetime
#: except what it caches by its own revision.
REVALIDATE = "no-cache"


class Handler(SimpleHTTPRequestHandler):
    """Static files with security headers and the SPA fallback."""

    no_store = False
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **TYPES}

    def translate_path(self, path: str) -> str:
        translated = super().translate_path(path)
        target = Path(translated)
        route = urlsplit(path).path
        if not target.exists() and "." not in route.rsplit("/", 1)[-1]:
            return str(Path(self.directory) / "index.html")
        return translated

    def send_head(self):  # type: ignore[no-untyped-def]  # returns a file or None
        """A precompressed ``.br``/``.gz`` sibling when the browser accepts it."""
        path = Path(self.translate_path(self.path))
        accepted = self.headers.get("Accept-Encoding", "")
        for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
            compressed = path.with_name(path.name + suffix)
            if encoding in accepted and path.is_file() and compressed.is_file():
                return self._send_compressed(path, compressed, encoding)
        return super().send_head()

    def _send_compressed(self, path: Path, compressed: Path, encoding: str):  # type: ignore[no-untyped-def]
        if not self.no_store and self._unchanged_since(path):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.end_headers()
            return None
        handle = compressed.open("rb")
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", encoding)
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(compressed.stat().st_size))
        self.send_header("Last-Modified", self.date_time_string(int(path.stat().st_mtime)))
        self.end_headers()
        return handle

    def _unchanged_since(self, path: Path) -> bool:
        since = self.headers.get("If-Modified-Since")
        if not since:
            return False
        try:
            stamp = email.utils.parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError):
            return False
        return int(path.stat().st_mtime) <= stamp

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", CSP + "; frame-ancestors 'none'")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store" if self.no_store else REVALIDATE)
        if self.path.split("?")[0].endswith("sw.js"):
            self.send_header("Service-Worker-Allowed", "/")
        super().end_headers()

    def send_header(self, keyword: str, value: str) -> None:
        if self.no_store and keyword == "Last-Modified":
            return  # no validator: Chromium must not answer from its HTTP cache
        super().send_header(keyword, value)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        if not getattr(self.server, "quiet", False):
            super().log_message(format, *args)

    def do_POST(self) -> None:  # noqa: N802
        self.send_error(HTTPStatus.METHOD_NOT_ALLOWED)


def make_server(directory: Path, host: str, port: int, *, no_store: bool = False,
                quiet: bool = False) -> ThreadingHTTPServer:
    handler = functools.partial(
        type("DistHandler", (Handler,), {"no_store": no_store}), directory=str(directory)
    )
    server = ThreadingHTTPServer((host, port), handler)
    server.quiet = quiet  # type: ignore[attr-defined]
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the built app.")
    parser.add_argument("--dir", type=Path, default=ROOT / "dist")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8550)
    parser.add_argument("--no-store", action="store_true")
    args = parser.parse_args()
    server = make_server(args.dir, args.host, args.port, no_store=args.no_store)
    print(f"Serving {args.dir} at http://{args.host}:{server.server_port}/", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


if __name__ == "__main__":
    main()
