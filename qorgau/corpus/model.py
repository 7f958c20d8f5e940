"""The corpus as plain frozen data: acts, their articles, each with one value per language.

Per-language dicts are ordered as registry.yml lists the languages (primary first), so a
fallback picks the primary language when it is there.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
import datetime
from typing import Any, TypeVar

from .registry import Registry

T = TypeVar("T")


def in_language(values: Mapping[str, T], lang: str) -> tuple[T, str] | None:
    """Return (value, language used): `lang` if present, else the first language present."""
    if lang in values:
        return values[lang], lang
    for used, value in values.items():
        return value, used
    return None


def number_key(number: str) -> tuple[tuple[int, Any], ...]:
    """Sort key that puts article 2 before 10 and 272 before 272-1."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"[.-]", number))


@dataclass(frozen=True)
class Provenance:
    """Where one language's text came from."""

    official: bool
    mirror: str
    retrieved: datetime.date
    official_url: str | None = None
    path: str | None = None
    commit: str | None = None
    anchor: str | None = None
    sha256: str | None = None


@dataclass(frozen=True)
class Edition:
    """Which edition a text is and whether it is in force."""

    status: str
    date: datetime.date | None = None
    in_force_from: datetime.date | None = None
    repealed_on: datetime.date | None = None


@dataclass(frozen=True)
class Verification:
    """Whether a person compared the text with the official publication, who and when."""

    verified: bool
    by: str | None = None
    date: datetime.date | None = None


@dataclass(frozen=True)
class PastEdition:
    """An earlier edition of an article; languages and fields it does not give are empty."""

    edition: Edition
    heading: Mapping[str, str]
    text: Mapping[str, str]
    structure: Mapping[str, tuple[str, ...]]
    note: Mapping[str, str]
    provenance: Mapping[str, Provenance]


@dataclass(frozen=True)
class Article:
    """One article of an act, as in corpus/<act>/<number>.yml."""

    id: str
    act: str
    number: str
    path: str  # repository-relative file, for messages and "edit this page" links
    heading: Mapping[str, str]
    text: Mapping[str, str]
    structure: Mapping[str, tuple[str, ...]]
    note: Mapping[str, str]
    edition: Edition
    provenance: Mapping[str, Provenance]
    verification: Verification
    topics: tuple[str, ...]
    related: tuple[str, ...]
    history: tuple[PastEdition, ...]

    def text_in(self, lang: str) -> tuple[str, str]:
        """Return (text, language used); the language differs from `lang` when it fell back."""
        found = in_language(self.text, lang)
        assert found is not None, "the validator guarantees every article has a text"
        return found

    def heading_in(self, lang: str) -> tuple[str, str] | None:
        """Return (heading, language used), or None when the article has no heading."""
        return in_language(self.heading, lang)

    def note_in(self, lang: str) -> tuple[str, str] | None:
        """Return (note, language used), or None when there is no note."""
        return in_language(self.note, lang)

    def structure_in(self, lang: str) -> tuple[tuple[str, ...], str] | None:
        """Return (headings above the article, language used), or None."""
        return in_language(self.structure, lang)


@dataclass(frozen=True)
class Act:
    """An act's own details, as in corpus/<act>/_act.yml."""

    id: str
    jurisdiction: str
    kind: str
    path: str
    title: Mapping[str, str]
    short: Mapping[str, str]
    requisite: Mapping[str, str]
    status: str
    adopted: datetime.date | None
    in_force_from: datetime.date | None
    repealed_on: datetime.date | None
    official_url: Mapping[str, str]
    cite_as: Mapping[str, tuple[str, ...]]
    article_label: Mapping[str, str]

    def title_in(self, lang: str) -> tuple[str, str]:
        """Return (title, language used)."""
        found = in_language(self.title, lang)
        assert found is not None, "the schema requires a title"
        return found


@dataclass(frozen=True)
class Corpus:
    """Every act and article, acts in registry order, articles by act then number."""

    registry: Registry
    acts: Mapping[str, Act]
    articles: Mapping[str, Article]

    def articles_of(self, act: str) -> tuple[Article, ...]:
        """Return the articles of `act` in number order."""
        return tuple(article for article in self.articles.values() if article.act == act)

    def counts(self) -> dict[str, dict[str, int]]:
        """Return, per act and language, how many articles have a text in that language."""
        counts = {act: dict.fromkeys(self.registry.codes, 0) for act in self.acts}
        for article in self.articles.values():
            for lang in article.text:
                counts[article.act][lang] += 1
        return counts


def build_article(data: dict[str, Any], path: str, codes: tuple[str, ...]) -> Article:
    """Build an Article from data that has passed validation."""
    return Article(
        id=data["id"],
        act=data["act"],
        number=data["number"],
        path=path,
        heading=_by_language(data.get("heading"), codes),
        text=_by_language(data["text"], codes),
        structure={k: tuple(v) for k, v in _by_language(data.get("structure"), codes).items()},
        note=_by_language(data.get("note"), codes),
        edition=_edition(data["edition"]),
        provenance={k: _provenance(v) for k, v in _by_language(data["provenance"], codes).items()},
        verification=Verification(**{**data["verification"], "date": _date(data["verification"].get("date"))}),
        topics=tuple(data.get("topics", ())),
        related=tuple(data.get("related", ())),
        history=tuple(_past(entry, codes) for entry in data.get("history", ())),
    )


def build_act(data: dict[str, Any], path: str, codes: tuple[str, ...]) -> Act:
    """Build an Act from data that has passed validation."""
    return Act(
        id=data["id"],
        jurisdiction=data["jurisdiction"],
        kind=data["kind"],
        path=path,
        title=_by_language(data["title"], codes),
        short=_by_language(data.get("short"), codes),
        requisite=_by_language(data.get("requisite"), codes),
        status=data["status"],
        adopted=_date(data.get("adopted")),
        in_force_from=_date(data.get("in_force_from")),
        repealed_on=_date(data.get("repealed_on")),
        official_url=_by_language(data.get("official_url"), codes),
        cite_as={k: tuple(v) for k, v in _by_language(data.get("cite_as"), codes).items()},
        article_label=_by_language(data.get("article_label"), codes),
    )


def _by_language(values: Mapping[str, T] | None, codes: tuple[str, ...]) -> dict[str, T]:
    return {code: values[code] for code in codes if values and code in values}


def _date(text: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(text) if text else None


def _edition(data: dict[str, Any]) -> Edition:
    return Edition(data["status"], *(_date(data.get(key)) for key in ("date", "in_force_from", "repealed_on")))


def _provenance(data: dict[str, Any]) -> Provenance:
    return Provenance(**{**data, "retrieved": datetime.date.fromisoformat(data["retrieved"])})


def _past(data: dict[str, Any], codes: tuple[str, ...]) -> PastEdition:
    return PastEdition(
        edition=_edition(data["edition"]),
        heading=_by_language(data.get("heading"), codes),
        text=_by_language(data.get("text"), codes),
        structure={k: tuple(v) for k, v in _by_language(data.get("structure"), codes).items()},
        note=_by_language(data.get("note"), codes),
        provenance={k: _provenance(v) for k, v in _by_language(data.get("provenance"), codes).items()},
    )
