"""Search language processing: Python and analysis.js against the same vectors.

`python tests/test_analysis.py --write-vectors` rewrites the corpus-derived vector files
(ru.tsv, kk.tsv) from the sources after a deliberate change to a stemmer.
"""
import html
import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qorgau.search import analysis, stem_en, stem_kk, stem_ru  # noqa: E402
from qorgau.search import citation, fold_query, normalise, stem, tokenise, tokens  # noqa: E402

VECTORS = ROOT / "tests" / "vectors"
RUNNER = ROOT / "tests" / "analysis_vectors.js"
SCRIPT = ROOT / "theme" / "assets" / "javascripts" / "qorgau" / "analysis.js"
NODE = shutil.which("node")
CHROMIUM = Path("/usr/bin/chromium")
# CI clones the repository beside a copy of shared/; a developer has /work/shared.
SOURCE_DIRS = [ROOT.parent / "shared" / "sources" / "kazakhstan-law", Path("/work/shared/sources/kazakhstan-law")]
KINDS = {("lang", "word", "stem"): "stem", ("lang", "input", "tokens"): "tokens",
         ("input", "act", "number"): "citation"}
ESCAPE_RE = re.compile(r"\\u([0-9a-fA-F]{4})")  # invisible characters are written \u00ad

needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed")


def read_vectors(path: Path) -> tuple[str, list[tuple[int, list[str]]]]:
    lines = path.read_text(encoding="utf-8").split("\n")
    kind = KINDS[tuple(lines[0].split("\t"))]
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if line and not line.startswith("#"):
            row = line.split("\t")
            assert len(row) == 3, f"{path.name}:{number}: expected 3 columns, got {len(row)}"
            rows.append((number, [ESCAPE_RE.sub(lambda m: chr(int(m.group(1), 16)), c) for c in row]))
    return kind, rows


def python_result(kind: str, row: list[str]) -> str:
    if kind == "stem":
        return stem(row[1], row[0])
    if kind == "tokens":
        return " ".join(tokens(row[1], row[0]))
    found = citation(row[0])
    return "- -" if found is None else f"{found[0] or '-'} {found[1]}"


@pytest.mark.parametrize("path", sorted(VECTORS.glob("*.tsv")), ids=lambda p: p.name)
def test_vectors_python(path):
    kind, rows = read_vectors(path)
    assert rows, f"{path.name} has no vectors"
    failures = []
    for number, row in rows:
        want = f"{row[1]} {row[2]}" if kind == "citation" else row[2]
        got = python_result(kind, row)
        if got != want:
            failures.append(f"{path.name}:{number}: {row[0]} | {row[1]}: expected {want!r}, got {got!r}")
    assert not failures, "\n".join(failures[:50]) + f"\n{len(failures)} of {len(rows)} failed"


@needs_node
def test_vectors_javascript():
    run = subprocess.run([NODE, str(RUNNER)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(r"vectors: [1-9]\d* passed, 0 failed", run.stdout), run.stdout


def corpus_words(lang: str) -> list[str]:
    """Every distinct normalised word form (numbers left out) of the Russian or Kazakh sources."""
    source = next((d for d in SOURCE_DIRS if d.is_dir()), None)
    if source is None:
        pytest.skip("the kazakhstan-law sources are not on this machine")
    folder = {"ru": "rus", "kk": "kaz"}[lang]
    words = set()
    for path in sorted(source.rglob("*.md")):
        if path.name == f"{folder}.md" or f"/{folder}/" in path.as_posix():
            text = normalise(path.read_text(encoding="utf-8"))
            words.update(analysis.normalise_word(w) for w in tokenise(text))
    return sorted(w for w in words if not re.fullmatch("[0-9-]+", w))


def corpus_vector_text(lang: str) -> str:
    rows = [f"{lang}\t{w}\t{stem(w, lang)}" for w in corpus_words(lang)]
    return "lang\tword\tstem\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_corpus_vectors_cover_every_word_form(lang):
    stored = (VECTORS / f"{lang}.tsv").read_text(encoding="utf-8")
    assert stored == corpus_vector_text(lang), (
        f"tests/vectors/{lang}.tsv is not every word form of the sources with its current stem; "
        "after a deliberate change run: python tests/test_analysis.py --write-vectors"
    )
    assert len(stored.encode()) < 2_000_000


LEGAL_WORDS = {
    "ru": "человек жизнь против права право свобода свободы суд закон пытка пытки лицо лица дело "
          "защита жалоба задержание наказание осужденный преступление без",
    "kk": "адам құқық құқықтары өмір сот заң бостандық азаптау қорғау тұлға іс жаза бап кодекс "
          "шағым ұстау сотталған заңсыз тиіс мүмкін",
    "en": "human rights life against torture law court person liberty detention complaint",
}


@pytest.mark.parametrize("lang", sorted(LEGAL_WORDS))
def test_legally_meaningful_words_are_not_stop_words(lang):
    dropped = [w for w in LEGAL_WORDS[lang].split() if not tokens(w, lang)]
    assert not dropped, f"{lang} stop words drop meaningful words: {dropped}"


def test_kazakh_keyboard_substitutes_give_the_same_terms():
    assert tokens("қорғау құқықтары азаптаудың", "kk") == tokens("коргау кукыктары азаптаудын", "kk")
    assert tokens("Мәжілісінің өкілеттігі", "kk") == tokens("Мажилисинин окилеттиги", "kk")
    assert tokens("сотталғандардың", "kk") == tokens("сотталған", "kk")


def test_unknown_language_is_named():
    with pytest.raises(ValueError, match="'de' is not one of ru, kk, en"):
        tokens("Recht", "de")


def test_fold_query_is_tokens():
    assert fold_query("Статья 146. Пытки", "ru") == tokens("Статья 146. Пытки", "ru") == ["стат", "146", "пытк"]


def test_citation_acts_are_registry_acts():
    registry = yaml.safe_load((ROOT / "corpus" / "registry.yml").read_text(encoding="utf-8"))
    acts = set(analysis.CITATION_ACTS.values()) | {"kz/konst"}
    assert acts <= set(registry["acts"]), acts - set(registry["acts"])


def node_json(expression: str):
    code = f"const A = require({json.dumps(str(SCRIPT))}); console.log(JSON.stringify({expression}));"
    return json.loads(subprocess.run([NODE, "-e", code], capture_output=True, text=True, check=True).stdout)


@needs_node
def test_javascript_tables_equal_python():
    js = node_json("A.tables")
    assert set(js["STOP_WORDS"]["ru"]) == stem_ru.STOP_WORDS
    assert set(js["STOP_WORDS"]["kk"]) == stem_kk.STOP_WORDS
    assert set(js["STOP_WORDS"]["en"]) == stem_en.STOP_WORDS
    assert js["LOOKALIKES"] == analysis.LOOKALIKES
    assert {k: set(v) for k, v in js["KK_CONDITIONS"].items()} == {
        k: set(v) for k, v in stem_kk.CONDITIONS.items()}
    assert [[tuple(r) for r in t] for t in js["KK_CLASSES"]] == [list(t) for t in stem_kk._BY_LENGTH]
    assert set(js["KK_PROTECTED"]) == stem_kk.PROTECTED
    assert js["CITATION_ACTS"] == analysis.CITATION_ACTS
    assert set(js["CITATION_SHAPES"]) == analysis.CITATION_SHAPES


def random_words(alphabet: str, endings: list[str], count: int, seed: int) -> list[str]:
    """Deterministic pseudo-words, most ending in a real suffix, to reach every branch."""
    rng = random.Random(seed)
    words = []
    for _ in range(count):
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9)))
        words.append(body + (rng.choice(endings) if rng.random() < 0.8 else ""))
    return words


@needs_node
@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_random_words_stem_alike(lang):
    if lang == "en":
        words = random_words("abcdefghijklmnopqrstuvwxyz", [
            "s", "es", "ies", "ed", "ing", "y", "ational", "ization", "ness", "ful", "ement", "ion",
            "ate", "ive", "e", "ll", "bli", "logi", "ousli", "iviti"], 30000, 1)
    elif lang == "ru":
        words = random_words("абвгдежзийклмнопрстуфхцчшщъыьэюяё", [
            "вшись", "ившись", "ся", "ость", "ейше", "нн", "ующий", "ившими", "ение", "иями", "ать",
            "ял", "ала", "ющая", "ий", "ь", "и", "ого", "ешь", "ост"], 30000, 2)
    else:
        words = random_words("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя", [
            e for table in stem_kk.CLASSES for e, _ in table] + ["ларынын", "дагы", "сынын"], 30000, 3)
    run = subprocess.run([NODE, str(RUNNER), "--stem", lang], input="\n".join(words) + "\n",
                         capture_output=True, text=True, check=True)
    js = run.stdout.split("\n")[:-1]
    diff = [(w, stem(w, lang), j) for w, j in zip(words, js) if stem(w, lang) != j]
    assert len(js) == len(words) and not diff, diff[:20]


@needs_node
def test_javascript_query_takes_well_under_a_millisecond():
    run = subprocess.run([NODE, str(RUNNER), "--bench"], capture_output=True, text=True, check=True)
    timing = json.loads(run.stdout)
    assert timing["cold_ms_per_20_word_query"] < 1.0, timing


# The page loads analysis.js and a script of cases, both by file:// URL, and writes what the
# browser computed into <pre id="out">, which --dump-dom prints.
BROWSER_PAGE = """<!doctype html><meta charset="utf-8"><title>analysis</title>
<pre id="out">not run</pre>
<script src="{script}"></script>
<script src="{cases}"></script>"""
BROWSER_RUN = """
var A = window.QorgauAnalysis, out = CASES.map(function (c) {
  var kind = c[0], row = c[1];
  if (kind === "stem") return A.stem(row[1], row[0]);
  if (kind === "tokens") return A.tokens(row[1], row[0]).join(" ");
  var found = A.citation(row[0]);
  return found === null ? "- -" : (found[0] === null ? "-" : found[0]) + " " + found[1];
});
document.getElementById("out").textContent = JSON.stringify(out);
"""
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-default-apps", "--dump-dom"]


@pytest.mark.browser
def test_runs_in_chromium_from_a_file_url(tmp_path):
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium")
    cases = []
    for path in sorted(VECTORS.glob("*.tsv")):
        kind, rows = read_vectors(path)
        cases += [(kind, row, python_result(kind, row)) for _, row in rows[:300]]
    cases_file = tmp_path / "cases.js"
    cases_file.write_text("var CASES = " + json.dumps([[k, r] for k, r, _ in cases]) + ";\n" + BROWSER_RUN,
                          encoding="utf-8")
    page = tmp_path / "analysis.html"
    page.write_text(BROWSER_PAGE.format(script=SCRIPT.as_uri(), cases=cases_file.as_uri()), encoding="utf-8")
    run = subprocess.run([str(CHROMIUM), *CHROMIUM_ARGS, f"--user-data-dir={tmp_path / 'profile'}", page.as_uri()],
                         capture_output=True, text=True, timeout=120)
    found = re.search(r'<pre id="out">(.*?)</pre>', run.stdout, re.S)
    assert found and found.group(1) != "not run", run.stdout[-2000:] + run.stderr[-2000:]
    got = json.loads(html.unescape(found.group(1)))
    diff = [(r, want, g) for (_, r, want), g in zip(cases, got) if want != g]
    assert len(got) == len(cases) > 500 and not diff, diff[:20]


if __name__ == "__main__" and sys.argv[1:] == ["--write-vectors"]:
    for language in ("ru", "kk"):
        (VECTORS / f"{language}.tsv").write_text(corpus_vector_text(language), encoding="utf-8")
