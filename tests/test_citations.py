"""Citations of articles in Russian and Kazakh text, and the links made from them."""
from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qorgau.citations import CitingContext, find_citations, link_citations, protected_spans

# The table a caller builds from each act's `cite_as`; here only for the tests.
ACTS = {
    "ru": {"УК": "kz/uk", "УК РК": "kz/uk", "Уголовного кодекса": "kz/uk", "Уголовным кодексом": "kz/uk",
           "УПК": "kz/upk", "УПК РК": "kz/upk", "Уголовно-процессуального кодекса": "kz/upk",
           "УИК": "kz/uik", "Уголовно-исполнительного кодекса": "kz/uik"},
    "kk": {"ҚК": "kz/uk", "Қылмыстық кодекс": "kz/uk", "ҚПК": "kz/upk", "Қылмыстық процестік кодекс": "kz/upk"},
}
CONSTITUTIONS = [("kz/konst-1995", date(1995, 9, 5), date(2026, 7, 1)), ("kz/konst", date(2026, 7, 1), None)]
RU = CitingContext("ru", "kz/upk", date(2022, 9, 11))
KK = CitingContext("kk", "kz/upk", date(2022, 9, 11))
SOURCES = Path("/work/shared/sources/kazakhstan-law")
UPK_FILES = sorted(SOURCES.glob("02-codes/2014/0704-*/rus/*.md"))


def found(text: str, ctx: CitingContext = RU) -> list[tuple[str, str | None]]:
    return [(c.text, c.article_id) for c in find_citations(text, ctx, ACTS, CONSTITUTIONS)]


def link(text: str, ctx: CitingContext = RU, exists=lambda a: True) -> tuple[str, list]:
    return link_citations(text, ctx, ACTS, CONSTITUTIONS, exists, lambda a: f"/{a}/")


def unlink(markdown: str) -> str:
    """Undo what link_citations adds (its URLs all start with /kz/ here)."""
    return re.sub(r"\[([^\[\]]*)\]\(/kz/[^()\s]*/\)", r"\1", markdown)


@pytest.mark.parametrize("text, expected", [
    ("ст. 146 УК РК", [("ст. 146", "kz/uk/146")]),
    ("ст.146 УК", [("ст.146", "kz/uk/146")]),
    ("ст. 146 ч. 2 УК", [("ст. 146", "kz/uk/146")]),
    ("статьи 146 Уголовного кодекса", [("статьи 146", "kz/uk/146")]),
    ("частью второй статьи 101 УПК", [("статьи 101", "kz/upk/101")]),
    ("части 1 статьи 101 УПК", [("статьи 101", "kz/upk/101")]),
    ("пунктом 2) части первой статьи 187 настоящего Кодекса", [("статьи 187", "kz/upk/187")]),
    ("статьёй 20 Конституции", [("статьёй 20", "kz/konst-1995/20")]),
    ("статьей 20 Конституции Республики Казахстан", [("статьей 20", "kz/konst-1995/20")]),
    ("пункта 6 статьи 15 Конституции", [("статьи 15", "kz/konst-1995/15")]),
    ("статьями 100 и 101 УПК", [("статьями 100", "kz/upk/100"), ("101", "kz/upk/101")]),
    ("статьями 145, 146, 147 и 153 настоящего Кодекса",
     [("статьями 145", "kz/upk/145"), ("146", "kz/upk/146"), ("147", "kz/upk/147"), ("153", "kz/upk/153")]),
    ("статьи 272-1 настоящего Кодекса", [("статьи 272-1", "kz/upk/272-1")]),
    # A range links the numbers it shows, not the ones between.
    ("статьи 100–107 УПК", [("статьи 100", "kz/upk/100"), ("107", "kz/upk/107")]),
    ("статей 350 – 363 настоящего Кодекса", [("статей 350", "kz/upk/350"), ("363", "kz/upk/363")]),
    ("статьи 100-107 УПК", [("статьи 100", "kz/upk/100"), ("107", "kz/upk/107")]),
    ("статьей 385 (частью третьей) Уголовного кодекса Республики Казахстан", [("статьей 385", "kz/uk/385")]),
    ("статьями 99 (пунктом 15) части второй), 170 (частью четвертой), 175 Уголовного кодекса",
     [("статьями 99", "kz/uk/99"), ("170", "kz/uk/170"), ("175", "kz/uk/175")]),
    ("статьи 127 настоящего Уголовно-процессуального кодекса РК", [("статьи 127", "kz/upk/127")]),
    ("в статье 5 настоящего Закона", [("статье 5", "kz/upk/5")]),
    # One act named after a chain of citations applies to each of them.
    ("частью второй статьи 238, частью третьей статьи 239, частью второй статьи 250 настоящего Кодекса",
     [("статьи 238", "kz/upk/238"), ("статьи 239", "kz/upk/239"), ("статьи 250", "kz/upk/250")]),
    ("статьи\n146 УК", [("статьи\n146", "kz/uk/146")]),
])
def test_russian_forms(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "статьи 146",  # no act: ambiguous
    "Статья 146. Пытки",
    "Кодекс дополнен статьей 301-1 в соответствии с Законом РК от 09.06.2021",
    "статьи 5 Закона РК «О печати» и",
    "статьи 146 УКАЗА",
    "постатейно 146 УК",
    "статьи 35 и главой 64 Закона",
    "статьи 146\n\nУК",  # a paragraph break ends a citation
    "статьи 5 Закона о печати и статьи",
])
def test_russian_without_a_named_act_is_not_a_citation(text):
    assert found(text) == []


def test_a_chain_is_broken_by_other_words():
    assert found("статьи 5 Закона о печати и статьи 7 УК") == [("статьи 7", "kz/uk/7")]


@pytest.mark.parametrize("text, expected", [
    ("ҚК-нің 146-бабы", [("146-бабы", "kz/uk/146")]),
    ("ҚК 146-бап", [("146-бап", "kz/uk/146")]),
    ("Қылмыстық кодексінің 272-1-бабы", [("272-1-бабы", "kz/uk/272-1")]),
    ("Конституцияның 20-бабы", [("20-бабы", "kz/konst-1995/20")]),
    ("Қазақстан Республикасы Конституциясының 12, 14 және 25-баптарында",
     [("12", "kz/konst-1995/12"), ("14", "kz/konst-1995/14"), ("25-баптарында", "kz/konst-1995/25")]),
    ("Конституцияның 11, 13-15-баптарында",
     [("11", "kz/konst-1995/11"), ("13", "kz/konst-1995/13"), ("15-баптарында", "kz/konst-1995/15")]),
    ("осы Кодекстің 100-бабында", [("100-бабында", "kz/upk/100")]),
    ("осы Кодекстiң 100-бабында", [("100-бабында", "kz/upk/100")]),  # Latin i, as in the source
    ("Конституцияның 2-бабы 7-тармағының және 43-бабы",
     [("2-бабы", "kz/konst-1995/2"), ("43-бабы", "kz/konst-1995/43")]),
    ("146-бап", []),  # no act: ambiguous
    ("### 64-бап", []),
    ("Конституциялық заңның 5-бабы", []),  # a constitutional law, not the Constitution
])
def test_kazakh_forms(text, expected):
    assert found(text, KK) == expected


@pytest.mark.parametrize("lang, text", [("ru", "статьи 17 Конституции"), ("kk", "Конституцияның 17-бабы")])
@pytest.mark.parametrize("when, act", [
    (date(2022, 9, 17), "kz/konst-1995"),
    (date(2026, 6, 30), "kz/konst-1995"),
    (date(2026, 7, 1), "kz/konst"),
    (date(2026, 8, 1), "kz/konst"),
])
def test_the_constitution_is_the_one_in_force_on_the_date_of_the_citing_text(lang, text, when, act):
    [c] = find_citations(text, CitingContext(lang, None, when), ACTS, CONSTITUTIONS)
    assert c.article_id == f"{act}/17"


def test_an_undated_text_cites_todays_constitution():
    undated = find_citations("статьи 17 Конституции", CitingContext("ru"), ACTS, CONSTITUTIONS)
    today = find_citations("статьи 17 Конституции", CitingContext("ru", None, date.today()), ACTS, CONSTITUTIONS)
    assert undated == today


def test_the_constitution_rule_follows_the_data():
    mine = [("x/old", None, date(2000, 1, 1)), ("x/new", date(2000, 1, 1), None)]
    [old] = find_citations("статьи 1 Конституции", CitingContext("ru", None, date(1999, 1, 1)), ACTS, mine)
    [new] = find_citations("статьи 1 Конституции", CitingContext("ru", None, date(2001, 1, 1)), ACTS, mine)
    assert (old.article_id, new.article_id) == ("x/old/1", "x/new/1")


def test_a_year_names_the_constitution():
    later = CitingContext("ru", None, date(2026, 8, 1))
    assert found("статьи 17 Конституции 1995 года", later) == [("статьи 17", "kz/konst-1995/17")]
    assert found("1995 жылғы Конституцияның 17-бабы", CitingContext("kk", None, date(2026, 8, 1))) == [
        ("17-бабы", "kz/konst-1995/17")]


def test_a_form_of_the_constitution_in_the_act_table_still_follows_the_date():
    acts = {"ru": {**ACTS["ru"], "Конституции Республики Казахстан": "kz/konst"}}
    [c] = find_citations("статьи 17 Конституции Республики Казахстан", RU, acts, CONSTITUTIONS)
    assert c.article_id == "kz/konst-1995/17"


def test_this_code_is_the_act_of_the_citing_text():
    assert found("статьи 100 настоящего Кодекса", CitingContext("ru", "kz/upk")) == [("статьи 100", "kz/upk/100")]
    assert found("статьи 100 настоящего Кодекса", CitingContext("ru", "kz/uk")) == [("статьи 100", "kz/uk/100")]
    assert found("статьей 20 настоящей Конституции", CitingContext("ru", "kz/konst")) == [
        ("статьей 20", "kz/konst/20")]


def test_this_code_outside_an_act_is_unresolved():
    new, unresolved = link("См. статью 100 настоящего Кодекса.", CitingContext("ru", None))
    assert new == "См. статью 100 настоящего Кодекса."
    assert [(c.text, c.act, c.article_id) for c in unresolved] == [("статью 100", None, None)]


def test_a_citation_of_a_missing_article_is_unresolved_with_its_line_and_column():
    text = "# Заголовок\n\nСм. статью 146 УК и\nстатьи 9999 УК РК.\n"
    new, unresolved = link(text, exists=lambda a: a != "kz/uk/9999")
    assert new == "# Заголовок\n\nСм. [статью 146](/kz/uk/146/) УК и\nстатьи 9999 УК РК.\n"
    [c] = unresolved
    assert (c.line, c.column, c.text, c.article_id) == (4, 1, "статьи 9999", "kz/uk/9999")
    assert text[c.start:c.end] == c.text


def test_line_and_column_count_characters_from_one():
    [c] = find_citations("абв\nгд ст. 5 УК", RU, ACTS, CONSTITUTIONS)
    assert (c.line, c.column) == (2, 4)


@pytest.mark.parametrize("text", [
    "[статьи 146 УК](https://example.org)",
    "[см. статьи 146 УК][ref]",
    "`статьи 146 УК`",
    "``статьи `146` УК``",
    "```\nстатьи 146 УК\n```",
    "~~~~md\nстатьи 146 УК\n~~~~",
    "Текст:\n\n    статьи 146 УК\n",
    "# Статья 146 УК",
    "#### Об ст. 146 УК",
    "Ст. 146 УК\n---",
    '<span title="статьи 146 УК">x</span>',
    '<a href="/x/">статьи 146 УК</a>',
    "<!-- статьи 146 УК -->",
    "<div>\nстатьи 146 УК\n</div>",
    "---\ntitle: статьи 146 УК\n---\n",
    "[ref]: https://example.org 'статьи 146 УК'",
])
def test_no_links_inside_links_code_html_or_headings(text):
    new, unresolved = link(text)
    assert new == text
    assert unresolved == []


def test_an_indented_line_in_a_list_is_not_code():
    text = "1. Первый.\n\n    По статье 146 УК.\n"
    assert link(text)[0] == "1. Первый.\n\n    По [статье 146](/kz/uk/146/) УК.\n"


def test_linking_wraps_only_the_span_and_leaves_every_other_character():
    text = "«См. статьи 100–107 УПК»,\u00a0а также ст. 146 УК РК!"
    new, _ = link(text)
    assert new == "«См. [статьи 100](/kz/upk/100/)–[107](/kz/upk/107/) УПК»,\u00a0а также [ст. 146](/kz/uk/146/) УК РК!"
    assert unlink(new) == text


def test_a_url_with_spaces_or_parentheses_is_bracketed():
    new, _ = link_citations("статьи 5 УК", RU, ACTS, CONSTITUTIONS, lambda a: True, lambda a: "a b (c)")
    assert new == "[статьи 5](<a b (c)>) УК"


def test_linking_is_idempotent():
    text = "Статьями 100 и 101 УПК, ҚК-нің 146-бабы, `ст. 5 УК` и [ст. 6 УК](x)."
    once, _ = link(text)
    twice, unresolved = link(once)
    assert twice == once and unresolved == []


def test_english_has_no_citations():
    assert found("Article 146 of the Criminal Code", CitingContext("en")) == []


def test_protected_spans_are_sorted_and_disjoint():
    spans = protected_spans("# H\n\n`a` [b](c) <i>d</i>\n")
    assert spans == sorted(spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))


WORDS = ["статьи", "ст.", "статьями", "146", "272-1", "100", " ", " ", "\n", "\n\n", ",", " и ", "–", "УК", "УК РК",
         "настоящего Кодекса", "Конституции", "частью второй", "(", ")", "[", "](x)", "`", "#", "<a>", "</a>", "!"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map("".join))
def test_any_text_only_gains_link_syntax_and_links_once(text):
    new, _ = link(text)
    assert unlink(new) == unlink(text)
    assert link(new)[0] == new


@pytest.mark.skipif(not UPK_FILES, reason="the Criminal Procedure Code sources are not on this machine")
def test_the_criminal_procedure_code_sources():
    ctx = CitingContext("ru", "kz/upk", date(2022, 9, 11))
    total, chars, started = 0, 0, time.perf_counter()
    for path in UPK_FILES:
        text = path.read_text(encoding="utf-8")
        new, unresolved = link_citations(text, ctx, ACTS, CONSTITUTIONS, lambda a: True, lambda a: f"/{a}/")
        assert unresolved == []
        assert unlink(new) == text, path
        citations = find_citations(text, ctx, ACTS, CONSTITUTIONS)
        assert all(text[c.start:c.end] == c.text and c.act for c in citations)
        total, chars = total + len(citations), chars + len(text)
    assert total > 100
    # A generous bound, so a slow machine does not fail; the corpus needs millions of characters a second.
    assert chars / (time.perf_counter() - started) > 500_000


def test_indented_lines_can_be_linked_for_a_renderer_that_keeps_them_as_text():
    text = "Текст.\n\n      По статье 146 УК.\n"
    assert link(text)[0] == text
    new, _ = link_citations(text, RU, ACTS, CONSTITUTIONS, lambda a: True, lambda a: f"/{a}/", indented_code=False)
    assert new == "Текст.\n\n      По [статье 146](/kz/uk/146/) УК.\n"
