"""UN instruments as quoted in legal-notes.md §6: which code block is which article, and their acts."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

D = dt.date
FENCE = re.compile(r"```text\n(.*?)\n```", re.S)
URL = re.compile(r"https?://[^\s»)]+")
LABEL = re.compile(r"^(?:Article|article|Rule) (\d+)$")


@dataclass(frozen=True)
class Quote:
    """One article (or rule) as quoted in legal-notes.md."""

    act: str
    number: str
    section: str  # "6.1"
    url: str  # the page the quotation came from
    text: str


# (section, act, numbers per code block in order). A block with several numbers is split
# at its «Article N» / «article N» / «Rule N» lines; a block with one number is the article.
BLOCKS: list[tuple[str, str, list[list[str]]]] = [
    ("6.1", "int/cat", [["1", "2"], ["12"], ["13"], ["14"], ["15"], ["16"], ["22"]]),
    ("6.2", "int/iccpr", [["7"], ["10"]]),
    ("6.3", "int/opcat", [["1"], ["3"], ["17", "18", "19"]]),
    ("6.5", "int/mandela", [["1", "32", "43"], ["71"]]),
]

# What is missing or doubtful in each quotation (legal-notes.md §6 and §12), in en and ru.
NOTES: dict[tuple[str, str], tuple[str, str]] = {
    ("int/cat", "1"): ("From a reproduction (historyplace.com; same wording at lawofwar.org); line breaks normalised.",
                       "Из воспроизведения (historyplace.com; та же редакция на lawofwar.org); переносы строк нормализованы."),
    ("int/cat", "2"): ("From a reproduction (historyplace.com; same wording at lawofwar.org); line breaks normalised.",
                       "Из воспроизведения (historyplace.com; та же редакция на lawofwar.org); переносы строк нормализованы."),
    ("int/cat", "12"): ("Quoted at the head of a chapter of the Oxford commentary.",
                        "Цитата из заголовка главы Оксфордского комментария."),
    ("int/cat", "13"): ("Quoted at the head of a chapter of the Oxford commentary; an OHCHR page mirror quotes the same text.",
                        "Цитата из заголовка главы Оксфордского комментария; зеркало страницы УВКПЧ цитирует тот же текст."),
    ("int/cat", "14"): ("Quoted at the head of a chapter of the Oxford commentary.",
                        "Цитата из заголовка главы Оксфордского комментария."),
    ("int/cat", "15"): ("From a secondary source only (a blog quotation); must be verified.",
                        "Только из вторичного источника (цитата в блоге); требует сверки."),
    ("int/cat", "16"): ("Paragraph 1 only; paragraph 2 was not retrieved.",
                        "Только пункт 1; пункт 2 не получен."),
    ("int/cat", "22"): ("Paragraphs 1–6 only; the quotation stops at «6. The Committee shall hold closed meetings …»: "
                        "paragraph 6 is incomplete and paragraphs 7–8 were not retrieved. OCR defects of the source are "
                        "kept: «paragraph I» for «paragraph 1», «reliefto» for «relief to».",
                        "Только пункты 1–6; цитата обрывается на «6. The Committee shall hold closed meetings …»: "
                        "пункт 6 неполон, пункты 7–8 не получены. Ошибки распознавания в источнике сохранены: "
                        "«paragraph I» вместо «paragraph 1», «reliefto» вместо «relief to»."),
    ("int/iccpr", "7"): ("Quoted on claiminghumanrights.org.", "Цитата с сайта claiminghumanrights.org."),
    ("int/iccpr", "10"): ("From a reproduction (remedy.org.au).", "Из воспроизведения (remedy.org.au)."),
    ("int/opcat", "1"): ("Quoted at the head of a chapter of the Oxford commentary.",
                         "Цитата из заголовка главы Оксфордского комментария."),
    ("int/opcat", "3"): ("From a reproduction (hr.huquq.com).", "Из воспроизведения (hr.huquq.com)."),
    ("int/opcat", "17"): ("From a reproduction in an international law handbook (hozir.org).",
                          "Из воспроизведения в справочнике по международному праву (hozir.org)."),
    ("int/opcat", "18"): ("Paragraph 1 only; the rest of the article was not retrieved.",
                          "Только пункт 1; остальной текст статьи не получен."),
    ("int/opcat", "19"): ("The opening words and item (a) only; item (b) is cut off in the stored excerpt and the rest "
                          "was not retrieved.",
                          "Только вводные слова и подпункт (a); подпункт (b) обрезан в сохранённой копии, остальное не получено."),
    ("int/mandela", "1"): ("From the EU Fundamental Rights Agency page; the quotation marks are that page's.",
                           "Со страницы Агентства ЕС по основным правам; кавычки принадлежат этой странице."),
    ("int/mandela", "32"): ("The opening of paragraph 1 and item (d) only; «[...]» marks an omission in the quotation.",
                            "Только начало пункта 1 и подпункт (d); «[...]» обозначает пропуск в цитате."),
    ("int/mandela", "43"): ("Paragraph 1 only; the rest of the rule was not retrieved.",
                            "Только пункт 1; остальной текст правила не получен."),
    ("int/mandela", "71"): ("From the site of the Tajik coalition against torture (notorturetj.org).",
                            "С сайта таджикской коалиции против пыток (notorturetj.org)."),
}

ADOPTED = {"int/cat": D(1984, 12, 10), "int/iccpr": D(1966, 12, 16),
           "int/opcat": D(2002, 12, 18), "int/mandela": D(2015, 12, 17)}

_CAT_RU = "Конвенция против пыток и других жестоких, бесчеловечных или унижающих достоинство видов обращения и наказания"
_CAT_KK = ("Азаптауларға және басқа да қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын "
           "іс-әрекеттер мен жазалау түрлеріне қарсы конвенция")
_CAT_EN = "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"
_ADILET = "https://adilet.zan.kz/{lang}/docs/{doc}"

# `_act.yml` of each instrument. English titles are the UN's; ru/kk are the usual names.
INT_ACTS: dict[str, dict[str, Any]] = {
    "int/cat": {
        "kind": "treaty",
        "title": {"ru": _CAT_RU, "kk": _CAT_KK, "en": _CAT_EN},
        "short": {"ru": "Конвенция против пыток", "kk": "Азаптауларға қарсы конвенция", "en": "CAT"},
        "requisite": {"ru": "Резолюция 39/46 Генеральной Ассамблеи ООН от 10 декабря 1984 года",
                      "en": "General Assembly resolution 39/46 of 10 December 1984"},
        "official_url": {"ru": _ADILET.format(lang="rus", doc="Z980000247_"),
                         "kk": _ADILET.format(lang="kaz", doc="Z980000247_")},
        "cite_as": {"ru": ["Конвенции против пыток", "Конвенцией против пыток", "Конвенция против пыток"],
                    "kk": ["Азаптауларға қарсы конвенцияның", "Азаптауларға қарсы конвенция"],
                    "en": ["Convention against Torture", "CAT"]},
    },
    "int/iccpr": {
        "kind": "treaty",
        "title": {"ru": "Международный пакт о гражданских и политических правах",
                  "kk": "Азаматтық және саяси құқықтар туралы халықаралық пакт",
                  "en": "International Covenant on Civil and Political Rights"},
        "short": {"ru": "МПГПП", "kk": "АСҚХП", "en": "ICCPR"},
        "requisite": {"ru": "Резолюция 2200 A (XXI) Генеральной Ассамблеи ООН от 16 декабря 1966 года",
                      "en": "General Assembly resolution 2200A (XXI) of 16 December 1966"},
        "official_url": {"ru": _ADILET.format(lang="rus", doc="Z050000091_")},
        "cite_as": {"ru": ["Международного пакта о гражданских и политических правах",
                           "Международный пакт о гражданских и политических правах", "МПГПП"],
                    "kk": ["Азаматтық және саяси құқықтар туралы халықаралық пактінің",
                           "Азаматтық және саяси құқықтар туралы халықаралық пакт"],
                    "en": ["International Covenant on Civil and Political Rights", "ICCPR"]},
    },
    "int/opcat": {
        "kind": "treaty",
        "title": {"ru": f"Факультативный протокол к {_CAT_RU.replace('Конвенция', 'Конвенции', 1)}",
                  "kk": f"{_CAT_KK}ның Факультативтік хаттамасы",
                  "en": f"Optional Protocol to the {_CAT_EN}"},
        "short": {"ru": "ФП КПП", "kk": "Факультативтік хаттама", "en": "OPCAT"},
        "requisite": {"ru": "Резолюция 57/199 Генеральной Ассамблеи ООН от 18 декабря 2002 года",
                      "en": "General Assembly resolution 57/199 of 18 December 2002"},
        "cite_as": {"ru": ["Факультативного протокола к Конвенции против пыток",
                           "Факультативный протокол к Конвенции против пыток"],
                    "kk": ["Факультативтік хаттаманың", "Факультативтік хаттама"],
                    "en": ["Optional Protocol to the Convention against Torture", "OPCAT"]},
    },
    "int/mandela": {
        "kind": "standard_rules",
        "title": {"ru": "Минимальные стандартные правила Организации Объединенных Наций в отношении обращения "
                        "с заключенными (Правила Нельсона Манделы)",
                  "kk": "Біріккен Ұлттар Ұйымының Сотталғандармен жұмыс істеудің ең төменгі стандартты "
                        "ережелері (Нельсон Мандела ережелері)",
                  "en": "United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules)"},
        "short": {"ru": "Правила Нельсона Манделы", "kk": "Нельсон Мандела ережелері", "en": "Nelson Mandela Rules"},
        "requisite": {"ru": "Резолюция 70/175 Генеральной Ассамблеи ООН от 17 декабря 2015 года",
                      "en": "General Assembly resolution 70/175 of 17 December 2015"},
        "cite_as": {"ru": ["Правил Нельсона Манделы", "Правила Нельсона Манделы"],
                    "kk": ["Нельсон Мандела ережелерінің", "Нельсон Мандела ережелері"],
                    "en": ["Nelson Mandela Rules", "Mandela Rules"]},
        "article_label": {"ru": "Правило", "kk": "ереже", "en": "Rule"},
    },
}


def sections(notes: str) -> dict[str, str]:
    """Body of each `### 6.N` section of legal-notes.md."""
    found = re.finditer(r"^### (\d+\.\d+) .*$", notes, re.M)
    starts = [(m.group(1), m.end()) for m in found]
    out: dict[str, str] = {}
    for name, start in starts:
        end = re.compile(r"^##", re.M).search(notes, start)
        out[name] = notes[start:end.start() if end else len(notes)]
    return out


def _source_url(prose: str) -> str:
    """First address on the last prose line that names one: the page the quote came from."""
    lines = [line for line in prose.splitlines() if URL.search(line)]
    if not lines:
        raise ValueError(f"no source address before a quotation: {prose[-200:]!r}")
    return URL.search(lines[-1]).group(0).rstrip(".:,;")  # type: ignore[union-attr]


def _split(block: str, numbers: list[str]) -> dict[str, str]:
    """Articles of a block; blank lines at either end of each are dropped."""
    if len(numbers) == 1:
        return {numbers[0]: block.strip("\n")}
    parts: dict[str, list[str]] = {}
    current = None
    for line in block.split("\n"):
        label = LABEL.match(line)
        if label:
            current = label.group(1)
            parts[current] = []
        elif current is None:
            raise ValueError(f"text before the first label in a block of {numbers}")
        else:
            parts[current].append(line)
    if list(parts) != numbers:
        raise ValueError(f"block labels {list(parts)} differ from the table {numbers}")
    return {n: "\n".join(lines).strip("\n") for n, lines in parts.items()}


def parse(notes: str, blocks: list[tuple[str, str, list[list[str]]]] = BLOCKS) -> list[Quote]:
    """Every quoted article of the block table, exactly as legal-notes.md gives it."""
    body = sections(notes)
    quotes: list[Quote] = []
    for section, act, table in blocks:
        if section not in body:
            raise ValueError(f"legal-notes.md has no section ### {section}")
        text = body[section]
        blocks = list(FENCE.finditer(text))
        if len(blocks) != len(table):
            raise ValueError(f"§{section}: {len(blocks)} code blocks, the table expects {len(table)}")
        previous_end = 0
        for match, numbers in zip(blocks, table):
            url = _source_url(text[previous_end:match.start()])
            previous_end = match.end()
            for number, article in _split(match.group(1), numbers).items():
                quotes.append(Quote(act, number, section, url, article))
    return quotes
