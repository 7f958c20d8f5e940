"""The primary-language build also writes site/index.html: a page that leads to each language.

It needs no script: a meta refresh takes readers to the primary language, and the list of
links serves anyone whose browser ignores the refresh.
"""
from __future__ import annotations

from html import escape
from pathlib import Path


def root_page(languages: list[dict], primary: str) -> str:
    links = "\n".join(
        f'<li><a href="{escape(l["code"])}/index.html" hreflang="{escape(l["code"])}">{escape(l["name"])}</a></li>'
        for l in languages
    )
    return f"""<!doctype html>
<html lang="{escape(primary)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta http-equiv="refresh" content="0; url={escape(primary)}/index.html">
<link rel="icon" href="{escape(primary)}/assets/images/favicon.svg">
<title>Qorgau</title>
</head>
<body>
<ul>
{links}
</ul>
</body>
</html>
"""


def on_post_build(config):
    qorgau = config.extra["qorgau"]
    if qorgau["lang"] != qorgau["primary"]:
        return
    site_root = Path(config.site_dir).parent
    (site_root / "index.html").write_text(root_page(qorgau["languages"], qorgau["primary"]), encoding="utf-8")
