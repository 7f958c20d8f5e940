"""Merge a fresh document into the one on disk: new wording becomes current, old goes to history."""
from __future__ import annotations

import copy
from typing import Any

LANG_FIELDS = ("heading", "text", "structure", "provenance")
EDITOR_FIELDS = ("topics", "related", "verification", "note")


def _history_key(entry: dict[str, Any]) -> tuple[tuple[str, str, str, str], ...]:
    """Identity of a history entry: per language, where its text came from and the text."""
    prov = entry.get("provenance", {})
    return tuple(sorted(
        (lang, str(prov.get(lang, {}).get("path")), str(prov.get(lang, {}).get("commit")), text)
        for lang, text in entry.get("text", {}).items()
    ))


def _same_source(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two provenances name the same copy of the same file."""
    return all(a.get(k) == b.get(k) for k in ("path", "commit", "sha256"))


def lang_state(doc: dict[str, Any] | None, lang: str) -> tuple[Any, ...] | None:
    """What one language of a document holds (for the wrote/updated/unchanged count)."""
    if not doc or lang not in doc.get("text", {}):
        return None
    return tuple(doc.get(f, {}).get(lang) for f in LANG_FIELDS)


def merge(old: dict[str, Any] | None, fresh: dict[str, Any], earlier: list[dict[str, Any]],
          seeds: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The document to write, and the languages whose current text changed."""
    doc = copy.deepcopy(fresh)
    old = old or {}
    changed: list[str] = []
    pushed: dict[str, Any] = {}
    for lang, text in doc["text"].items():
        before = old.get("provenance", {}).get(lang)
        if before and _same_source(before, doc["provenance"][lang]):
            # Same file copy: keep the date it was first retrieved.
            doc["provenance"][lang]["retrieved"] = before.get("retrieved", doc["provenance"][lang]["retrieved"])
        old_text = old.get("text", {}).get(lang)
        old_heading = old.get("heading", {}).get(lang)
        if old_text is not None and (old_text, old_heading) != (text, doc.get("heading", {}).get(lang)):
            changed.append(lang)
            for f in ("heading", "text", "provenance"):
                if lang in old.get(f, {}):
                    pushed.setdefault(f, {})[lang] = old[f][lang]
    for f in LANG_FIELDS:
        # A language that no source gave this time stays as it was: absence is not repeal.
        for lang, value in old.get(f, {}).items():
            if lang not in doc["text"] and lang in old.get("text", {}):
                doc.setdefault(f, {})[lang] = value
    history = list(old.get("history", []))
    if pushed:
        # Every history entry is a wording that no longer applies, as for duplicates.
        pushed["edition"] = {**old.get("edition", {}), "status": "repealed"}
        history.insert(0, pushed)
    known = {_history_key(h) for h in history}
    for entry in earlier:
        if _history_key(entry) not in known:
            history.append(copy.deepcopy(entry))
            known.add(_history_key(entry))
    if history:
        doc["history"] = history
    for f in EDITOR_FIELDS:
        if old.get(f):
            doc[f] = copy.deepcopy(old[f])
        elif seeds.get(f) is not None:
            doc[f] = copy.deepcopy(seeds[f])
    if changed and doc.get("verification", {}).get("verified"):
        # A person checked the old wording, not the new one.
        doc["verification"] = {"verified": False}
    return doc, changed
