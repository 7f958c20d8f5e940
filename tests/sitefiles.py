"""Reading a built site as files: its pages and the links in them, without a browser."""
from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

# MkDocs and our templates always double-quote attributes, so a regular expression reads a
# built page in a fraction of the time an HTML parser takes over thousands of pages.
LINK = re.compile(r'<(a|link|script|img|source|video|audio|track|iframe)\b[^>]*?\s(?:href|src)="([^"]*)"')
ID = re.compile(r'\sid="([^"]*)"')


@dataclass
class Parsed:
    links: list[tuple[str, str]]
    ids: set[str]


def parse(page: Path) -> Parsed:
    text = page.read_text(encoding="utf-8")
    return Parsed([(tag, html.unescape(url)) for tag, url in LINK.findall(text)], set(ID.findall(text)))


def pages(site: Path) -> list[Path]:
    """Every HTML page a reader can reach (404.html is for servers and uses absolute links)."""
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


def is_external(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.scheme and parts.scheme != "file") or url.startswith("//")


def broken_links(site: Path) -> list[str]:
    """Internal links whose target file, or #fragment in it, does not exist."""
    files = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    folders = {posixpath.dirname(f) for f in files}
    ids: dict[str, set[str]] = {}
    problems = []
    for page in pages(site):
        rel = page.relative_to(site).as_posix()
        parsed = parse(page)
        ids[rel] = parsed.ids
        for tag, url in parsed.links:
            if is_external(url) or url.startswith(("mailto:", "tel:", "data:", "javascript:")):
                continue
            parts = urlsplit(url)
            target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), unquote(parts.path))) if parts.path else rel
            if target in folders:
                problems.append(f"{rel}: <{tag}> {url} points to a folder (breaks from file://)")
            elif target not in files:
                problems.append(f"{rel}: <{tag}> {url} does not exist")
            elif parts.fragment and target.endswith(".html"):
                if target not in ids:
                    ids[target] = parse(site / target).ids
                if unquote(parts.fragment) not in ids[target]:
                    problems.append(f"{rel}: <{tag}> {url}: no id '{parts.fragment}'")
    return problems
