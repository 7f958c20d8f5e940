"""The three language builds are configured from one place and no interface string is missing."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from qorgau import i18n
from qorgau.build import config_file

ROOT = Path(__file__).resolve().parents[1]
MATERIAL_RU = Path(__import__("material").__file__).parent / "templates/partials/languages/ru.html"
KEY = re.compile(r'^\s*"([a-z.]+)":', re.M)


def test_exactly_one_primary_language_and_it_is_russian():
    assert [l.code for l in i18n.languages() if l.primary] == ["ru"]


def test_every_language_has_a_config_docs_and_interface_strings():
    table = yaml.safe_load((ROOT / "i18n/ui.yml").read_text(encoding="utf-8"))
    primary_keys = set(table["ru"])
    for lang in i18n.languages():
        assert config_file(lang).exists(), lang.code
        assert (ROOT / "docs" / lang.code / "index.md").exists(), lang.code
        assert set(table[lang.code]) == primary_keys, f"{lang.code}: keys differ from ru"
    configs = {p.name for p in ROOT.glob("mkdocs*.yml")}
    assert configs == {config_file(l).name for l in i18n.languages()}


def test_language_configs_only_change_the_language():
    for lang in i18n.languages():
        if lang.primary:
            continue
        data = yaml.safe_load(config_file(lang).read_text(encoding="utf-8"))
        assert data == {"INHERIT": "mkdocs.yml", "docs_dir": f"docs/{lang.code}",
                        "site_dir": f"site/{lang.code}", "theme": {"language": lang.code}}


def test_kazakh_theme_strings_cover_every_material_key():
    ours = set(KEY.findall((ROOT / "theme/partials/languages/kk.html").read_text(encoding="utf-8")))
    material = set(KEY.findall(MATERIAL_RU.read_text(encoding="utf-8")))
    assert material and material <= ours


def test_missing_pages_lists_what_a_language_lacks(tmp_path):
    (tmp_path / "ru/sub").mkdir(parents=True)
    (tmp_path / "kk").mkdir()
    for rel in ("ru/index.md", "ru/sub/a.md", "kk/index.md"):
        (tmp_path / rel).write_text("# x\n")
    assert i18n.missing_pages(tmp_path / "ru", tmp_path / "kk") == ["sub/a.md"]
    assert i18n.missing_pages(tmp_path / "ru", tmp_path / "ru") == []
