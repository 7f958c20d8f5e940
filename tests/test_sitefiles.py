"""The link checker the crawl relies on finds what it should."""
from __future__ import annotations

from tests.sitefiles import broken_links


def test_broken_links_reports_missing_files_fragments_and_folder_links(tmp_path):
    (tmp_path / "ru/law").mkdir(parents=True)
    (tmp_path / "ru/law/146.html").write_text('<h1 id="article">146</h1>')
    (tmp_path / "ru/index.html").write_text(
        '<a href="law/146.html#article">ok</a> <a href="law/146.html#nope">bad id</a>'
        ' <a href="law/147.html">missing</a> <a href="law/">folder</a>'
        ' <a href="https://example.org/">external, not checked</a> <script src="x.js"></script>')
    assert broken_links(tmp_path) == [
        "ru/index.html: <a> law/146.html#nope: no id 'nope'",
        "ru/index.html: <a> law/147.html does not exist",
        "ru/index.html: <a> law/ points to a folder (breaks from file://)",
        "ru/index.html: <script> x.js does not exist",
    ]
