"""Reading a built site as files: its pages and the links in them, without a browser."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINKING_ATTRS = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src",
                 "video": "src", "audio": "src", "track": "src", "iframe": "src"}


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        attr = LINKING_ATTRS.get(tag)
        if attr and attrs.get(attr):
            self.links.append((tag, attrs[attr]))


def parse(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def pages(site: Path) -> list[Path]:
    """Every HTML page a reader can reach (404.html is for servers and uses absolute links)."""
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


def is_external(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.scheme and parts.scheme != "file") or url.startswith("//")


def broken_links(site: Path) -> list[str]:
    """Internal links whose target file, or #fragment in it, does not exist."""
    ids: dict[Path, set[str]] = {}
    problems = []
    for page in pages(site):
        parsed = parse(page)
        ids[page] = parsed.ids
        for tag, url in parsed.links:
            if is_external(url) or url.startswith(("mailto:", "tel:", "data:", "javascript:")):
                continue
            parts = urlsplit(url)
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                problems.append(f"{page.relative_to(site)}: <{tag}> {url} points to a folder (breaks from file://)")
            elif not target.exists():
                problems.append(f"{page.relative_to(site)}: <{tag}> {url} does not exist")
            elif parts.fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = parse(target).ids
                if unquote(parts.fragment) not in ids[target]:
                    problems.append(f"{page.relative_to(site)}: <{tag}> {url}: no id '{parts.fragment}'")
    return problems
