"""Article pages in the browser: copying a citation works offline; print drops the chrome."""
from __future__ import annotations


def test_copy_citation_copies_from_http_and_from_file(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url + "ru/law/kz/uk/146.html")
    # Capture what the page hands to the clipboard, whichever of the two ways it takes.
    page.evaluate("""() => {
        window.__copied = null;
        document.addEventListener('copy', e => { window.__copied = document.getSelection().toString(); });
        if (navigator.clipboard) navigator.clipboard.writeText = t => { window.__copied = t; return Promise.resolve(); };
    }""")
    button = page.locator("[data-q-copy]")
    button.click()
    page.wait_for_function("() => window.__copied !== null")
    assert page.evaluate("() => window.__copied") == "Уголовный кодекс Республики Казахстан, статья 146 (в редакции от 11.09.2022)"
    assert button.inner_text() == "Скопировано"
    context.close()


def test_print_shows_the_text_and_hides_the_controls(browser, site_url):
    page = browser.new_page()
    page.goto(site_url + "ru/law/kz/uk/146.html")
    page.emulate_media(media="print")
    assert not page.locator("[data-q-exit]").is_visible()
    assert not page.locator("[data-q-copy]").is_visible()
    assert page.locator(".q-law-text").is_visible()
    assert page.locator(".q-unverified").is_visible()
    page.close()


def test_unverified_mark_and_source_are_on_every_article_page(browser, site_url):
    page = browser.new_page()
    for rel in ("ru/law/kz/konst/20.html", "kk/law/kz/uk/146.html", "en/law/int/cat/1.html"):
        page.goto(site_url + rel)
        assert page.locator(".q-unverified").is_visible(), rel
        assert page.locator("#source + dl").inner_text().strip(), rel
    page.close()
