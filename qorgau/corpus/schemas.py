"""The JSON Schemas in schema/: reading them, filling in registry constants, compiling them once."""
from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jsonschema import Draft202012Validator

from .fastcheck import Check, compile_check

if TYPE_CHECKING:
    from .registry import Registry

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schema"
NAMES = ("article", "act", "registry")
# $defs whose `enum` is the list of that name in registry.yml
_ENUMS = {
    "status": lambda registry: list(registry.statuses),
    "topic": lambda registry: list(registry.topics),
    "jurisdiction": lambda registry: list(registry.jurisdictions),
}
PER_LANGUAGE_SUFFIX = "ByLanguage"  # $defs named like this get one property per registry language


def schema_path(name: str) -> Path:
    """Return the file of schema `name` ('article', 'act' or 'registry')."""
    return SCHEMA_DIR / f"{name}.schema.json"


def read_schema(name: str) -> dict[str, Any]:
    """Read schema `name` as it is checked in."""
    return json.loads(schema_path(name).read_text(encoding="utf-8"))


def dump_schema(schema: dict[str, Any]) -> str:
    """Serialise a schema the one way the checked-in files are written."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def apply_registry(schema: dict[str, Any], registry: Registry) -> dict[str, Any]:
    """Return a copy of `schema` whose languages, statuses, topics and jurisdictions are the registry's."""
    schema = copy.deepcopy(schema)
    definitions = schema.get("$defs", {})
    for name, values in _ENUMS.items():
        if name in definitions:
            definitions[name]["enum"] = values(registry)
    for name, definition in definitions.items():
        if name.endswith(PER_LANGUAGE_SUFFIX):
            definition["properties"] = _language_properties(definition, registry)
    return schema


def _language_properties(definition: dict[str, Any], registry: Registry) -> dict[str, Any]:
    """One property per language, all pointing at the schema the existing ones point at."""
    existing: dict[str, Any] = definition.get("properties", {})
    first: dict[str, Any] = next(iter(existing.values()), {})
    item = first.get("$ref")
    properties = {}
    for language in registry.languages:
        primary = ", the primary language" if language.primary else ""
        properties[language.code] = {"description": f"{language.name} ({language.code}){primary}.", "$ref": item}
    return properties


@dataclass(frozen=True)
class CompiledSchema:
    """A schema ready to check many files: a quick yes/no test, and jsonschema to explain a no."""

    schema: dict[str, Any]  # with references inlined
    validator: Draft202012Validator
    quick: Check

    def is_surely_valid(self, data: Any) -> bool:
        """True when the quick check can tell that `data` is valid; otherwise ask `validator`."""
        return self.quick(data) is True


def compile_schema(name: str, registry: Registry | None) -> CompiledSchema:
    """Compile schema `name` once, with the registry's constants when one is given."""
    schema = read_schema(name)
    if registry is not None:
        schema = apply_registry(schema, registry)
    # jsonschema resolves each $ref anew per value; inlined, it validates about twice as fast
    inlined = inline_refs(schema, schema.get("$defs", {}))
    return CompiledSchema(inlined, Draft202012Validator(inlined), compile_check(inlined))


def inline_refs(node: Any, definitions: dict[str, Any], seen: tuple[str, ...] = ()) -> Any:
    """Replace each '#/$defs/x' reference by a copy of x."""
    if isinstance(node, list):
        return [inline_refs(item, definitions, seen) for item in node]
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    reference = node.get("$ref")
    if isinstance(reference, str) and reference.startswith("#/$defs/"):
        name = reference.removeprefix("#/$defs/")
        if name in seen:
            raise ValueError(f"schema $defs/{name} refers to itself; inline_refs cannot flatten it")
        result.update(inline_refs(definitions[name], definitions, (*seen, name)))
    for key, value in node.items():
        if key not in ("$ref", "$defs"):
            result[key] = inline_refs(value, definitions, seen)
    return result


def language_sets(schema: dict[str, Any]) -> dict[str, list[str]]:
    """Return, per per-language $def, the language codes it allows, so a test can compare them."""
    return {
        name: list(definition.get("properties", {}))
        for name, definition in schema.get("$defs", {}).items()
        if name.endswith(PER_LANGUAGE_SUFFIX)
    }


def stale_schemas(registry: Registry) -> dict[Path, str]:
    """Return, for each schema file whose registry constants are out of date, its fresh text."""
    fresh = {schema_path(name): dump_schema(apply_registry(read_schema(name), registry)) for name in NAMES}
    return {path: text for path, text in fresh.items() if path.read_text(encoding="utf-8") != text}


def sync_schemas(registry: Registry) -> list[Path]:
    """Rewrite the schema files that are out of date; return those rewritten."""
    stale = stale_schemas(registry)
    for path, text in stale.items():
        path.write_text(text, encoding="utf-8")
    return list(stale)
