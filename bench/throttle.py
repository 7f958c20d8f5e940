"""Slow the whole browser, Web Workers included, to about a cheap phone's CPU.

DevTools CPU throttling slows only the page's main thread; search engines do their work in
workers. So the browser is launched through a wrapper that puts it in a CPU cgroup, and its
quota is lowered for the "phone" runs and lifted for the unthrottled ones. If no cgroup can be
written, a thread stops and resumes the browser's processes (SIGSTOP/SIGCONT) on a duty cycle;
only if that cannot work either is DevTools throttling used, and the report says so.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
NAME = "qorgau-bench"
PERIOD_US = 20_000  # short periods: the slowdown is smooth at the scale of a search


class CpuLimit:
    """A CPU limit for every process of one browser; `fraction` 1.0 or None means no limit."""

    def __init__(self, workdir: Path, devtools_only: bool = False):
        self.workdir = workdir
        self.fraction: float | None = None
        self.pidfile = workdir / "browser.pid"
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.method, self.folder = ("devtools", None) if devtools_only else _cgroup()
        self.wrapper = self._write_wrapper()

    @property
    def description(self) -> str:
        return {
            "cgroup-v2": f"cgroup v2 cpu.max on {self.folder} (period {PERIOD_US} us), whole browser",
            "cgroup-v1": f"cgroup v1 cpu.cfs_quota_us on {self.folder} (period {PERIOD_US} us), whole browser",
            "sigstop": "SIGSTOP/SIGCONT duty cycle over the browser's process tree (no writable cgroup)",
            "devtools": "DevTools Emulation.setCPUThrottlingRate: main thread only, workers NOT slowed",
        }[self.method]

    def _write_wrapper(self) -> str:
        """The executable Playwright launches: joins the cgroup, records its pid, runs Chromium."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        wrapper = self.workdir / "chromium"
        join = f'echo $$ > "{self.folder}/cgroup.procs"\n' if self.folder else ""
        wrapper.write_text(f'#!/bin/sh\n{join}echo $$ > "{self.pidfile}"\nexec {CHROMIUM} "$@"\n')
        wrapper.chmod(0o755)
        return str(wrapper)

    def set(self, fraction: float | None) -> None:
        """Allow the browser `fraction` of one CPU (None: no limit)."""
        self.fraction = fraction
        if self.method == "cgroup-v2":
            quota = "max" if fraction is None else str(max(1000, int(PERIOD_US * fraction)))
            (self.folder / "cpu.max").write_text(f"{quota} {PERIOD_US}\n")
        elif self.method == "cgroup-v1":
            (self.folder / "cpu.cfs_period_us").write_text(f"{PERIOD_US}\n")
            quota = -1 if fraction is None else max(1000, int(PERIOD_US * fraction))
            (self.folder / "cpu.cfs_quota_us").write_text(f"{quota}\n")
        elif self.method == "sigstop":
            self._stop.set()
            if self._thread:
                self._thread.join()
            if fraction is not None:
                self._stop = threading.Event()
                self._thread = threading.Thread(target=self._duty_cycle, args=(fraction,), daemon=True)
                self._thread.start()

    def devtools_rate(self) -> float | None:
        """The rate to pass to Emulation.setCPUThrottlingRate, when that is the method in use."""
        return 1 / self.fraction if self.method == "devtools" and self.fraction else None

    def _duty_cycle(self, fraction: float) -> None:
        period = PERIOD_US / 1e6
        while not self._stop.is_set():
            pids = _tree(int(self.pidfile.read_text())) if self.pidfile.exists() else []
            _signal(pids, signal.SIGSTOP)
            time.sleep(period * (1 - min(fraction, 1.0)))
            _signal(pids, signal.SIGCONT)
            time.sleep(period * min(fraction, 1.0))

    def close(self) -> None:
        self.set(None)
        if self.folder and self.folder.exists():
            try:
                self.folder.rmdir()  # fails while processes remain; they leave with the browser
            except OSError:
                pass


def _cgroup() -> tuple[str, Path | None]:
    """A writable CPU cgroup for the browser: v2 if its cpu controller is available, else v1."""
    for base in (Path("/sys/fs/cgroup"), Path("/sys/fs/cgroup/unified")):
        controllers = base / "cgroup.controllers"
        if controllers.exists() and "cpu" in controllers.read_text().split():
            try:
                if "cpu" not in (base / "cgroup.subtree_control").read_text().split():
                    (base / "cgroup.subtree_control").write_text("+cpu\n")
                folder = base / NAME
                folder.mkdir(exist_ok=True)
                (folder / "cpu.max").write_text(f"max {PERIOD_US}\n")
                return "cgroup-v2", folder
            except OSError:
                pass
    v1 = Path("/sys/fs/cgroup/cpu")
    if (v1 / "cpu.cfs_quota_us").exists():
        try:
            folder = v1 / NAME
            folder.mkdir(exist_ok=True)
            (folder / "cpu.cfs_quota_us").write_text("-1\n")
            return "cgroup-v1", folder
        except OSError:
            pass
    return "sigstop", None


def _tree(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        stack += children.get(current, [])
    return found


def _signal(pids: list[int], sig: int) -> None:
    for pid in pids:
        try:
            os.kill(pid, sig)
        except OSError:
            pass
