"""Synthetic corpora in the real schema, their words drawn from the real corpus.

Each synthetic article copies the layout of a real one (paragraphs, numbering, punctuation,
length, which languages it has) and replaces every word with one sampled from a word-bigram
model of the real texts in that language. So the lengths, the structure and the distinct word
forms are those of real law, while the text is new. The real acts are kept with their real
article numbers (so «146 УК» and «статья 101 УПК» exist); further acts are synthetic.
"""
from __future__ import annotations

import bisect
import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qorgau import yamlform

REAL_CORPUS = Path(__file__).resolve().parents[1] / "corpus"
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# A chain restarts where the real text ended a sentence or a paragraph.
SENTENCE_BREAK = re.compile(r"[.!?:;\n]")
ARTICLES_PER_SYNTHETIC_ACT = 400
# Kept as written in the real corpus: an act prefix is not a word of the text.
CHAPTER = {"ru": "Глава {n}. ", "kk": "{n}-тарау. ", "en": "Chapter {n}. "}


class BigramModel:
    """Word-bigram model of one language's texts: P(next word | word), and sentence starts."""

    def __init__(self, texts: list[str]):
        follows: dict[str, Counter[str]] = defaultdict(Counter)
        starts: Counter[str] = Counter()
        for text in texts:
            previous = None
            end = 0
            for match in WORD.finditer(text):
                word = match.group().lower()
                if previous is None or SENTENCE_BREAK.search(text, end, match.start()):
                    starts[word] += 1
                else:
                    follows[previous][word] += 1
                previous, end = word, match.end()
        self.vocabulary = set(starts) | set(follows) | {w for c in follows.values() for w in c}
        self._starts = _table(starts)
        self._follows = {word: _table(counter) for word, counter in follows.items()}

    def start(self, rng: random.Random) -> str:
        return _draw(self._starts, rng)

    def next(self, word: str | None, rng: random.Random) -> str:
        table = self._follows.get(word) if word is not None else None
        return _draw(table, rng) if table else self.start(rng)


def _table(counter: Counter[str]) -> tuple[list[str], list[int]]:
    words, total, cumulative = [], 0, []
    for word, count in counter.items():
        total += count
        words.append(word)
        cumulative.append(total)
    return words, cumulative


def _draw(table: tuple[list[str], list[int]], rng: random.Random) -> str:
    words, cumulative = table
    return words[bisect.bisect_right(cumulative, int(rng.random() * cumulative[-1]))]


def _cased(word: str, like: str) -> str:
    """Give `word` the case pattern of the template word it replaces."""
    if len(like) > 1 and like.isupper():
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def rewrite(template: str, model: BigramModel, rng: random.Random) -> str:
    """The template with every word replaced by a bigram chain; numbers, punctuation and layout kept."""
    out, previous, end = [], None, 0
    for match in WORD.finditer(template):
        gap = template[end:match.start()]
        out.append(gap)
        if previous is None or SENTENCE_BREAK.search(gap):
            previous = model.start(rng)
        else:
            previous = model.next(previous, rng)
        out.append(_cased(previous, match.group()))
        end = match.end()
    out.append(template[end:])
    return "".join(out)


@dataclass
class Real:
    """The real corpus as raw YAML data, and one bigram model per text language."""

    registry: dict[str, Any]
    acts: dict[str, dict[str, Any]]
    articles: list[dict[str, Any]]
    models: dict[str, BigramModel] = field(default_factory=dict)

    @classmethod
    def load(cls, root: Path = REAL_CORPUS) -> "Real":
        registry = yamlform.load((root / "registry.yml").read_text(encoding="utf-8"))
        acts, articles = {}, []
        for act in registry["acts"]:
            folder = root / act
            acts[act] = yamlform.load((folder / "_act.yml").read_text(encoding="utf-8"))
            for file in sorted(folder.glob("*.yml")):
                if file.name != "_act.yml":
                    articles.append(yamlform.load(file.read_text(encoding="utf-8")))
        texts: dict[str, list[str]] = defaultdict(list)
        for article in articles:
            for lang, text in article["text"].items():
                texts[lang].append(text)
                if lang in article.get("heading", {}):
                    texts[lang].append(article["heading"][lang])
        return cls(registry, acts, articles, {lang: BigramModel(t) for lang, t in texts.items()})


@dataclass
class Synthetic:
    """A generated corpus: registry, acts and articles as the YAML files hold them."""

    registry: dict[str, Any]
    acts: dict[str, dict[str, Any]]
    articles: list[dict[str, Any]]

    def write(self, root: Path) -> None:
        """Write corpus/ files in the canonical YAML form under `root` (the corpus folder)."""
        root.mkdir(parents=True, exist_ok=True)
        (root / "registry.yml").write_text(yamlform.dump(self.registry), encoding="utf-8")
        for act_id, act in self.acts.items():
            (root / act_id).mkdir(parents=True, exist_ok=True)
            (root / act_id / "_act.yml").write_text(yamlform.dump(act), encoding="utf-8")
        for article in self.articles:
            (root / f"{article['id']}.yml").write_text(yamlform.dump(article), encoding="utf-8")

    def word_forms(self) -> dict[str, int]:
        """Distinct word forms (lower-cased) per text language."""
        forms: dict[str, set[str]] = defaultdict(set)
        for article in self.articles:
            for lang, text in article["text"].items():
                forms[lang].update(w.lower() for w in WORD.findall(text))
        return {lang: len(words) for lang, words in sorted(forms.items())}


def synthesize(real: Real, count: int, seed: int = 1) -> Synthetic:
    """A corpus of `count` articles: the real acts' articles rewritten, then synthetic acts."""
    rng = random.Random(seed)
    kept = real.articles if count >= len(real.articles) else _sample_keeping_cited(real.articles, count, rng)
    ids = {a["id"] for a in kept}
    articles = [_rewrite_article(a, real.models, rng, ids) for a in kept]
    acts = {act: data for act, data in real.acts.items() if any(a["act"] == act for a in kept)}
    national = [a for a in real.articles if a["act"].startswith("kz/")]
    extra, index = count - len(articles), 0
    while extra > 0:
        index += 1
        act_id = f"kz/synth-{index:02d}"
        size = min(extra, ARTICLES_PER_SYNTHETIC_ACT)
        acts[act_id] = _synthetic_act(act_id, index, real, rng)
        articles += _synthetic_articles(act_id, size, national, real, rng)
        extra -= size
    registry = dict(real.registry, acts=list(acts))
    return Synthetic(registry, acts, articles)


# Articles the benchmark's citation queries expect to find.
CITED = ("kz/uk/146", "kz/upk/101", "kz/konst/20")


def _sample_keeping_cited(articles: list[dict[str, Any]], count: int, rng: random.Random) -> list[dict[str, Any]]:
    cited = [a for a in articles if a["id"] in CITED]
    rest = [a for a in articles if a["id"] not in CITED]
    chosen = {a["id"] for a in cited[:count] + rng.sample(rest, max(0, count - len(cited)))}
    return [a for a in articles if a["id"] in chosen]


def _rewrite_article(real: dict[str, Any], models: dict[str, BigramModel], rng: random.Random,
                     ids: set[str]) -> dict[str, Any]:
    """A real article with new words in its text, heading and note; structure and metadata kept."""
    article = {k: v for k, v in real.items() if k != "history"}
    for key in ("text", "heading", "note"):
        if key in article:
            article[key] = {lang: rewrite(value, models.get(lang) or models["ru"], rng)
                            for lang, value in article[key].items()}
    if "related" in article:
        article["related"] = [r for r in article["related"] if r in ids]
        if not article["related"]:
            del article["related"]
    return article


def _synthetic_act(act_id: str, index: int, real: Real, rng: random.Random) -> dict[str, Any]:
    template = real.acts["kz/upk"]
    title = {lang: rewrite(text, real.models[lang], rng) for lang, text in template["title"].items()
             if lang in real.models}
    return {
        "id": act_id,
        "jurisdiction": "kz",
        "kind": "code",
        "title": {**title, "en": f"Synthetic code {index}"},
        "short": {"ru": f"Синт. кодекс {index}", "kk": f"Синт. кодекс {index}", "en": f"Synthetic code {index}"},
        "status": "in_force",
        "article_label": template["article_label"],
    }


def _synthetic_articles(act_id: str, size: int, templates: list[dict[str, Any]], real: Real,
                        rng: random.Random) -> list[dict[str, Any]]:
    """Articles numbered 1, 2, ... (a few '12-1' insertions), in chapters of 10-40 articles."""
    chapters = [a["structure"] for a in real.articles if a.get("structure", {}).get("ru")]
    topic_pool = [t for a in real.articles for t in a.get("topics", [])]
    topic_share = sum(1 for a in real.articles if a.get("topics")) / len(real.articles)
    repealed_share = sum(1 for a in real.articles if a["edition"]["status"] == "repealed") / len(real.articles)
    articles: list[dict[str, Any]] = []
    number, inserted, chapter, left_in_chapter, structure = 0, 0, 0, 0, {}
    while len(articles) < size:
        if left_in_chapter == 0:
            chapter += 1
            left_in_chapter = rng.randint(10, 40)
            structure = _chapter(chapter, rng.choice(chapters), real, rng)
        if articles and rng.random() < 0.03:
            inserted += 1
            label = f"{number}-{inserted}"
        else:
            number, inserted = number + 1, 0
            label = str(number)
        template = rng.choice(templates)
        article = _rewrite_article(template, real.models, rng, set())
        article.update(id=f"{act_id}/{label}", act=act_id, number=label)
        article["structure"] = {lang: structure[lang] for lang in article["text"] if lang in structure}
        article["provenance"] = {lang: dict(p, anchor=f"st{label}") for lang, p in article["provenance"].items()}
        article["edition"] = {"status": "repealed" if rng.random() < repealed_share else "in_force",
                              **({"date": template["edition"]["date"]} if "date" in template["edition"] else {})}
        article.pop("related", None)
        article.pop("topics", None)
        if rng.random() < topic_share:
            article["topics"] = sorted(set(rng.sample(topic_pool, rng.randint(1, 3))))
        articles.append(article)
        left_in_chapter -= 1
    return articles


def _chapter(n: int, template: dict[str, list[str]], real: Real, rng: random.Random) -> dict[str, list[str]]:
    """One chapter heading per language, its words drawn from a real chapter heading's layout."""
    headings = {}
    for lang in ("ru", "kk"):
        source = template.get(lang) or template.get("ru")
        title = source[-1].split(". ", 1)[-1]
        headings[lang] = [CHAPTER[lang].format(n=n) + rewrite(title, real.models[lang], rng)]
    return headings
