"""The benchmark's table and its Markdown record: figures, ratios, and the issue's targets."""
from __future__ import annotations

import os
import platform
import subprocess
import statistics
import time
from pathlib import Path

from bench.engines import ARTICLE_URL, article_id

ENGINES = ("ours", "material", "pagefind")
MEMORY_LIMIT_MB = 6 * 1024  # "well inside 24 GB": a quarter of it


def load_average() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next(int(line.split()[1]) // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
    root = Path(__file__).resolve().parents[1]
    commit = subprocess.run(["git", "-C", str(root), "describe", "--always", "--dirty"],
                            capture_output=True, text=True).stdout.strip() or "unknown"
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_mb": memory, "kernel": platform.release(), "commit": commit,
            "python": platform.python_version(), "date": time.strftime("%Y-%m-%d %H:%M %Z"),
            "load_before": load_average()}


def _median(values: list[float]) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def _ratio(theirs: float | None, ours: float | None) -> str:
    return f"×{theirs / ours:.1f}" if theirs and ours else "–"


class Figures:
    """The figures of one corpus size, read out of the raw results."""

    def __init__(self, data: dict, queries: dict):
        self.data, self.queries = data, queries
        self.engines = data.get("engines", {})

    def build(self, key: str, what: str) -> float | None:
        build = self.data["builds"].get(key, {})
        return build.get(what) if build.get("ok") else None

    def phone(self, key: str, what: str) -> float | None:
        return _median([run[what] for run in self.engines.get(key, {}).get("phone", []) if not run["error"]])

    def file(self, key: str) -> str | float | None:
        runs = self.engines.get(key, {}).get("file", [])
        ok = [run["ms"] for run in runs if not run["error"]]
        if ok:
            return statistics.median(ok)
        return "does not run" if runs else None

    def phone_queries(self, key: str) -> dict:
        runs = self.engines.get(key, {}).get("phone", [])
        return (runs[0].get("after") or {}) if runs else {}

    def fast(self, key: str, part: str) -> dict:
        return ((self.engines.get(key, {}).get("fast") or {}).get("after") or {}).get(part, {})

    def latency(self, key: str) -> tuple[float | None, float | None]:
        """Unthrottled warm latency, median and max: the engine's API where it has one, else its UI."""
        answers = self.fast(key, "api") or self.fast(key, "ui")
        values = [a["ms"] for a in answers.values() if "ms" in a]
        return (_median(values), max(values)) if values else (None, None)

    def hits(self, key: str, query: str) -> set[str] | None:
        """Article ids an engine finds for `query`. Our Kazakh queries run on our Kazakh site; the
        baselines' hits count on the pages of the query's language only (kk/law/... or law/...)."""
        answer = self.fast(key, "api").get(query)
        if not answer or "urls" not in answer:
            return None
        kazakh = query in self.queries["kazakh"]
        return {article_id(u) for u in answer["urls"]
                if ARTICLE_URL.search(u) and (key == "ours" or ("kk/law/" in u) == kazakh)}

    def missed(self) -> int | None:
        """Article hits of Pagefind that ours does not return, over the inflected and Kazakh queries."""
        total = 0
        for query in self.queries["inflected"] + self.queries["kazakh"]:
            ours, theirs = self.hits("ours", query), self.hits("pagefind", query)
            if ours is None or theirs is None:
                return None
            total += len(theirs - ours)
        return total

    def cited_first(self, key: str) -> int | None:
        answers = self.fast(key, "ui")
        if not answers:
            return None
        return sum(1 for q, expected in self.queries["citations"].items() if answers.get(q, {}).get("first_id") == expected)


def _fmt(value, scale: float = 1.0, digits: int = 1, unit: str = "") -> str:
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    return f"{value / scale:.{digits}f}{unit}"


def _check(ok: bool | None) -> str:
    return "–" if ok is None else ("pass" if ok else "FAIL")


def rows(results: dict, queries: dict) -> list[list[str]]:
    out = []
    for size, data in results["sizes"].items():
        f = Figures(data, queries)
        size = int(size)
        b = {k: f.build(k, "seconds") for k in ENGINES}
        stock_plus = (b["material"] or 0) + (b["pagefind"] or 0) if b["pagefind"] else None
        big = size >= 10000
        out.append(["full build, s (ours: ru+kk+en; Pagefind: stock build + index)", size, _fmt(b["ours"]), _fmt(b["material"]),
                    _fmt(stock_plus), f"{_ratio(b['material'], b['ours'])}; {_ratio(stock_plus, b['ours'])}",
                    "ours ≤ 1.2 × stock Material" + ("" if big else " (target at 10,000)"),
                    _check(b["ours"] <= 1.2 * b["material"]) if b["ours"] and b["material"] else "–"])
        m = {k: f.build(k, "peak_mb") for k in ENGINES}
        out.append(["peak build memory, MB (whole process tree)", size, _fmt(m["ours"], digits=0), _fmt(m["material"], digits=0),
                    _fmt(m["pagefind"], digits=0), f"{_ratio(m['material'], m['ours'])}; {_ratio(m['pagefind'], m['ours'])}",
                    f"well inside 24 GB (< {MEMORY_LIMIT_MB // 1024} GB)", _check(m["ours"] < MEMORY_LIMIT_MB) if m["ours"] else "–"])
        t = {k: f.phone(k, "ms") for k in ENGINES}
        out.append([f"first result on load, phone, http, s («{queries['first']}»)", size, _fmt(t["ours"], 1000, 2),
                    _fmt(t["material"], 1000, 2), _fmt(t["pagefind"], 1000, 2),
                    f"{_ratio(t['material'], t['ours'])}; {_ratio(t['pagefind'], t['ours'])}", "ours ≤ Pagefind",
                    _check(t["ours"] <= t["pagefind"]) if t["ours"] and t["pagefind"] else "–"])
        by = {k: f.phone(k, "bytes") for k in ENGINES}
        out.append(["bytes before first result, phone, MB (gzip)", size, _fmt(by["ours"], 1e6, 2), _fmt(by["material"], 1e6, 2),
                    _fmt(by["pagefind"], 1e6, 2), f"{_ratio(by['material'], by['ours'])}; {_ratio(by['pagefind'], by['ours'])}",
                    "ours ≤ Pagefind", _check(by["ours"] <= by["pagefind"]) if by["ours"] and by["pagefind"] else "–"])
        sb = {k: f.phone(k, "search_bytes") for k in ENGINES}
        out.append(["… of which the search engine's code and index, MB", size, _fmt(sb["ours"], 1e6, 2), _fmt(sb["material"], 1e6, 2),
                    _fmt(sb["pagefind"], 1e6, 2), f"{_ratio(sb['material'], sb['ours'])}; {_ratio(sb['pagefind'], sb['ours'])}",
                    "–", "–"])
        fi = {k: f.file(k) for k in ENGINES}
        ours_file = fi["ours"] if isinstance(fi["ours"], float) else None
        out.append(["first result on load, phone, file://, s", size, _fmt(fi["ours"], 1000, 2), _fmt(fi["material"], 1000, 2),
                    _fmt(fi["pagefind"], 1000, 2), "–", "ours ≤ Pagefind over http",
                    _check(ours_file <= t["pagefind"]) if ours_file and t["pagefind"] else "–"])
        pq = {k: _median([a.get("ms") for a in f.phone_queries(k).values()]) for k in ENGINES}
        out.append(["per-query, warm, phone, UI, median ms (incl. UI debounce: ours 120, Pagefind 300)", size,
                    _fmt(pq["ours"], digits=0), _fmt(pq["material"], digits=0), _fmt(pq["pagefind"], digits=0),
                    f"{_ratio(pq['material'], pq['ours'])}; {_ratio(pq['pagefind'], pq['ours'])}", "–", "–"])
        lat = {k: f.latency(k) for k in ENGINES}
        cell = {k: "–" if lat[k][0] is None else f"{lat[k][0]:.0f} (max {lat[k][1]:.0f})" for k in ENGINES}
        out.append(["per-query, warm, unthrottled, median over queries, ms (ours, Pagefind: API; Material: UI)", size,
                    cell["ours"], cell["material"], cell["pagefind"],
                    f"{_ratio(lat['material'][0], lat['ours'][0])}; {_ratio(lat['pagefind'][0], lat['ours'][0])}",
                    "every query < 100 ms" + ("" if big else " (target at 10,000)"),
                    _check(lat["ours"][1] < 100) if lat["ours"][1] is not None else "–"])
        missed = f.missed()
        out.append(["recall: Pagefind article hits ours misses (inflected + Kazakh queries)", size, _fmt(missed, digits=0),
                    "–", "0 by definition", "–", "0", _check(missed == 0) if missed is not None else "–"])
        cf = {k: f.cited_first(k) for k in ENGINES}
        n = len(queries["citations"])
        out.append(["citation queries with the cited article first", size, *(f"{cf[k]}/{n}" if cf[k] is not None else "–" for k in ENGINES),
                    "–", f"{n}/{n}", _check(cf["ours"] == n) if cf["ours"] is not None else "–"])
    return [[str(c) for c in row] for row in out]


HEADER = ["metric", "articles", "ours", "stock Material", "Pagefind", "ratio theirs/ours (Material; Pagefind)", "target", "pass"]


def table(results: dict, queries: dict) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(row) + " |" for row in rows(results, queries)]
    return "\n".join(lines)


def query_table(results: dict, queries: dict) -> str:
    """Per query: hits of ours and Pagefind, what ours misses, the first result and latency of each engine."""
    lines = ["| articles | query | hits ours / Pagefind | Pagefind hits ours misses | first result: ours · Material · Pagefind | "
             "unthrottled ms, warm (first time): ours · Material · Pagefind | phone ms (UI): ours · Material · Pagefind |", "|---|---|---|---|---|---|---|"]
    for size, data in results["sizes"].items():
        f = Figures(data, queries)
        for query in queries["inflected"] + queries["kazakh"] + list(queries["citations"]):
            ours, theirs = f.hits("ours", query), f.hits("pagefind", query)
            recall = query not in queries["citations"]
            missed = sorted(theirs - ours) if recall and ours is not None and theirs is not None else None
            firsts = " · ".join(str(f.fast(k, "ui").get(query, {}).get("first_id") or ("none" if f.fast(k, "ui").get(query, {}).get("none") else "–")) for k in ENGINES)
            fast = " · ".join(_warm_and_first(f.fast(k, "api").get(query) or f.fast(k, "ui").get(query) or {}) for k in ENGINES)
            phone = " · ".join(_fmt(f.phone_queries(k).get(query, {}).get("ms"), digits=0) for k in ENGINES)
            counts = f"{len(ours) if ours is not None else '–'} / {len(theirs) if theirs is not None else '–'}"
            shown = "–" if missed is None else (f"{len(missed)}" + (f" ({', '.join(missed[:4])}{'…' if len(missed) > 4 else ''})" if missed else ""))
            lines.append(f"| {size} | {query} | {counts} | {shown} | {firsts} | {fast} | {phone} |")
    return "\n".join(lines)


def _warm_and_first(answer: dict) -> str:
    if "ms_first" in answer:
        return f"{answer['ms']:.0f} ({answer['ms_first']:.0f})"
    return _fmt(answer.get("ms"), digits=0)


def markdown(results: dict, queries: dict) -> str:
    m = results["machine"]
    cal = results.get("calibration") or {}
    parts = [
        "# Search benchmark: ours, stock Material, Pagefind",
        "",
        f"Command: `{results['command']}` (run from the repository root with `.venv/bin/python`; "
        f"took {results.get('minutes', 0):.1f} min). This file is what that run measured.",
        "",
        f"- Machine: {m['cpu']}, {m['cores']} cores, {m['memory_mb'] // 1024} GB, Linux {m['kernel']}, Python {m['python']}; "
        f"load average before {m['load_before']}, after {m.get('load_after', '?')} (other work shared the machine).",
        f"- Date: {m['date']}; code at commit {m.get('commit', 'unknown')}. Chromium {results['chromium']} (Debian, headless), driven by Playwright.",
        f"- \"Phone\": CPU {cal.get('summary', 'not calibrated')}. Calibration steps: {', '.join(cal.get('steps', [])) or '–'}. "
        f"Checks later in the run: {'; '.join(results.get('rechecks', [])) or '–'}.",
        "- \"Phone\" network: DevTools Network.emulateNetworkConditions, 150 ms latency, 1.6 Mbps down, 0.75 Mbps up, "
        "cache disabled, a fresh browser context per run (Chromium applies it to worker requests too). Sites are served "
        "on 127.0.0.1 by one small threaded server that gzips HTML, JS, CSS and JSON (level 6) for every engine; "
        "Pagefind's index files are already gzipped by Pagefind and go as they are.",
        "- Bytes: headers plus body as sent (Content-Length; gzipped where gzipped) of every request, the page's "
        "and its Web Workers', that finished before the first result entered the DOM. Times: from navigation start "
        "(performance.timeOrigin) to the first result element in the DOM, the query typed as soon as the page "
        "fired `load`. Medians over the runs; the screen is a phone's (360 × 800 CSS px, 2 device pixels per px).",
        "- Pages: ours is the home page of our Russian site (header search field). Stock Material is the home page "
        "of a stock mkdocs-material site (font: false, search plugin lang ru) with every article as a page out of "
        "the navigation. Pagefind is that same home page with Material's search switched off and Pagefind's default "
        "UI (debounce 300 ms) in the content.",
        "- Per-query latency: warm page, each query typed after the field was cleared, timed to its first result "
        "or the UI's \"nothing found\"; the \"unthrottled\" row times our and Pagefind's search APIs (search plus the "
        "documents of the first screen of results; median of 3 asks after the first, whose time is shown in "
        "brackets per query, since it may still load index parts), and stock Material through its UI (no debounce).",
        "- Our search runs the Kazakh queries on our Kazakh site (site/kk/). The baselines' site has a page per "
        "article and text language (law/… for the Russian or English text, kk/law/… for the Kazakh one), like our "
        "Russian and Kazakh article pages; recall compares hits on the pages of the query's language. A page carries "
        "the article's number, heading, chapter and text, as ours does. Pagefind indexes the pages' `<article>` with "
        "`--force-language ru`, from npm `pagefind` " + results.get("pagefind_version", "") + ".",
        "",
        "## Results",
        "",
        table(results, queries),
        "",
        "## Corpora",
        "",
    ]
    for size, data in results["sizes"].items():
        c = data["corpus"]
        forms = ", ".join(f"{lang} {n}" for lang, n in c["word_forms"].items())
        parts.append(f"- {size}: {c['articles']} articles in {c['acts']} acts, {c['with_kazakh']} with a Kazakh text, "
                     f"{c['characters'] / 1e6:.1f} M characters of text; distinct word forms {forms}.")
    parts += ["", "## Per query", "", query_table(results, queries), ""]
    errors = [f"- {size}, {key}: {e['error']}" for size, data in results["sizes"].items()
              for key, e in data.get("engines", {}).items() if e.get("error")]
    errors += [f"- {size}, {key} phone run: {run['error']}" for size, data in results["sizes"].items()
               for key, e in data.get("engines", {}).items() for run in e.get("phone", []) if run.get("error")]
    if errors:
        parts += ["## Failures", "", *errors, ""]
    return "\n".join(parts)
