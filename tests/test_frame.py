"""Pages made by Python are framed once per folder (qorgau/frame.py): that must change no byte."""
from __future__ import annotations

from pathlib import Path

from qorgau.build import ROOT, build_language
from qorgau.i18n import languages


def _files(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def test_framed_site_equals_the_site_rendered_page_by_page(built_site, tmp_path):
    primary = next(lang for lang in languages() if lang.primary)
    result = build_language(primary, tmp_path, ROOT, {"QORGAU_FRAME": "full"})
    assert result.returncode == 0, result.stdout + result.stderr
    whole, framed = _files(tmp_path / primary.code), _files(built_site / primary.code)
    assert sorted(whole) == sorted(framed)
    differing = [name for name in whole if whole[name] != framed[name]]
    assert differing == [], f"{len(differing)} files differ, first {differing[:5]}"
    assert sum(name.startswith("law/kz/uk/") for name in framed) > 400  # the article pages were compared


def test_a_title_that_is_not_plain_text_is_rendered_whole(project_copy, tmp_path_factory):
    """Material shows a title through striptags in <title> and as it is in the header; a title
    where those differ («&», doubled spaces) cannot go through a frame's single slot."""
    project, out = project_copy, tmp_path_factory.mktemp("sites")
    article = project / "corpus/kz/uk/146.yml"
    article.write_text(article.read_text(encoding="utf-8").replace("  ru: Пытки\n", "  ru: Пытки &amp;  истязания\n", 1),
                       encoding="utf-8")
    primary = next(lang for lang in languages() if lang.primary)
    framed = build_language(primary, out / "framed", project)
    whole = build_language(primary, out / "whole", project, {"QORGAU_FRAME": "full"})
    assert framed.returncode == 0 and whole.returncode == 0, framed.stderr + whole.stderr
    page = f"{primary.code}/law/kz/uk/146.html"
    html = (out / "framed" / page).read_text(encoding="utf-8")
    assert "<title>Статья 146. Пытки & истязания - " in html  # striptags unescapes and joins spaces
    assert html == (out / "whole" / page).read_text(encoding="utf-8")
