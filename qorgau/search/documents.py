"""What search indexes: corpus articles and guide pages as plain documents, in one site language.

A document carries what the index needs (title and text terms, in the language each is written
in) and what a result shows (title, address, act, number, chapter, plain text for the excerpt)
and what the filters test (act, chapter, topics, status, text language).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from qorgau.corpus.model import in_language, number_key
from qorgau.law import paths, views
from qorgau.search.analysis import tokens

# A citation query («146 УК», «ст. 146») looks for these title terms; no analysed word
# starts with §, so they never collide with one.
CITATION_MARK = "§"


@dataclass(frozen=True)
class Document:
    """One searchable page; `url` is relative to the language's site root."""

    url: str
    title: str
    title_lang: str
    text: str
    text_lang: str
    kind: str  # "article" or "guide"
    id: str = ""  # the article's corpus id, as in kz/uk/146
    act: str = ""
    act_short: str = ""
    number: str = ""
    heading: str = ""
    chapter: str = ""
    topics: tuple[str, ...] = ()
    status: str = ""

    def fields(self) -> dict[str, list[str]]:
        """Index terms per field: the title field holds number, heading and citation terms."""
        if self.kind == "article":
            title = tokens(f"{self.number} {self.heading}", self.title_lang)
            title += [citation_term(self.act, self.number), citation_term(None, self.number)]
        else:
            title = tokens(self.title, self.title_lang)
        # The chapter heading is on the page, so its words find the article too.
        return {"title": title, "text": tokens(f"{self.chapter}\n{self.text}", self.text_lang)}


def citation_term(act: str | None, number: str) -> str:
    """«§kz/uk/146» for an article of a known act, «§146» for the number in any act."""
    return f"{CITATION_MARK}{act}/{number}" if act else f"{CITATION_MARK}{number}"


def article_documents(corpus, lang: str) -> list[Document]:
    """Every article of the corpus as shown on the `lang` site: acts in registry order, then by number."""
    documents = []
    for act_id in corpus.registry.acts:
        act = corpus.acts[act_id]
        short = in_language(act.short, lang)
        for article in sorted(corpus.articles_of(act_id), key=lambda a: number_key(a.number)):
            text, text_lang = article.text_in(lang)
            heading = article.heading_in(lang)
            structure = article.structure_in(lang)
            documents.append(Document(
                url=paths.article_src(article.id)[: -len(".md")] + ".html",
                title=views.article_title(article, act, lang),
                title_lang=heading[1] if heading else text_lang,
                text=text,
                text_lang=text_lang,
                kind="article",
                id=article.id,
                act=act_id,
                act_short=short[0] if short else act.title_in(lang)[0],
                number=article.number,
                heading=heading[0] if heading else "",
                chapter=structure[0][-1] if structure and structure[0] else "",
                topics=tuple(article.topics),
                status=article.edition.status,
            ))
    return documents


def guide_document(url: str, title: str, html: str, lang: str) -> Document:
    """A guide page from its rendered HTML; `lang` is the language it is written in."""
    return Document(url=url, title=title, title_lang=lang, text=html_text(html), text_lang=lang, kind="guide")


class _TextParser(HTMLParser):
    # Permalink anchors («¶») and scripts are not text a reader searches for.
    SKIP = {"script", "style", "template", "svg"}
    BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "tr", "td", "th", "dt", "dd",
             "blockquote", "pre", "br", "section", "article", "table", "ul", "ol", "details", "summary"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP or (tag == "a" and "headerlink" in (dict(attrs).get("class") or "")):
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if self.skipping and (tag in self.SKIP or tag == "a"):
            self.skipping -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_LINES = re.compile(r"\s*\n\s*")


def html_text(html: str) -> str:
    """Plain text of rendered HTML: one line per block, spaces collapsed."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = _SPACES.sub(" ", "".join(parser.parts))
    return _LINES.sub("\n", text).strip()
