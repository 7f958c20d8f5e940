"""The one canonical YAML form of corpus files: what the importer writes and `make format` checks."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from qorgau.corpus.registry import load_registry

# libyaml is much faster over ~1700 files; both emitters give the same text for our data.
_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Language keys in registry order (primary first): the one list of languages, not a copy.
LANGS = [language.code for language in load_registry(Path(__file__).resolve().parents[1] / "corpus" / "registry.yml").languages]

# One order for every mapping level. It satisfies each context at once: article files
# (id, act, number, heading, text, structure, edition, provenance, verification, topics,
# related, note, history), `_act.yml` (id, jurisdiction, kind, title, short, requisite,
# adopted, status, in_force_from, repealed_on, official_url, cite_as, article_label),
# edition (status, date, in_force_from, repealed_on), provenance (official_url, official,
# mirror, path, commit, anchor, sha256, retrieved) and verification (verified, by, date).
KEY_ORDER = [
    *LANGS,
    "id", "jurisdiction", "kind", "act", "number", "title", "short", "requisite", "adopted",
    "heading", "text", "structure", "edition", "status", "verified", "by", "date",
    "in_force_from", "repealed_on", "official_url", "official", "mirror", "path", "commit",
    "anchor", "sha256", "retrieved", "provenance", "verification", "cite_as", "article_label",
    "topics", "related", "note", "history",
]
_RANK = {key: i for i, key in enumerate(KEY_ORDER)}
_RESOLVER = yaml.resolver.Resolver()


def _key(item: tuple[Any, Any]) -> tuple[int, str]:
    """Known keys in KEY_ORDER, unknown ones after them alphabetically."""
    name = str(item[0])
    return (_RANK.get(name, len(KEY_ORDER)), name)


def canonical(data: Any) -> Any:
    """Return a copy of data with every mapping in canonical key order."""
    if isinstance(data, dict):
        return {k: canonical(v) for k, v in sorted(data.items(), key=_key)}
    if isinstance(data, list):
        return [canonical(v) for v in data]
    return data


class _FlowList(list):
    """A list of scalars, written on one line: `topics: [torture, detention]`."""


def _mark_flow(data: Any) -> Any:
    """Wrap lists of scalars so the dumper writes them in flow style."""
    if isinstance(data, dict):
        return {k: _mark_flow(v) for k, v in data.items()}
    if isinstance(data, list):
        if all(not isinstance(v, (dict, list)) for v in data):
            return _FlowList(data)
        return [_mark_flow(v) for v in data]
    return data


class _Dumper(_BaseDumper):  # type: ignore[misc, valid-type]
    """SafeDumper with our string and list styles."""

    def ignore_aliases(self, data: Any) -> bool:
        """Never write &anchors/*aliases: each file must read on its own."""
        return True


def _str(dumper: yaml.BaseDumper, value: str) -> yaml.Node:
    """Block literal for multi-line text; double quotes where plain would not stay a string."""
    if "\n" in value:
        # The emitter falls back to double quotes where a literal cannot hold the text
        # exactly (trailing spaces, tabs), so the text still round-trips.
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    plain_tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    style = '"' if plain_tag != "tag:yaml.org,2002:str" else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _flow(dumper: yaml.BaseDumper, value: _FlowList) -> yaml.Node:
    """Sequence of scalars in flow style."""
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


_Dumper.add_representer(str, _str)
_Dumper.add_representer(_FlowList, _flow)


def dump(data: Any) -> str:
    """Serialise data in the canonical form (key order, styles, unlimited line width)."""
    return yaml.dump(
        _mark_flow(canonical(data)),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,
        indent=2,
    )


def load(text: str) -> Any:
    """Parse YAML text with the safe loader (dates become datetime.date)."""
    return yaml.load(text, Loader=_BaseLoader)


def is_canonical(text: str) -> bool:
    """True when text is already in the canonical form."""
    return dump(load(text)) == text


__all__ = ["KEY_ORDER", "LANGS", "canonical", "dump", "load", "is_canonical"]


def load(text: str) -> Any:
    """Parse YAML text with the same (fast) loader the canonical form is checked against."""
    return yaml.load(text, Loader=_BaseLoader)
