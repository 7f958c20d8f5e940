"""Every real file under corpus/ loads without a problem; each file is its own test, named by its path."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from qorgau.corpus import CorpusError, load_corpus

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"


def _files() -> list[Path]:
    """Every act and article file, plus the _act.yml every act folder needs even where it is missing."""
    files = set(CORPUS.glob("*/*/*.yml")) | {folder / "_act.yml" for folder in CORPUS.glob("*/*/") if folder.is_dir()}
    return sorted(files)


FILES = _files()


@pytest.fixture(scope="module")
def problems() -> dict[str, list[str]]:
    """Load the corpus once; return each file's problems."""
    found: dict[str, list[str]] = defaultdict(list)
    try:
        load_corpus(CORPUS)
    except CorpusError as error:
        for problem in error.problems:
            found[problem.path].append(str(problem))
    return found


@pytest.mark.parametrize("path", FILES, ids=[path.relative_to(REPO).as_posix() for path in FILES])
def test_file_has_no_problems(path: Path, problems: dict[str, list[str]]) -> None:
    assert problems.get(path.relative_to(REPO).as_posix(), []) == []


def test_whole_corpus_has_no_problems(problems: dict[str, list[str]]) -> None:
    """Also catches what belongs to no article: registry.yml, stray files and folders."""
    assert [line for lines in problems.values() for line in lines] == []
