"""A quick yes/no check of a value against the schema, so valid files skip jsonschema.

jsonschema spends about a millisecond per article building objects it will not need;
over 1,600 files that alone used most of the time budget. This module compiles the keywords
our schemas use, exactly as JSON Schema 2020-12 defines them, into plain functions that
answer True (valid), False (invalid) or None (unsure: a keyword or value it does not handle).
Anything but True sends the file to jsonschema, which then explains each error; a property
test holds the two to the same verdict.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, Optional

Verdict = Optional[bool]
Check = Callable[[Any], Verdict]
_ANNOTATIONS = {"description", "examples", "$comment", "title", "$schema", "$id", "default", "then", "else"}
_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda value: isinstance(value, str),
    "boolean": lambda value: isinstance(value, bool),
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
    "null": lambda value: value is None,
    "number": lambda value: isinstance(value, (int, float)) and not isinstance(value, bool),
    "integer": lambda value: (isinstance(value, int) and not isinstance(value, bool)) or (isinstance(value, float) and value.is_integer()),
}


def compile_check(schema: Any) -> Check:
    """Compile a schema without $ref into a function returning True, False or None (unsure)."""
    if isinstance(schema, bool):
        verdict: bool = schema
        return lambda value: verdict
    leaf = _text_leaf(schema)
    if leaf is not None:
        return leaf
    checks = [_keyword(keyword, argument, schema) for keyword, argument in schema.items() if keyword not in _ANNOTATIONS]

    def check(value: Any) -> Verdict:
        result: Verdict = True
        for step in checks:  # a loop, not combine(): this runs for every value of every file
            verdict = step(value)
            if verdict is False:
                return False
            if verdict is None:
                result = None
        return result

    return check


def combine(verdicts: Iterable[Verdict]) -> Verdict:
    """False if any verdict is False, else None if any is unsure, else True."""
    result: Verdict = True
    for verdict in verdicts:
        if verdict is False:
            return False
        if verdict is None:
            result = None
    return result


def _text_leaf(schema: dict[str, Any]) -> Check | None:
    """One function for the commonest schema, a text with a length, pattern or list of values."""
    keywords = {keyword for keyword in schema if keyword not in _ANNOTATIONS}
    options = schema.get("enum")
    if schema.get("type") != "string" or not keywords <= {"type", "minLength", "pattern", "enum"}:
        return None
    if options is not None and not all(isinstance(option, str) for option in options):
        return None
    shortest = schema.get("minLength", 0)
    search = re.compile(schema["pattern"]).search if "pattern" in schema else None
    allowed = frozenset(options) if options is not None else None

    def check(value: Any) -> Verdict:
        if not isinstance(value, str) or len(value) < shortest:
            return False
        if search is not None and search(value) is None:
            return False
        return allowed is None or value in allowed

    return check


def _keyword(keyword: str, argument: Any, schema: dict[str, Any]) -> Check:
    """Compile one keyword; keywords this module does not know make every verdict unsure."""
    if keyword == "type":
        names = argument if isinstance(argument, list) else [argument]
        if not all(name in _TYPES for name in names):
            return lambda value: None
        tests = [_TYPES[name] for name in names]
        return lambda value: any(test(value) for test in tests)
    if keyword == "enum" and all(isinstance(option, str) for option in argument):
        # JSON Schema equality differs from Python's for booleans and numbers; strings alone are exact
        options = frozenset(argument)
        return lambda value: (value in options) if isinstance(value, str) else None
    if keyword == "const" and isinstance(argument, (bool, str)):
        return lambda value: type(value) is type(argument) and value == argument
    if keyword == "pattern":
        search = re.compile(argument).search
        return lambda value: not isinstance(value, str) or search(value) is not None
    if keyword in ("minLength", "minProperties", "minItems"):
        kind = {"minLength": str, "minProperties": dict, "minItems": list}[keyword]
        return lambda value: not isinstance(value, kind) or len(value) >= argument
    if keyword == "uniqueItems":
        return _unique if argument else (lambda value: True)
    if keyword == "required":
        return lambda value: not isinstance(value, dict) or all(name in value for name in argument)
    if keyword == "properties":
        return _properties({name: compile_check(subschema) for name, subschema in argument.items()})
    if keyword == "additionalProperties" and "patternProperties" not in schema:
        extra, known = compile_check(argument), set(schema.get("properties", {}))
        return lambda value: not isinstance(value, dict) or combine(extra(item) for name, item in value.items() if name not in known)
    if keyword == "propertyNames":
        name_check = compile_check(argument)
        return lambda value: not isinstance(value, dict) or combine(name_check(name) for name in value)
    if keyword == "items" and "prefixItems" not in schema:
        each = compile_check(argument)
        return lambda value: not isinstance(value, list) or combine(each(item) for item in value)
    if keyword == "if":
        condition = compile_check(argument)
        then, otherwise = compile_check(schema.get("then", True)), compile_check(schema.get("else", True))
        return lambda value: _branch(condition(value), then, otherwise, value)
    return lambda value: None


def _properties(checks: dict[str, Check]) -> Check:
    def check(value: Any) -> Verdict:
        if not isinstance(value, dict):
            return True
        result: Verdict = True
        for name, item in value.items():
            step = checks.get(name)
            if step is not None:
                verdict = step(item)
                if verdict is False:
                    return False
                if verdict is None:
                    result = None
        return result

    return check


def _unique(value: Any) -> Verdict:
    if not isinstance(value, list):
        return True
    if all(isinstance(item, str) for item in value):
        return len(set(value)) == len(value)
    return None


def _branch(condition: Verdict, then: Check, otherwise: Check, value: Any) -> Verdict:
    if condition is None:
        return None
    return then(value) if condition else otherwise(value)
