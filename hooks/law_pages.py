"""Load and validate the corpus (or take the snapshot `make build` validated once for every
language), then generate the legal-database, act and article pages, and link citations in guides.

Validation runs before anything is written: a corpus with problems stops the build with every
problem listed as `file:line: ...`, and no half-built site is left behind.
"""
from __future__ import annotations

from functools import partial
from pathlib import Path

from markupsafe import Markup
from mkdocs.exceptions import Abort
from mkdocs.structure.files import Files

from qorgau.citations import CitingContext
from qorgau import guides
from qorgau.build import CORPUS_PROBLEMS
from qorgau.corpus import CorpusError, load_corpus, snapshot
from qorgau.frame import GeneratedPage, content_template
from qorgau.law import citing, paths, render, views

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def on_config(config):
    corpus = snapshot.from_environment()  # `make build` validated it once for every language
    if corpus is None:
        try:
            corpus = load_corpus(CORPUS)
        except CorpusError as error:
            raise Abort(f"{CORPUS_PROBLEMS}\n{error}")
    config["qorgau_corpus"] = corpus
    config["qorgau_citations"] = citing.tables(corpus)
    return config


def on_files(files: Files, config) -> Files:
    corpus, tables = config["qorgau_corpus"], config["qorgau_citations"]
    lang, ui = config.extra["qorgau"]["lang"], config.extra["qorgau"]["ui"]
    shared = {"ui": ui, "reg": corpus.registry, "lang": lang}

    def page(src: str, title: str, template: str, **values) -> None:
        content = partial(content_template(config, template).render, shared, **values)  # rendered when MkDocs renders pages
        files.append(GeneratedPage(config, src, title, content).file)

    page(paths.law_index_src(), ui["law_title"], "law/index.html", jurisdictions=views.law_index_view(corpus, lang))
    for act_id, act in corpus.acts.items():
        articles = corpus.articles_of(act_id)
        act_view = views.act_view(act, articles, lang)
        page(paths.act_src(act_id), act_view["title"], "law/act.html", act=act_view)
        for article in articles:
            src = paths.article_src(article.id)
            view = views.article_view(article, act, corpus, lang, ui)
            text = article.text[view["text_lang"]]
            ctx = citing.article_context(article, act, view["text_lang"])
            linked, _ = citing.link(text, ctx, tables, src, target_suffix=".html")
            view["text_html"] = Markup(render.to_html(linked))  # the renderer escapes the legal text itself
            page(src, view["title"], "law/article.html", law=view)
    return files


def on_page_markdown(markdown: str, page, config, files):
    """Guides: link citations; one of an article missing from the corpus stops the build."""
    if isinstance(page, GeneratedPage):
        return markdown
    ctx = CitingContext(lang=config.extra["qorgau"]["lang"], act=None, date=None)
    linked, unresolved = citing.link(markdown, ctx, config["qorgau_citations"], page.file.src_uri)
    if unresolved:
        where = Path(page.file.abs_src_path).relative_to(CORPUS.parent).as_posix()
        raise Abort("\n".join(map(str, guides.unresolved_problems(where, unresolved))))
    return linked
