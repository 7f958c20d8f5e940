"""Turn the source files into fresh article documents (text, structure, edition, provenance)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qorgau import yamlform
from qorgau.importer import acts, international, mirror
from qorgau.importer.acts import KzSource

LANG3 = {"ru": "rus", "kk": "kaz"}
NOTES_FILE = "legal-notes.md"


class DuplicateError(ValueError):
    """Two files hold one article and no precedence rule says which is current."""


@dataclass
class Fresh:
    """What the sources say about one act: documents, earlier wordings, and what happened."""

    docs: dict[str, dict[str, Any]] = field(default_factory=dict)  # number -> document
    earlier: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    identical: int = 0  # duplicates with the same text, kept once
    superseded: int = 0  # duplicates with another text, kept as history
    warnings: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Found:
    """One article in one file, with the provenance of that file."""

    file: str
    article: mirror.Article
    provenance: dict[str, Any]
    date: dt.date | None


def _lang(relative: str) -> str:
    """Language of a file from its name: rus.md, rus/…, kaz.md, kaz/…."""
    return "ru" if relative.startswith("rus") else "kk"


def _meta(root: Path, spec: KzSource, rows: list[mirror.ManifestRow]) -> tuple[dict[str, Any], str | None]:
    """The act folder's meta.yaml and the commit it was copied at."""
    for row in rows:
        if row.local == f"{spec.folder}/meta.yaml":
            return yamlform.load((root / row.local).read_text(encoding="utf-8")), row.commit
    return {}, None


def _provenance(row: mirror.ManifestRow, text: str, meta: dict[str, Any], meta_commit: str | None,
                lang: str, today: dt.date) -> tuple[dict[str, Any], dt.date | None]:
    """Provenance of one file; the dated official address only where its edition is known."""
    front, _ = mirror.front_matter(text)
    code = str(meta.get("act_code") or front.get("act_code"))
    url, date = acts.ZAN.format(code=code, lang=LANG3[lang]), None
    if front.get("source"):  # the file describes its own edition (2026 Constitution)
        url, date = front["source"], front.get("version_date")
    elif meta and meta_commit == row.commit:  # meta.yaml describes only its own commit
        url, date = meta["source"][LANG3[lang]], meta["version_date"][LANG3[lang]]
    prov = {"official_url": url, "official": True, "mirror": mirror.MIRROR, "path": row.path,
            "commit": row.commit, "sha256": row.sha256, "retrieved": today}
    return prov, date


def _winner(found: list[_Found], spec: KzSource, key: str) -> _Found:
    """The current wording among duplicates, by the act's precedence table only."""
    files = {f.file for f in found}
    for candidate in found:
        earlier = {e for c, e in spec.precedence if c == candidate.file}
        if files - {candidate.file} <= earlier:
            return candidate
    raise DuplicateError(f"{key} is in {sorted(files)}: add a precedence rule to acts.py")


def _history(item: _Found, lang: str) -> dict[str, Any]:
    """An earlier wording from a duplicate file, as a history entry."""
    edition: dict[str, Any] = {"status": "repealed"}
    if item.date:
        edition["date"] = item.date
    entry: dict[str, Any] = {"text": {lang: item.article.text}, "edition": edition,
                             "provenance": {lang: item.provenance}}
    if item.article.heading:
        entry["heading"] = {lang: item.article.heading}
    return entry


def kz_act(root: Path, spec: KzSource, rows: list[mirror.ManifestRow], today: dt.date) -> Fresh:
    """Read every source file of one Kazakhstan act."""
    fresh = Fresh()
    meta, meta_commit = _meta(root, spec, rows)
    found: dict[tuple[str, str], list[_Found]] = defaultdict(list)
    for row in rows:
        if not (row.local.startswith(spec.folder + "/") and row.local.endswith(".md")):
            continue
        relative = row.local[len(spec.folder) + 1:]
        if relative in spec.skip:
            fresh.skipped[row.path] = spec.skip[relative]
            continue
        lang = _lang(relative)
        text = (root / row.local).read_text(encoding="utf-8")
        prov, date = _provenance(row, text, meta, meta_commit, lang, today)
        articles, warnings = mirror.parse(text)
        fresh.warnings += [f"{row.path}: {w}" for w in warnings]
        for article in articles:
            item_prov = {**prov, "anchor": article.anchor} if article.anchor else dict(prov)
            found[(article.number, lang)].append(_Found(relative, article, item_prov, date))
    dates: dict[str, dict[str, dt.date | None]] = defaultdict(dict)
    for (number, lang), items in sorted(found.items()):
        win = _winner(items, spec, f"{spec.act}/{number} ({lang})") if len(items) > 1 else items[0]
        for other in items:
            if other is win:
                continue
            same = (other.article.text, other.article.heading) == (win.article.text, win.article.heading)
            if same:
                fresh.identical += 1
            else:
                fresh.superseded += 1
                fresh.earlier[number].append(_history(other, lang))
        doc = fresh.docs.setdefault(number, {"id": f"{spec.act}/{number}", "act": spec.act, "number": number})
        if win.article.heading:
            doc.setdefault("heading", {})[lang] = win.article.heading
        doc.setdefault("text", {})[lang] = win.article.text
        doc.setdefault("structure", {})[lang] = list(win.article.structure)
        doc.setdefault("provenance", {})[lang] = win.provenance
        dates[number][lang] = win.date
    for number, doc in fresh.docs.items():
        # The edition date follows the primary language's file; files differ in edition.
        date = dates[number].get("ru", dates[number].get("kk"))
        doc["edition"] = _edition(spec.status, date, spec.in_force_from, spec.repealed_on)
    return fresh


def _edition(status: str, date: dt.date | None, start: dt.date | None, end: dt.date | None) -> dict[str, Any]:
    """An edition mapping without the keys that are unknown."""
    values = {"status": status, "date": date, "in_force_from": start, "repealed_on": end}
    return {k: v for k, v in values.items() if v is not None}


def int_acts(sources: Path, today: dt.date) -> dict[str, Fresh]:
    """Articles of the UN instruments quoted in legal-notes.md."""
    path = sources / NOTES_FILE
    digest = mirror.sha256(path)
    out: dict[str, Fresh] = {act: Fresh() for act in international.INT_ACTS}
    for quote in international.parse(path.read_text(encoding="utf-8")):
        prov = {"official_url": quote.url, "official": False, "mirror": quote.url, "path": NOTES_FILE,
                "anchor": quote.section, "sha256": digest, "retrieved": today}
        out[quote.act].docs[quote.number] = {
            "id": f"{quote.act}/{quote.number}", "act": quote.act, "number": quote.number,
            "text": {"en": quote.text},
            "edition": _edition("in_force", international.ADOPTED[quote.act], None, None),
            "provenance": {"en": prov},
        }
    return out


def act_file(act: str, root: Path, rows: list[mirror.ManifestRow]) -> dict[str, Any]:
    """The `_act.yml` document of an act."""
    if act in international.INT_ACTS:
        data = dict(international.INT_ACTS[act])
        return {"id": act, "jurisdiction": "int", "adopted": international.ADOPTED[act],
                "status": "in_force", "article_label": acts.ARTICLE_LABEL, **data}
    spec = next(s for s in acts.KZ_SOURCES if s.act == act)
    extra = dict(acts.ACTS[act])
    meta, _ = _meta(root, spec, rows)
    if not meta:  # the 2026 Constitution has no meta.yaml: its front matter per language
        fronts = {lang: mirror.front_matter((root / spec.folder / f"{LANG3[lang]}.md")
                                            .read_text(encoding="utf-8"))[0] for lang in LANG3}
        meta = {"title": {LANG3[k]: v["title"] for k, v in fronts.items()},
                "requisite": {LANG3[k]: v["requisite"] for k, v in fronts.items()}}
    requisite = meta["requisite"]
    requisite = {"rus": requisite} if isinstance(requisite, str) else requisite
    doc = {"id": act, "jurisdiction": "kz", "kind": extra.pop("kind"),
           "title": {"ru": meta["title"]["rus"], "kk": meta["title"]["kaz"], **extra.pop("title")},
           "requisite": {lang: requisite[LANG3[lang]] for lang in LANG3 if LANG3[lang] in requisite},
           "adopted": extra.pop("adopted"), "status": spec.status,
           "official_url": acts.official_urls(extra.pop("code")), "article_label": acts.ARTICLE_LABEL, **extra}
    if spec.in_force_from:
        doc["in_force_from"] = spec.in_force_from
    if spec.repealed_on:
        doc["repealed_on"] = spec.repealed_on
    return doc
