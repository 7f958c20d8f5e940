"""`make check`: validate the corpus, its canonical form and the guides' citations; print every
problem as `file:line: what, expected what`, sorted, then fail once."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from qorgau import guides, yamlform
from qorgau.corpus import CorpusError, Problem, load_corpus
from qorgau.corpus.__main__ import table
from qorgau.corpus.problems import summary
from qorgau.law import citing

ROOT = Path(__file__).resolve().parents[1]


def format_problems(corpus_dir: Path, root: Path) -> list[Problem]:
    """Files that are valid but not in the canonical YAML form `make format` writes."""
    problems = []
    for file in sorted(corpus_dir.rglob("*.yml")):
        if file.name == "registry.yml":
            continue
        text = file.read_text(encoding="utf-8")
        if yamlform.dump(yamlform.load(text)) != text:
            problems.append(Problem(file.relative_to(root).as_posix(), 1,
                                    "not in the canonical form, expected the layout `make format` writes"))
    return problems


def run(root: Path = ROOT) -> tuple[list[Problem], str]:
    try:
        corpus = load_corpus(root / "corpus")
    except CorpusError as error:
        return error.problems, ""
    problems = format_problems(root / "corpus", root)
    problems += guides.citation_problems(root / "docs", citing.tables(corpus), root)
    return sorted(problems), table(corpus)


def main() -> int:
    problems, report = run()
    if problems:
        for problem in problems:
            print(problem)
        if os.environ.get("GITHUB_ACTIONS") == "true":
            for problem in problems:
                print(problem.github_annotation())
        print(summary(problems))
        return 1
    print(report)
    print("Guides: every cited article is in the corpus.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
