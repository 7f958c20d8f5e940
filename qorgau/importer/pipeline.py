"""One import run: read the sources, merge with the corpus on disk, validate, write what changed."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qorgau import yamlform
from qorgau.importer import build, curation, international, mirror
from qorgau.importer.acts import KZ_SOURCES
from qorgau.importer.merge import lang_state, merge


@dataclass
class Report:
    """What an import did or would do."""

    counts: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    # act -> (duplicates with the same text kept once, with another text kept as history)
    duplicates: dict[str, tuple[int, int]] = field(default_factory=dict)
    changed_files: list[Path] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # on disk but in no source: left as they are
    skipped: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def sort_key(article_id: str, acts: list[str]) -> tuple[int, list[int]]:
    """Order ids as the registry orders acts, then by article number (272 < 272-1 < 273)."""
    act, _, number = article_id.rpartition("/")
    rank = acts.index(act) if act in acts else len(acts)
    return rank, [int(p) for p in re.findall(r"\d+", number)]


def _seeds(article_id: str, related: dict[str, list[str]], acts: list[str]) -> dict[str, Any]:
    """Editor fields for an article that has none yet."""
    act, _, number = article_id.rpartition("/")
    note = curation.NOTES.get(article_id)
    if (act, number) in international.NOTES:
        en, ru = international.NOTES[(act, number)]
        note = {"ru": ru, "en": en}
    return {"topics": curation.TOPICS.get(article_id, []),
            "related": sorted(related.get(article_id, []), key=lambda i: sort_key(i, acts)),
            "verification": {"verified": False}, "note": note}


def _check_sources(root: Path, rows: list[mirror.ManifestRow]) -> list[str]:
    """Every copied file still has the SHA-256 its manifest records."""
    return [f"{row.local}: SHA-256 differs from MANIFEST.tsv" for row in rows
            if mirror.sha256(root / row.local) != row.sha256]


def _validate(docs: dict[str, tuple[Path, dict[str, Any]]], topics: set[str]) -> list[str]:
    """Ids match paths, topics are registry keys, related ids exist."""
    errors = []
    for article_id, (path, doc) in sorted(docs.items()):
        if doc.get("id") != article_id:
            errors.append(f"{path}: id {doc.get('id')!r} does not match the file name")
        errors += [f"{path}: unknown topic {t!r}" for t in doc.get("topics", []) if t not in topics]
        errors += [f"{path}: related id {r!r} does not exist" for r in doc.get("related", []) if r not in docs]
    return errors


def run(sources: Path, corpus: Path, today: dt.date, write: bool = True,
        registry: Path | None = None) -> Report:
    """Import every act of the registry from sources into corpus."""
    report = Report()
    reg = yamlform.load((registry or corpus / "registry.yml").read_text(encoding="utf-8"))
    acts: list[str] = reg["acts"]
    root = sources / "kazakhstan-law"
    rows = mirror.read_manifests(root)
    report.errors += _check_sources(root, rows)
    fresh: dict[str, build.Fresh] = {}
    for spec in KZ_SOURCES:
        try:
            fresh[spec.act] = build.kz_act(root, spec, rows, today)
        except build.DuplicateError as error:  # reported with the rest; nothing is written
            report.errors.append(str(error))
            fresh[spec.act] = build.Fresh()
    fresh.update(build.int_acts(sources, today))
    related = curation.related()
    planned: dict[Path, str] = {}
    docs: dict[str, tuple[Path, dict[str, Any]]] = {}
    for act in acts:
        result, folder = fresh[act], corpus / act
        if result.identical or result.superseded:
            report.duplicates[act] = (result.identical, result.superseded)
        report.warnings += result.warnings
        report.skipped.update(result.skipped)
        on_disk = {p.stem: p for p in folder.glob("*.yml") if p.name != "_act.yml"}
        for number, doc in sorted(result.docs.items(), key=lambda kv: sort_key(kv[1]["id"], acts)):
            path = folder / f"{number}.yml"
            before = path.read_text(encoding="utf-8") if path.exists() else None
            old = yamlform.load(before) if before else None
            new, changed = merge(old, doc, result.earlier.get(number, []), _seeds(doc["id"], related, acts))
            if changed:
                report.warnings.append(f"{path}: new wording in {', '.join(changed)}; old one moved to history")
            for lang in new["text"]:
                state = lang_state(old, lang)
                kind = "new" if state is None else "unchanged" if state == lang_state(new, lang) else "updated"
                report.counts.setdefault((act, lang), Counter())[kind] += 1
            text = yamlform.dump(new)
            if text != before:
                planned[path] = text
            docs[doc["id"]] = (path, new)
        for stem in sorted(set(on_disk) - set(result.docs)):
            report.kept.append(f"{act}/{stem}")
            docs[f"{act}/{stem}"] = (on_disk[stem], yamlform.load(on_disk[stem].read_text(encoding="utf-8")))
        act_path = folder / "_act.yml"
        act_text = yamlform.dump(build.act_file(act, root, rows))
        if not act_path.exists() or act_path.read_text(encoding="utf-8") != act_text:
            planned[act_path] = act_text
    report.errors += _validate(docs, set(reg["topics"]))
    report.changed_files = sorted(planned)
    if write and not report.errors:
        for path, text in planned.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    return report
