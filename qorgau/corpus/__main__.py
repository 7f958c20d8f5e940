"""Command line: `python -m qorgau.corpus check` validates corpus/; `schema` syncs schema/ with registry.yml."""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .loader import display, load_corpus
from .model import Corpus
from .problems import CorpusError, Problem, summary
from .registry import Registry, load_registry
from .schemas import stale_schemas, sync_schemas


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command in `argv`; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m qorgau.corpus", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate every corpus file and print a summary or every problem")
    schema = commands.add_parser("schema", help="write registry.yml's languages, statuses and topics into schema/")
    for command in (check, schema):
        command.add_argument("--root", type=Path, default=Path("corpus"), help="the corpus folder (default: corpus)")
        command.add_argument("--registry", type=Path, help="the registry file (default: ROOT/registry.yml)")
    schema.add_argument("--check", action="store_true", help="only report whether schema/ is out of date")
    args = parser.parse_args(argv)
    try:
        registry_file = args.registry or args.root / "registry.yml"
        registry = load_registry(registry_file, display(registry_file, args.root))
        if args.command == "schema":
            return _schema(registry, args.check)
        corpus = load_corpus(args.root, registry)
    except CorpusError as error:
        _report(error.problems, os.environ.get("GITHUB_ACTIONS") == "true")
        return 1
    print(table(corpus))
    return 0


def table(corpus: Corpus) -> str:
    """Return a small table: per act and language, how many articles have a text."""
    codes = corpus.registry.codes
    counts = corpus.counts()
    width = max([len("total"), *map(len, counts)])
    rows = [f"{'act':<{width}}" + "".join(f"{code:>7}" for code in codes)]
    for act, per_language in counts.items():
        rows.append(f"{act:<{width}}" + "".join(f"{per_language[code]:>7}" for code in codes))
    totals = [sum(per_language[code] for per_language in counts.values()) for code in codes]
    rows.append(f"{'total':<{width}}" + "".join(f"{total:>7}" for total in totals))
    missing = [act for act in corpus.registry.acts if act not in corpus.acts]
    if missing:
        rows.append("not in the corpus yet: " + ", ".join(missing))
    rows.append(f"{len(corpus.acts)} acts, {len(corpus.articles)} articles, no problems")
    return "\n".join(rows)


def _report(problems: list[Problem], github: bool) -> None:
    for problem in problems:
        print(problem)
    if github:
        for problem in problems:
            print(problem.github_annotation())
    print(summary(problems))


def _schema(registry: Registry, check_only: bool) -> int:
    if check_only:
        stale = stale_schemas(registry)
        for path in stale:
            print(f"{path.name} is out of date with the registry, expected it rewritten: run python -m qorgau.corpus schema")
        return 1 if stale else 0
    for path in sync_schemas(registry):
        print(f"rewrote {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
