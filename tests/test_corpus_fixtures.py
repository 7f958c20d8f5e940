"""The fixture corpora: each invalid case prints exactly its expected.txt; the valid one loads."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from qorgau.corpus import CorpusError, load_corpus, load_registry
from qorgau.corpus.__main__ import main

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path("tests/fixtures/corpus")  # relative: messages name paths as the CLI is given them
CASES = sorted(path.name for path in (REPO / FIXTURES / "invalid").iterdir() if path.is_dir())
VALID = FIXTURES / "valid" / "corpus"


def _check(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    own = root / "registry.yml"
    registry = own if (REPO / own).is_file() else FIXTURES / "registry.yml"  # a case's own registry, or the shared one
    status = main(["check", "--root", str(root), "--registry", str(registry)])
    return status, capsys.readouterr().out


@pytest.fixture(autouse=True)
def _at_repository_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


@pytest.mark.parametrize("case", CASES)
def test_invalid_case_prints_its_expected_output(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = _check(FIXTURES / "invalid" / case / "corpus", capsys)
    expected = (REPO / FIXTURES / "invalid" / case / "expected.txt").read_text(encoding="utf-8")
    assert out == expected
    assert status == 1


def test_every_case_has_expected_output() -> None:
    assert CASES, "no invalid fixture cases found"
    for case in CASES:
        assert (REPO / FIXTURES / "invalid" / case / "expected.txt").is_file(), case


def test_valid_corpus_prints_a_table_and_succeeds(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = _check(VALID, capsys)
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split() == ["act", "ru", "kk", "en"]
    assert lines[1].split() == ["kz/uk", "1", "1", "0"]
    assert lines[2].split() == ["kz/upk", "2", "0", "0"]
    assert lines[3].split() == ["int/cat", "0", "0", "1"]
    assert lines[4].split() == ["total", "3", "1", "1"]
    assert lines[-1] == "3 acts, 4 articles, no problems"


def test_github_actions_adds_annotations(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    status, out = _check(FIXTURES / "invalid" / "bad-status" / "corpus", capsys)
    assert status == 1
    assert "::error file=corpus/kz/uk/146.yml,line=11::edition.status 'in-force' is not known, expected one of: in_force, repealed, not_yet_in_force" in out.splitlines()
    assert out.splitlines()[-1] == "1 problem in 1 file"


def test_valid_corpus_model() -> None:
    registry = load_registry(REPO / FIXTURES / "registry.yml")
    corpus = load_corpus(REPO / VALID, registry)
    assert list(corpus.acts) == ["kz/uk", "kz/upk", "int/cat"]
    assert list(corpus.articles) == ["kz/uk/146", "kz/upk/100", "kz/upk/272-1", "int/cat/1"]
    article = corpus.articles["kz/uk/146"]
    assert article.path == "corpus/kz/uk/146.yml"
    assert article.text_in("kk")[1] == "kk"
    assert article.text_in("en")[1] == "ru"  # no English text: the primary language, visibly
    assert article.heading_in("kk") == ("Азаптау", "kk")
    assert article.structure_in("en") == (("Раздел 2. Уголовные правонарушения против личности", "Глава 3. Уголовные правонарушения против свободы"), "ru")
    assert article.edition.date == date(2022, 9, 11)
    assert article.verification.by == "Айгерим Садыкова" and article.verification.date == date(2026, 12, 1)
    assert article.provenance["ru"].commit == "698b9a7c72cf276d4bee2ebf1a7043e910dca0b6"
    assert article.history[0].edition.repealed_on == date(2022, 9, 11)
    assert article.related == ("kz/upk/100", "int/cat/1")
    assert corpus.articles["int/cat/1"].text_in("ru") == (corpus.articles["int/cat/1"].text["en"], "en")
    assert corpus.articles["kz/upk/100"].heading_in("ru") is None
    assert corpus.acts["int/cat"].title_in("kk")[1] == "ru"
    assert [a.id for a in corpus.articles_of("kz/upk")] == ["kz/upk/100", "kz/upk/272-1"]


def test_load_corpus_raises_with_sorted_problems() -> None:
    registry = load_registry(REPO / FIXTURES / "registry.yml")
    with pytest.raises(CorpusError) as raised:
        load_corpus(REPO / FIXTURES / "invalid" / "duplicate-id" / "corpus", registry)
    problems = raised.value.problems
    assert problems == sorted(problems)
    assert [p.path for p in problems] == ["corpus/kz/uk/147.yml"] * 3
    assert str(raised.value).splitlines()[-1] == "3 problems in 1 file"


def test_missing_registry_is_a_problem_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "corpus").mkdir()
    assert main(["check", "--root", str(tmp_path / "corpus")]) == 1
    assert "registry.yml:1: file is missing" in capsys.readouterr().out


def test_schema_files_are_in_step_with_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--check"]) == 0, capsys.readouterr().out
