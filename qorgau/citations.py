"""Citations of articles in Russian and Kazakh legal text, and their Markdown links.

Pure functions over plain data. The caller supplies the word forms that name each act
(from every act's `cite_as`), the constitutions with their dates, and for linking
`exists(article_id)` and `url_for(article_id)`. Only a citation whose act is named,
or is «настоящего Кодекса/Закона» / «осы Кодекстің/Заңның», is found: a bare
«статьи 146» is ambiguous and left alone.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Callable, Mapping, Sequence

ActNames = Mapping[str, Mapping[str, str]]  # language -> word form -> act id
ConstitutionDates = Sequence[tuple[str, "date | None", "date | None"]]  # (act id, in force from, repealed on)


@dataclass(frozen=True)
class CitingContext:
    """Who cites: the language of the text, its act (for «настоящего Кодекса»), its date."""
    lang: str
    act: str | None = None
    date: date | None = None  # None: a current text, read as today


@dataclass(frozen=True)
class Citation:
    """One cited article; `text` is the span of the source that becomes the link text."""
    start: int
    end: int
    line: int  # 1-based
    column: int  # 1-based, in characters
    text: str
    act: str | None  # None when the act cannot be told (e.g. «настоящего Кодекса» outside an act)
    number: str
    article_id: str | None


# Spaces, with at most one line break: a citation may wrap, never cross a paragraph.
_H = r"[ \t\u00a0\u202f]"
_S0 = rf"{_H}*(?:\n{_H}*)?"
_S1 = rf"(?:{_H}+(?:\n{_H}*)?|\n{_H}*)"
_NUM = r"\d+(?:-\d+)?(?!\w)"  # 146, 272-1; «100-107» is told apart from «272-1» later
_PAREN = r"\((?:\d{1,3}\)(?=[^()\n]*\))|[^()\n])*\)"  # «99 (пунктом 15) части второй)»
_RU_AFTER = rf"(?:ч|п|пп|абз)\.{_S0}\d+\)?"  # «ст. 146 ч. 2 УК»
_RU_ITEM = rf"{_NUM}(?:{_S0}{_PAREN})?(?:{_S1}{_RU_AFTER})*"
_RU_SEP = rf"(?:{_S0},{_S0}|{_S1}(?:и|или|либо){_S1}|{_S0}[–—]{_S0}|{_H}+-{_H}+)"
_KK_SEP = rf"(?:{_S0},{_S0}|{_S1}(?:және|жəне|мен|немесе|не){_S1}|{_S0}[–—]{_S0})"
_RU_KW = rf"[Сс](?<!\w[Сс])т(?:ать(?:я|и|е|ю|ей|ёй|ями|ям|ях)|атей|\.(?:{_H}?ст\.)?)"
_RU_HERE = (rf"настоящ(?:его|ему|им|ем|ий|ей|ую|ая|ее){_S1}"
            rf"(?:Конституционн\w*{_S1}[Зз]акон\w*|(?:[\w-]+(?:ого|ому|ым|ом|ый|ий){_S1})?[Кк]одек\w*|[Зз]акон\w*|Конституци\w*)")
_RU_KONST = rf"(?:Конституци(?:я|и|ю|ей)|Основн\w+{_S1}Закон\w*)(?!\w)(?:{_S1}(?P<kyear>\d{{4}}){_S1}года)?"
_KK_HERE = rf"осы{_S1}(?:Кодекс|Конституциялық{_S1}[Зз]аң|[Зз]аң|Конституция)\w*"
_KK_KONST = rf"(?:(?P<kyear>\d{{4}}){_S1}жылғы{_S1})?(?:Конституция(?!лық)\w*|Ата{_S1}Заң\w*)"

# The words that may stand between two citations of one chain:
# «частью второй статьи 238, частью третьей статьи 239 настоящего Кодекса».
_RU_ORD = (r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат"
           r"|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат)\w*")
_RU_GAP = re.compile(rf"(?:\s|[,;]|и|или|либо|а\s+также|(?:под)?пункт\w*|част\w*|абзац\w*|предложени\w*"
                     rf"|{_RU_AFTER}|{_RU_ORD}|\d+(?:-\d+)?\)?)*")
_KK_GAP = re.compile(r"(?:\s|[,;]|және|жəне|мен|немесе|не|сондай-ақ|\w+(?:ншы|нші)\w*|бөлі\w*"
                     r"|тармақ\w*|тармағ\w*|абзац\w*|сөйлем\w*|\d+(?:-\d+)?\)?(?:-?\w+)?)*")
_MAX_GAP = 160
_MAX_ACT = 200  # longest act name, with its spaces, before a Kazakh citation
_NUM_TOKEN = re.compile(rf"{_PAREN}|{_RU_AFTER}|(\d+)(?:-(\d+))?")


def _name_pattern(names: Sequence[str]) -> str:
    """An alternation of word forms, longest first, any run of spaces matching any other."""
    forms = sorted({" ".join(n.split()) for n in names if n.strip()}, key=len, reverse=True)
    return "|".join(_S1.join(re.escape(w) for w in f.split(" ")) for f in forms) or r"(?!)"


@dataclass(frozen=True)
class _Grammar:
    pattern: re.Pattern  # article word and numbers, with the act when it follows (Russian)
    before: re.Pattern | None  # the act just before the numbers (Kazakh), searched backwards from them
    gap: re.Pattern
    names: dict[str, str]  # normalised word form -> act id


@lru_cache(maxsize=16)
def _grammar(lang: str, names: tuple[tuple[str, str], ...]) -> _Grammar | None:
    alternation = _name_pattern([n for n, _ in names])
    normalised = {" ".join(n.split()): a for n, a in names}
    # Each pattern starts with a single character class, so `re` skips ahead to candidates fast.
    if lang == "ru":
        act = rf"(?P<here>{_RU_HERE})|(?P<named>{alternation})(?!\w)|(?P<konst>{_RU_KONST})"
        pattern = rf"(?P<kw>{_RU_KW}){_S0}(?P<nums>{_RU_ITEM}(?:{_RU_SEP}{_RU_ITEM}){{0,500}})(?:{_S1}(?P<act>{act}))?"
        return _Grammar(re.compile(pattern), None, _RU_GAP, normalised)
    if lang == "kk":
        act = rf"(?P<here>{_KK_HERE})|(?P<named>{alternation})(?:-\w+|\w*)|(?P<konst>{_KK_KONST})"
        pattern = (rf"(?P<nums>\d(?<![\w.\-]\d)\d*(?:-\d+)?(?!\w)(?:{_KK_SEP}{_NUM}){{0,40}})"
                   rf"(?:-|‑|{_H})(?P<kw>ба[пб]\w*)")
        return _Grammar(re.compile(pattern), re.compile(rf"(?<!\w)(?P<act>{act}){_S1}\Z"), _KK_GAP, normalised)
    return None


def _constitution(constitutions: ConstitutionDates, on: date) -> str | None:
    """The constitution in force on a date."""
    for act, start, end in constitutions:
        if (start is None or start <= on) and (end is None or on < end):
            return act
    return None


def _resolve(m: re.Match, ctx: CitingContext, g: _Grammar, constitutions: ConstitutionDates) -> str | None:
    on = ctx.date or date.today()
    if m.group("here"):
        return ctx.act
    if m.group("named"):
        act = g.names[" ".join(m.group("named").split())]
        if act not in {c[0] for c in constitutions}:
            return act
    elif m.group("kyear"):  # «Конституции 1995 года»: the one in force at the end of that year
        on = date(int(m.group("kyear")), 12, 31)
    return _constitution(constitutions, on)


def _numbers(m: re.Match, act_first: bool) -> list[tuple[int, int, str]]:
    """(start, end, number) of each article number in the match; the first (ru) or last (kk)
    span reaches the article word, so a single citation links «статьи 146» / «146-бабы»."""
    base, out = m.start("nums"), []
    for t in _NUM_TOKEN.finditer(m.group("nums")):
        if t.group(1) is None:
            continue  # a part or point, not an article
        a, b = t.group(1), t.group(2)
        if b is not None and int(b) > int(a):  # «100-107» is a range; «272-1» an article
            out += [(base + t.start(1), base + t.end(1), a), (base + t.start(2), base + t.end(2), b)]
        else:
            out.append((base + t.start(), base + t.end(), t.group()))
    if act_first:
        s, _, n = out[-1]
        out[-1] = (s, m.end("kw"), n)
    else:
        _, e, n = out[0]
        out[0] = (m.start("kw"), e, n)
    return out


def find_citations(text: str, ctx: CitingContext, acts: ActNames,
                   constitutions: ConstitutionDates) -> list[Citation]:
    """Every article cited in `text` whose act is named, in order of position."""
    g = _grammar(ctx.lang, tuple(sorted(acts.get(ctx.lang, {}).items())))
    if g is None:
        return []
    matches = list(g.pattern.finditer(text))
    act_first = g.before is not None
    acts_of: list[str | None] = [None] * len(matches)
    named = [False] * len(matches)
    for i, m in enumerate(matches):
        a = g.before.search(text, max(0, m.start() - _MAX_ACT), m.start()) if act_first else m
        if a is not None and a.group("act") is not None:
            named[i], acts_of[i] = True, _resolve(a, ctx, g, constitutions)
    # Chains: Russian names the act once after the last citation, Kazakh before the first.
    order = range(len(matches)) if act_first else range(len(matches) - 1, -1, -1)
    prev = None
    for i in order:
        if not named[i] and prev is not None and named[prev]:
            a, b = sorted((i, prev))
            gap = text[matches[a].end():matches[b].start()]
            if len(gap) <= _MAX_GAP and "\n\n" not in gap and g.gap.fullmatch(gap):
                named[i], acts_of[i] = True, acts_of[prev]
        prev = i
    out, line, counted = [], 1, 0
    for m, ok, act in zip(matches, named, acts_of):
        if not ok:
            continue
        for start, end, number in _numbers(m, act_first):
            line += text.count("\n", counted, start)
            counted = start
            column = start - text.rfind("\n", 0, start)
            out.append(Citation(start, end, line, column, text[start:end],
                                act, number, f"{act}/{number}" if act else None))
    return out


_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r" {0,3}(?:#{1,6}(?:[ \t]|$)|\[[^\[\]]+\]:)")  # and link reference definitions
_SETEXT = re.compile(r" {0,3}(?:=+|-+)[ \t]*$")
_LIST_ITEM = re.compile(r" {0,3}(?:[*+-]|\d+\.)[ \t]")  # Python-Markdown: no «1)» lists
_HTML_BLOCK = re.compile(r" {0,3}</?(?:address|article|aside|blockquote|details|dialog|div|dl|dt|dd|fieldset"
                         r"|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section"
                         r"|summary|table|tbody|td|tfoot|th|thead|tr|ul|script|style)(?:[\s/>]|$)", re.I)
_FRONT_MATTER = re.compile(r"---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_NO_BLANK = r"(?:[^\n]|\n(?![ \t]*\n))"  # inline constructs end at a paragraph break
# Every alternative starts with a literal character, so `re` skips ahead to candidates fast.
_INLINE = re.compile(rf"""<!--.*?-->
  | <((?i:a|code|pre|script|style|kbd|samp))\b[^>]*>.*?</(?i:\1)\s*>
  | `(`*)(?!`){_NO_BLANK}*?(?<!`)`\2(?!`)
  | \[(?:[^\[\]\n]|\n(?![ \t]*\n)|\[[^\[\]\n]*\])*\](?:\((?:[^()\n]|\([^()\n]*\))*\)|\[[^\[\]\n]*\])
  | <[A-Za-z/!?][^<>]*>""", re.S | re.X)


def _block_spans(markdown: str, indented_code: bool) -> list[tuple[int, int]]:
    """Headings, fenced and indented code, raw HTML blocks: whole lines where no link may go."""
    spans: list[tuple[int, int]] = []
    pos, fence, html, code, in_list, prev_blank = 0, "", False, False, False, True
    prev: tuple[int, int, bool] | None = None  # previous line: start, end, could be a setext heading
    for line in markdown.split("\n"):
        start, pos = pos, min(pos + len(line) + 1, len(markdown))
        line = line.rstrip("\r")
        blank = not line.strip()
        indented = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip(" ")) >= 4
        protect, setext_ok = False, False
        if fence:
            protect = True
            f = _FENCE.match(line)
            if f and f.group(1)[0] == fence[0] and len(f.group(1)) >= len(fence) and not line[f.end():].strip():
                fence = ""
        elif html:
            protect = html = not blank
        elif blank:
            pass
        elif indented and indented_code and not in_list and (code or prev_blank):
            protect = code = True
        elif indented:
            pass
        elif f := _FENCE.match(line):
            protect, fence = True, f.group(1)
        elif _HEADING.match(line):
            protect = True
        elif prev_blank and _HTML_BLOCK.match(line):
            protect = html = True
        elif _SETEXT.match(line) and prev and prev[2]:
            spans += [(prev[0], prev[1]), (start, pos)]
        else:
            setext_ok = not _LIST_ITEM.match(line)
        if not blank and not indented and not fence:
            code = False
            in_list = bool(_LIST_ITEM.match(line)) or (in_list and not prev_blank)
        if protect:
            spans.append((start, pos))
        prev, prev_blank = (start, pos, setext_ok), blank
    return spans


def protected_spans(markdown: str, indented_code: bool = True) -> list[tuple[int, int]]:
    """Sorted, disjoint (start, end) ranges of `markdown` that linking must leave alone:
    front matter, headings, code, links, HTML tags and comments, and the text of <a>.
    `indented_code=False` for a renderer that does not read indented lines as code."""
    spans = _block_spans(markdown, indented_code)
    if fm := _FRONT_MATTER.match(markdown):
        spans.append(fm.span())
    spans += [m.span() for m in _INLINE.finditer(markdown)]
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def link_citations(markdown: str, ctx: CitingContext, acts: ActNames, constitutions: ConstitutionDates,
                   exists: Callable[[str], bool], url_for: Callable[[str], str], *,
                   indented_code: bool = True) -> tuple[str, list[Citation]]:
    """`markdown` with each citation of an existing article wrapped as `[span](url)`, nothing else
    changed; and the citations outside protected spans whose article does not exist."""
    spans = protected_spans(markdown, indented_code)
    starts = [s for s, _ in spans]
    parts, unresolved, pos = [], [], 0
    for c in find_citations(markdown, ctx, acts, constitutions):
        i = bisect.bisect_left(starts, c.end) - 1
        if i >= 0 and spans[i][1] > c.start:
            continue
        if c.article_id is None or not exists(c.article_id):
            unresolved.append(c)
            continue
        if markdown[c.start - 1:c.start] in ("!", "\\"):  # would become an image or an escaped bracket
            continue
        url = url_for(c.article_id)
        if re.search(r"[\s()<>]", url):
            url = f"<{url}>"
        parts += [markdown[pos:c.start], "[", c.text, "](", url, ")"]
        pos = c.end
    parts.append(markdown[pos:])
    return "".join(parts), unresolved
