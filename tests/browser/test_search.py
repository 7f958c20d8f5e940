"""Search in the built site, over http and from file://: citations, word forms, Kazakh typed on a
Russian keyboard, filters, what it downloads, and that it sends, stores and breaks nothing."""
from __future__ import annotations

import json
import re

import pytest

from qorgau.search import normalise, tokenise, tokens
from qorgau.search.shards import shard_of
from tests.browser.pagewatch import PageWatch

CITATIONS = [
    ("ru", "146 УК", "kz/uk/146"),
    ("ru", "ст. 146", "kz/uk/146"),
    ("ru", "статья 101 УПК", "kz/upk/101"),
    ("ru", "УПК 101", "kz/upk/101"),
    ("ru", "20 Конституции", "kz/konst/20"),
    ("kk", "146-бап", "kz/uk/146"),
    ("kk", "ҚК 146-бабы", "kz/uk/146"),
    ("en", "Article 101 УПК", "kz/upk/101"),
]
# The same words as a Kazakh keyboard writes them and as a Russian keyboard stands in for them.
KAZAKH_ON_RUSSIAN_KEYS = [("қорқыту", "коркыту"), ("бостандығынан айыру", "бостандыгынан айыру"),
                          ("құқықтары", "кукыктары"), ("азаптаудың", "азаптаудын"),
                          # ә typed as а
                          ("кәмелетке толмаған", "камелетке толмаган")]
# ә typed as е: an е may be either letter, so the typed word also finds words with е where the
# Kazakh spelling had it; what the Kazakh spelling finds first must be among its results.
KAZAKH_WITH_E_FOR_AE = [("кәмелетке толмаған", "кемелетке толмаган"), ("әйелге", "ейелге")]
SAME_EVERYWHERE = ["пытками", "осуждённый", "жалоба прокурору", "146 УК", "задержание"]


def site_path(url: str, base: str) -> str:
    """A result's address relative to the site root, whatever the site is served from."""
    return url[len(base):] if url.startswith(base) else url


def header_search(page, query: str) -> list[str]:
    """Type `query` in the header field; return the result links as absolute URLs."""
    page.fill("#q-search-input", query)
    page.wait_for_function(
        "q => document.getElementById('q-search-input').value === q"
        " && document.getElementById('q-search-list').getAttribute('aria-busy') === 'false'", arg=query)
    return page.eval_on_selector_all("#q-search-list [role=option] a", "links => links.map(a => a.href)")


def header_count(page) -> str:
    return page.text_content(".q-search__status")


def page_results(page) -> list[str]:
    page.wait_for_function("() => document.querySelector('[data-q-results]').getAttribute('aria-busy') === 'false'")
    return page.eval_on_selector_all("[data-q-results] a", "links => links.map(a => a.href)")


def status_number(text: str) -> int:
    found = re.search(r"\d+", text or "")
    return int(found[0]) if found else 0


@pytest.fixture
def tab(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


def test_citation_queries_put_the_article_first(tab, site_url):
    for lang, query, article in CITATIONS:
        tab.goto(f"{site_url}{lang}/index.html")
        links = header_search(tab, query)
        assert links, f"{lang}: {query!r} found nothing"
        assert site_path(links[0], site_url) == f"{lang}/law/{article}.html", f"{lang}: {query!r}"


def test_inflected_forms_and_yo_find_the_same(tab, site_url):
    tab.goto(site_url + "ru/index.html")
    assert site_url + "ru/law/kz/uk/146.html" in header_search(tab, "пытками")
    with_e, count_e = header_search(tab, "осужденный"), header_count(tab)
    with_yo, count_yo = header_search(tab, "осуждённый"), header_count(tab)
    assert with_e and with_e == with_yo and count_e == count_yo


def test_kazakh_typed_with_russian_letters_finds_the_same(tab, site_url):
    """Same best result and at least as many results: the Russian-letter spelling is also read
    as Russian, so it may find a few more."""
    tab.goto(site_url + "kk/index.html")
    for kazakh, russian_keys in KAZAKH_ON_RUSSIAN_KEYS:
        found = header_search(tab, kazakh)
        count = status_number(header_count(tab))
        assert found, kazakh
        typed = header_search(tab, russian_keys)
        assert typed[0] == found[0], russian_keys
        assert status_number(header_count(tab)) >= count, russian_keys


def test_kazakh_typed_with_e_for_ae_finds_the_kazakh_spellings_best_result(tab, site_url):
    tab.goto(site_url + "kk/index.html")
    for kazakh, typed in KAZAKH_WITH_E_FOR_AE:
        best = header_search(tab, kazakh)[0]
        assert best in header_search(tab, typed), typed


def test_a_kazakh_verbal_noun_finds_the_verbs_other_forms(tab, site_url):
    """«қорғау» (protection) finds articles that say only «қорғалады» (is protected) or «қорғалу»."""
    tab.goto(site_url + "kk/law/search.html")
    tab.select_option("select[name=act]", "kz/konst")
    tab.fill("#q-page-query", "қорғау")
    found = page_results(tab)
    while tab.is_visible("[data-q-more]"):
        tab.click("[data-q-more]")
        found = page_results(tab)  # waits until the next page has been shown
    for only_verb_forms in ("20", "27"):
        assert f"{site_url}kk/law/kz/konst/{only_verb_forms}.html" in found, only_verb_forms


def test_same_results_over_http_and_from_file(browser, http_site, file_site):
    answers = {}
    for base in (http_site, file_site):
        context = browser.new_context()
        page = context.new_page()
        page.goto(base + "ru/index.html")
        answers[base] = [[site_path(u, base) for u in header_search(page, q)] + [header_count(page)]
                         for q in SAME_EVERYWHERE]
        context.close()
    assert answers[http_site] == answers[file_site]
    assert all(len(a) > 1 for a in answers[http_site])


def test_filters_narrow_the_results(tab, site_url):
    requests = []
    tab.on("request", lambda r: requests.append(r.url))
    tab.goto(site_url + "ru/law/search.html")
    tab.fill("#q-page-query", "жалоба")
    everything = page_results(tab)
    total = status_number(tab.text_content(".q-results__status"))
    assert total > 20 and len(everything) == 20
    assert not any(u.endswith("/search/filters.js") for u in requests), "filters loaded before use"

    tab.select_option("select[name=act]", "kz/upk")
    in_upk = page_results(tab)
    upk_total = status_number(tab.text_content(".q-results__status"))
    assert 0 < upk_total < total
    assert all("/law/kz/upk/" in u for u in in_upk)

    chapters = tab.eval_on_selector_all("select[name=chapter] option", "os => os.map(o => o.value)")
    assert len(chapters) > 5 and not tab.is_disabled("select[name=chapter]")
    tab.select_option("select[name=chapter]", chapters[1])
    in_chapter = status_number(tab.text_content(".q-results__status")) if page_results(tab) else 0
    assert in_chapter < upk_total

    # Filters alone list what they match, in the database's order.
    tab.fill("#q-page-query", "")
    tab.select_option("select[name=chapter]", "")
    tab.select_option("select[name=act]", "")
    tab.select_option("select[name=lang]", "en")
    in_english = page_results(tab)
    assert in_english and all("/law/int/" in u for u in in_english)

    tab.select_option("select[name=lang]", "")
    tab.select_option("select[name=topic]", "torture")
    by_topic = page_results(tab)
    assert site_url + "ru/law/kz/uk/146.html" in by_topic
    assert site_url + "ru/law/kz/uk/147.html" not in by_topic


def expected_shards(site, lang: str, query: str) -> tuple[set[str], int]:
    """Shard files a finished query needs, worked out in Python from the built manifest."""
    text = (site / lang / "search" / "manifest.js").read_text(encoding="utf-8")
    manifest = json.loads(text[text.index(",") + 1: text.rindex(")")])
    needed = set()
    for word in tokenise(normalise(query)):
        terms = [tokens(word, language) for language in manifest["langs"]]
        if all(terms):
            needed.update(shard_of(t[0], manifest["shards"]) for t in terms)
    return {f"shards/{n}.js" for n in needed}, len(manifest["shards"])


def test_only_the_shards_of_the_typed_words_are_downloaded(tab, site_url, built_site):
    loaded = []
    tab.on("request", lambda r: "/search/" in r.url and loaded.append(r.url.split("/search/", 1)[1]))
    tab.goto(site_url + "ru/index.html")
    assert loaded == []  # nothing until the reader searches
    for n, query in enumerate(("пытками ", "жалоба прокурору ", "осуждённый ")):
        loaded.clear()
        header_search(tab, query)
        want, total = expected_shards(built_site, "ru", query)
        shards = {name for name in loaded if name.startswith("shards/")}
        # Later queries do not fetch again what earlier ones loaded.
        assert shards == want if n == 0 else shards <= want, query
        assert len(want) <= 3 < total
        assert sum(name.startswith("docs/") for name in loaded) <= 8
        assert "filters.js" not in loaded


def test_search_sends_nothing_elsewhere_and_logs_no_errors(tab, site_url):
    watch = PageWatch(site_url)
    watch.attach(tab)
    tab.goto(site_url + "ru/index.html")
    for query in ("пытк", "пытками", "146 УК", "жалоба прокурору", "qwertyuiop", "ст."):
        header_search(tab, query)
    tab.goto(site_url + "kk/law/search.html")
    tab.fill("#q-page-query", "азаптау")
    page_results(tab)
    tab.select_option("select[name=status]", "in_force")
    page_results(tab)
    assert watch.foreign == [] and watch.errors == [] and watch.failed == []


def test_keyboard_opens_a_result_without_a_history_entry(tab, site_url):
    tab.goto(site_url + "ru/safety.html")
    length = tab.evaluate("history.length")
    header_search(tab, "146 УК")
    assert tab.get_attribute("#q-search-input", "aria-expanded") == "true"
    tab.press("#q-search-input", "ArrowDown")
    assert tab.get_attribute("#q-search-input", "aria-activedescendant") == "q-search-option-0"
    tab.press("#q-search-input", "Enter")
    tab.wait_for_url(re.compile(r"/ru/law/kz/uk/146\.html$"))
    assert tab.evaluate("history.length") == length


def test_queries_are_stored_nowhere(tab, site_url):
    tab.goto(site_url + "ru/law/search.html?q=" + "пытками")
    assert site_url + "ru/law/kz/uk/146.html" in page_results(tab)
    assert "q=" not in tab.url  # read once, then dropped from the address
    header_search(tab, "жалоба прокурору")
    assert tab.evaluate("() => [localStorage.length, sessionStorage.length]") == [0, 0]
    assert tab.context.cookies() == []
