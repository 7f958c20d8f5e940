"""`make check`: guides' citations and the canonical form are checked with file and line."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qorgau import check

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def project(tmp_path):
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    return tmp_path


def test_the_real_project_passes(project):
    problems, report = check.run(project)
    assert problems == []
    assert "1580 articles" in report or "articles, no problems" in report


def test_a_guide_citing_an_article_not_in_the_corpus_is_reported_with_its_line(project):
    guide = project / "docs/kk/index.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "\nҚК-нің 9999-бабы\n", encoding="utf-8")
    problems, _ = check.run(project)
    lines = guide.read_text(encoding="utf-8").count("\n")
    assert [str(p) for p in problems] == [
        f"docs/kk/index.md:{lines}: «9999-бабы» cites an article that is not in the corpus, "
        "expected a file corpus/kz/uk/9999.yml"]


def test_a_valid_file_out_of_canonical_form_is_reported(project):
    article = project / "corpus/kz/uk/146.yml"
    article.write_text(article.read_text(encoding="utf-8").replace('number: "146"', "number: '146'"),
                       encoding="utf-8")
    problems, _ = check.run(project)
    assert [str(p) for p in problems] == [
        "corpus/kz/uk/146.yml:1: not in the canonical form, expected the layout `make format` writes"]
