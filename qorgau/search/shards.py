"""Split a lunr index by term prefix so a reader downloads only the shards a query needs.

Each shard is a valid lunr serialized index: the invertedIndex entries of its terms, and the
field vectors restricted to those terms (global term indexes and idf, so merging the shards a
query needs and loading the result gives exactly the unsharded scores). A term lives in the
shard whose prefix is the longest one listed that starts the term; a prefix whose shard would
exceed the size budget is split by the next letter, and children small enough go back into it.
search.js holds the same lookup and merge; tests hold this module's as the reference.
"""
from __future__ import annotations

import gzip
import json
import statistics
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby

from qorgau.search.index import LUNR_VERSION, LunrIndex

# A shard's gzip size this index aims for: about 75 ms at 1.6 Mbps. Halving it from 30 KB cut the
# median time per query through the UI on the benchmark's phone by about 0.1 s (make bench-quick).
BUDGET_GZIP = 15_000
# A first guess at a shard's gzip size per byte of term_sizes()' estimate; plan() measures it.
GZIP_RATIO = 0.35


@dataclass(frozen=True)
class Shard:
    prefix: str
    terms: tuple[str, ...]  # sorted


def compact_json(value) -> str:
    """UTF-8 JSON without spaces or escaped Cyrillic."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def gzip_size(text: str) -> int:
    return len(gzip.compress(text.encode("utf-8"), 6, mtime=0))


def term_sizes(index: LunrIndex) -> dict[str, int]:
    """Bytes of JSON each term brings to a shard: its inverted entry, one vector element per posting."""
    sizes = {}
    for number, term in enumerate(index.terms):
        per_field = index.postings[term]
        postings = sum(len(refs) for refs in per_field)
        ref_bytes = sum(len(ref) for refs in per_field for ref in refs)
        # "term":{"_index":n,"title":{"12":{},...},...} and, per posting, n,0.123, in a vector
        sizes[term] = (len(term.encode("utf-8")) + 16 + 10 * len(per_field) + ref_bytes + 5 * postings
                       + postings * (len(str(number)) + 7))
    return sizes


def partition(terms: Sequence[str], sizes: dict[str, int], budget: int) -> list[Shard]:
    """Shards covering `terms` (sorted), each within `budget` unless one term alone exceeds it."""
    return sorted(_split("", list(terms), sizes, budget), key=lambda s: s.prefix)


def _split(prefix: str, terms: list[str], sizes: dict[str, int], budget: int) -> list[Shard]:
    if sum(sizes[t] for t in terms) <= budget:
        return [Shard(prefix, tuple(terms))] if terms else []
    depth = len(prefix)
    residual = [t for t in terms if len(t) == depth]
    shards, leaves = [], []
    for letter, group in groupby((t for t in terms if len(t) > depth), key=lambda t: t[depth]):
        children = _split(prefix + letter, list(group), sizes, budget)
        # A child that was not split further can go back into this prefix's own shard.
        (leaves if len(children) == 1 and children[0].prefix == prefix + letter else shards).extend(children)
    room = budget - sum(sizes[t] for t in residual)
    for leaf in sorted(leaves, key=lambda s: sum(sizes[t] for t in s.terms)):
        size = sum(sizes[t] for t in leaf.terms)
        if size <= room:
            residual.extend(leaf.terms)
            room -= size
        else:
            shards.append(leaf)
    if residual:
        shards.append(Shard(prefix, tuple(sorted(residual))))
    return shards


def shard_of(term: str, prefixes: Sequence[str]) -> int | None:
    """Number of the shard holding `term`: the longest listed prefix that starts it."""
    best = None
    for number, prefix in enumerate(prefixes):
        if term.startswith(prefix) and (best is None or len(prefix) > len(prefixes[best])):
            best = number
    return best


def shards_for_prefix(start: str, prefixes: Sequence[str]) -> list[int]:
    """Shards holding every term that begins with `start` (a trailing-wildcard query)."""
    found = {n for n, prefix in enumerate(prefixes) if prefix.startswith(start)}
    home = shard_of(start, prefixes)
    if home is not None:
        found.add(home)
    return sorted(found)


class ShardWriter:
    """Writes sets of terms as the JSON texts of lunr serialized indexes.

    The JSON is written directly: json.dumps of one empty metadata object per posting took a
    third of the build. texts() makes many shards in one pass over the field vectors; text()
    makes one from its terms' postings alone, for calibrating and re-splitting.
    """

    def __init__(self, index: LunrIndex) -> None:
        self.index = index
        self.numbers = index.term_index()
        self.scores: dict[float, str] = {}
        self.refs = {ref: f'"{ref}":{{}}' for per_field in index.postings.values() for refs in per_field
                     for ref in refs}
        self.head = f'{{"version":"{LUNR_VERSION}","fields":{compact_json(list(index.fields))},"fieldVectors":['
        self.order = {key: n for n, key in enumerate(index.vectors)}

    def _score(self, score: float) -> str:
        text = self.scores.get(score)
        if text is None:
            text = self.scores[score] = _number(score)
        return text

    def _document(self, vectors: Iterable[str], terms: Sequence[str]) -> str:
        inverted = []
        for term in terms:
            fields = ",".join(f'"{field}":{{{",".join(map(self.refs.__getitem__, refs))}}}'
                              for field, refs in zip(self.index.fields, self.index.postings[term]))
            inverted.append(f'[{compact_json(term)},{{"_index":{self.numbers[term]},{fields}}}]')
        return f'{self.head}{",".join(vectors)}],"invertedIndex":[{",".join(inverted)}],"pipeline":[]}}'

    def texts(self, shards: Sequence[Shard]) -> list[str]:
        home = [0] * len(self.numbers)
        for s, shard in enumerate(shards):
            for term in shard.terms:
                home[self.numbers[term]] = s
        vectors: list[list[str]] = [[] for _ in shards]
        scores = self.scores
        for elements in self.index.vectors.values():
            for _, value in elements:
                if value not in scores:
                    scores[value] = _number(value)
        current: list[list[str] | None] = [None] * len(shards)  # this vector's elements per shard
        for ref, elements in self.index.vectors.items():
            touched = []
            for number, value in elements:
                s = home[number]
                part = current[s]
                if part is None:
                    part = current[s] = []
                    touched.append(s)
                part.append(f"{number},{scores[value]}")
            for s in touched:
                vectors[s].append(f'["{ref}",[{",".join(current[s])}]]')
                current[s] = None
        return [self._document(vectors[s], shard.terms) for s, shard in enumerate(shards)]

    def text(self, terms: Sequence[str]) -> str:
        found: dict[str, list[tuple[int, float]]] = {}
        for term in terms:
            number = self.numbers[term]
            for field, refs in zip(self.index.fields, self.index.postings[term]):
                for ref in refs:
                    key = f"{field}/{ref}"
                    elements = self.index.vectors[key]
                    found.setdefault(key, []).append(elements[bisect_left(elements, (number,))])
        vectors = []
        for key in sorted(found, key=self.order.__getitem__):  # the index's order, as texts() gives it
            parts = ",".join(f"{n},{self._score(v)}" for n, v in sorted(found[key]))
            vectors.append(f'["{key}",[{parts}]]')
        return self._document(vectors, terms)


def serialize_shards(index: LunrIndex, shards: Sequence[Shard]) -> list[str]:
    """Each shard as the JSON text of a lunr serialized index."""
    return ShardWriter(index).texts(shards)


def _number(x: float) -> str:
    """A score as JavaScript writes it: 2 rather than 2.0."""
    text = repr(x)
    return text[:-2] if text.endswith(".0") else text


def merge(serialized: Iterable[dict]) -> dict:
    """One lunr serialized index from shards: inverted entries sorted, vectors joined by ref."""
    serialized = list(serialized)
    inverted, vectors = [], {}
    for shard in serialized:
        inverted.extend(shard["invertedIndex"])
        for ref, flat in shard["fieldVectors"]:
            vectors.setdefault(ref, []).append(flat)
    joined = []
    for ref, parts in vectors.items():
        pairs = sorted((parts_[i], parts_[i + 1]) for parts_ in parts for i in range(0, len(parts_), 2))
        joined.append([ref, [x for pair in pairs for x in pair]])
    inverted.sort(key=lambda entry: entry[0])
    fields = serialized[0]["fields"] if serialized else []
    return {"version": LUNR_VERSION, "fields": fields, "fieldVectors": joined, "invertedIndex": inverted,
            "pipeline": []}


def plan(index: LunrIndex, budget_gzip: int = BUDGET_GZIP) -> tuple[list[Shard], list[str]]:
    """Partition `index` for a gzip budget; return the shards, by prefix, and their JSON texts.

    Sizes are estimated per term; how they relate to gzip depends on the corpus (how many field
    vectors a shard repeats), so a sample of shards is compressed to calibrate the partition.
    A shard whose gzip still exceeds the budget is split again on its own (its new prefixes
    cannot capture another shard's terms).
    """
    writer, sizes, terms = ShardWriter(index), term_sizes(index), sorted(index.postings)
    estimate = lambda shard: sum(sizes[t] for t in shard.terms)  # noqa: E731
    first = partition(terms, sizes, int(budget_gzip / GZIP_RATIO))
    sample = sorted((s for s in first if len(s.terms) > 1), key=estimate)[-8:] or first
    ratio = statistics.median(gzip_size(writer.text(s.terms)) / estimate(s) for s in sample)
    shards = partition(terms, sizes, int(0.95 * budget_gzip / ratio))
    done = []
    for shard, text in zip(shards, writer.texts(shards)):
        queue = [(shard, text)]
        while queue:
            shard, text = queue.pop()
            if len(shard.terms) > 1 and estimate(shard) * ratio > 0.85 * budget_gzip:
                size = gzip_size(text)
                if size > budget_gzip:
                    parts = _split(shard.prefix, list(shard.terms), sizes, int(estimate(shard) * budget_gzip / size * 0.9))
                    queue.extend((part, writer.text(part.terms)) for part in parts)
                    continue
            done.append((shard, text))
    done.sort(key=lambda pair: pair[0].prefix)
    return [shard for shard, _ in done], [text for _, text in done]
