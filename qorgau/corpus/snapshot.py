"""A validated corpus saved once for the language builds of one run to share.

Each language is a separate MkDocs build in its own process; without a snapshot each would read
and validate every corpus file again. The snapshot lives in a temporary file for one run only,
named by an environment variable, so a build started by hand (`mkdocs build`) loads the corpus itself.
"""
from __future__ import annotations

import os
import pickle
from pathlib import Path

from .model import Corpus

ENVIRONMENT = "QORGAU_CORPUS_SNAPSHOT"


def save(corpus: Corpus, path: Path) -> dict[str, str]:
    """Write `corpus` to `path`; return the environment entry that hands it to the builds."""
    path.write_bytes(pickle.dumps(corpus, protocol=pickle.HIGHEST_PROTOCOL))
    return {ENVIRONMENT: str(path)}


def from_environment() -> Corpus | None:
    """The corpus this run saved, or None when the build runs on its own."""
    path = os.environ.get(ENVIRONMENT)
    return pickle.loads(Path(path).read_bytes()) if path else None
