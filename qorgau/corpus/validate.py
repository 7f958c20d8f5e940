"""Checks JSON Schema cannot express: names agreeing with paths, texts present, safe content, links.

Every check reads data that may be malformed (the schema errors are reported separately),
so each looks at a field only when it has the type the check needs.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from .problems import Problem, dotted, quote
from .registry import Registry
from .yamlsource import KeyPath, Source

DATE_KEYS = {"date", "in_force_from", "repealed_on", "retrieved", "adopted"}
URL_KEYS = {"official_url"}  # checked by the schema's https:// pattern instead
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# The site renders Markdown; raw HTML, script links and event handlers (also possible through
# Markdown attribute lists) could run code in a reader's browser, so none may enter the corpus.
_HTML = re.compile(r"</?[a-z][a-z0-9-]*(?:\s[^<>]*)?/?>|<!--|<![a-z\[]|<\?", re.IGNORECASE)
_SCRIPT = re.compile(r"\b(?:java|vb)script\s*:|\bdata\s*:\s*text/html", re.IGNORECASE)
_HANDLER = re.compile(r"\bon[a-z]+\s*=", re.IGNORECASE)


def check_article(source: Source, act: str, stem: str, registry: Registry) -> list[Problem]:
    """Check that an article agrees with its path, has its main text and says where each text came from."""
    data, problems = source.data, []
    expected = {"act": act, "number": stem, "id": f"{act}/{stem}"}
    for key, wanted in expected.items():
        value = data.get(key)
        if isinstance(value, str) and value != wanted:
            where = "folder" if key == "act" else "file name"
            problems.append(_at(source, (key,), f"{key} {quote(value)} does not agree with the {where}, expected '{wanted}'"))
    text, provenance = data.get("text"), data.get("provenance")
    if isinstance(text, dict):
        lang = registry.text_language(act)
        if lang not in text:
            problems.append(_at(source, ("text",), f"'text.{lang}' is required"))
        if isinstance(provenance, dict):
            for lang in text:
                if lang not in provenance:
                    problems.append(_at(source, ("provenance",), f"'provenance.{lang}' is required, because the file has text.{lang}"))
    related = data.get("related")
    if isinstance(related, list) and expected["id"] in related:
        index = related.index(expected["id"])
        problems.append(_at(source, ("related", index), f"related article '{expected['id']}' is this article itself, expected other articles"))
    return problems


def check_act(source: Source, act: str) -> list[Problem]:
    """Check that an act's _act.yml agrees with its folder."""
    data, problems = source.data, []
    if isinstance(data.get("id"), str) and data["id"] != act:
        problems.append(_at(source, ("id",), f"id {quote(data['id'])} does not agree with the folder, expected '{act}'"))
    jurisdiction = act.split("/")[0]
    if isinstance(data.get("jurisdiction"), str) and data["jurisdiction"] != jurisdiction:
        problems.append(_at(source, ("jurisdiction",), f"jurisdiction {quote(data['jurisdiction'])} does not agree with the folder, expected '{jurisdiction}'"))
    return problems


def check_content(source: Source) -> list[Problem]:
    """Check every value of a file: dates are real days, repealed_on goes with repealed, no HTML."""
    problems = []
    for path, value in source.strings:
        key = path[-1] if path and isinstance(path[-1], str) else ""
        if key in DATE_KEYS and _DATE.fullmatch(value) and not _is_day(value):
            problems.append(_at(source, path, f"{dotted(path)} {quote(value)} is not a real day, expected a date that exists, written year-month-day"))
        if URL_KEYS.isdisjoint(path):
            problems += _unsafe(source, path, value)
    history = source.data.get("history")
    editions: list[tuple[KeyPath, Any]] = [((), source.data), (("edition",), source.data.get("edition"))]
    editions += [(("history", index, "edition"), entry.get("edition")) for index, entry in enumerate(history if isinstance(history, list) else []) if isinstance(entry, dict)]
    for path, edition in editions:
        status = edition.get("status") if isinstance(edition, dict) else None
        if isinstance(status, str) and status != "repealed" and "repealed_on" in edition:
            at = (*path, "repealed_on")
            problems.append(_at(source, at, f"'{dotted(at)}' is given but status is {quote(status)}, expected repealed_on only with status repealed"))
    return problems


def check_links(articles: Iterable[Source], known: set[str]) -> list[Problem]:
    """Check across files: each id is used once and every related article exists."""
    problems: list[Problem] = []
    first: dict[str, str] = {}
    for source in articles:
        own = source.data.get("id")
        if isinstance(own, str):
            if own in first:
                problems.append(_at(source, ("id",), f"id {quote(own)} is also used by {first[own]}, expected each id once"))
            first.setdefault(own, source.path)
        related = source.data.get("related")
        for index, target in enumerate(related if isinstance(related, list) else []):
            if isinstance(target, str) and target not in known and target != own:
                problems.append(_at(source, ("related", index), f"related article {quote(target)} does not exist, expected the id of an article in the corpus, like kz/upk/100"))
    return problems


def _unsafe(source: Source, path: KeyPath, value: str) -> Iterator[Problem]:
    # cheap substring tests first: the case-insensitive patterns are slow on long texts
    lower = value.lower()
    found = [
        *((match, "HTML") for match in (_HTML.finditer(value) if "<" in value else ())),
        *((match, "a script link") for match in (_SCRIPT.finditer(value) if "script" in lower or "text/html" in lower else ())),
        *((match, "an event handler") for match in (_HANDLER.finditer(value) if "=" in value else ())),
    ]
    for match, what in found:
        line = source.line_in(path, match.start())
        yield Problem(source.path, line, f"'{dotted(path)}' contains {what} {quote(match.group())}, expected plain text and Markdown without HTML")


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _at(source: Source, path: KeyPath, message: str) -> Problem:
    return Problem(source.path, source.line(path), message)
