"""Legal text to HTML, keeping its layout: parts, points and sub-points by their indentation,
footnotes as quoted notes. Not Markdown: in Markdown, the sources' six-space sub-points would
turn into code blocks. Everything is escaped; the only markup made is <p>, <br>, <em>, <strong>
and the citation links the caller inserted as [text](url).
"""
from __future__ import annotations

import html
import re

# The sources indent each level of parts and points by three spaces.
INDENT_STEP = 3
MAX_LEVEL = 4
LINK = re.compile(r"\[([^\[\]\n]+)\]\(<?([^()<>\s]+)>?\)")
STRONG = re.compile(r"\*\*(.+?)\*\*")
EMPHASIS = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
SAFE_URL = re.compile(r"^(?:[\w.\-/#%]+|https?://[^\s\"'<>]+)$")


def inline(text: str) -> str:
    """Escape, then turn **strong**, *emphasis*, \\-escapes and [links](url) into HTML."""
    parts, last = [], 0
    for match in LINK.finditer(text):
        parts.append(_styled(text[last:match.start()]))
        label, url = match.groups()
        if SAFE_URL.match(url):
            parts.append(f'<a href="{html.escape(url)}">{_styled(label)}</a>')
        else:
            parts.append(_styled(match.group(0)))
        last = match.end()
    parts.append(_styled(text[last:]))
    return "".join(parts)


def _styled(text: str) -> str:
    text = html.escape(text, quote=False)
    text = STRONG.sub(r"<strong>\1</strong>", text)
    text = EMPHASIS.sub(r"<em>\1</em>", text)
    return ESCAPE.sub(r"\1", text)


def _level(line: str) -> int:
    indent = len(line) - len(line.lstrip(" "))
    return min(MAX_LEVEL, round(indent / INDENT_STEP))


def to_html(text: str) -> str:
    """Each blank-line-separated block becomes one paragraph, indented to its level."""
    out = []
    for block in re.split(r"\n[ \t]*\n", text.strip("\n")):
        lines = block.split("\n")
        if not block.strip():
            continue
        if all(line.lstrip().startswith(">") for line in lines):
            body = "<br>".join(inline(re.sub(r"^\s*>\s?", "", line).strip()) for line in lines)
            out.append(f'<p class="q-footnote">{body}</p>')
            continue
        level = _level(lines[0])
        # A line ending in two spaces is a hard break in the sources (the 1995 preamble).
        body = "<br>".join(inline(line.strip()) for line in lines)
        css = f' class="q-i{level}"' if level else ""
        out.append(f"<p{css}>{body}</p>")
    return "\n".join(out)
