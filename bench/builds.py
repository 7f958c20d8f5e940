"""Build projects in temporary folders and measure each build: wall time and peak memory."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bench.synth import Synthetic

ROOT = Path(__file__).resolve().parents[1]
# What a copy of Qorgau needs besides the corpus; the qorgau package is imported from ROOT.
PROJECT_FILES = ("docs", "hooks", "theme", "i18n", "schema", "mkdocs.yml", "mkdocs.kk.yml", "mkdocs.en.yml")


@dataclass(frozen=True)
class Build:
    """One measured build: seconds of wall time, peak memory of the whole process tree."""

    seconds: float
    peak_mb: float  # sum of the RSS of every process of the build at its highest
    ok: bool
    output: str


def our_project(corpus: Synthetic, dest: Path) -> Path:
    """A copy of Qorgau at `dest` whose corpus/ is the synthetic one."""
    dest = dest.resolve()
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, dest / name)
    # mkdocs.yml watches qorgau/; the package itself is imported from ROOT.
    (dest / "qorgau").symlink_to(ROOT / "qorgau", target_is_directory=True)
    corpus.write(dest / "corpus")
    return dest


def build_ours(project: Path) -> Build:
    """Qorgau's own full build (every language, pages and search data) of `project` into project/site."""
    project = project.resolve()
    code = ("import sys; from pathlib import Path; from qorgau.build import build_all; "
            f"sys.exit(0 if build_all(Path({str(project / 'site')!r}), Path({str(project)!r})) else 1)")
    return measure([sys.executable, "-c", code], cwd=project)


def measure(command: list[str], cwd: Path) -> Build:
    """Run `command`, sampling the memory of its process tree every 50 ms."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            peak[0] = max(peak[0], tree_rss(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    return Build(seconds, peak[0] / 2**20, process.returncode == 0, output)


def tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants, read from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        # after the command name: state, ppid, ... field 22 (rss, in pages) is index 21 here
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * page
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        stack += children.get(current, [])
    return total
