"""Checks of the guides in docs/: every cited article must be in the corpus."""
from __future__ import annotations

from pathlib import Path

from qorgau.citations import Citation, CitingContext
from qorgau.corpus import Problem
from qorgau.law import citing


def unresolved_problems(path: str, unresolved: list[Citation]) -> list[Problem]:
    """One problem per citation of an article the corpus lacks; shared by `make check` and the build."""
    return [Problem(path, c.line, f"«{c.text}» cites an article that is not in the corpus, "
                                  f"expected a file corpus/{c.act}/{c.number}.yml") for c in unresolved]


def citation_problems(docs: Path, tables: citing.CitationTables, root: Path) -> list[Problem]:
    """Citations, in any language's guides, of articles the corpus lacks."""
    problems = []
    for page in sorted(docs.rglob("*.md")):
        lang = page.relative_to(docs).parts[0]
        src = page.relative_to(docs / lang).as_posix()
        _, unresolved = citing.link(page.read_text(encoding="utf-8"), CitingContext(lang=lang), tables, src)
        problems += unresolved_problems(page.relative_to(root).as_posix(), unresolved)
    return problems
