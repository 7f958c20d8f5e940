"""Pages made by Python (law pages, the search page) and the Material frame around them.

Material's page template costs milliseconds a page, and a build has an article page per article
and language. Pages out of the navigation in one folder differ in the frame only by their title,
file name and content, so the frame is rendered once per folder with placeholders and filled per
page. `tests/test_frame.py` builds the site both ways and requires identical files;
QORGAU_FRAME=full renders every page through Jinja, to compare or to debug a template.
"""
from __future__ import annotations

import os
import posixpath
import re
from typing import Callable

import jinja2
from markupsafe import Markup
from mkdocs.commands.build import get_context
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

FRAME_TEMPLATE = "frame.html"  # Material's base with a page's content as it is (theme/frame.html)
FILLED_TEMPLATE = "filled.html"  # writes out the HTML made here (theme/filled.html)

# Plain ASCII words: they survive Material's filters and URL quoting unchanged.
_TITLE, _STEM, _CONTENT = "qorgau0frame0title", "qorgau0frame0stem", "qorgau0frame0content"
_SLOTS = re.compile(f"({_TITLE}|{_STEM}|{_CONTENT})")
_CONTENT_ENV = "qorgau_content_env"  # on the config, which MkDocs makes anew for every build


class GeneratedPage(Page):
    """A page whose HTML content Python makes: no Markdown file, no Markdown pass."""

    def __init__(self, config, src_uri: str, title: str, content: Callable[[], str]) -> None:
        super().__init__(title, File.generated(config, src_uri, content=""), config)
        self._make_content = content
        self.html: str | None = None  # the whole page, made in on_page_context

    def read_source(self, config) -> None:
        self.markdown = ""
        self.meta = {"template": FILLED_TEMPLATE}

    def render(self, config, files) -> None:
        self.content = self._make_content()


def content_template(config, name: str) -> jinja2.Template:
    """A template for page content from the theme's folders, through one environment per build
    that escapes every value it inserts (Material's own environment escapes nothing)."""
    if _CONTENT_ENV not in config:
        loader = config.theme.get_env().loader
        config[_CONTENT_ENV] = jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined)
    return config[_CONTENT_ENV].get_template(name)


class Frames:
    """One build's frames: the frame of each folder, rendered on first use."""

    def __init__(self, env: jinja2.Environment) -> None:
        self.template = env.get_template(FRAME_TEMPLATE)
        self.full = os.environ.get("QORGAU_FRAME") == "full"
        self._frames: dict[str, list[str]] = {}

    def page_html(self, page: GeneratedPage, context: dict, config) -> str:
        """The whole HTML of `page`: its folder's frame filled in, or a full render when the
        page is in the navigation (Material marks it there) or its title is not plain text."""
        in_nav = page in context["nav"].pages
        if self.full or in_nav or Markup(page.title).striptags() != page.title:
            return self.template.render(context)
        folder = posixpath.dirname(page.url)
        parts = self._frames.get(folder)
        if parts is None:
            parts = self._frames[folder] = self._render_empty(folder, page, context, config)
        stem = posixpath.splitext(posixpath.basename(page.url))[0]
        values = {_TITLE: page.title, _STEM: stem, _CONTENT: page.content}
        return "".join(values.get(part, part) for part in parts)

    def _render_empty(self, folder: str, like: GeneratedPage, context: dict, config) -> list[str]:
        """The frame of `folder`, split into text and the names of the slots between."""
        empty = GeneratedPage(config, posixpath.join(folder, f"{_STEM}.md"), _TITLE, lambda: _CONTENT)
        empty.read_source(config)
        empty.render(config, None)
        empty.meta = dict(like.meta)
        frame = self.template.render(get_context(context["nav"], context["pages"], config, empty))
        return _SLOTS.split(frame)
