"""Search data: the builder equals lunr.py, shards merge back into the same scores, files are sound."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lunr import lunr
from lunr.builder import Builder
from lunr.index import Index
from lunr.query import Query

from qorgau.search import tokens
from qorgau.search.documents import Document, article_documents, citation_term, html_text
from qorgau.search.index import build_index
from qorgau.search.files import FIELD_BOOSTS, search_files
from qorgau.search.shards import gzip_size, merge, partition, plan, shard_of, shards_for_prefix, term_sizes

ROOT = Path(__file__).resolve().parents[1]
NODE = shutil.which("node")
SCRIPT_RE = re.compile(r'\AQorgauSearch\.receive\("([^"]+)",(.*)\);\n\Z', re.S)

GUIDES = [
    Document(url="index.html", title="Если к вам применили пытки", title_lang="ru", kind="guide", text_lang="ru",
             text="Пытки запрещены статьёй 20 Конституции. Подайте жалобу прокурору; осуждённый тоже вправе."),
    Document(url="kk.html", title="Азаптау туралы", title_lang="kk", kind="guide", text_lang="kk",
             text="Азаптауға ұшыраған адам прокурорға шағым бере алады. Қорқыту мен мәжбүрлеу заңсыз."),
    Document(url="en.html", title="If you were tortured", title_lang="en", kind="guide", text_lang="en",
             text="Torture is prohibited. Complain to the prosecutor; prisoners have the same right."),
]


@pytest.fixture(scope="module")
def corpus():
    from qorgau.corpus import load_corpus

    return load_corpus(ROOT / "corpus")


@pytest.fixture(scope="module")
def sample(corpus) -> list[Document]:
    """Some 400 articles of every act (each article 146 among them), and guides in three languages."""
    documents = article_documents(corpus, "ru")
    return [d for n, d in enumerate(documents) if n % 4 == 0 or d.number == "146"] + GUIDES


def lunr_py(documents: list[Document]):
    """The same documents indexed by lunr.py, fed our terms with an empty pipeline."""
    fields = [{"field_name": name, "boost": boost} for name, boost in FIELD_BOOSTS.items()]
    # lunr.py turns a list into one token per item, lowercased; our terms are lowercase already.
    docs = [{"ref": str(ref), **doc.fields()} for ref, doc in enumerate(documents)]
    return lunr("ref", fields, docs, builder=Builder())


def ours(documents: list[Document]):
    return build_index([(str(ref), doc.fields()) for ref, doc in enumerate(documents)], FIELD_BOOSTS)


def test_builder_gives_what_lunr_py_gives(sample):
    small = sample[:120] + GUIDES
    expected = json.loads(json.dumps(lunr_py(small).serialize()))
    got = ours(small).serialize()
    assert got["invertedIndex"] == expected["invertedIndex"]
    assert [ref for ref, _ in got["fieldVectors"]] == [ref for ref, _ in expected["fieldVectors"]]
    for (ref, mine), (_, theirs) in zip(got["fieldVectors"], expected["fieldVectors"]):
        assert mine[0::2] == theirs[0::2], ref
        assert mine[1::2] == pytest.approx(theirs[1::2], abs=0.0011), ref
    assert got["fields"] == expected["fields"] and got["pipeline"] == expected["pipeline"] == []


def test_articles_carry_citation_terms_in_the_title(corpus):
    documents = {d.id: d for d in article_documents(corpus, "ru")}
    title = documents["kz/uk/146"].fields()["title"]
    assert citation_term("kz/uk", "146") in title and citation_term(None, "146") in title
    assert citation_term("kz/uk", "146") == "§kz/uk/146"
    assert "пытк" in title


def clauses(query: str, langs=("ru", "kk", "en"), prefix: bool = False) -> list[dict]:
    terms = list(dict.fromkeys(t for lang in langs for t in tokens(query, lang)))
    return [{"term": t, "wildcard": prefix and t == terms[-1]} for t in terms]


QUERIES = [clauses(q) for q in ("пытками", "осуждённый", "жалоба прокурору", "задержание подозреваемого",
                                "азаптау", "коркыту", "torture prisoners", "право на защиту")]
QUERIES += [clauses("пыт", prefix=True), clauses("жалоба прок", prefix=True), clauses("146", prefix=True),
            [{"term": "§kz/uk/146", "fields": ["title"], "boost": 1000}, {"term": "146"}],
            [{"term": "§146", "fields": ["title"], "boost": 1000}]]


def run_lunr_py(serialized: dict, query: list[dict]) -> list[tuple[str, float]]:
    index = Index.load(serialized)
    q = index.create_query()
    for c in query:
        q.term(c["term"], use_pipeline=False, boost=c.get("boost", 1), fields=c.get("fields"),
               wildcard=Query.WILDCARD_TRAILING if c.get("wildcard") else Query.WILDCARD_NONE)
    return [(r["ref"], r["score"]) for r in index.query(q)]


def shards_needed(query: list[dict], prefixes: list[str]) -> list[int]:
    found = set()
    for c in query:
        found.update(shards_for_prefix(c["term"], prefixes) if c.get("wildcard") else [shard_of(c["term"], prefixes)])
    return sorted(n for n in found if n is not None)


@pytest.fixture(scope="module")
def sharded(sample):
    """The sample split small (2 KB gzip), so that queries span several shards."""
    index = ours(sample)
    shards, texts = plan(index, budget_gzip=2_000)
    return index, shards, [json.loads(t) for t in texts]


def test_merged_shards_score_exactly_as_the_whole_index(sharded):
    index, shards, serialized = sharded
    whole = index.serialize()
    prefixes = [s.prefix for s in shards]
    assert len(shards) > 50
    for query in QUERIES:
        needed = shards_needed(query, prefixes)
        assert len(needed) < len(shards) / 4, query
        expected = run_lunr_py(whole, query)
        assert expected, f"no results for {query}"
        assert run_lunr_py(merge(serialized[n] for n in needed), query) == expected, query


def test_all_shards_merge_back_into_the_whole_index(sharded):
    index, _, serialized = sharded
    whole = index.serialize()
    merged = merge(serialized)
    assert merged["invertedIndex"] == whole["invertedIndex"]
    assert dict(merged["fieldVectors"]) == {ref: v for ref, v in whole["fieldVectors"] if v}


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_browser_code_picks_merges_and_scores_like_python(sharded):
    """search.js's shard lookup and merge, scored by the vendored lunr.js, against lunr.py."""
    index, shards, serialized = sharded
    prefixes = [s.prefix for s in shards]
    given = json.dumps({"shards": serialized, "prefixes": prefixes, "queries": QUERIES}, ensure_ascii=False)
    run = subprocess.run([NODE, str(ROOT / "tests" / "search_scores.js")], input=given, capture_output=True,
                         text=True, check=True)
    whole = index.serialize()
    for query, answer in zip(QUERIES, json.loads(run.stdout)):
        assert answer["shards"] == shards_needed(query, prefixes), query
        expected = run_lunr_py(whole, query)
        assert [ref for ref, _ in answer["results"]] == [ref for ref, _ in expected], query
        assert [s for _, s in answer["results"]] == pytest.approx([s for _, s in expected], rel=1e-12), query


def test_partition_puts_each_term_in_one_shard_within_budget(sharded):
    index, shards, _ = sharded
    sizes = term_sizes(index)
    prefixes = [s.prefix for s in shards]
    assert len(set(prefixes)) == len(prefixes)
    seen = {}
    for number, shard in enumerate(shards):
        for term in shard.terms:
            assert term not in seen, term
            seen[term] = number
            assert shard_of(term, prefixes) == number, term
    assert set(seen) == set(index.postings)
    budget = int(2_000 / 0.35)
    for shard in partition(sorted(index.postings), sizes, budget):
        assert sum(sizes[t] for t in shard.terms) <= budget or len(shard.terms) == 1, shard.prefix


def test_prefix_lookup_finds_every_term_with_that_prefix(sharded):
    index, shards, _ = sharded
    prefixes = [s.prefix for s in shards]
    for start in ("п", "пыт", "ос", "§kz/u", "1", "аза", "zzz"):
        numbers = shards_for_prefix(start, prefixes)
        held = {t for n in numbers for t in shards[n].terms}
        assert {t for t in index.postings if t.startswith(start)} <= held, start


def test_search_files_are_scripts_with_utf8_json(sample):
    files = search_files(sample, "ru")
    manifest = None
    for path, text in files.items():
        match = SCRIPT_RE.match(text)
        assert match, path
        assert match[1] == path[: -len(".js")], path
        assert "\\u04" not in text, f"{path}: Cyrillic is escaped"
        data = json.loads(match[2])
        if path == "manifest.js":
            manifest = data
    assert manifest["langs"] == ["ru", "en", "kk"]
    assert manifest["count"] == len(sample)
    assert len(manifest["shards"]) == sum(p.startswith("shards/") for p in files)
    doc = json.loads(SCRIPT_RE.match(files["docs/0.js"])[2])
    assert set(doc) == {"title", "url", "kind", "act", "number", "chapter", "lang", "text"}
    assert all(gzip_size(t) < 36_000 for p, t in files.items() if p.startswith("shards/"))


def test_filter_table_has_one_value_per_document(sample):
    table = json.loads(SCRIPT_RE.match(search_files(sample, "ru")["filters.js"])[2])
    for column in ("act", "chapter", "topic", "status", "lang"):
        assert len(table[column]) == len(sample), column
    uk = table["acts"].index("kz/uk")
    refs = [n for n, d in enumerate(sample) if d.act == "kz/uk"]
    assert refs and all(table["act"][n] == uk for n in refs)
    assert table["act"][len(sample) - 1] == -1  # a guide has no act
    assert table["langs"][table["lang"][len(sample) - 2]] == "kk"


def test_html_text_keeps_the_words_and_drops_anchors_and_scripts():
    html = ('<h1 id="a">Жалоба<a class="headerlink" href="#a">¶</a></h1><p>Подайте&nbsp;жалобу <b>прокурору</b>.</p>'
            '<script>var x = "скрыто";</script><ul><li>Один</li><li>Два</li></ul>')
    assert html_text(html) == "Жалоба\nПодайте жалобу прокурору.\nОдин\nДва"
