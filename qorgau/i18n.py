"""Languages of the site and the interface strings of each, read from one place."""
from __future__ import annotations

from pathlib import Path

import yaml

from qorgau.corpus import Language, load_registry

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = ROOT / "corpus" / "registry.yml"
UI_STRINGS = ROOT / "i18n" / "ui.yml"


def languages(registry: Path = REGISTRY) -> tuple[Language, ...]:
    """The site's languages in registry order; the one marked primary is the source of fallbacks."""
    return load_registry(registry).languages


def primary_language(registry: Path = REGISTRY) -> Language:
    return next(lang for lang in languages(registry) if lang.primary)


def ui_strings(lang: str, path: Path = UI_STRINGS) -> dict[str, str]:
    """Our interface strings for `lang`; a missing language is an error, not a silent fallback."""
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    if lang not in table:
        raise KeyError(f"{path.name}: no interface strings for language '{lang}'")
    return table[lang]


def missing_pages(primary_docs: Path, docs: Path) -> list[str]:
    """Markdown pages of the primary language that `docs` has no translation of (POSIX paths)."""
    if primary_docs.resolve() == docs.resolve():
        return []
    wanted = {p.relative_to(primary_docs).as_posix() for p in primary_docs.rglob("*.md")}
    present = {p.relative_to(docs).as_posix() for p in docs.rglob("*.md")} if docs.exists() else set()
    return sorted(wanted - present)
