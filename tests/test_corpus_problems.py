"""problems: the one format every message is printed in."""
from __future__ import annotations

from qorgau.corpus.problems import CorpusError, Problem, describe, dotted, quote, summary


def test_problem_format_and_order() -> None:
    problems = [Problem("corpus/kz/uk/146.yml", 12, "b"), Problem("corpus/kz/uk/146.yml", 2, "z"), Problem("corpus/int/cat/1.yml", 40, "a")]
    assert str(problems[0]) == "corpus/kz/uk/146.yml:12: b"
    assert [str(p) for p in sorted(problems)] == ["corpus/int/cat/1.yml:40: a", "corpus/kz/uk/146.yml:2: z", "corpus/kz/uk/146.yml:12: b"]


def test_corpus_error_sorts_dedupes_and_summarises() -> None:
    error = CorpusError([Problem("b.yml", 1, "x"), Problem("a.yml", 3, "y"), Problem("b.yml", 1, "x")])
    assert error.problems == [Problem("a.yml", 3, "y"), Problem("b.yml", 1, "x")]
    assert str(error) == "a.yml:3: y\nb.yml:1: x\n2 problems in 2 files"


def test_summary_counts() -> None:
    assert summary([Problem("a", 1, "x")]) == "1 problem in 1 file"
    assert summary([Problem("a", 1, "x"), Problem("a", 2, "y")]) == "2 problems in 1 file"


def test_github_annotation_escapes_what_the_runner_parses() -> None:
    problem = Problem("corpus/a,b.yml", 7, "50% of 'text.ru'\nsecond line")
    assert problem.github_annotation() == "::error file=corpus/a%2Cb.yml,line=7::50%25 of 'text.ru'%0Asecond line"


def test_describing_values() -> None:
    assert quote("a\nb") == "'a\\nb'"
    assert quote("x" * 100) == "'" + "x" * 59 + "…'"
    values: list[object] = [None, True, 3, "Пытки", [], {}]
    assert [describe(v) for v in values] == ["empty", "the value true", "the number 3", "text 'Пытки'", "a list", "a mapping of fields"]
    assert dotted(("history", 0, "edition", "status")) == "history[0].edition.status"
    assert dotted(()) == ""
