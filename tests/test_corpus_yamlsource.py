"""yamlsource: values with the line of every key, and plain-words problems for what YAML allows but we do not."""
from __future__ import annotations

from qorgau.corpus.yamlsource import Source, parse_source

WHAT = "an article"


def _parse(text: str) -> tuple[Source | None, list[str]]:
    source, problems = parse_source(text.encode(), "corpus/x.yml", WHAT)
    return source, [str(problem) for problem in problems]


def test_values_and_lines() -> None:
    source, problems = _parse("# comment\nid: kz/uk/146\nnumber: 146\ntext:\n  ru: |-\n    first\n    second\ntopics: [a, b]\ndate: 2022-09-11\n")
    assert problems == [] and source is not None
    assert source.data == {"id": "kz/uk/146", "number": 146, "text": {"ru": "first\nsecond"}, "topics": ["a", "b"], "date": "2022-09-11"}
    assert source.line(("number",)) == 3
    assert source.line(("text", "ru")) == 5
    assert source.line(("topics", 1)) == 8
    assert source.line(("text", "kk")) == 4  # missing: the nearest parent that exists
    assert source.line_in(("text", "ru"), source.data["text"]["ru"].index("second")) == 7
    assert source.raw[("number",)] == "146"


def test_keys_stay_text() -> None:
    source, _ = _parse("on: yes\n1: x\n")
    assert source is not None and source.data == {"on": True, "1": "x"}


def test_byte_order_mark_is_accepted() -> None:
    source, problems = parse_source("\ufeffid: a\n".encode(), "corpus/x.yml", WHAT)
    assert problems == [] and source is not None and source.data == {"id": "a"}


def test_duplicate_keys_are_reported_with_both_lines() -> None:
    source, problems = _parse("a: 1\nb:\n  c: 1\n  c: 2\na: 3\n")
    assert problems == [
        "corpus/x.yml:4: field 'b.c' appears twice (also on line 3), expected each field once",
        "corpus/x.yml:5: field 'a' appears twice (also on line 1), expected each field once",
    ]
    assert source is not None and source.data == {"a": 1, "b": {"c": 1}}  # still validated, first value kept


def test_aliases_tags_and_complex_keys_are_refused() -> None:
    _, problems = _parse("a: &x [1]\nb: *x\nc: !!set {x}\nd: !custom 1\n? [k]\n: v\n")
    assert problems == [
        "corpus/x.yml:2: 'b' repeats another value with a YAML alias (*), expected the value written out in full",
        "corpus/x.yml:3: YAML tag '!!set' is not supported, expected a plain list or mapping",
        "corpus/x.yml:4: YAML tag '!custom' is not supported, expected a plain value",
        "corpus/x.yml:5: field name is a list, expected a plain name such as 'text'",
    ]


def test_file_level_problems() -> None:
    assert _parse("")[1] == ["corpus/x.yml:1: file is empty, expected an article"]
    assert _parse("# only a comment\n")[1] == ["corpus/x.yml:1: file is empty, expected an article"]
    assert _parse("- a\n")[1] == ["corpus/x.yml:1: file holds a list, expected an article"]
    assert _parse("a: 1\n---\nb: 2\n")[1] == ["corpus/x.yml:2: file holds a second YAML document after '---', expected one document"]
    assert _parse("a: 1\nb: \x07\n")[1] == ["corpus/x.yml:2: line has the invisible control character U+0007, expected plain text: delete it"]
    _, problems = parse_source(b"a: 1\nb: \xff\n", "corpus/x.yml", WHAT)
    assert [str(p) for p in problems] == ["corpus/x.yml:2: file is not UTF-8 text (byte 0xff), expected UTF-8: save it as UTF-8"]


def test_syntax_errors_name_the_line() -> None:
    assert _parse("a: 1\nb:\n\tc: 2\n")[1] == [
        "corpus/x.yml:3: YAML syntax error: found character that cannot start any token (while scanning for the next token), expected spaces for indentation, not tabs"
    ]
    # a bracket left open to the end of the file is reported where it opened
    assert _parse("a: 1\nb: [x, y\n\n")[1][0].startswith("corpus/x.yml:2: YAML syntax error: ")
    assert _parse("a: 1\nb: [x, y\nc: 2\n")[1][0].startswith("corpus/x.yml:3: YAML syntax error: ")


def test_deep_nesting_is_refused_without_crashing() -> None:
    for text in ["[" * 100_000, "- " * 50_000 + "x", "a: " + "[" * 41 + "]" * 41]:
        assert _parse(text)[1] == ["corpus/x.yml:1: values are nested more than 40 levels deep, expected a few levels"]
    assert _parse("a: " + "[" * 39 + "]" * 39)[1] == []
