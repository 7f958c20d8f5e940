"""Records what a page does that a reader's privacy or a working page cannot allow."""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit


@dataclass
class PageWatch:
    """Requests to other hosts and console errors seen while pages of `base` load."""

    base: str
    foreign: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def attach(self, page) -> None:
        page.on("request", self._on_request)
        page.on("requestfailed", self._on_failure)
        page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.url} (HTTP {r.status})"))
        page.on("console", lambda m: m.type == "error" and self.errors.append(f"{page.url}: {m.text}"))
        page.on("pageerror", lambda e: self.errors.append(f"{page.url}: {e}"))

    def _on_request(self, request) -> None:
        if not self.is_own(request.url):
            self.foreign.append(f"{request.frame.url if request.frame else '?'} -> {request.url}")

    def _on_failure(self, request) -> None:
        # ERR_ABORTED is our own doing: the test moved on while a favicon was still loading.
        if "ERR_ABORTED" not in (request.failure or ""):
            self.failed.append(f"{request.url} ({request.failure})")

    def is_own(self, url: str) -> bool:
        parts, base = urlsplit(url), urlsplit(self.base)
        if parts.scheme in ("data", "blob", "about"):
            return True
        if base.scheme == "file":
            return parts.scheme == "file"
        return (parts.scheme, parts.netloc) == (base.scheme, base.netloc)
