"""The three search engines as the browser sees them: which page, where to type, what a result is.

Each adapter is only selectors and small page-side functions; bench/browser.py does the timing.
`hits` returns the ids of every result of a query (for recall), `api_ms` the time of one query
through the engine's own API (search plus the documents a first screen of results shows).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

ARTICLE_URL = re.compile(r"law/([a-z]+/[a-z0-9-]+/[0-9a-z]+(?:[.-][0-9a-z]+)*)\.html")


def article_id(url: str | None) -> str | None:
    """kz/uk/146 from any link to an article page, e.g. ../law/kz/uk/146.html#x; other links as they are."""
    match = ARTICLE_URL.search(url or "")
    return match.group(1) if match else url


@dataclass(frozen=True)
class Engine:
    key: str
    label: str
    pages: dict[str, str]      # language of the query -> page to open, relative to the site root
    input: str                 # the query field
    result: str                # one result in the list the reader sees
    link: str                  # the link inside a result
    debounce_ms: int           # the UI's own wait after typing, part of what a reader waits for
    none_js: str               # expression: true while the UI says the query found nothing
    search_files: str          # URLs of the engine's own code and index (the rest is the page)
    hits_js: str | None = None     # (query) => Promise<[url]>: every result, best first
    api_js: str | None = None      # (query) => Promise<ms>
    runs_from_file: bool = True

    def page(self, lang: str) -> str:
        return self.pages.get(lang, self.pages["ru"])


# Our search: the header field of the home page (search-ui.js), and its engine (search.js).
_OURS_ENGINE = """
  const box = document.querySelector('[data-q-search]');
  window.__bench = window.__bench || new QorgauSearch.Engine({data: box.getAttribute('data-q-data'),
      lunr: box.getAttribute('data-q-lunr'), analysis: box.getAttribute('data-q-analysis')});
  const engine = window.__bench;
"""
OURS = Engine(
    key="ours", label="ours",
    pages={"ru": "ru/index.html", "kk": "kk/index.html"},
    input="#q-search-input", result="#q-search-list .q-hit", link="a.q-hit__link",
    debounce_ms=120,
    search_files=r"/search/|/vendor/lunr|/qorgau/(search|analysis)|/stylesheets/search\.css",
    none_js="document.querySelector('.q-search__status').textContent === "
            "document.querySelector('[data-q-search]').getAttribute('data-q-no-results')",
    hits_js="async (query) => {" + _OURS_ENGINE + """
      const found = await engine.search(query);
      const docs = await Promise.all(found.hits.map(h => engine.document(h.ref)));
      return docs.map(d => d.url);
    }""",
    api_js="async (query) => {" + _OURS_ENGINE + """
      await engine.ready();
      const start = performance.now();
      const found = await engine.search(query);
      await Promise.all(found.hits.slice(0, 8).map(h => engine.document(h.ref)));
      return performance.now() - start;
    }""",
)

# Stock Material: the header search of the home page; the index is built in its worker.
MATERIAL = Engine(
    key="material", label="stock Material",
    pages={"ru": "index.html"},
    input="input.md-search__input", result=".md-search-result__item", link="a.md-search-result__link",
    debounce_ms=0,
    search_files=r"/search/search_index\.json|/workers/search|/lunr/",
    none_js="document.querySelector('.md-search-result__meta').textContent === "
            "JSON.parse(document.getElementById('__config').textContent).translations['search.result.none']",
)

# Pagefind's default UI on a copy of the stock home page (bench/baselines.py). A result counts
# once its link is drawn: the UI first draws empty placeholders while it loads each result.
_PAGEFIND = """
  window.__pagefind = window.__pagefind || await import(new URL('pagefind/pagefind.js', location.href).href);
  const pf = window.__pagefind;
  await pf.init();
"""
PAGEFIND = Engine(
    key="pagefind", label="Pagefind",
    pages={"ru": "pagefind.html"},
    input=".pagefind-ui__search-input", result="a.pagefind-ui__result-link", link="a.pagefind-ui__result-link",
    debounce_ms=300,
    search_files=r"/pagefind/",
    none_js="!document.querySelector('.pagefind-ui__result') && /^Ничего не найдено/.test("
            "(document.querySelector('.pagefind-ui__message') || {}).textContent || '')",
    hits_js="async (query) => {" + _PAGEFIND + """
      const found = await pf.search(query);
      const data = await Promise.all(found.results.map(r => r.data()));
      return data.map(d => d.url);
    }""",
    api_js="async (query) => {" + _PAGEFIND + """
      const start = performance.now();
      const found = await pf.search(query);
      await Promise.all(found.results.slice(0, 5).map(r => r.data()));
      return performance.now() - start;
    }""",
    runs_from_file=False,
)

ENGINES = (OURS, MATERIAL, PAGEFIND)
