"""Article and act pages: text layout, language fallback, citations, and builds that refuse bad input."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from qorgau.corpus import load_corpus
from qorgau.i18n import languages
from qorgau.law import citing, paths, render, views
from qorgau.build import build_all, build_language

ROOT = Path(__file__).resolve().parents[1]
UI = {"text_fallback": "shown in: {lang}"}


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(ROOT / "corpus")


def test_layout_keeps_levels_footnotes_and_escapes_html():
    text = ("1. Часть первая –\n\n   наказывается штрафом.\n\n      1\\) пункт <script>x</script>;\n\n"
            "> *Сноска. Статья 145 с изменениями.*")
    assert render.to_html(text) == (
        "<p>1. Часть первая –</p>\n"
        '<p class="q-i1">наказывается штрафом.</p>\n'
        '<p class="q-i2">1) пункт &lt;script&gt;x&lt;/script&gt;;</p>\n'
        '<p class="q-footnote"><em>Сноска. Статья 145 с изменениями.</em></p>')


def test_only_safe_link_targets_become_links():
    assert render.inline("[ст. 1](../uk/1.html)") == '<a href="../uk/1.html">ст. 1</a>'
    assert "<a" not in render.inline("[x](javascript:alert(1))")


def test_article_pages_have_stable_addresses():
    assert paths.article_src("kz/upk/272-1") == "law/kz/upk/272-1.md"
    assert paths.relative_href("law/kz/uk/146.md", "law/kz/konst/20.md") == "../konst/20.html"
    assert sorted(["147", "146-1", "146", "1000"], key=paths.number_key) == ["146", "146-1", "147", "1000"]


def test_missing_translation_is_named_not_hidden(corpus):
    article = corpus.articles["kz/upk/101"]
    act = corpus.acts["kz/upk"]
    kk = views.article_view(article, act, corpus, "kk", UI)
    assert kk["text_lang"] == "ru" and kk["text_fallback"] == "shown in: Русский"
    assert views.article_view(article, act, corpus, "ru", UI)["text_fallback"] is None


def test_kazakh_label_puts_the_number_first(corpus):
    article, act = corpus.articles["kz/uk/146"], corpus.acts["kz/uk"]
    assert views.article_title(article, act, "kk").startswith("146-бап")
    assert views.article_title(article, act, "ru") == "Статья 146. Пытки"


def test_constitution_cited_by_a_repealed_text_is_the_one_then_in_force(corpus):
    act = corpus.acts["kz/konst-1995"]
    ctx = citing.article_context(corpus.articles["kz/konst-1995/13"], act, "ru")
    assert ctx.date < date(2026, 7, 1)
    tables = citing.tables(corpus)
    linked, _ = citing.link("согласно статье 17 Конституции", ctx, tables, "law/kz/konst-1995/13.md")
    assert "(17.md)" in linked
    today = citing.link("согласно статье 17 Конституции", citing.CitingContext("ru"), tables, "index.md")[0]
    assert "(law/kz/konst/17.md)" in today


def _build_primary(project: Path):
    primary = next(lang for lang in languages() if lang.primary)
    return build_language(primary, project / "site", project)


def test_a_corpus_error_stops_the_build_with_file_and_line_and_writes_nothing(project_copy):
    article = project_copy / "corpus/kz/uk/146.yml"
    article.write_text(article.read_text(encoding="utf-8").replace("status: in_force", "status: in-force"),
                       encoding="utf-8")
    result = _build_primary(project_copy)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "corpus/kz/uk/146.yml:" in output and "in-force" in output
    assert "Traceback" not in output
    assert not (project_copy / "site").exists()


def test_a_guide_citing_a_missing_article_stops_the_build(project_copy):
    guide = project_copy / "docs/ru/index.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "\nСм. статью 9999 УК РК.\n", encoding="utf-8")
    result = _build_primary(project_copy)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "docs/ru/index.md:" in output and "статью 9999" in output and "not in the corpus" in output
    assert "Traceback" not in output


def test_the_whole_build_reports_a_corpus_error_once_and_builds_no_language(project_copy, capsys):
    article = project_copy / "corpus/kz/uk/146.yml"
    article.write_text(article.read_text(encoding="utf-8").replace("status: in_force", "status: in-force"),
                       encoding="utf-8")
    assert build_all(project_copy / "site", project_copy) is False
    output = capsys.readouterr()
    assert (output.out + output.err).count("corpus/kz/uk/146.yml:") == 1
    assert "Traceback" not in output.out + output.err
    assert not (project_copy / "site").exists()
