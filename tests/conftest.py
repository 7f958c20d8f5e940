"""Fixtures shared by every test: one build of the whole site per test session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qorgau.build import build_all

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site of every language, built from this checkout into a temporary folder."""
    site = tmp_path_factory.mktemp("site")
    assert build_all(site=site), "the site did not build; see the messages above"
    return site


@pytest.fixture
def project_copy(tmp_path):
    """The parts of the project a build reads, copied so a test may break them."""
    for name in ("corpus", "schema", "docs", "hooks", "theme", "i18n", "qorgau"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    for config in ROOT.glob("mkdocs*.yml"):
        shutil.copy(config, tmp_path / config.name)
    return tmp_path
