"""Search: collect guide pages as they render, add the search page, write the search data.

Runs after hooks/law_pages.py, which loads the corpus into config["qorgau_corpus"]. The logic
lives in qorgau/search/; this module only adapts MkDocs objects. What the build collects is kept
on the config object, which MkDocs makes anew for every build (so `mkdocs serve` starts clean).
"""
from __future__ import annotations

import shutil
from functools import partial
from pathlib import Path

from mkdocs.structure.files import Files

from qorgau.frame import GeneratedPage, content_template
from qorgau.search.documents import article_documents, guide_document
from qorgau.search.files import search_files
from qorgau.search.page import SEARCH_SRC, search_page_view

GUIDES = "qorgau_search_docs"  # guide pages' documents, appended while pages render


def on_config(config):
    config[GUIDES] = []
    return config


def on_files(files: Files, config) -> Files:
    ui = config.extra["qorgau"]["ui"]
    view = search_page_view(config["qorgau_corpus"], config.extra["qorgau"]["lang"])
    content = partial(content_template(config, "law/search.html").render, view=view, ui=ui)
    files.append(GeneratedPage(config, SEARCH_SRC, ui["search_title"], content).file)
    return files


def on_page_content(html, page, config, files):
    # Law pages come from the corpus, indexed in on_post_build; the search page has no content.
    if isinstance(page, GeneratedPage):
        return html
    lang = getattr(page.file, "qorgau_fallback", None) or config.extra["qorgau"]["lang"]
    config[GUIDES].append(guide_document(page.file.url, page.title or "", html, lang))
    return html


def on_post_build(config):
    lang = config.extra["qorgau"]["lang"]
    guides = sorted(config[GUIDES], key=lambda doc: doc.url)
    documents = article_documents(config["qorgau_corpus"], lang) + guides
    out = Path(config.site_dir) / "search"
    shutil.rmtree(out, ignore_errors=True)
    for name, text in search_files(documents, lang).items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
