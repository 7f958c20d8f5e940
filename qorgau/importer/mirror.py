"""Parse the kazakhstan-law Markdown mirror into article slices, and read its manifests."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qorgau import yamlform

MIRROR = "kazakhstan-law/codes"

ANCHOR = re.compile(r'^<a id="(st[^"]+)"></a>\s*$')
# `### Статья 146. Пытки`, `**Статья 1**`, `**23-бап. Title**`, `## Статья 243. …`
ARTICLE = re.compile(
    r"^(?:#{1,6} +|\*\*)(?:Статья +(?P<ru>\d+(?:-\d+)*)|(?P<kk>\d+(?:-\d+)*)-бап)"
    r"(?:\.\s*(?P<title>.*?))?\s*(?:\*\*)?\s*$"
)
HEADING = re.compile(r"^(#{1,6}) +(.+?)\s*$")
# The signature block closes the last article: the President's title and name in bold.
SIGNATURE = re.compile(
    r"^\*\*(?:Президент Республики Казахстан|Қазақстан Республикасының Президенті"
    r"|[А-ЯЁӘҒҚҢӨҰҮҺІ]\. ?[А-ЯЁӘҒҚҢӨҰҮҺІ]+)\*\*\s*$"
)
RULE = re.compile(r"^\s*_{3,}\s*$")  # the closing line under the 2026 Constitution
# The 1995 Constitution writes «## Раздел I.» and its title «## Общие положения» as two headings.
BARE_SECTION = re.compile(r"^(?:Раздел [IVXLCІ]+\.?|[IVXLCІ]+ бөлім)$")


@dataclass(frozen=True)
class Article:
    """One article as found in a source file."""

    number: str
    anchor: str | None
    heading: str
    text: str
    structure: tuple[str, ...]
    line: int  # 1-based line of the heading


@dataclass(frozen=True)
class ManifestRow:
    """One copied file: its path in the mirror repository and where it lies here."""

    path: str
    commit: str
    sha256: str
    local: str  # relative to sources/kazakhstan-law


def front_matter(text: str) -> tuple[dict[str, Any], int]:
    """Return the YAML front matter and the number of lines it takes (0 if none)."""
    lines = text.split("\n")
    if not lines or lines[0] != "---":
        return {}, 0
    for i in range(1, len(lines)):
        if lines[i] == "---":
            return yamlform.load("\n".join(lines[1:i])) or {}, i + 1
    raise ValueError("front matter is not closed by ---")


def rank(title: str) -> int:
    """Nesting rank of a structure heading: part 0, section 1, chapter 2."""
    low = title.lower()
    if low.endswith("часть") or "бөлік" in low:
        return 0
    if low.startswith("глава") or "тарау" in low:
        return 2
    return 1  # «Раздел», «бөлім», and untitled groups such as «ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ»


def _kind(line: str) -> str:
    """Classify one source line."""
    if ANCHOR.match(line):
        return "anchor"
    if ARTICLE.match(line):
        return "article"
    if SIGNATURE.match(line) or RULE.match(line):
        return "end"
    heading = HEADING.match(line)
    if heading:
        return "title" if len(heading.group(1)) == 1 else "structure"
    return "blank" if not line.strip() else "text"


def _trim(lines: list[str]) -> str:
    """Join lines after dropping blank lines at both ends; nothing else changes."""
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return "\n".join(lines[start:end])


def parse(text: str) -> tuple[list[Article], list[str]]:
    """Split one source file into articles; also return warnings about odd markup."""
    lines = text.split("\n")
    _, skip = front_matter(text)
    kinds = ["front"] * skip + [_kind(line) for line in lines[skip:]]
    articles: list[Article] = []
    warnings: list[str] = []
    stack: list[tuple[int, str]] = []
    previous = ("blank", -1)  # kind and index of the last non-blank line
    for i in range(skip, len(lines)):
        kind = kinds[i]
        if kind == "structure":
            title = HEADING.match(lines[i]).group(2)  # type: ignore[union-attr]
            if previous[0] == "structure" and stack and BARE_SECTION.match(stack[-1][1]):
                stack[-1] = (stack[-1][0], f"{stack[-1][1]} {title}")
            else:
                level = rank(title)
                stack = [s for s in stack if s[0] < level] + [(level, title)]
        elif kind == "article":
            match = ARTICLE.match(lines[i])
            assert match
            number = match.group("ru") or match.group("kk")
            anchor = None
            if previous[0] == "anchor":
                anchor = ANCHOR.match(lines[previous[1]]).group(1)  # type: ignore[union-attr]
                if anchor != f"st{number}":
                    warnings.append(f"line {i + 1}: anchor {anchor} above article {number}")
            else:
                warnings.append(f"line {i + 1}: article {number} has no anchor")
            end = i + 1
            while end < len(lines) and kinds[end] in ("text", "blank"):
                end += 1
            articles.append(Article(number, anchor, (match.group("title") or "").strip(),
                                    _trim(lines[i + 1:end]), tuple(s[1] for s in stack), i + 1))
        elif kind == "anchor" and i + 1 < len(lines):
            following = next((k for k in kinds[i + 1:] if k != "blank"), "eof")
            if following != "article":
                warnings.append(f"line {i + 1}: anchor not followed by an article heading")
        if kind != "blank":
            previous = (kind, i)
    numbers = [a.number for a in articles]
    for number in sorted({n for n in numbers if numbers.count(n) > 1}):
        warnings.append(f"article {number} appears more than once")
    return articles, warnings


def sha256(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_manifests(root: Path) -> list[ManifestRow]:
    """Rows of every MANIFEST.tsv under root (sources/kazakhstan-law)."""
    rows: list[ManifestRow] = []
    for manifest in sorted(root.rglob("MANIFEST.tsv")):
        folder = manifest.parent.relative_to(root).as_posix()
        for line in manifest.read_text(encoding="utf-8").splitlines()[1:]:
            if not line.strip():
                continue
            path, commit, _chars, digest = line.split("\t")[:4]
            # A nested manifest (00-constitution-2026/) lists the mirror's own paths
            # (00-constitution/…); its files lie in the nested folder.
            local = path if folder == "." else f"{folder}/{path.split('/', 1)[1]}"
            rows.append(ManifestRow(path, commit, digest, local))
    return rows


def locate(root: Path, path: str, commit: str) -> Path:
    """The local copy of a mirror file at a commit."""
    for row in read_manifests(root):
        if row.path == path and row.commit == commit:
            return root / row.local
    raise FileNotFoundError(f"{path} @ {commit} is not in any MANIFEST.tsv under {root}")
