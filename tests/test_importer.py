"""Importer: the corpus re-derived from its sources, parser units, re-import, duplicate rules."""
from __future__ import annotations

import datetime as dt
import functools
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qorgau import yamlform
from qorgau.importer import acts, build, curation, international, mirror
from qorgau.importer.acts import KzSource
from qorgau.importer.pipeline import run

REPO = Path(__file__).parents[1]
SOURCES = Path(__file__).parents[1].parent / "shared" / "sources"
ROOT = SOURCES / "kazakhstan-law"
CORPUS = REPO / "corpus"
FIXTURES = Path(__file__).parent / "fixtures" / "importer"
TODAY = dt.date(2026, 11, 25)
ARTICLES = sorted(p for p in CORPUS.glob("*/*/*.yml") if p.name != "_act.yml")
needs_sources = pytest.mark.skipif(not ROOT.exists(), reason="../shared/sources is not here")


def _stops(line: str) -> bool:
    """Where an article ends, written independently of the importer's parser."""
    return (line.startswith("<a id=") or line.startswith("#") or bool(re.fullmatch(r"\s*_{3,}\s*", line))
            or bool(re.fullmatch(r"\*\*[^*]{1,60}\*\*\s*", line)))  # headings and the signature


def rederive(source: str, anchor: str | None, number: str) -> str:
    """An article's text: after its heading line, to the next stop, without blank edge lines."""
    lines = source.split("\n")
    if anchor:
        start = lines.index(f'<a id="{anchor}"></a>') + 1
        while not lines[start].strip():
            start += 1
    else:
        n = re.escape(number)
        heading = re.compile(rf"^(#+ |\*\*)(Статья {n}(?![\d-])|{n}-бап)")
        start = next(i for i, line in enumerate(lines) if heading.match(line))
    end = start + 1
    while end < len(lines) and not _stops(lines[end]):
        end += 1
    return _trim(lines[start + 1:end])


def _trim(lines: list[str]) -> str:
    """Drop blank lines at both ends."""
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return "\n".join(lines)


@functools.lru_cache(maxsize=None)
def _source(path: str, commit: str) -> tuple[str, str]:
    """Text and SHA-256 of the local copy of a mirror file (read once per test session)."""
    local = mirror.locate(ROOT, path, commit)
    return local.read_text(encoding="utf-8"), mirror.sha256(local)


def _check_text(number: str, lang: str, text: str, prov: dict, heading: str | None = None) -> None:
    """One language of an article (or history entry) equals its source slice."""
    if prov["path"] == build.NOTES_FILE:
        notes = (SOURCES / build.NOTES_FILE).read_text(encoding="utf-8")
        quotes = {(q.section, q.number): q for q in international.parse(notes)}
        quote = quotes[(prov["anchor"], number)]
        assert text == quote.text
        assert prov["official_url"] == quote.url
        assert text in notes
        return
    source, digest = _source(prov["path"], prov["commit"])
    assert digest == prov["sha256"]
    assert text == rederive(source, prov.get("anchor"), number)
    assert text in source
    if heading is not None:
        assert re.search(rf"^(#+ |\*\*)(Статья {re.escape(number)}|{re.escape(number)}-бап)\. {re.escape(heading)}(\*\*)?$",
                         source, re.M)


@needs_sources
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.relative_to(CORPUS).with_suffix("").as_posix())
def test_round_trip(path: Path) -> None:
    """Every text in the corpus, current or earlier, is the verbatim slice of its source."""
    doc = yamlform.load(path.read_text(encoding="utf-8"))
    assert doc["id"] == path.relative_to(CORPUS).with_suffix("").as_posix()
    for entry in [doc, *doc.get("history", [])]:
        for lang, text in entry["text"].items():
            heading = entry.get("heading", {}).get(lang)
            _check_text(doc["number"], lang, text, entry["provenance"][lang], heading)


def _fixture(name: str) -> list[mirror.Article]:
    """Articles of a fixture file."""
    articles, _ = mirror.parse((FIXTURES / name).read_text(encoding="utf-8"))
    return articles


def test_parse_code_headings_footnotes_and_signature() -> None:
    """`####`/`##`/`###` headings, `272-1`, escapes, footnotes, no anchor, bold text, signature."""
    arts = {a.number: a for a in _fixture("code.md")}
    assert list(arts) == ["1", "272", "272-1", "273", "274"]
    assert arts["1"].heading == "Уголовное законодательство"
    assert arts["1"].text.startswith("1\\. Первая часть.")  # Markdown escape kept
    assert arts["1"].text.endswith("> *Сноска. Статья 1 с изменением, внесенным Законом РК от 27.12.2018 № 205-VІ.*")
    assert arts["1"].structure == ("ОБЩАЯ ЧАСТЬ", "РАЗДЕЛ 1. УГОЛОВНЫЙ ЗАКОН")
    assert arts["272"].structure == ("ОБЩАЯ ЧАСТЬ", "РАЗДЕЛ 1. УГОЛОВНЫЙ ЗАКОН", "Глава 2. ВТОРАЯ ГЛАВА")
    assert arts["272"].text == "Текст статьи 272."
    assert (arts["272-1"].anchor, arts["272-1"].heading) == ("st272-1", "Запрос адвоката")
    assert arts["272-1"].text == "1. Часть первая.\n\n   Примечание. Примечание к статье."
    assert arts["273"].anchor is None
    assert arts["273"].text.startswith("**Жирный абзац")
    assert arts["274"].structure == ("ОСОБЕННАЯ ЧАСТЬ", "Глава 3. ТРЕТЬЯ ГЛАВА")
    assert arts["274"].text == "Последний текст."  # the signature block is not part of it


def test_parse_constitution_front_matter_split_sections_and_rule() -> None:
    """Front matter and preamble are skipped; «## Раздел I.» + «## Общие положения» is one section."""
    arts = _fixture("constitution.md")
    assert [(a.number, a.heading) for a in arts] == [("1", ""), ("2", ""), ("3", "")]
    assert arts[0].structure == ("Раздел I. Общие положения",)
    assert arts[2].structure == ("Раздел II Человек и гражданин",)
    assert arts[2].text == "Последняя статья."  # the closing rule is not part of it
    meta, lines = mirror.front_matter((FIXTURES / "constitution.md").read_text(encoding="utf-8"))
    assert (meta["version_date"], lines) == (dt.date(2026, 3, 15), 7)


def test_parse_kazakh_bold_headings_and_signature() -> None:
    """`**N-бап. Title**` and a Kazakh signature block."""
    arts = _fixture("law-kk.md")
    assert [(a.number, a.heading, a.structure) for a in arts] == [
        ("1", "Негізгі ұғымдар", ("1-тарау. ЖАЛПЫ ЕРЕЖЕЛЕР",)), ("2", "Соңғы бап", ("1-тарау. ЖАЛПЫ ЕРЕЖЕЛЕР",))]
    assert arts[1].text == "Мәтін."


def test_parse_warns_about_odd_anchors() -> None:
    """An anchor that names another number, or none at all, is reported."""
    _, warnings = mirror.parse('<a id="st5"></a>\n\n### Статья 6. X\n\nT\n\n### Статья 7. Y\n\nU\n')
    assert warnings == ["line 3: anchor st5 above article 6", "line 7: article 7 has no anchor"]


@needs_sources
def test_every_source_heading_is_an_article() -> None:
    """Each heading line of every imported file becomes exactly one article."""
    skipped = {f"{s.folder}/{f}" for s in acts.KZ_SOURCES for f in s.skip}
    for row in mirror.read_manifests(ROOT):
        if not row.local.endswith(".md") or row.local in skipped:
            continue
        text = (ROOT / row.local).read_text(encoding="utf-8")
        headings = re.findall(r"^(?:#+ |\*\*)(?:Статья \d|\d+(?:-\d+)?-бап)", text, re.M)
        assert len(mirror.parse(text)[0]) == len(headings) > 0, row.local


FIXTURE_CODE = "02-codes/2014/0001-test-code-1"


def test_duplicates_follow_the_precedence_table() -> None:
    """The chapter file is current; a different wording becomes history; the same one is kept once."""
    root = FIXTURES / "mirror" / "kazakhstan-law"
    spec = KzSource("kz/test", FIXTURE_CODE, precedence=(("rus/sec001-ch001.md", "rus/sec001.md"),))
    fresh = build.kz_act(root, spec, mirror.read_manifests(root), TODAY)
    assert (fresh.identical, fresh.superseded) == (1, 1)
    assert fresh.docs["2"]["text"] == {"ru": "Новый текст."}
    assert fresh.docs["2"]["edition"] == {"status": "in_force", "date": dt.date(2024, 1, 1)}
    prov = fresh.docs["2"]["provenance"]["ru"]
    assert prov["official_url"] == "https://zan.gov.kz/client/#!/doc/1/rus/01.01.2024"  # meta.yaml's commit
    [old] = fresh.earlier["2"]
    assert old["text"] == {"ru": "Старый текст."} and old["heading"] == {"ru": "Старая редакция"}
    assert old["provenance"]["ru"]["commit"] == "b" * 40
    assert old["provenance"]["ru"]["official_url"] == "https://zan.gov.kz/client/#!/doc/1/rus"  # other commit
    assert "1" not in fresh.earlier and fresh.docs["3"]["provenance"]["ru"]["path"].endswith("rus/sec001.md")


def test_duplicates_without_a_rule_stop_the_import() -> None:
    """Two files with one article and no precedence entry is an error, never a silent choice."""
    root = FIXTURES / "mirror" / "kazakhstan-law"
    with pytest.raises(build.DuplicateError, match="kz/test/1"):
        build.kz_act(root, KzSource("kz/test", FIXTURE_CODE), mirror.read_manifests(root), TODAY)


def _latest_amendment(path: Path) -> str:
    """Latest date cited in a file's footnotes, as YYYY-MM-DD."""
    dates = re.findall(r"(\d\d)\.(\d\d)\.(\d{4})", "\n".join(
        line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("> *Сноска")))
    return max(f"{y}-{m}-{d}" for d, m, y in dates)


@needs_sources
@pytest.mark.parametrize("spec", [s for s in acts.KZ_SOURCES if s.precedence], ids=lambda s: s.act)
def test_precedence_table_names_the_later_wording(spec: KzSource) -> None:
    """Each current file cites a later amendment than the file it supersedes."""
    for current, earlier in spec.precedence:
        folder = ROOT / spec.folder
        assert _latest_amendment(folder / current) > _latest_amendment(folder / earlier), (current, earlier)


@needs_sources
def test_criminal_procedure_duplicates_are_resolved() -> None:
    """Arts 630-666 come from sec013-1; sec014's other wordings are history."""
    upk = next(s for s in acts.KZ_SOURCES if s.act == "kz/upk")
    fresh = build.kz_act(ROOT, upk, mirror.read_manifests(ROOT), TODAY)
    assert fresh.docs["630"]["provenance"]["ru"]["path"].endswith("rus/sec013-1.md")
    assert fresh.identical + fresh.superseded == 10 + 18 + 18 + 23 + 18 + 10 + 8 + 37
    assert all(e["provenance"]["ru"]["path"].endswith(("rus/sec006.md", "rus/sec014.md"))
               for entries in fresh.earlier.values() for e in entries)


@needs_sources
def test_international_quotes_follow_the_block_table() -> None:
    """§6 blocks split into the articles the table names, with the page each came from."""
    quotes = international.parse((SOURCES / build.NOTES_FILE).read_text(encoding="utf-8"))
    got = {(q.act, q.number): q for q in quotes}
    assert list(got) == [(act, n) for _, act, table in international.BLOCKS for block in table for n in block]
    assert got[("int/cat", "22")].text.endswith("6. The Committee shall hold closed meetings …")
    assert got[("int/cat", "2")].text.startswith("1. Each State Party shall take effective")
    assert got[("int/iccpr", "7")].url == "http://www.claiminghumanrights.org/torture_definition.html?&L="
    assert got[("int/mandela", "71")].url == "https://notorturetj.org/en/node/6289"
    assert set(got) == set(international.NOTES)


def test_international_table_mismatch_is_an_error() -> None:
    """A block whose labels differ from the table is refused."""
    notes = "### 6.2 ICCPR\nArt. 7, https://example.org/a:\n```text\nArticle 7\nText.\n```\n"
    assert international.parse(notes, [("6.2", "int/iccpr", [["7"]])])[0].text == "Article 7\nText."
    with pytest.raises(ValueError, match="code blocks"):
        international.parse(notes, [("6.2", "int/iccpr", [["7"], ["10"]])])
    with pytest.raises(ValueError, match="differ from the table"):
        international.parse(notes, [("6.2", "int/iccpr", [["7", "10"]])])
    with pytest.raises(ValueError, match="no section"):
        international.parse(notes, [("6.1", "int/cat", [["1"]])])


@needs_sources
def test_curation_names_existing_articles_and_topics() -> None:
    """Every seeded id is in the corpus; every topic is a registry key."""
    registry = yamlform.load((CORPUS / "registry.yml").read_text(encoding="utf-8"))
    ids = {p.relative_to(CORPUS).with_suffix("").as_posix() for p in ARTICLES}
    seeded = set(curation.TOPICS) | {i for group in curation.GROUPS for i in group} | set(curation.NOTES)
    assert seeded <= ids
    assert {t for topics in curation.TOPICS.values() for t in topics} <= set(registry["topics"])


def test_yaml_form() -> None:
    """Key order, quoted number strings, block literals, no aliases, flow lists of scalars."""
    day = dt.date(2026, 1, 2)
    data = {"text": {"kk": "a\n\nb", "ru": "   1) x\nz"}, "number": "146", "id": "kz/uk/146",
            "edition": {"date": day, "status": "in_force"}, "provenance": {"ru": {"retrieved": day},
                                                                        "kk": {"retrieved": day}},
            "topics": ["torture"], "related": []}
    out = yamlform.dump(data)
    assert out.startswith('id: kz/uk/146\nnumber: "146"\ntext:\n  ru: |2-\n       1) x\n    z\n  kk: |-\n    a\n\n    b\n')
    assert "&" not in out and "topics: [torture]\nrelated: []\n" in out
    assert yamlform.load(out) == data and yamlform.is_canonical(out)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["ru", "kk", "en", "note"]),
                       st.text(st.characters(blacklist_categories=["Cs"]), max_size=40)))
def test_yaml_form_round_trips_any_text(data: dict[str, str]) -> None:
    """Whatever the text (trailing spaces, tabs, quotes), it reads back unchanged."""
    assert yamlform.load(yamlform.dump({"text": data})) == {"text": data}


@needs_sources
def test_repository_corpus_is_current() -> None:
    """An import now would change no file (so every file is also in the canonical YAML form)."""
    report = run(SOURCES, CORPUS, TODAY, write=False)
    assert report.errors == [] and report.changed_files == []


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus imported from the real sources into an empty folder."""
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(CORPUS / "registry.yml", corpus / "registry.yml")
    report = run(SOURCES, corpus, TODAY)
    assert report.errors == []
    return corpus


def _snapshot(corpus: Path) -> dict[str, str]:
    """Every YAML file under corpus with its text."""
    return {p.relative_to(corpus).as_posix(): p.read_text(encoding="utf-8") for p in corpus.rglob("*.yml")}


@needs_sources
def test_reimport_changes_nothing(imported: Path) -> None:
    """A second import over its own output, even on a later day, writes no file."""
    before = _snapshot(imported)
    report = run(SOURCES, imported, TODAY + dt.timedelta(days=30))
    assert report.changed_files == [] and _snapshot(imported) == before
    assert {k: c["unchanged"] for k, c in report.counts.items()} == {
        k: sum(c.values()) for k, c in report.counts.items()}


@needs_sources
def test_newer_edition_moves_old_text_to_history(imported: Path, tmp_path: Path) -> None:
    """A changed source file: new text current, old text first in history; editor fields kept."""
    corpus, sources = tmp_path / "corpus", tmp_path / "sources"
    shutil.copytree(imported, corpus)
    shutil.copytree(SOURCES, sources)
    article = corpus / "kz/uk/146.yml"
    doc = yamlform.load(article.read_text(encoding="utf-8"))
    doc.update(topics=["torture", "evidence"], note={"en": "Editor's note."},
               verification={"verified": True, "by": "Tester", "date": TODAY})
    article.write_text(yamlform.dump(doc), encoding="utf-8")
    relative = f"{acts.UK}/rus/sec006-ch003.md"
    source = sources / "kazakhstan-law" / relative
    source.chmod(0o644)
    source.write_text(source.read_text(encoding="utf-8").replace("1. Умышленное причинение", "1. Новое умышленное причинение", 1), encoding="utf-8")
    manifest = sources / "kazakhstan-law" / "MANIFEST.tsv"
    manifest.chmod(0o644)
    old_row = next(r for r in mirror.read_manifests(sources / "kazakhstan-law") if r.path == relative)
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        f"{relative}\t{old_row.commit}", f"{relative}\t{'c' * 40}").replace(old_row.sha256, mirror.sha256(source)),
        encoding="utf-8")
    later = TODAY + dt.timedelta(days=1)
    report = run(sources, corpus, later)
    assert report.errors == []
    new = yamlform.load(article.read_text(encoding="utf-8"))
    assert new["text"]["ru"].startswith("1. Новое умышленное причинение")
    assert new["text"]["kk"] == doc["text"]["kk"] and new["provenance"]["kk"] == doc["provenance"]["kk"]
    assert new["provenance"]["ru"]["commit"] == "c" * 40 and new["provenance"]["ru"]["retrieved"] == later
    first = new["history"][0]
    assert first["text"] == {"ru": doc["text"]["ru"]} and first["provenance"] == {"ru": doc["provenance"]["ru"]}
    assert first["edition"] == {**doc["edition"], "status": "repealed"}
    assert new["topics"] == ["torture", "evidence"] and new["note"] == {"en": "Editor's note."}
    assert new["verification"] == {"verified": False}  # the new wording was not checked by anyone
    assert report.counts[("kz/uk", "ru")]["updated"] >= 1
    assert run(sources, corpus, later).changed_files == []  # and the result is stable
