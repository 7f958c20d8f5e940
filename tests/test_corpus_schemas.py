"""schema/*.schema.json: valid, described for editors, in step with registry.yml, and the quick check agrees with jsonschema."""
from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from qorgau.corpus import load_registry
from qorgau.corpus.fastcheck import compile_check
from qorgau.corpus.schemas import NAMES, apply_registry, compile_schema, inline_refs, language_sets, read_schema
from qorgau.corpus.yamlsource import read_source

REPO = Path(__file__).resolve().parents[1]
REGISTRY = load_registry(REPO / "corpus" / "registry.yml", "corpus/registry.yml")
VALID = REPO / "tests" / "fixtures" / "corpus" / "valid" / "corpus"
FIX = "the registry changed: run `python -m qorgau.corpus schema` to rewrite schema/"
# keywords that report errors, each turned into its own sentence by messages.py
MESSAGE_KEYWORDS = {"required", "additionalProperties", "enum", "type", "minLength", "minProperties", "minItems", "pattern", "uniqueItems", "propertyNames"}
# keywords that only combine or annotate others
STRUCTURE_KEYWORDS = {"$schema", "title", "description", "examples", "$comment", "$defs", "$ref", "properties", "items", "if", "then", "const"}


def _subschemas(schema: Any, conditions: bool = True) -> Iterator[dict[str, Any]]:
    """Every schema inside `schema`; with conditions=False, not those of if/then (they hold no fields)."""
    if isinstance(schema, dict):
        yield schema
        for key, value in schema.items():
            if key in ("properties", "$defs"):
                for sub in value.values():
                    yield from _subschemas(sub, conditions)
            elif key in ("items", "additionalProperties", "propertyNames") or (conditions and key in ("if", "then")):
                yield from _subschemas(value, conditions)


@pytest.mark.parametrize("name", NAMES)
def test_schema_is_valid_json_schema_2020_12(name: str) -> None:
    Draft202012Validator.check_schema(read_schema(name))


@pytest.mark.parametrize("name", NAMES)
def test_schema_constants_equal_registry(name: str) -> None:
    schema = read_schema(name)
    assert apply_registry(schema, REGISTRY) == schema, FIX


def test_enums_and_languages_are_the_registrys() -> None:
    article, act = read_schema("article"), read_schema("act")
    assert article["$defs"]["status"]["enum"] == list(REGISTRY.statuses) == act["$defs"]["status"]["enum"], FIX
    assert article["$defs"]["topic"]["enum"] == list(REGISTRY.topics), FIX
    assert act["$defs"]["jurisdiction"]["enum"] == list(REGISTRY.jurisdictions), FIX
    for name in ("article", "act"):
        sets = language_sets(read_schema(name))
        assert sets and all(codes == list(REGISTRY.codes) for codes in sets.values()), FIX


@pytest.mark.parametrize("name", NAMES)
def test_every_field_has_a_description(name: str) -> None:
    schema = read_schema(name)
    assert schema.get("description")
    for sub in _subschemas(schema, conditions=False):
        for field, definition in {**sub.get("properties", {}), **sub.get("$defs", {})}.items():
            assert isinstance(definition.get("description"), str) and len(definition["description"]) > 10, f"{name}: {field}"


@pytest.mark.parametrize("name", NAMES)
def test_every_keyword_has_a_message(name: str) -> None:
    used = {keyword for sub in _subschemas(read_schema(name)) for keyword in sub if keyword not in ("properties", "$defs")}
    used |= {"properties"} if "properties" in read_schema(name) else set()
    assert used <= MESSAGE_KEYWORDS | STRUCTURE_KEYWORDS, used - MESSAGE_KEYWORDS - STRUCTURE_KEYWORDS


def test_inline_refs_leaves_no_reference() -> None:
    inlined = inline_refs(read_schema("article"), read_schema("article")["$defs"])
    assert "$ref" not in repr(inlined) and "$defs" not in inlined


def _valid_documents() -> list[dict[str, Any]]:
    sources = [read_source(path, path.name, "")[0] for path in sorted(VALID.glob("*/*/*.yml"))]
    return [source.data for source in sources if source is not None]


DOCUMENTS = _valid_documents()
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=False, width=16), st.sampled_from(["", "ru", "in_force", "torture", "kz/uk/146", "2026-07-01", "<b>", "146"]), st.text(max_size=5))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(["ru", "kk", "en", "status", "verified", "by", "x"]), inner, max_size=3)), max_leaves=6)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        yield from _paths(item, (*path, key))


@st.composite
def mutated(draw: st.DrawFn, name: str) -> dict[str, Any]:
    document = copy.deepcopy(draw(st.sampled_from([d for d in DOCUMENTS if ("jurisdiction" in d) == (name == "act")])))
    for _ in range(draw(st.integers(0, 2))):
        path = draw(st.sampled_from(list(_paths(document))[1:]))
        parent = document
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "delete" and isinstance(parent, dict):
            del parent[path[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["ru", "kk", "en", "uz", "status", "by", "date", "heding"]))] = draw(VALUES)
        else:
            parent[path[-1]] = draw(VALUES)
    return document


COMPILED = {name: compile_schema(name, REGISTRY) for name in ("article", "act")}
ORIGINAL = {name: Draft202012Validator(apply_registry(read_schema(name), REGISTRY)) for name in ("article", "act")}


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["article", "act"]).flatmap(lambda name: st.tuples(st.just(name), mutated(name))))
def test_quick_check_agrees_with_jsonschema(case: tuple[str, dict[str, Any]]) -> None:
    name, document = case
    compiled = COMPILED[name]
    valid = ORIGINAL[name].is_valid(document)
    assert compiled.validator.is_valid(document) == valid  # inlining the references changed nothing
    verdict = compile_check(compiled.schema)(document)
    assert verdict is None or verdict == valid


def test_quick_check_accepts_valid_documents() -> None:
    article, act = COMPILED["article"], COMPILED["act"]
    for document in DOCUMENTS:
        assert (act if "jurisdiction" in document else article).is_surely_valid(document)


@pytest.mark.parametrize(
    ("schema", "value", "verdict"),
    [
        ({"const": True}, True, True),
        ({"const": True}, 1, False),  # JSON Schema: 1 is not true
        ({"type": "integer"}, 2.0, True),
        ({"type": "integer"}, True, False),
        ({"enum": ["a"]}, 1, None),  # unsure: left to jsonschema
        ({"minLength": 2}, 5, True),  # applies to text only
        ({"unknownKeyword": 1}, "x", None),
        ({"if": {"const": "a"}, "then": {"minLength": 2}, "else": {"maxLength": 1}}, "a", False),
        ({"if": {"const": "a"}, "then": {"minLength": 2}}, "b", True),
        ({"uniqueItems": True}, ["a", "a"], False),
        ({"uniqueItems": True}, [1, True], None),
        ({"type": "object", "additionalProperties": False, "properties": {"a": {}}}, {"a": 1, "b": 2}, False),
    ],
)
def test_quick_check_keywords(schema: dict[str, Any], value: Any, verdict: Any) -> None:
    assert compile_check(schema)(value) is verdict
    if verdict is not None:
        assert Draft202012Validator(schema).is_valid(value) is verdict
