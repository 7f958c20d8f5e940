"""The legal-database search page: its address and the choices its filter form offers."""
from __future__ import annotations

from qorgau.corpus.model import in_language

SEARCH_SRC = "law/search.md"  # built as law/search.html


def search_page_view(corpus, lang: str) -> dict:
    """Filter choices in `lang`: acts in registry order, topics, statuses and text languages.

    Chapters depend on the act chosen and come from the search data's filters.js.
    """
    registry = corpus.registry
    acts = []
    for act_id in registry.acts:
        act = corpus.acts[act_id]
        short = in_language(act.short, lang)
        acts.append({"id": act_id, "title": act.title_in(lang)[0], "short": short[0] if short else ""})
    return {
        "acts": acts,
        "topics": [{"id": key, "name": in_language(names, lang)[0]} for key, names in registry.topics.items()],
        "statuses": [{"id": key, "name": in_language(names, lang)[0]} for key, names in registry.statuses.items()],
        "languages": [{"id": language.code, "name": language.name} for language in registry.languages],
    }
