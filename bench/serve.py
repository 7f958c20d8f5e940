"""A static file server on 127.0.0.1 that gzips text responses, as any real host would.

Every engine is served by the same server, so bytes on the wire compare fairly: HTML, CSS,
JavaScript, JSON and SVG are gzip-compressed (level 6) when the browser accepts it; files that
are already compressed (fonts, images, Pagefind's index, which Pagefind gzips itself) go as they are.
"""
from __future__ import annotations

import gzip
import mimetypes
import threading
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

COMPRESSIBLE = {".html", ".js", ".mjs", ".css", ".json", ".svg", ".xml", ".txt", ".map"}
TYPES = {".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm",
         ".json": "application/json", ".woff2": "font/woff2", ".svg": "image/svg+xml"}


@lru_cache(maxsize=4096)
def _compressed(path: str, mtime: float) -> bytes:
    return gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like any real server
    root: Path

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        path = self.root / unquote(urlsplit(self.path).path).lstrip("/")
        if path.is_dir():
            path = path / "index.html"
        try:
            path.resolve().relative_to(self.root)
        except ValueError:
            path = self.root / "__outside__"
        if not path.is_file():
            self.send_error(404)
            return
        suffix = path.suffix.lower()
        gzipped = suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", "")
        body = _compressed(str(path), path.stat().st_mtime) if gzipped else path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", TYPES.get(suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # the browser drops connections when a context closes; that is no error of the site


class Server:
    """Serves `root` on an ephemeral port of 127.0.0.1 until closed."""

    def __init__(self, root: Path):
        handler = type("Handler", (_Handler,), {"root": root.resolve()})
        self.httpd = _QuietServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> "Server":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
