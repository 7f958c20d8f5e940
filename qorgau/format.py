"""`make format`: rewrite corpus files into the one canonical YAML form (valid files only)."""
from __future__ import annotations

import sys
from pathlib import Path


from qorgau import yamlform
from qorgau.check import ROOT, format_problems


def main() -> int:
    changed = format_problems(ROOT / "corpus", ROOT)
    for problem in changed:
        file = ROOT / problem.path
        data = yamlform.load(file.read_text(encoding="utf-8"))
        file.write_text(yamlform.dump(data), encoding="utf-8")
        print(f"formatted {problem.path}")
    print(f"{len(changed)} files rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
