"""The benchmark's own pure parts: the synthetic corpus generator, page writers, parsers, report."""
from __future__ import annotations

import gzip
import re
import urllib.request
from pathlib import Path

import pytest

from bench import report
from bench.baselines import article_markdown, stock_project
from bench.engines import article_id
from bench.serve import Server
from bench.synth import CITED, WORD, BigramModel, Real, Synthetic, rewrite, synthesize
from qorgau import yamlform
from qorgau.corpus import load_corpus

SMALL = 150  # real articles kept in the small corpus; the generator adds a synthetic act after them


@pytest.fixture(scope="module")
def real() -> Real:
    return Real.load()


@pytest.fixture(scope="module")
def small_real(real: Real) -> Real:
    """The real corpus cut to SMALL articles (the cited ones among them), with the full models."""
    keep = [a for a in real.articles if a["id"] in CITED] + [a for a in real.articles if a["id"] not in CITED][:SMALL - len(CITED)]
    return Real(real.registry, real.acts, keep, real.models)


@pytest.fixture(scope="module")
def corpus(small_real: Real) -> Synthetic:
    return synthesize(small_real, SMALL + 120, seed=7)


def test_written_corpus_is_valid_and_loads(corpus: Synthetic, tmp_path: Path):
    corpus.write(tmp_path / "corpus")
    loaded = load_corpus(tmp_path / "corpus")  # raises CorpusError listing every schema or link problem
    assert len(loaded.articles) == SMALL + 120
    assert set(CITED) <= set(loaded.articles)
    assert "kz/synth-01" in loaded.acts


def test_files_are_in_the_canonical_yaml_form(corpus: Synthetic, tmp_path: Path):
    corpus.write(tmp_path / "corpus")
    files = sorted((tmp_path / "corpus").rglob("*.yml"))
    assert len(files) == SMALL + 120 + len(corpus.acts) + 1
    assert [f for f in files if not yamlform.is_canonical(f.read_text(encoding="utf-8"))] == []


def test_every_word_comes_from_the_real_texts_of_its_language(corpus: Synthetic, real: Real):
    for article in corpus.articles:
        for lang, text in article["text"].items():
            unknown = {w.lower() for w in WORD.findall(text)} - real.models[lang].vocabulary
            assert not unknown, f"{article['id']} text.{lang}: {sorted(unknown)[:5]}"


def test_distinct_word_forms_are_those_of_real_law(corpus: Synthetic, small_real: Real):
    """A naive generator repeats a few hundred words; this one is within a factor of the real corpus."""
    real_forms = {w.lower() for a in small_real.articles for w in WORD.findall(a["text"].get("ru", ""))}
    assert corpus.word_forms()["ru"] > 0.8 * len(real_forms)


def test_synthetic_acts_have_structure_statuses_and_a_share_of_kazakh(real: Real):
    generated = synthesize(real, len(real.articles) + 800, seed=3).articles
    articles = [a for a in generated if "/synth-" in a["id"]]
    assert {a["act"] for a in articles} == {"kz/synth-01", "kz/synth-02"}
    assert all(a["structure"]["ru"][0].startswith("Глава ") for a in articles)
    assert len({a["structure"]["ru"][0] for a in articles}) > 10
    kazakh = [a for a in articles if "kk" in a["text"]]
    assert 0.05 < len(kazakh) / len(articles) < 0.4
    assert all("kk" in a["provenance"] and a["structure"]["kk"][0].split(".")[0].endswith("-тарау") for a in kazakh)
    assert {a["edition"]["status"] for a in articles} == {"in_force", "repealed"}
    assert len({a["id"] for a in articles}) == 800


def test_generation_is_deterministic(small_real: Real):
    assert synthesize(small_real, SMALL + 5, seed=1).articles == synthesize(small_real, SMALL + 5, seed=1).articles


def test_rewrite_keeps_numbers_punctuation_layout_and_case():
    import random

    model = BigramModel(["пытки запрещены законом. суд рассматривает жалобу прокурора."])
    template = "1. Жалоба подается прокурору, – в течение 3 суток.\n\n   2) ВСЕ ПРАВА сохраняются;"
    out = rewrite(template, model, random.Random(1))
    assert WORD.sub("", out) == WORD.sub("", template)
    words = WORD.findall(out)
    assert words[0][0].isupper() and words[1].islower() and words[6].isupper() and words[7].isupper()


def test_bigram_chain_follows_observed_pairs():
    import random

    model = BigramModel(["а б в. а б г."])
    rng = random.Random(0)
    assert {model.next("а", rng) for _ in range(20)} == {"б"}
    assert {model.next("б", rng) for _ in range(50)} == {"в", "г"}
    assert model.start(rng) == "а"


def test_stock_pages_have_label_number_heading_chapter_and_text(corpus: Synthetic):
    article = next(a for a in corpus.articles if a["id"] == "kz/uk/146")
    page = article_markdown(article, corpus.acts["kz/uk"], "ru")
    assert page.startswith(f"# Статья 146. {article['heading']['ru']}\n\n*{article['structure']['ru'][-1]}*\n\n")
    assert page.endswith(article["text"]["ru"] + "\n")
    assert article_markdown(article, corpus.acts["kz/uk"], "kk").startswith("# 146-бап. ")


def test_stock_project_keeps_articles_out_of_the_navigation(corpus: Synthetic, tmp_path: Path):
    project = stock_project(corpus, tmp_path / "stock")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "not_in_nav" in config and "lang: ru" in config and "font: false" in config
    assert len(list((project / "docs" / "law").rglob("*.md"))) == len(corpus.articles)
    kazakh = [a for a in corpus.articles if "kk" in a["text"]]
    assert kazakh and len(list((project / "docs" / "kk" / "law").rglob("*.md"))) == len(kazakh)


@pytest.mark.parametrize(("url", "expected"), [
    ("../law/kz/uk/146.html", "kz/uk/146"),
    ("/law/kz/upk/101.html#st", "kz/upk/101"),
    ("law/kz/synth-01/12-1.html", "kz/synth-01/12-1"),
    ("./index.html", "./index.html"),
    (None, None),
])
def test_article_id_from_result_links(url, expected):
    assert article_id(url) == expected


def test_server_gzips_text_and_not_binary(tmp_path: Path):
    (tmp_path / "a.js").write_text("var x = 1;" * 200)
    (tmp_path / "b.pf_index").write_bytes(b"\x1f\x8b" + b"x" * 100)
    with Server(tmp_path) as server:
        def get(name):
            request = urllib.request.Request(server.url + name, headers={"Accept-Encoding": "gzip"})
            with urllib.request.urlopen(request) as response:
                return response.headers.get("Content-Encoding"), response.read()
        encoding, body = get("a.js")
        assert encoding == "gzip" and gzip.decompress(body) == b"var x = 1;" * 200
        assert get("b.pf_index") == (None, b"\x1f\x8b" + b"x" * 100)


def _results(ours_ms: float, pagefind_ms: float) -> dict:
    run = lambda ms, size: {"ms": ms, "bytes": size, "search_bytes": size, "first_id": None, "error": None, "after": {}}
    fast = lambda urls: {"fast": {"after": {"ui": {"146 УК": {"ms": 5, "first_id": "kz/uk/146"}},
                                            "api": {q: {"ms": 5, "urls": urls} for q in ["пытки", "қорғау"]}}}}
    engines = {"ours": {"phone": [run(ours_ms, 1000)], "file": [run(ours_ms, None)],
                        **fast(["law/kz/uk/146.html", "law/kz/uk/1.html"])},
               "material": {"phone": [], "file": [{"error": "Timeout", "ms": None}], **fast([])},
               "pagefind": {"phone": [run(pagefind_ms, 2000)], "file": [{"error": "Timeout", "ms": None}],
                            **fast(["/law/kz/uk/146.html", "/kk/law/kz/uk/1.html"])}}
    builds = {k: {"seconds": 10.0, "peak_mb": 100.0, "ok": True} for k in report.ENGINES}
    return {"sizes": {2000: {"builds": builds, "engines": engines}}}


QUERIES = {"first": "пытки", "inflected": ["пытки"], "kazakh": ["қорғау"], "citations": {"146 УК": "kz/uk/146"}}


def test_report_rows_pass_and_fail_against_the_targets():
    def row(results, name):
        return next(r for r in report.rows(results, QUERIES) if r[0].startswith(name))
    assert row(_results(1000, 3000), "first result on load, phone, http")[-1] == "pass"
    assert row(_results(1000, 3000), "first result on load, phone, http")[5].endswith("×3.0")
    assert row(_results(4000, 3000), "first result on load, phone, http")[-1] == "FAIL"
    assert row(_results(1000, 3000), "first result on load, phone, file")[3] == "does not run"
    assert row(_results(1000, 3000), "recall")[2] == "0"  # hits on Kazakh pages count for Kazakh queries only
    assert row(_results(1000, 3000), "citation")[2:5] == ["1/1", "1/1", "1/1"]
    assert re.search(r"\| 2000 \|", report.table(_results(1000, 3000), QUERIES))
