"""Citations in guides and in the law's own text, resolved against the corpus and linked."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from qorgau.citations import Citation, CitingContext, link_citations
from qorgau.law import paths


@dataclass(frozen=True)
class CitationTables:
    """What the citation finder needs from the corpus, built once per build."""

    acts: dict[str, dict[str, str]]
    constitutions: list[tuple]
    article_ids: frozenset[str]


def tables(corpus) -> CitationTables:
    acts: dict[str, dict[str, str]] = {}
    for act in corpus.acts.values():
        for lang, forms in act.cite_as.items():
            for form in forms:
                acts.setdefault(lang, {})[form] = act.id
    constitutions = [(a.id, a.in_force_from or a.adopted, a.repealed_on)
                     for a in corpus.acts.values() if a.kind == "constitution"]
    return CitationTables(acts, constitutions, frozenset(corpus.articles))


def link(text: str, ctx: CitingContext, tables: CitationTables, src: str, *, target_suffix: str = ".md"
         ) -> tuple[str, list[Citation]]:
    """Wrap every citation of an existing article as a link relative to page `src`."""
    def url_for(article_id: str) -> str:
        md = paths.relative_md(src, paths.article_src(article_id))
        return md if target_suffix == ".md" else md[: -len(".md")] + target_suffix

    return link_citations(text, ctx, tables.acts, tables.constitutions, tables.article_ids.__contains__,
                          url_for, indented_code=False)


def article_context(article, act, lang: str) -> CitingContext:
    """«Конституции» in a law means the Constitution in force at that text's date: the edition
    date where known; a repealed act speaks from the day before its repeal; otherwise today."""
    when = article.edition.date
    if when is None and act.repealed_on is not None:
        when = act.repealed_on - timedelta(days=1)
    return CitingContext(lang=lang, act=act.id, date=when)
