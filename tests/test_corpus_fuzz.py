"""Whatever bytes a file holds, loading reports problems (CorpusError) and never crashes."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qorgau.corpus import CorpusError, load_corpus, load_registry

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "corpus"
REGISTRY = load_registry(FIXTURES / "registry.yml", "corpus/registry.yml")
TARGETS = ["kz/uk/146.yml", "kz/uk/_act.yml", "int/cat/1.yml"]
ORIGINALS = {target: (FIXTURES / "valid" / "corpus" / target).read_bytes() for target in TARGETS}
LINE = re.compile(r"^corpus/\S+:[1-9][0-9]*: \S.*$")
INSERTS = ["\t", ":", ": ", "- ", "? ", "&a ", "*a", "!!binary ", "!foo ", "<<: *a", "---\n", "...", "[", "]", "{", "}", '"', "'", "|", ">", "#", "%", "@", "`", "\n", "\u0085", "\u2028", "\x07", "\ufeff", "Ω", "146", "<b>", "javascript:", " on=", "true", "null", "2022-02-30"]
TYPE_CHANGES = [": [1, 2]", ": {a: 1}", ": 12", ": 1.5", ": true", ":", ': ""', ": ~", ": 2026-13-01", ": [[[[", ": &x y", ": *x"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz") / "corpus"
    shutil.copytree(FIXTURES / "valid" / "corpus", root)
    return root


def _load_with(corpus: Path, target: str, content: bytes) -> None:
    """Load the corpus with one file replaced by `content`; only CorpusError may come out."""
    (corpus / target).write_bytes(content)
    try:
        load_corpus(corpus, REGISTRY)
    except CorpusError as error:
        assert error.problems, "a CorpusError must carry its problems"
        for problem in error.problems:
            assert LINE.match(str(problem).split("\n")[0]), str(problem)
    finally:
        (corpus / target).write_bytes(ORIGINALS[target])


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    target = draw(st.sampled_from(TARGETS))
    lines = ORIGINALS[target].decode().split("\n")
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "swap", "retype", "truncate", "insert"]))
        if action == "delete" and len(lines) > 1:
            del lines[index]
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif action == "retype" and ":" in lines[index]:
            lines[index] = lines[index].split(":", 1)[0] + draw(st.sampled_from(TYPE_CHANGES))
        elif action == "truncate":
            lines[index] = lines[index][: draw(st.integers(0, len(lines[index])))]
        else:
            at = draw(st.integers(0, len(lines[index])))
            lines[index] = lines[index][:at] + draw(st.sampled_from(INSERTS)) + lines[index][at:]
    content = "\n".join(lines).encode()
    if draw(st.booleans()) and draw(st.booleans()):
        cut = draw(st.integers(0, len(content)))
        content = content[:cut] + draw(st.binary(min_size=1, max_size=3)) + content[cut:]  # stray bytes, maybe not UTF-8
    return target, content


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_files_give_problems_not_crashes(corpus: Path, case: tuple[str, bytes]) -> None:
    _load_with(corpus, *case)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(TARGETS), st.binary(max_size=400))
def test_random_bytes_give_problems_not_crashes(corpus: Path, target: str, content: bytes) -> None:
    _load_with(corpus, target, content)


PATHOLOGICAL = {
    "deep-flow": b"[" * 100_000,
    "deep-block": b"- " * 50_000 + b"x",
    "deep-closed": b"a: " + b"[" * 3000 + b"]" * 3000,
    "recursive-alias": b"a: &a [*a]",
    "billion-laughs": b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n",
    "bom-only": b"\xef\xbb\xbf",
    "nul": b"\x00",
    "deep-indent": b"a:\n" + b" " * 5000 + b"b: 1",
}


@pytest.mark.parametrize("content", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_files(corpus: Path, content: bytes) -> None:
    _load_with(corpus, "kz/uk/146.yml", content)
