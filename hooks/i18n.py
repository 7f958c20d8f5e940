"""One MkDocs build per language: expose language data to templates, fill untranslated pages.

A page missing in a language is built from the primary language's file and flagged, so the
template shows a visible banner: a missing translation never falls back silently.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File, Files

from qorgau import i18n


def on_config(config):
    lang = config.theme["language"]
    primary = i18n.primary_language()
    config.extra["qorgau"] = {
        "lang": lang,
        "primary": primary.code,
        "languages": [{"code": l.code, "name": l.name} for l in i18n.languages()],
        "ui": i18n.ui_strings(lang),
    }
    return config


def on_files(files: Files, config) -> Files:
    docs = Path(config.docs_dir)
    primary = config.extra["qorgau"]["primary"]
    primary_docs = docs.parent / primary
    for src_uri in i18n.missing_pages(primary_docs, docs):
        file = File.generated(config, src_uri, abs_src_path=str(primary_docs / src_uri))
        file.qorgau_fallback = primary  # read by theme/main.html to show the banner
        files.append(file)
    return files
