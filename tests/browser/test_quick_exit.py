"""Quick exit: button and Esc replace the page with a neutral site; Back does not return to Qorgau."""
from __future__ import annotations

import re

import pytest

NEUTRAL = re.compile(r"^https://(www\.gismeteo\.kz|weather\.com)/")


@pytest.fixture
def reader(browser):
    """A fresh tab that starts on a page of its own, as a reader arriving from elsewhere does."""
    context = browser.new_context()
    # The neutral site is answered locally: tests make no request to the real one.
    context.route(NEUTRAL, lambda route: route.fulfill(status=200, content_type="text/html",
                                                       body="<title>Weather</title><p>Weather</p>"))
    page = context.new_page()
    page.goto("data:text/html,<title>Before</title><p>before")
    yield page
    context.close()


def read_some_pages(page, site_url):
    page.goto(site_url + "ru/index.html")
    page.click('a[href="safety.html"]')
    page.wait_for_url(re.compile(r"safety\.html$"))


@pytest.mark.parametrize("how", ["button", "key"])
def test_quick_exit_leaves_no_way_back(reader, site_url, how):
    read_some_pages(reader, site_url)
    if how == "button":
        reader.click("[data-q-exit]")
    else:
        reader.keyboard.press("Escape")
    reader.wait_for_url(NEUTRAL)
    assert reader.title() == "Weather"
    reader.go_back()
    reader.wait_for_load_state()
    assert not reader.url.startswith(site_url), f"Back returned to the site: {reader.url}"
    assert reader.title() == "Before"


def test_quick_exit_button_is_visible_on_every_kind_of_page(reader, site_url):
    for rel in ("ru/index.html", "kk/safety.html", "en/index.html"):
        reader.goto(site_url + rel)
        button = reader.locator("[data-q-exit]")
        assert button.is_visible(), rel
        box = button.bounding_box()
        assert box["y"] < 100, f"{rel}: the exit button is not at the top ({box})"
