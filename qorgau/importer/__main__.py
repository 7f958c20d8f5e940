"""Import the corpus from the kazakhstan-law mirror copies and legal-notes.md: `python -m qorgau.importer`."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

from qorgau.importer.pipeline import Report, run
from qorgau.yamlform import LANGS

REPO = Path(__file__).resolve().parents[2]


def _print(report: Report, corpus: Path, seconds: float, write: bool) -> None:
    """Counts per act and language, duplicates, skipped files, warnings, errors."""
    print(f"{'act':<14} {'lang':<4} {'new':>5} {'updated':>8} {'unchanged':>10}")
    order = {lang: i for i, lang in enumerate(LANGS)}
    acts = list(dict.fromkeys(act for act, _ in report.counts))  # registry order
    for (act, lang), c in sorted(report.counts.items(), key=lambda kv: (acts.index(kv[0][0]), order[kv[0][1]])):
        print(f"{act:<14} {lang:<4} {c['new']:>5} {c['updated']:>8} {c['unchanged']:>10}")
    for act, (same, other) in report.duplicates.items():
        print(f"{act}: {same + other} duplicates resolved by the precedence table: "
              f"{same} identical (kept once), {other} in another wording (kept as history)")
    for path, reason in sorted(report.skipped.items()):
        print(f"not imported: {path}: {reason}")
    for item in report.kept:
        print(f"kept, in no source: {item}")
    for warning in report.warnings:
        print(f"warning: {warning}")
    for error in sorted(report.errors):
        print(f"error: {error}", file=sys.stderr)
    verb = "written" if write and not report.errors else "would change"
    print(f"{len(report.changed_files)} files {verb} under {corpus} in {seconds:.1f} s")


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the import, print the report; 1 on errors or (with --check) changes."""
    parser = argparse.ArgumentParser(prog="python -m qorgau.importer", description=__doc__.split(":")[0] + ".")
    parser.add_argument("--sources", type=Path, default=REPO.parent / "shared" / "sources",
                        help="folder with kazakhstan-law/ and legal-notes.md (default: ../shared/sources)")
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus", help="corpus folder (default: corpus)")
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date.today(),
                        help="retrieval date for new texts (default: today)")
    parser.add_argument("--check", action="store_true", help="write nothing; fail if any file would change")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    report = run(args.sources, args.corpus, args.date, write=not args.check)
    _print(report, args.corpus, time.perf_counter() - start, not args.check)
    if report.errors or (args.check and report.changed_files):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
