"""`python -m bench [--quick]`: build synthetic corpora, measure our search against stock Material
and Pagefind in throttled headless Chromium, print the table and write bench/results/latest.md (latest-quick.md for --quick).

Nothing here reaches the network except `npm install pagefind` on the first run (cached in
bench/.cache/). Work folders go to bench/out/ (kept for inspection, replaced on the next run).
"""
from __future__ import annotations

import argparse
import json
import shlex
import sys
import time
from dataclasses import asdict
from pathlib import Path

import yaml

from bench import report
from bench.baselines import PAGEFIND_VERSION, build_pagefind, build_stock, stock_project
from bench.browser import Browser
from bench.builds import build_ours, our_project
from bench.engines import MATERIAL, OURS, PAGEFIND, Engine
from bench.serve import Server
from bench.synth import Real, synthesize
from bench.throttle import CpuLimit

HERE = Path(__file__).resolve().parent
PHONE_TIMEOUT_S = 400   # stock Material at 10,000 articles needs about two minutes on the "phone"
FILE_TIMEOUT_S = 20     # long enough to show that an engine does not run from file://


def load_queries() -> dict:
    return yaml.safe_load((HERE / "queries.yml").read_text(encoding="utf-8"))


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def measure_engine(browser: Browser, engine: Engine, base: str, queries: dict, runs: int) -> dict:
    """Every browser figure of one engine on one site served at `base`."""
    typed = queries["inflected"] + list(queries["citations"])
    everything = typed + queries["kazakh"]
    out: dict = {"phone": [], "file": [], "error": None}

    def warm_ui_and_api(wanted: list[str]):
        def step(page):
            ui = browser.ui_queries(page, engine, wanted, 60)
            api = browser.api_queries(page, engine, wanted) if engine.api_js else {}
            return {"ui": ui, "api": api}
        return step

    # Unthrottled first: it proves the engine works here, and fills the server's gzip cache.
    fast = browser.first_result(engine, base + engine.page("ru"), queries["first"], phone=False,
                                timeout_s=PHONE_TIMEOUT_S, then=warm_ui_and_api(everything if engine is not OURS else typed))
    out["fast"] = asdict(fast)
    if fast.error:
        out["error"] = fast.error
        log(f"  {engine.label}: does not work over http: {fast.error}")
        return out
    if engine is OURS:  # Kazakh queries on the Kazakh site
        kk = browser.first_result(engine, base + engine.page("kk"), queries["kazakh"][0], phone=False,
                                  timeout_s=PHONE_TIMEOUT_S, then=warm_ui_and_api(queries["kazakh"]))
        for part in ("ui", "api"):
            out["fast"]["after"][part].update((kk.after or {}).get(part, {}))
    log(f"  {engine.label}: unthrottled first result {fast.ms / 1000:.2f} s")

    for n in range(runs):
        then = (lambda page: browser.ui_queries(page, engine, typed, 120)) if n == 0 else None
        run = browser.first_result(engine, base + engine.page("ru"), queries["first"], phone=True,
                                   timeout_s=PHONE_TIMEOUT_S, then=then)
        out["phone"].append(asdict(run))
        log(f"  {engine.label}: phone run {n + 1}: {run.error or f'{run.ms / 1000:.2f} s, {(run.bytes or 0) / 1e6:.2f} MB'}")
    return out


def measure_file(browser: Browser, engine: Engine, site: Path, queries: dict, runs: int) -> list[dict]:
    """From file://: our search on the "phone" CPU; the others once, unthrottled, to show whether they run."""
    url = (site / engine.page("ru")).as_uri()
    if engine is OURS:
        found = [browser.first_result(engine, url, queries["first"], phone=True, timeout_s=PHONE_TIMEOUT_S)
                 for _ in range(runs)]
    else:
        found = [browser.first_result(engine, url, queries["first"], phone=False, timeout_s=FILE_TIMEOUT_S)]
    for run in found:
        log(f"  {engine.label} from file://: {run.error or f'{run.ms / 1000:.2f} s'}")
    return [asdict(run) for run in found]


def run_size(real: Real, size: int, out: Path, browser: Browser, queries: dict, runs: int,
             calibrate, first: bool) -> dict:
    log(f"{size} articles: generating the corpus")
    corpus = synthesize(real, size)
    data: dict = {"corpus": {"articles": len(corpus.articles), "acts": len(corpus.acts),
                             "with_kazakh": sum(1 for a in corpus.articles if "kk" in a["text"]),
                             "word_forms": corpus.word_forms(),
                             "characters": sum(len(t) for a in corpus.articles for t in a["text"].values())}}
    ours_dir, stock_dir = our_project(corpus, out / str(size) / "ours"), stock_project(corpus, out / str(size) / "stock")
    del corpus
    builds = {}
    for key, build in (("ours", lambda: build_ours(ours_dir)), ("material", lambda: build_stock(stock_dir)),
                       ("pagefind", lambda: build_pagefind(stock_dir / "site"))):
        log(f"{size} articles: building {key}")
        result = build()
        builds[key] = {"seconds": result.seconds, "peak_mb": result.peak_mb, "ok": result.ok,
                       "output": result.output[-3000:] if not result.ok else ""}
        log(f"  {result.seconds:.1f} s, peak {result.peak_mb:.0f} MB{'' if result.ok else ' FAILED: ' + result.output[-800:]}")
    data["builds"] = builds
    sites = {"ours": ours_dir / "site", "material": stock_dir / "site", "pagefind": stock_dir / "site"}
    data["engines"] = {}
    with Server(sites["ours"]) as ours_server, Server(sites["material"]) as stock_server:
        if first:
            calibrate(ours_server.url + "ru/index.html")
        for engine, server in ((OURS, ours_server), (PAGEFIND, stock_server), (MATERIAL, stock_server)):
            if not builds[engine.key]["ok"]:
                data["engines"][engine.key] = {"error": "build failed", "phone": [], "file": []}
                continue
            log(f"{size} articles: measuring {engine.label}")
            # Stock Material takes minutes per run on the "phone": one run, to stay within the time budget.
            engine_runs = runs if engine is not MATERIAL else 1
            result = measure_engine(browser, engine, server.url, queries, engine_runs)
            if engine is OURS or first:
                result["file"] = measure_file(browser, engine, sites[engine.key], queries, runs)
            else:  # whether they run from file:// does not depend on the corpus size
                result["file"] = [{"ms": None, "error": "does not run (checked at the first size)"}]
            data["engines"][engine.key] = result
        calibrate(ours_server.url + "ru/index.html")
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description="Benchmark our search and build "
                                     "against stock Material and Pagefind on synthetic corpora.")
    parser.add_argument("--quick", action="store_true", help="2,000 articles only, one run of each measurement")
    parser.add_argument("--sizes", default=None, help="comma-separated corpus sizes (default 2000,10000)")
    parser.add_argument("--out", type=Path, default=HERE / "out", help="work folder (default bench/out)")
    parser.add_argument("--results", type=Path, default=None,
                        help="the Markdown record (default bench/results/latest.md, with --quick latest-quick.md)")
    args = parser.parse_args(argv)
    if args.results is None:  # a quick run never replaces the full run's record
        args.results = HERE / "results" / ("latest-quick.md" if args.quick else "latest.md")
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else ([2000] if args.quick else [2000, 10000])
    runs = 1 if args.quick else 3
    command = "python -m bench" + "".join(" " + shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:]))
    started = time.time()
    queries = load_queries()
    log("loading the real corpus and its word-bigram models")
    real = Real.load()
    limit = CpuLimit(args.out / "browser")
    browser = Browser(limit)
    log(f"Chromium {browser.version}; CPU limit: {limit.description}")
    results: dict = {"command": command, "chromium": browser.version, "cpu_method": limit.description,
                     "machine": report.machine(), "sizes": {}, "calibration": None,
                     "pagefind_version": PAGEFIND_VERSION}

    def calibrate(url: str) -> None:
        """Calibrate once; later calls check the slowdown again at the same quota."""
        if results["calibration"] is None:
            calibration = browser.calibrate(url)
            browser.use_calibration(calibration)
            results["calibration"] = asdict(calibration) | {"summary": calibration.summary()}
            log(f"calibration: {calibration.summary()} (steps: {', '.join(calibration.steps)})")
        else:
            check = browser.calibrate(url, runs=3, fixed=results["calibration"]["fraction"])
            results.setdefault("rechecks", []).append(check.summary())
            log(f"calibration check: {check.summary()}")

    try:
        for n, size in enumerate(sizes):
            results["sizes"][size] = run_size(real, size, args.out, browser, queries, runs, calibrate,
                                              first=n == 0)
    finally:
        browser.close()
        limit.close()
    results["minutes"] = (time.time() - started) / 60
    results["machine"]["load_after"] = report.load_average()
    text = report.markdown(results, queries)
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(text, encoding="utf-8")
    # Every raw figure, for a closer look; kept out of git with the rest of bench/out/.
    raw = args.out / "latest.json"
    raw.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print(report.table(results, queries))
    log(f"wrote {args.results} (and the raw figures to {raw}) in {results['minutes']:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
