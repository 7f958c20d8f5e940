"""The search data of one site language, as the files search.js loads.

Every file is a classic script handing its data to QorgauSearch.receive(name, data): from
file:// the browser blocks fetch, XHR and module imports of local files, not <script src>.
"""
from __future__ import annotations

from collections.abc import Sequence

from qorgau.search.index import build_index
from qorgau.search.shards import BUDGET_GZIP, compact_json, plan

FORMAT = 1  # of manifest.js; search.js refuses any other
FIELD_BOOSTS = {"title": 10, "text": 1}
# filters.js gives each document's topics as bits of one number; JavaScript's & takes 32 bits.
MAX_TOPICS = 31


def script(name: str, data: dict | str) -> str:
    """A file of search data: a script that hands `data` (or JSON text) to search.js."""
    return f"QorgauSearch.receive({compact_json(name)},{data if isinstance(data, str) else compact_json(data)});\n"


def search_files(documents: Sequence, lang: str, budget_gzip: int = BUDGET_GZIP) -> dict[str, str]:
    """The search data of one language as {path under search/: file text}.

    manifest.js (shard prefixes, languages to analyse a query in), shards/<n>.js (lunr index
    shards), docs/<ref>.js (one per document: what a result shows) and filters.js (act,
    chapter, topic, status and text language of every document, for the filter form).
    A document's ref is its position in `documents`.
    """
    index = build_index([(str(ref), doc.fields()) for ref, doc in enumerate(documents)], FIELD_BOOSTS)
    shards, serialized = plan(index, budget_gzip)
    langs = [lang] + sorted(({d.text_lang for d in documents} | {d.title_lang for d in documents}) - {lang})
    files = {"manifest.js": script("manifest", {
        "format": FORMAT, "lang": lang, "langs": langs, "count": len(documents),
        "fields": list(index.fields), "shards": [s.prefix for s in shards]})}
    for number, shard in enumerate(serialized):
        files[f"shards/{number}.js"] = script(f"shards/{number}", shard)
    for ref, doc in enumerate(documents):
        files[f"docs/{ref}.js"] = script(f"docs/{ref}", fragment(doc))
    files["filters.js"] = script("filters", filter_table(documents))
    return files


def fragment(doc) -> dict:
    """What one result shows: title, address, act, number, chapter, and the text for the excerpt."""
    return {"title": doc.title, "url": doc.url, "kind": doc.kind, "act": doc.act_short, "number": doc.number,
            "chapter": doc.chapter, "lang": doc.text_lang, "text": doc.text}


def filter_table(documents: Sequence) -> dict:
    """Filter values as columns, one entry per document (-1 or 0 where a document has none)."""
    acts = list(dict.fromkeys(d.act for d in documents if d.act))
    chapters = list(dict.fromkeys((d.act, d.chapter) for d in documents if d.act and d.chapter))
    topics = list(dict.fromkeys(t for d in documents for t in d.topics))
    if len(topics) > MAX_TOPICS:
        raise ValueError(f"{len(topics)} topics, expected at most {MAX_TOPICS}: filters.js holds them as bits")
    statuses = list(dict.fromkeys(d.status for d in documents if d.status))
    langs = list(dict.fromkeys(d.text_lang for d in documents))
    act_no, chapter_no = {a: i for i, a in enumerate(acts)}, {c: i for i, c in enumerate(chapters)}
    topic_bit = {t: 1 << i for i, t in enumerate(topics)}
    return {
        "acts": acts,
        "chapters": [[act_no[act], name] for act, name in chapters],
        "topics": topics, "statuses": statuses, "langs": langs,
        "act": [act_no.get(d.act, -1) for d in documents],
        "chapter": [chapter_no.get((d.act, d.chapter), -1) for d in documents],
        "topic": [sum(topic_bit[t] for t in set(d.topics)) for d in documents],
        "status": [statuses.index(d.status) if d.status else -1 for d in documents],
        "lang": [langs.index(d.text_lang) for d in documents],
    }
