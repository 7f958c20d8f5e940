"""Build the site of every language: one strict MkDocs build per language, run side by side."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from qorgau import i18n
from qorgau.corpus import CorpusError, load_corpus, snapshot

CORPUS_PROBLEMS = "The corpus has problems; nothing was built."

ROOT = Path(__file__).resolve().parents[1]


def config_file(lang: i18n.Language, root: Path = ROOT) -> Path:
    """mkdocs.yml holds the shared configuration and the primary language; others inherit it."""
    return root / ("mkdocs.yml" if lang.primary else f"mkdocs.{lang.code}.yml")


def build_language(lang: i18n.Language, site: Path, root: Path = ROOT,
                   shared: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """One language's MkDocs build; `shared` adds environment entries (the corpus snapshot)."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
               "-f", str(config_file(lang, root)), "-d", str(site / lang.code)]
    # MkDocs 1.6 prints a notice about MkDocs 2 on every run; editors need only our own messages.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(shared or {})}
    return subprocess.run(command, cwd=root, capture_output=True, text=True, env=env)


def build_all(site: Path = ROOT / "site", root: Path = ROOT) -> bool:
    """Build every language into site/<lang>/; print each failing build's messages. True if all succeeded."""
    langs = i18n.languages()
    try:  # once for every language, and before any build starts: a bad corpus builds nothing
        corpus = load_corpus(root / "corpus")
    except CorpusError as error:
        print(f"{CORPUS_PROBLEMS}\n{error}", file=sys.stderr)
        return False
    # Separate processes: MkDocs builds are single-threaded and keep state in module globals.
    # All at once even on two cores: three builds sharing them end sooner than two, then one.
    with tempfile.TemporaryDirectory(prefix="qorgau-") as folder, \
            ThreadPoolExecutor(max_workers=len(langs)) as pool:
        shared = snapshot.save(corpus, Path(folder) / "corpus.pickle")
        results = list(pool.map(lambda lang: (lang, build_language(lang, site, root, shared)), langs))
    ok = True
    for lang, result in results:
        if result.returncode != 0:
            ok = False
            print(f"--- build of the '{lang.code}' site failed:", file=sys.stderr)
            print((result.stdout + result.stderr).strip(), file=sys.stderr)
    return ok


def main() -> int:
    if not build_all():
        return 1
    print(f"Built {', '.join(l.code for l in i18n.languages())} into {ROOT / 'site'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
