"""Problems found in corpus files, and the one exception that carries all of them."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing an editor must fix: where it is and what is wrong."""

    path: str  # repository-relative, with forward slashes: corpus/kz/uk/146.yml
    line: int  # 1-based
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"

    def github_annotation(self) -> str:
        """Render as a GitHub Actions workflow command, so the pull request shows it inline."""
        return f"::error file={_escape_property(self.path)},line={self.line}::{_escape_data(self.message)}"


class CorpusError(Exception):
    """The corpus cannot be loaded; `problems` lists every reason, sorted."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = sorted(set(problems))
        super().__init__("\n".join([*map(str, self.problems), summary(self.problems)]))


def summary(problems: Iterable[Problem]) -> str:
    """Return the closing line of a report, e.g. '3 problems in 2 files'."""
    problems = list(problems)
    files = len({p.path for p in problems})
    return f"{_count(len(problems), 'problem')} in {_count(files, 'file')}"


def quote(value: object, limit: int = 60) -> str:
    """Echo a value back to the editor in single quotes, shortened to one readable line."""
    text = str(value).replace("\n", "\\n")
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'"


def dotted(path: tuple[str | int, ...]) -> str:
    """Write a key path the way editors read it: history[0].edition.status."""
    text = ""
    for key in path:
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else str(key))
    return text


def describe(value: object) -> str:
    """Say in words what kind of value an editor wrote, echoing short values."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"the value {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"text {quote(value)}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping of fields"
    return quote(value)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# GitHub's runner parses these characters in workflow commands, so they must be escaped.
def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
