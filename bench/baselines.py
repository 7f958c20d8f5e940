"""The two baselines over the same article pages: stock Material search, and Pagefind.

Stock Material: each article as a Markdown page in a stock mkdocs-material site with its
built-in search plugin (lang ru), articles kept out of the navigation, built with `mkdocs build`.
Pagefind: the npm package run over that site's HTML, searched through its default UI on a copy
of the stock home page whose Material search is switched off (so no search_index.json loads).
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from bench.builds import Build, measure
from bench.synth import Synthetic

CACHE = Path(__file__).resolve().parent / ".cache"
PAGEFIND_VERSION = "1.6.0"
PAGEFIND_PAGE = "pagefind.html"

STOCK_CONFIG = """\
site_name: Stock Material
docs_dir: docs
site_dir: site
use_directory_urls: false
theme:
  name: material
  language: ru
  font: false
plugins:
  - search:
      lang: ru
nav:
  - index.md
not_in_nav: |
  /law/**
  /kk/**
"""
HOME = "# Законы\n\nПоиск по статьям законов Республики Казахстан.\n"


def article_markdown(article: dict, act: dict, lang: str) -> str:
    """One article page in one language: label and number, heading, chapter, text."""
    label = act.get("article_label", {}).get(lang, "Статья")
    # Kazakh puts the label after the number: «146-бап».
    title = f"{article['number']}-{label}" if lang == "kk" else f"{label} {article['number']}"
    heading = article.get("heading", {}).get(lang)
    parts = ["# " + title + (f". {heading}" if heading else "")]
    chapters = article.get("structure", {}).get(lang)
    if chapters:
        parts.append(f"*{chapters[-1]}*")
    parts.append(article["text"][lang])
    return "\n\n".join(parts) + "\n"


def page_path(article: dict, lang: str) -> str:
    """law/kz/uk/146.md for the main text; kk/law/kz/uk/146.md for a Kazakh text beside it."""
    return ("kk/" if lang == "kk" else "") + f"law/{article['id']}.md"


def stock_project(corpus: Synthetic, dest: Path) -> Path:
    """A stock mkdocs-material project at `dest`: a page per article and text language, as our
    site has (its Russian site shows the Russian text, its Kazakh site the Kazakh one)."""
    dest = dest.resolve()
    shutil.rmtree(dest, ignore_errors=True)
    (dest / "docs").mkdir(parents=True)
    (dest / "mkdocs.yml").write_text(STOCK_CONFIG, encoding="utf-8")
    (dest / "docs" / "index.md").write_text(HOME, encoding="utf-8")
    for article in corpus.articles:
        for lang in article["text"]:
            page = dest / "docs" / page_path(article, lang)
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(article_markdown(article, corpus.acts[article["act"]], lang), encoding="utf-8")
    return dest


def build_stock(project: Path) -> Build:
    project = project.resolve()
    return measure([sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(project / "mkdocs.yml")], cwd=project)


def pagefind_binary() -> Path:
    """The pagefind CLI, installed from npm into bench/.cache/ on first use (the bench's only download)."""
    folder = CACHE / f"pagefind-{PAGEFIND_VERSION}"
    binary = folder / "node_modules" / ".bin" / "pagefind"
    if not binary.exists():
        folder.mkdir(parents=True, exist_ok=True)
        print(f"installing pagefind {PAGEFIND_VERSION} from npm into {folder} (network, once)", flush=True)
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix", str(folder),
                        f"pagefind@{PAGEFIND_VERSION}"], check=True)
    return binary


def build_pagefind(site: Path) -> Build:
    """Index the article pages of the stock site (both languages, as one Russian index, since
    Pagefind has no Kazakh); the page body is Material's <article>."""
    site = site.resolve()
    shutil.rmtree(site / "pagefind", ignore_errors=True)
    command = [str(pagefind_binary()), "--site", str(site), "--glob", "{law,kk/law}/**/*.html",
               "--root-selector", "article", "--force-language", "ru"]
    build = measure(command, cwd=site)
    if build.ok:
        write_pagefind_page(site)
    return build


def write_pagefind_page(site: Path) -> None:
    """The stock home page with Material's search switched off and Pagefind's default UI in its place."""
    html = (site / "index.html").read_text(encoding="utf-8")
    config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S)
    data = json.loads(config.group(1))
    data.pop("search", None)
    html = html.replace(config.group(0), f'<script id="__config" type="application/json">{json.dumps(data)}</script>')
    # Material fetches search_index.json whenever a form named "search" exists, and mounts its
    # worker on the search component: rename both so only Pagefind loads anything.
    html = html.replace('name="search"', 'name="search-off"').replace('data-md-component="search"', 'data-md-component="search-off"')
    ui = ('<link href="pagefind/pagefind-ui.css" rel="stylesheet"><script src="pagefind/pagefind-ui.js"></script>'
          '<div id="pagefind-search"></div>'
          '<script>window.addEventListener("DOMContentLoaded", function () {'
          ' new PagefindUI({ element: "#pagefind-search", showSubResults: false }); });</script>')
    html = re.sub(r'(<article class="md-content__inner md-typeset">)', r"\1" + ui, html, count=1)
    (site / PAGEFIND_PAGE).write_text(html, encoding="utf-8")
