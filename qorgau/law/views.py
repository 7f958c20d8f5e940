"""What an act or article page shows in one language, as plain data for the Jinja templates.

Language choice is explicit: when a text is missing in the page's language another one is shown
with a visible note naming it, never silently.
"""
from __future__ import annotations

from typing import Mapping

from qorgau.corpus.model import in_language
from qorgau.law import paths

def _in(values: Mapping[str, str], lang: str) -> str | None:
    found = in_language(values, lang)
    return found[0] if found else None


def _language_name(registry, code: str) -> str:
    """A language by its own name, as the language switch shows it (Русский, Қазақша)."""
    return next((language.name for language in registry.languages if language.code == code), code)


def article_label(act, number: str, lang: str) -> str:
    label = _in(act.article_label, lang) or ""
    # Kazakh puts the number first: «146-бап», «43-ереже».
    return f"{number}-{label}" if lang == "kk" and label else f"{label} {number}".strip()


def article_title(article, act, lang: str) -> str:
    heading = _in(article.heading, lang)
    label = article_label(act, article.number, lang)
    return f"{label}. {heading}" if heading else label


def citation(article, act, lang: str) -> str:
    """The line a reader pastes into a complaint: article, act, edition."""
    label = article_label(act, article.number, lang)
    # Act first, then the article: no case ending to get wrong («статья 146 Уголовного кодекса»).
    text = f"{act.title_in(lang)[0]}, {label[0].lower() + label[1:] if lang == 'ru' else label}"
    when = article.edition.date
    if when:
        text += {"ru": f" (в редакции от {when:%d.%m.%Y})", "kk": f" ({when:%d.%m.%Y} редакциясы)",
                 "en": f" (as of {when:%d.%m.%Y})"}.get(lang, "")
    return text


def article_view(article, act, corpus, lang: str, ui: Mapping[str, str]) -> dict:
    src = paths.article_src(article.id)
    _, text_lang = article.text_in(lang)
    provenance = article.provenance.get(text_lang) or next(iter(article.provenance.values()))
    related = []
    for rid in article.related:
        other = corpus.articles[rid]
        other_act = corpus.acts[other.act]
        related.append({"title": f"{article_title(other, other_act, lang)} — {_in(other_act.short, lang) or ''}",
                        "href": paths.relative_href(src, paths.article_src(rid))})
    structure = article.structure_in(lang)
    return {
        "title": article_title(article, act, lang),
        "act_title": act.title_in(lang)[0],
        "act_href": paths.relative_href(src, paths.act_src(act.id)),
        "structure": structure[0] if structure else (),
        "text_lang": text_lang,
        "text_fallback": (ui["text_fallback"].format(lang=_language_name(corpus.registry, text_lang))
                          if text_lang != lang else None),
        "status": article.edition.status,
        "edition_date": article.edition.date,
        "provenance": provenance,
        "verification": article.verification,
        "topics": article.topics,
        "related": related,
        "history": [{"date": h.edition.date, "status": h.edition.status,
                     "provenance": next(iter(h.provenance.values()), None)} for h in article.history],
        "note": _in(article.note, lang),
        "citation": citation(article, act, lang),
    }


def act_view(act, articles, lang: str) -> dict:
    """The act's contents grouped under its own section and chapter headings, in number order."""
    src = paths.act_src(act.id)
    groups: list[dict] = []
    for article in articles:
        found = article.structure_in(lang)
        structure = found[0] if found else ()
        if not groups or groups[-1]["structure"] != structure:
            shown = [h for h in structure if not groups or h not in groups[-1]["structure"]]
            groups.append({"structure": structure, "headings": shown, "articles": []})
        heading = article.heading_in(lang)
        groups[-1]["articles"].append({
            "label": article_label(act, article.number, lang),
            "heading": heading[0] if heading else None,
            "heading_lang": heading[1] if heading and heading[1] != lang else None,
            "href": paths.relative_href(src, paths.article_src(article.id)),
        })
    missing = sum(1 for article in articles if lang not in article.text)
    return {"title": act.title_in(lang)[0], "requisite": _in(act.requisite, lang), "status": act.status,
            "groups": groups, "count": len(articles), "missing_in_lang": missing}


def law_index_view(corpus, lang: str) -> list[dict]:
    """Jurisdictions in registry order, each with its acts, their article counts and links."""
    src = paths.law_index_src()
    groups: dict[str, list[dict]] = {}
    for act_id, act in corpus.acts.items():
        groups.setdefault(act.jurisdiction, []).append({
            "title": act.title_in(lang)[0], "status": act.status, "count": len(corpus.articles_of(act_id)),
            "href": paths.relative_href(src, paths.act_src(act_id))})
    return [{"jurisdiction": j, "name": corpus.registry.jurisdictions[j][lang], "acts": acts}
            for j, acts in groups.items()]
