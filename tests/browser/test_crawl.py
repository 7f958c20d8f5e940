"""Every page, in every language, over http and from file://: no request to another host,
no console error, no broken link."""
from __future__ import annotations

import os
import re
from collections import defaultdict
from pathlib import Path

from tests.browser.pagewatch import PageWatch
from tests.sitefiles import broken_links, pages

ARTICLE = re.compile(r"^(?P<lang>[a-z]{2})/law/(?P<act>[^/]+/[^/]+)/(?!index\.html)[^/]+\.html$")
# Article pages share one template; the browser visits this many per act and language (every
# other page, all of them), and the link check below reads every page without a browser.
# QORGAU_CRAWL=all visits every article page too.
ARTICLES_PER_ACT = 2


def pages_to_visit(site: Path) -> list[str]:
    everything = os.environ.get("QORGAU_CRAWL") == "all"
    seen: dict[tuple[str, str], int] = defaultdict(int)
    chosen = []
    for page in pages(site):
        rel = page.relative_to(site).as_posix()
        match = ARTICLE.match(rel)
        if match and not everything:
            key = (match["lang"], match["act"])
            seen[key] += 1
            if seen[key] > ARTICLES_PER_ACT:
                continue
        chosen.append(rel)
    return chosen


def test_no_broken_links_in_any_page(built_site):
    assert broken_links(built_site) == []


def test_every_language_was_built(built_site):
    from qorgau.i18n import languages

    for lang in languages():
        assert (built_site / lang.code / "index.html").exists(), lang.code
    assert (built_site / "index.html").exists()


def test_pages_make_no_foreign_requests_and_no_errors(browser, built_site, site_url):
    context = browser.new_context()
    page = context.new_page()
    watch = PageWatch(site_url)
    watch.attach(page)
    visited = pages_to_visit(built_site)
    assert len(visited) >= 6
    for rel in visited:
        response = page.goto(site_url + rel, wait_until="load")
        if site_url.startswith("http"):
            assert response is not None and response.ok, f"{rel}: HTTP {response and response.status}"
        if rel == "index.html":  # the root page forwards to the primary language by itself
            page.wait_for_url(re.compile(r"/ru/index\.html$"))
    context.close()
    assert watch.foreign == [], "requests to other hosts"
    assert watch.errors == [], "console errors"
    assert watch.failed == [], "failed requests"


def test_site_stores_nothing_on_the_device(browser, site_url):
    """Cookies, localStorage and sessionStorage stay empty after reading several pages."""
    context = browser.new_context()
    page = context.new_page()
    for rel in ("ru/index.html", "ru/safety.html", "kk/index.html", "en/index.html"):
        page.goto(site_url + rel, wait_until="load")
        stored = page.evaluate("() => [localStorage.length, sessionStorage.length]")
        assert stored == [0, 0], f"{rel} stored data: {page.evaluate('() => ({...localStorage, ...sessionStorage})')}"
    assert context.cookies() == []
    context.close()


def test_language_switch_keeps_the_page(browser, site_url):
    page = browser.new_page()
    page.goto(site_url + "ru/safety.html")
    for code in ("kk", "en", "ru"):
        href = page.get_attribute(f'a[data-q-lang="{code}"]', "href")
        page.goto(page.url.rsplit("/", 1)[0] + "/" + href)
        assert page.url.endswith(f"/{code}/safety.html"), page.url
        assert page.get_attribute("html", "lang") == code
    page.close()


def test_untranslated_page_shows_a_visible_fallback_banner(browser, site_url):
    page = browser.new_page()
    page.goto(site_url + "kk/safety.html")
    banner = page.locator(".q-fallback")
    assert banner.is_visible()
    assert "аударылмаған" in banner.inner_text()
    assert page.locator('article [lang="ru"], [lang="ru"] article, div[lang="ru"]').count() >= 1
    page.close()


def test_kazakh_letters_have_a_font_from_the_device_or_the_site(browser, site_url):
    page = browser.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(site_url + "kk/index.html")
    covered = page.evaluate("""async () => {
        const letters = 'ӘҒҚҢӨҰҮҺІәғқңөұүһі';
        const faces = await document.fonts.load('16px "Qorgau Sans"', letters);
        return faces.length > 0 && document.fonts.check('16px "Qorgau Sans"', letters);
    }""")
    assert covered
    # Every font file, if the device lacked one, came from the site itself.
    assert all(url.startswith(site_url) for url in requests if url.endswith(".woff2"))
    page.close()
