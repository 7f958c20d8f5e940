"""validate and model: the checks beyond the schema, and the helpers pages use."""
from __future__ import annotations

from pathlib import Path

import pytest

from qorgau.corpus import load_registry
from qorgau.corpus.model import in_language, number_key
from qorgau.corpus.validate import check_article, check_content, check_links
from qorgau.corpus.yamlsource import Source, parse_source

REGISTRY = load_registry(Path(__file__).resolve().parent / "fixtures" / "corpus" / "registry.yml", "corpus/registry.yml")


def _source(text: str, path: str = "corpus/kz/uk/146.yml") -> Source:
    source, problems = parse_source(text.encode(), path, "an article")
    assert source is not None and not problems
    return source


def _messages(problems: list) -> list[str]:
    return [f"{p.line}: {p.message}" for p in problems]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("<b>жирный</b>", ["HTML '<b>'", "HTML '</b>'"]),
        ('<img src="x" onerror="steal()">', ["HTML '<img src=\"x\" onerror=\"steal()\">'", "an event handler 'onerror='"]),
        ("<!-- скрыто -->", ["HTML '<!--'"]),
        ("[ссылка](JavaScript:alert(1))", ["a script link 'JavaScript:'"]),
        ("[x](data:text/html;base64,AAA)", ["a script link 'data:text/html'"]),
        ("Текст {: onclick=\"x()\" }", ["an event handler 'onclick='"]),
        ("срок менее 5 лет, если a < b и c > d", []),
        ("<https://adilet.zan.kz/rus/docs/K1400000226>", []),
        ("on time = on schedule; one = 1", ["an event handler 'one ='"]),  # plain English rarely looks like this; when it does, the editor rephrases
    ],
)
def test_unsafe_content(text: str, found: list[str]) -> None:
    source = _source(f"text:\n  ru: |-\n    Первая строка.\n    {text}\n")
    problems = check_content(source)
    assert [p.message.split(" contains ")[1].split(", expected")[0] for p in problems] == found
    assert all(p.line == 4 for p in problems)  # the line inside the text block, not the field's


def test_urls_are_left_to_the_schema() -> None:
    assert check_content(_source("official_url:\n  ru: javascript:alert(1)\n")) == []


def test_dates_must_exist_and_repealed_on_needs_repealed() -> None:
    source = _source("edition:\n  status: in_force\n  date: 2023-02-29\n  repealed_on: 2024-02-29\nhistory:\n  - edition: {status: repealed, repealed_on: 2020-01-01}\n")
    assert _messages(check_content(source)) == [
        "3: edition.date '2023-02-29' is not a real day, expected a date that exists, written year-month-day",
        "4: 'edition.repealed_on' is given but status is 'in_force', expected repealed_on only with status repealed",
    ]


def test_article_must_agree_with_its_path_and_have_its_main_text() -> None:
    source = _source("id: kz/uk/1\nact: kz/uk\nnumber: '1'\ntext:\n  kk: x\nprovenance:\n  ru: {}\n", "corpus/kz/uk/146.yml")
    assert sorted(_messages(check_article(source, "kz/uk", "146", REGISTRY))) == [
        "1: id 'kz/uk/1' does not agree with the file name, expected 'kz/uk/146'",
        "3: number '1' does not agree with the file name, expected '146'",
        "4: 'text.ru' is required",
        "6: 'provenance.kk' is required, because the file has text.kk",
    ]
    english = _source("text:\n  en: x\nprovenance:\n  en: {}\n", "corpus/int/cat/1.yml")
    assert check_article(english, "int/cat", "1", REGISTRY) == []  # international instruments: English only


def test_links_across_files() -> None:
    first = _source("id: kz/uk/146\nrelated: [kz/upk/100, kz/upk/999]\n")
    second = _source("id: kz/uk/146\n", "corpus/kz/uk/147.yml")
    assert [str(p) for p in check_links([first, second], {"kz/uk/146", "kz/uk/147", "kz/upk/100"})] == [
        "corpus/kz/uk/146.yml:2: related article 'kz/upk/999' does not exist, expected the id of an article in the corpus, like kz/upk/100",
        "corpus/kz/uk/147.yml:1: id 'kz/uk/146' is also used by corpus/kz/uk/146.yml, expected each id once",
    ]


def test_number_key_sorts_like_a_reader() -> None:
    assert sorted(["10", "2", "272-1", "272", "1", "3-1", "preamble"], key=number_key) == ["1", "2", "3-1", "10", "272", "272-1", "preamble"]


def test_in_language_falls_back_visibly() -> None:
    values = {"ru": "Пытки", "kk": "Азаптау"}
    assert in_language(values, "kk") == ("Азаптау", "kk")
    assert in_language(values, "en") == ("Пытки", "ru")
    assert in_language({}, "en") is None
