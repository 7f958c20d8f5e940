"""Stable page addresses for acts and articles, derived from their ids (never from titles)."""
from __future__ import annotations

import posixpath

LAW_ROOT = "law"


def law_index_src() -> str:
    return f"{LAW_ROOT}/index.md"


def act_src(act_id: str) -> str:
    """`kz/uk` -> `law/kz/uk/index.md`."""
    return f"{LAW_ROOT}/{act_id}/index.md"


def article_src(article_id: str) -> str:
    """`kz/uk/146` -> `law/kz/uk/146.md`, built as `law/kz/uk/146.html`."""
    return f"{LAW_ROOT}/{article_id}.md"


def relative_md(from_src: str, to_src: str) -> str:
    """A Markdown link target between source pages; MkDocs checks it and turns .md into .html."""
    return posixpath.relpath(to_src, posixpath.dirname(from_src) or ".")


def relative_href(from_src: str, to_src: str) -> str:
    """An HTML link between the built pages of two source pages (the site uses .html URLs)."""
    return relative_md(from_src, to_src)[: -len(".md")] + ".html"


def number_key(number: str) -> tuple:
    """Sort key putting «146» < «146-1» < «147» < «1000»."""
    return tuple(int(part) if part.isdigit() else part for part in number.split("-"))
