"""Read one YAML file into plain Python values plus the line of every key and item.

The file is composed into YAML nodes (which carry line marks) and the nodes are turned into
values here rather than by PyYAML's constructor: that is how every key path keeps its line,
duplicate keys are seen (PyYAML silently keeps the last), and aliases and tags are refused.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

import yaml

from .problems import Problem, describe, dotted

KeyPath = tuple[Union[str, int], ...]

# libyaml composes about ten times faster than pure Python, but its composer recurses in C and
# crashes the interpreter on nesting thousands deep. Its parser does not recurse, so a file that
# could nest that deep (a cheap upper bound says so) is first measured with parser events.
_FAST_NESTING_LIMIT = 1000
_STR = "tag:yaml.org,2002:str"
_IMPLICIT_FIRST = frozenset(yaml.SafeLoader.yaml_implicit_resolvers)  # characters that can start a number, date, bool...


class _CLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's safe loader without per-node Python work this project never needs."""

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        """Path resolvers are never registered here; skip their bookkeeping."""

    def ascend_resolver(self) -> None:
        """Path resolvers are never registered here; skip their bookkeeping."""

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        """Resolve a node's tag, answering 'text' at once for the commonest case."""
        if kind is yaml.ScalarNode and (not implicit[0] or (value and value[0] not in _IMPLICIT_FIRST)):
            return _STR
        return super().resolve(kind, value, implicit)


_FAST = _CLoader if hasattr(yaml, "CSafeLoader") else None
_CONSTRUCT = {
    "tag:yaml.org,2002:int": yaml.SafeLoader.construct_yaml_int,
    "tag:yaml.org,2002:float": yaml.SafeLoader.construct_yaml_float,
    "tag:yaml.org,2002:bool": yaml.SafeLoader.construct_yaml_bool,
    "tag:yaml.org,2002:null": yaml.SafeLoader.construct_yaml_null,
}
_TEXT_TAGS = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp"}  # dates stay text: the schema checks them
_COLLECTION_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff]")
MAX_DEPTH = 40


@dataclass(frozen=True)
class Source:
    """A parsed file: its data and where each key path sits in it."""

    path: str
    data: Any
    lines: dict[KeyPath, int]
    literal_starts: dict[KeyPath, int] = field(default_factory=dict)  # first text line of `|` blocks
    raw: dict[KeyPath, str] = field(default_factory=dict)  # as typed, for values YAML turned into numbers or booleans
    strings: list[tuple[KeyPath, str]] = field(default_factory=list)  # every text value, for content checks

    def line(self, at: KeyPath) -> int:
        """Return the line of `at`, or of its nearest parent that is in the file."""
        for end in range(len(at), -1, -1):
            if at[:end] in self.lines:
                return self.lines[at[:end]]
        return 1

    def line_in(self, at: KeyPath, offset: int) -> int:
        """Return the line of character `offset` inside the text at `at`, where it can be known."""
        start = self.literal_starts.get(at)
        text = self.data_at(at)
        if start is None or not isinstance(text, str):
            return self.line(at)
        return start + text.count("\n", 0, offset)

    def data_at(self, at: KeyPath) -> Any:
        """Return the value at `at`, or None when the path is not there."""
        value = self.data
        for key in at:
            try:
                value = value[key]
            except (KeyError, IndexError, TypeError):
                return None
        return value


def read_source(file: Path, display: str, what: str) -> tuple[Source | None, list[Problem]]:
    """Read `file`; `display` is its repository-relative path, `what` says what it should hold."""
    return parse_source(file.read_bytes(), display, what)


def parse_source(raw: bytes, display: str, what: str) -> tuple[Source | None, list[Problem]]:
    """Parse `raw` bytes into a Source, or return the problems that prevent it."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        bad = raw[error.start]
        return None, [Problem(display, line, f"file is not UTF-8 text (byte 0x{bad:02x}), expected UTF-8: save it as UTF-8")]
    text = text.removeprefix("\ufeff")
    if _CONTROL.search(text):  # YAML refuses these; find each line so the editor can delete them
        return None, [
            Problem(display, number, f"line has the invisible control character U+{ord(match.group()):04X}, expected plain text: delete it")
            for number, content in enumerate(text.split("\n"), start=1)
            if (match := _CONTROL.search(content))
        ]
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_problem(error, text, display)]
    except yaml.YAMLError as error:  # reader errors carry no mark; the text was pre-scanned, so this is rare
        return None, [Problem(display, 1, f"YAML cannot be read: {error}, expected valid YAML")]
    except (_NestingError, RecursionError):
        return None, [Problem(display, 1, f"values are nested more than {MAX_DEPTH} levels deep, expected a few levels")]
    if node is None:
        return None, [Problem(display, 1, f"file is empty, expected {what}")]
    builder = _Builder(display)
    data = builder.value(node, (), 0)
    if not isinstance(data, dict):
        return None, [*builder.problems, Problem(display, node.start_mark.line + 1, f"file holds {describe(data)}, expected {what}")]
    # a file with duplicate keys or aliases is still validated, so the editor sees everything at once
    return Source(display, data, builder.lines, builder.literal_starts, builder.raw, builder.strings), builder.problems


def _compose(text: str) -> yaml.Node | None:
    """Compose the file's single document, or raise _NestingError if it nests too deeply."""
    if _FAST is None:
        return yaml.compose(text, Loader=yaml.SafeLoader)  # no libyaml: pure Python raises RecursionError at worst
    if sum(text.count(indicator) for indicator in "[{-?:") >= _FAST_NESTING_LIMIT and _depth(text) > MAX_DEPTH:
        raise _NestingError
    return yaml.compose(text, Loader=_FAST)


def _depth(text: str) -> int:
    """Return how deep the collections nest, stopping early once past MAX_DEPTH."""
    depth = deepest = 0
    try:
        for event in yaml.parse(text, Loader=_FAST):  # type: ignore[arg-type]
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                deepest = max(deepest, depth)
                if deepest > MAX_DEPTH:
                    break
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        pass  # composing reports the same error, at a depth known to be safe
    return deepest


class _NestingError(Exception):
    """The file nests collections more than MAX_DEPTH deep."""


def _syntax_problem(error: yaml.MarkedYAMLError, text: str, display: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    if error.context_mark and mark and mark.line >= len(text.rstrip().split("\n")):
        mark = error.context_mark  # at the end of the file, where the unclosed bracket or quote began helps more
    line = mark.line + 1 if mark else 1
    if (error.context or "").startswith("expected a single document"):
        return Problem(display, line, "file holds a second YAML document after '---', expected one document")
    what = error.problem or "unreadable YAML"
    if error.context:
        what += f" ({error.context})"
    lines = text.split("\n")
    if 0 < line <= len(lines) and "\t" in lines[line - 1]:
        return Problem(display, line, f"YAML syntax error: {what}, expected spaces for indentation, not tabs")
    return Problem(display, line, f"YAML syntax error: {what}, expected valid YAML: check indentation, colons and quotes here and on the line above")


class _Builder:
    """Turns nodes into values, noting each path's line and every problem on the way."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.lines: dict[KeyPath, int] = {}
        self.literal_starts: dict[KeyPath, int] = {}
        self.raw: dict[KeyPath, str] = {}
        self.strings: list[tuple[KeyPath, str]] = []
        self.problems: list[Problem] = []
        self.seen: set[int] = set()

    def value(self, node: yaml.Node, path: KeyPath, depth: int) -> Any:
        """Return the value of `node`, found at `path`."""
        line = node.start_mark.line + 1
        self.lines.setdefault(path, line)
        if id(node) in self.seen:  # the composer shares one node between an anchor and its aliases
            return self._problem(self.lines[path], f"'{dotted(path)}' repeats another value with a YAML alias (*), expected the value written out in full")
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            return self._problem(line, f"values are nested more than {MAX_DEPTH} levels deep, expected a few levels")
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node, path, line)
        if node.tag not in _COLLECTION_TAGS:
            return self._problem(line, f"YAML tag '{_short_tag(node.tag)}' is not supported, expected a plain list or mapping")
        if isinstance(node, yaml.SequenceNode):
            return [self.value(item, (*path, index), depth + 1) for index, item in enumerate(node.value)]
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                kind = "a list" if isinstance(key_node, yaml.SequenceNode) else "a mapping of fields"
                self._problem(key_line, f"field name is {kind}, expected a plain name such as 'text'")
                continue
            key = key_node.value  # names stay text, as typed: YAML would turn `on:` into true
            if key in mapping:
                first = self.lines.get((*path, key), key_line)
                self._problem(key_line, f"field '{dotted((*path, key))}' appears twice (also on line {first}), expected each field once")
                continue
            self.lines[(*path, key)] = key_line
            mapping[key] = self.value(value_node, (*path, key), depth + 1)
        return mapping

    def _scalar(self, node: yaml.ScalarNode, path: KeyPath, line: int) -> Any:
        if node.style == "|":
            self.literal_starts[path] = line + 1  # a literal block's text starts below its `|`
        if node.tag in _TEXT_TAGS:
            self.strings.append((path, node.value))
            return node.value
        construct = _CONSTRUCT.get(node.tag)
        if construct is None:
            return self._problem(line, f"YAML tag '{_short_tag(node.tag)}' is not supported, expected a plain value")
        self.raw[path] = node.value
        try:
            return construct(_SCALARS, node)
        except ValueError:  # PyYAML's int pattern admits a few forms int() rejects, such as '0b_'
            return node.value

    def _problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.display, line, message))


def _short_tag(tag: str) -> str:
    """Write a tag the way the editor typed it: '!!binary', not its full URI."""
    return tag.replace("tag:yaml.org,2002:", "!!")


_SCALARS = yaml.constructor.SafeConstructor()  # only its pure scalar converters are called: it keeps no state between files
