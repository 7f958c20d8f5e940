"""corpus/registry.yml: the one list of languages, jurisdictions, acts, statuses and topics."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .messages import schema_problems
from .problems import CorpusError, Problem, quote
from .schemas import compile_schema
from .yamlsource import Source, read_source

# International instruments are kept in English only; registry.yml has no field for this yet,
# so it lives here, next to the code that reads the registry, and nowhere else.
TEXT_LANGUAGE_BY_JURISDICTION = {"int": "en"}
WHAT = "the registry: languages, jurisdictions, acts, statuses and topics"


@dataclass(frozen=True)
class Language:
    """One language the site is published in."""

    code: str
    name: str
    primary: bool


@dataclass(frozen=True)
class Registry:
    """The constants every other part of Qorgau reads, in the order registry.yml lists them."""

    path: str  # as shown in messages: corpus/registry.yml
    languages: tuple[Language, ...]
    jurisdictions: Mapping[str, Mapping[str, str]]
    acts: tuple[str, ...]
    statuses: Mapping[str, Mapping[str, str]]
    topics: Mapping[str, Mapping[str, str]]

    @property
    def codes(self) -> tuple[str, ...]:
        """Language codes, primary first as listed."""
        return tuple(language.code for language in self.languages)

    @property
    def primary(self) -> str:
        """The primary language's code: every Kazakh article must have its text in it."""
        return next(language.code for language in self.languages if language.primary)

    def text_language(self, act: str) -> str:
        """The language every article of `act` must have its text in."""
        return TEXT_LANGUAGE_BY_JURISDICTION.get(act.split("/")[0], self.primary)


def load_registry(file: Path, display: str | None = None) -> Registry:
    """Read and check registry.yml, named `display` in messages; raise CorpusError listing every problem."""
    if display is None:
        display = _relative(Path(file))
    if not file.is_file():
        raise CorpusError([Problem(display, 1, f"file is missing, expected {WHAT}")])
    source, problems = read_source(file, display, WHAT)
    if source is None:
        raise CorpusError(problems)
    problems += schema_problems(compile_schema("registry", None), source) + _consistency_problems(source)
    if problems:
        raise CorpusError(problems)
    data = source.data
    return Registry(
        path=display,
        languages=tuple(Language(item["code"], item["name"], item.get("primary", False)) for item in data["languages"]),
        jurisdictions=data["jurisdictions"],
        acts=tuple(data["acts"]),
        statuses=data["statuses"],
        topics=data["topics"],
    )


def _consistency_problems(source: Source) -> list[Problem]:
    """Checks the schema cannot express: one primary language, known prefixes and languages.

    They run even when the schema found errors, so each looks only at well-formed entries.
    """
    data, problems = source.data, []
    languages = [item for item in _list(data.get("languages")) if isinstance(item, dict)]
    codes = [item.get("code") for item in languages]
    primaries = [str(item.get("code")) for item in languages if item.get("primary") is True]
    if len(primaries) != 1:
        found = ", ".join(primaries) or "none"
        problems.append(Problem(source.path, source.line(("languages",)), f"primary languages: {found}, expected exactly one language with primary: true"))
    for index, code in enumerate(codes):
        if code in codes[:index]:
            problems.append(Problem(source.path, source.line(("languages", index, "code")), f"language {quote(code)} is listed twice, expected each once"))
    jurisdictions = data.get("jurisdictions") if isinstance(data.get("jurisdictions"), dict) else {}
    for index, act in enumerate(_list(data.get("acts"))):
        if isinstance(act, str) and act.split("/")[0] not in jurisdictions:
            options = ", ".join(jurisdictions)
            problems.append(Problem(source.path, source.line(("acts", index)), f"act {quote(act)} starts with an unknown jurisdiction, expected one of: {options}"))
    for section in ("jurisdictions", "statuses", "topics"):
        entries = data.get(section) if isinstance(data.get(section), dict) else {}
        for key, names in entries.items():
            for code in names if isinstance(names, dict) else {}:
                if code not in codes:
                    message = f"language {quote(code)} is not listed under languages, expected one of: {', '.join(map(str, codes))}"
                    problems.append(Problem(source.path, source.line((section, key, code)), message))
    return problems


def _relative(file: Path) -> str:
    """Name a file relative to the working directory when it is inside it."""
    try:
        return file.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return file.as_posix()


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []
