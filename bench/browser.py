"""Measurements in headless Chromium: time to first result, bytes before it, per-query latency.

"Phone" = the whole browser held to about a quarter of this machine's speed (bench/throttle.py,
calibrated here) and DevTools network emulation of 1.6 Mbps down / 150 ms RTT, cache disabled,
a fresh browser context per run. Times are read inside the page (performance.now(), from
navigation start); a MutationObserver notes the moment the first result enters the DOM.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from bench.engines import Engine, article_id
from bench.throttle import CpuLimit

ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-gpu", "--disable-quic", "--disable-default-apps",
        "--disable-domain-reliability", "--metrics-recording-only"]
PHONE_NETWORK = {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 0.75e6 / 8}
PHONE_CPU_SLOWDOWN = 4.0
# A cheap phone's screen: 360 x 800 CSS pixels at 2 device pixels each, the mobile layout.
PHONE_SCREEN = {"viewport": {"width": 360, "height": 800}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}

# Fills window.__firstAt / __firstHref when an element matching the result selector appears.
WATCH = """(() => {
  const RESULT = %s, LINK = %s;
  const check = () => {
    const found = document.querySelector(RESULT);
    if (!found || window.__firstAt !== undefined) return;
    window.__firstAt = performance.now();
    const link = found.matches(LINK) ? found : found.querySelector(LINK);
    window.__firstHref = link ? link.getAttribute('href') : null;
    observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {childList: true, subtree: true});
})();"""

# Types as a reader's keyboard would reach the page's listeners: value, then input and keyup.
TYPE = """([input, query]) => {
  const el = document.querySelector(input);
  el.focus();
  el.value = query;
  el.dispatchEvent(new Event('input', {bubbles: true}));
  el.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true, key: 'End'}));
  window.__typedAt = performance.now();
}"""

# One warm query through the UI: clear the field, wait for the list to empty, type, time the
# answer: the first result, or the UI's "nothing found".
UI_QUERY = """async ([input, result, link, none, query, timeout]) => {
  const el = document.querySelector(input);
  const type = (value) => {
    el.value = value;
    el.dispatchEvent(new Event('input', {bubbles: true}));
    el.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true, key: 'End'}));
  };
  const until = (test) => new Promise((resolve, reject) => {
    if (test()) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (test()) { observer.disconnect(); clearTimeout(timer); resolve(performance.now()); }
    });
    observer.observe(document, {childList: true, subtree: true});
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('no result within ' + timeout + ' ms')); }, timeout);
  });
  const nothing = new Function('return (' + none + ')');
  el.focus();
  type('');
  await until(() => !document.querySelector(result) && !nothing());
  await new Promise(resolve => setTimeout(resolve, 100));
  const start = performance.now();
  type(query);
  const end = await until(() => document.querySelector(result) || nothing());
  const first = document.querySelector(result);
  const a = first && (first.matches(link) ? first : first.querySelector(link));
  return {ms: end - start, href: a ? a.getAttribute('href') : null, none: !first};
}"""

# A fixed JavaScript workload for calibrating the CPU limit (about 0.3 s here unthrottled).
WORKLOAD = """function () {
  const start = performance.now();
  const a = new Array(400000);
  for (let i = 0; i < a.length; i++) a[i] = (i * 7919) % 100003;
  a.sort((p, q) => p - q);
  const m = new Map();
  for (let i = 0; i < a.length; i++) { const k = 'k' + (a[i] % 7000); m.set(k, (m.get(k) || 0) + 1); }
  let s = '';
  for (let i = 0; i < 60000; i++) s += String.fromCharCode(1072 + (i * 31) % 32);
  return performance.now() - start + (m.size + s.length) * 0;
}"""
IN_WORKER = """() => new Promise(resolve => {
  const code = 'onmessage = () => postMessage((' + %s + ')())';
  const worker = new Worker(URL.createObjectURL(new Blob([code], {type: 'text/javascript'})));
  worker.onmessage = (e) => { worker.terminate(); resolve(e.data); };
  worker.postMessage(0);
})"""


@dataclass
class Calibration:
    method: str
    fraction: float | None            # share of one CPU allowed to the whole browser
    main_base_ms: float
    main_slow_ms: float
    worker_base_ms: float = 0.0
    worker_slow_ms: float = 0.0
    steps: list[str] = field(default_factory=list)

    @property
    def main_ratio(self) -> float:
        return self.main_slow_ms / self.main_base_ms

    @property
    def worker_ratio(self) -> float:
        return self.worker_slow_ms / self.worker_base_ms if self.worker_base_ms else 0.0

    def summary(self) -> str:
        share = f"{self.fraction:.3f} of one CPU" if self.fraction else "-"
        return (f"{self.method}: quota {share}; fixed JS workload main thread {self.main_base_ms:.0f} ms -> "
                f"{self.main_slow_ms:.0f} ms (x{self.main_ratio:.2f}), Web Worker {self.worker_base_ms:.0f} ms -> "
                f"{self.worker_slow_ms:.0f} ms (x{self.worker_ratio:.2f})")


@dataclass
class FirstResult:
    ms: float | None           # navigation start to the first result in the DOM
    bytes: int | None          # bytes transferred by the requests that finished before it
    search_bytes: int | None   # the part of them that is the engine's own code and index
    first_id: str | None
    error: str | None = None
    after: Any = None           # what the `then` step measured on the same warm page


def _transferred(request) -> int:
    """Bytes on the wire: headers plus the body as sent (gzipped where the server gzips).

    The body size comes from Content-Length, which bench/serve.py always sends: Chromium reports
    no body size for a worker's own script.
    """
    response = request.response()
    length = int((response.headers if response else {}).get("content-length", 0))
    return request.sizes()["responseHeadersSize"] + length


class Browser:
    """One Chromium for the whole benchmark, launched inside the CPU limit."""

    def __init__(self, limit: CpuLimit):
        from playwright.sync_api import sync_playwright

        self.limit = limit
        self._pw = sync_playwright().start()
        self.browser = self._pw.chromium.launch(executable_path=limit.wrapper, headless=True, args=ARGS)
        self.version = self.browser.version

    def close(self) -> None:
        self.browser.close()
        self._pw.stop()

    # ---- contexts ----

    def _open(self, phone_network: bool):
        context = self.browser.new_context(**PHONE_SCREEN)
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        if phone_network:
            cdp.send("Network.emulateNetworkConditions", PHONE_NETWORK)
        rate = self.limit.devtools_rate()
        if rate:
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": rate})
        return context, page, cdp

    # ---- calibration ----

    def _workload(self, page, worker: bool, runs: int) -> float:
        """The fastest of `runs` timings: other work on the machine only ever adds time."""
        script = (IN_WORKER % json.dumps(WORKLOAD)) if worker else f"() => ({WORKLOAD})()"
        return min(page.evaluate(script) for _ in range(runs))

    def calibrate(self, url: str, runs: int = 5, fixed: float | None = None) -> Calibration:
        """Find the CPU share at which the fixed workload runs PHONE_CPU_SLOWDOWN times slower.

        With `fixed`, only measure the slowdown at that share (a check later in the run)."""
        context, page, _ = self._open(phone_network=False)
        page.goto(url)
        self.limit.set(None)
        self._workload(page, False, 2)  # JIT and caches warm
        base, worker_base = self._workload(page, False, runs), self._workload(page, True, runs)
        fraction, steps = fixed or 1 / PHONE_CPU_SLOWDOWN, []
        if self.limit.method == "devtools":
            self.limit.set(fraction)
            context.close()
            context, page, _ = self._open(phone_network=False)
            page.goto(url)
            slow = self._workload(page, False, runs)
        else:
            for _ in range(6):
                self.limit.set(fraction)
                slow = self._workload(page, False, max(3, runs - 2))
                steps.append(f"{fraction:.3f} CPU -> x{slow / base:.2f}")
                if fixed or abs(slow / base - PHONE_CPU_SLOWDOWN) <= 0.3:
                    break
                fraction = min(1.0, fraction * (slow / base) / PHONE_CPU_SLOWDOWN)
        worker_slow = self._workload(page, True, max(3, runs - 2))
        self.limit.set(None)
        context.close()
        return Calibration(self.limit.method, fraction, base, slow, worker_base, worker_slow, steps)

    # ---- measurements ----

    def first_result(self, engine: Engine, url: str, query: str, phone: bool, timeout_s: float,
                     then=None) -> FirstResult:
        """Open `url`, type `query` as soon as the page has loaded, time the first result.

        On the "phone" the CPU is limited, and over http the network emulated too.
        `then(page)`, if given, runs on the same warm page before it is closed.
        """
        self.limit.set(self._fraction if phone else None)
        context, page, cdp = self._open(phone_network=phone and url.startswith("http"))
        # Playwright reports the requests of Web Workers too (Pagefind and Material fetch from theirs).
        finished: list = []
        context.on("requestfinished", lambda request: finished.append(request))
        page.add_init_script(WATCH % (json.dumps(engine.result), json.dumps(engine.link)))
        result = FirstResult(None, None, None, None)
        try:
            page.goto(url, wait_until="load", timeout=timeout_s * 1000)
            page.evaluate(TYPE, [engine.input, query])
            page.wait_for_function("window.__firstAt !== undefined", polling=100, timeout=timeout_s * 1000)
            at, href, origin = page.evaluate("[window.__firstAt, window.__firstHref, performance.timeOrigin]")
            result.ms, result.first_id = at, article_id(href)
            if url.startswith("http"):
                page.wait_for_timeout(300)  # let the events of requests that finished in time arrive
                before = [(_transferred(r), r.url) for r in list(finished)
                          if r.timing["startTime"] + r.timing["responseEnd"] <= origin + at]
                result.bytes = sum(size for size, _ in before)
                result.search_bytes = sum(size for size, u in before if re.search(engine.search_files, u))
            if then is not None:
                result.after = then(page)
        except Exception as error:  # a run that fails is reported as such, not retried
            result.error = f"{type(error).__name__}: {str(error).splitlines()[0][:160]}"
        finally:
            context.close()
            self.limit.set(None)
        return result

    _fraction: float | None = None

    def use_calibration(self, calibration: Calibration) -> None:
        self._fraction = calibration.fraction

    @staticmethod
    def ui_queries(page, engine: Engine, queries: list[str], timeout_s: float) -> dict[str, dict]:
        """Per-query latency through the UI on an already warm page: {query: {ms, first_id} or {error}}."""
        out = {}
        for query in queries:
            try:
                answer = page.evaluate(UI_QUERY, [engine.input, engine.result, engine.link, engine.none_js,
                                                  query, timeout_s * 1000])
                out[query] = {"ms": answer["ms"], "first_id": article_id(answer["href"]), "none": answer["none"]}
            except Exception as error:
                out[query] = {"error": str(error).splitlines()[0][:160]}
        return out

    @staticmethod
    def api_queries(page, engine: Engine, queries: list[str], repeats: int = 3) -> dict[str, dict]:
        """Per query through the engine's API (unthrottled): the time the first time it is asked
        (its index parts may still load), the median of `repeats` asks after that, every hit's URL."""
        out = {}
        for query in queries:
            try:
                first = page.evaluate(engine.api_js, query)
                again = sorted(page.evaluate(engine.api_js, query) for _ in range(repeats))
                urls = page.evaluate(engine.hits_js, query)
                out[query] = {"ms": again[len(again) // 2], "ms_first": first, "urls": urls,
                              "first_id": article_id(urls[0]) if urls else None}
            except Exception as error:
                out[query] = {"error": str(error).splitlines()[0][:160]}
        return out
