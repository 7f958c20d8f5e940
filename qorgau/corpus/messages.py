"""Turn JSON Schema errors into sentences an editor can act on, at the line they concern."""
from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any, cast

from jsonschema import ValidationError

from .problems import Problem, describe, dotted, quote
from .schemas import CompiledSchema
from .yamlsource import KeyPath, Source

_TYPE_WORDS = {
    "string": "text",
    "boolean": "true or false",
    "array": "a list, like [a, b]",
    "object": "a mapping of fields",
    "integer": "a whole number",
    "number": "a number",
}
# what one item of a list is called, for messages about that item
_SINGULAR = {"topics": "topic", "related": "related article", "acts": "act", "history": "history entry", "languages": "language"}


def name_of(path: KeyPath) -> str:
    """Name the value at `path`: 'edition.status', or 'topic' for an item of topics."""
    if path and isinstance(path[-1], int):
        parent = path[-2] if len(path) > 1 else ""
        return _SINGULAR.get(str(parent), dotted(path))
    return dotted(path) or "file"


def schema_problems(schema: CompiledSchema, source: Source) -> list[Problem]:
    """Validate `source` and describe every error found."""
    if schema.is_surely_valid(source.data):
        return []
    return [problem for error in schema.validator.iter_errors(source.data) for problem in _problems(error, source)]


def _problems(error: ValidationError, source: Source) -> Iterator[Problem]:
    path: KeyPath = tuple(error.absolute_path)
    # jsonschema types these as possibly unset; on errors from iter_errors they are always set
    kind, instance, schema, argument = str(error.validator), cast(Any, error.instance), cast(dict[str, Any], error.schema), cast(Any, error.validator_value)
    shown = source.raw.get(path, instance)

    def at(where: KeyPath, message: str) -> Problem:
        return Problem(source.path, source.line(where), message)

    if "propertyNames" in error.absolute_schema_path:
        # jsonschema reports a bad name at its mapping; the name itself is the instance
        yield at((*path, instance), f"name {quote(instance)} in '{dotted(path)}' is not usable, expected lower-case letters, digits, '-' or '_'")
    elif kind == "required":
        condition = f" {schema['$comment']}" if "then" in error.absolute_schema_path and "$comment" in schema else ""
        for field in argument:
            if isinstance(instance, dict) and field not in instance:
                yield at(path, f"'{dotted((*path, field))}' is required{condition}")
    elif kind == "additionalProperties":
        allowed = list(schema.get("properties", {}))
        for field in instance:
            if field not in allowed:
                close = difflib.get_close_matches(field, allowed, n=1)
                expected = f"'{dotted((*path, close[0]))}'" if close else "one of: " + ", ".join(allowed)
                yield at((*path, field), f"field '{dotted((*path, field))}' is not known, expected {expected}")
    elif kind == "enum":
        options = ", ".join(map(str, argument))
        value = quote(shown) if isinstance(instance, str) else f"is {describe(instance)},"
        verb = "is not known," if isinstance(instance, str) else ""
        yield at(path, " ".join(filter(None, [name_of(path), value, verb, f"expected one of: {options}"])))
    elif kind == "type":
        yield at(path, _type_message(path, instance, shown, schema))
    elif kind in ("minLength", "minProperties", "minItems"):
        expected = "at least one of: " + ", ".join(schema["properties"]) if schema.get("properties") else "a value"
        yield at(path, f"'{dotted(path)}' is empty, expected {expected}")
    elif kind == "pattern":
        example = (schema.get("examples") or ["the form described in the schema"])[0]
        yield at(path, f"{name_of(path)} {quote(instance)} is not in the expected form, expected something like {example}")
    elif kind == "uniqueItems":
        twice = next((item for i, item in enumerate(instance) if item in instance[:i]), None)
        yield at(path, f"'{dotted(path)}' lists {quote(twice)} twice, expected each once")
    else:  # a keyword the schema may grow later; still located and named
        yield at(path, f"'{dotted(path)}' is not valid: {error.message}")


def _type_message(path: KeyPath, instance: Any, shown: Any, schema: dict[str, Any]) -> str:
    """Say what type was found and which was expected; numbers meant as text get the fix spelled out."""
    expected_type = schema.get("type")
    if expected_type == "string" and isinstance(instance, (int, float)) and not isinstance(instance, bool):
        key = name_of(path)
        return f"{key} {shown} is not text, expected it in quotes: {key}: \"{shown}\""
    found = "empty" if instance is None else (f"the value {shown}" if isinstance(instance, bool) else describe(instance))
    expected = _TYPE_WORDS.get(str(expected_type), str(expected_type))
    if expected_type == "object" and schema.get("properties"):
        expected = "a mapping with " + ", ".join(schema["properties"])
    return f"'{dotted(path)}' is {found}, expected {expected}"
