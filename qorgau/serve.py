"""Serve the built site of every language on 127.0.0.1 and rebuild on any change (live reload)."""
from __future__ import annotations

import argparse
import sys
import time

from mkdocs.livereload import LiveReloadServer

from qorgau import i18n
from qorgau.build import ROOT, build_all, config_file

WATCHED = ["docs", "corpus", "hooks", "qorgau", "theme", "i18n"]


def rebuild() -> None:
    """Called by the server when a watched file changes; the browser reloads when it returns."""
    started = time.monotonic()
    ok = build_all()
    print(f"Rebuilt in {time.monotonic() - started:.1f} s" if ok else "Rebuild failed; the last good site is served")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    if not build_all():
        print("Fix the problems above; the server starts once the site builds.", file=sys.stderr)
        return 1
    server = LiveReloadServer(builder=rebuild, host=args.host, port=args.port, root=str(ROOT / "site"))
    for path in [ROOT / p for p in WATCHED] + [config_file(lang) for lang in i18n.languages()]:
        if path.exists():
            server.watch(str(path))
    print(f"Serving {server.url} (Ctrl+C stops)")
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
