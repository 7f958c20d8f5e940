"""Seed topics, related articles and notes for the articles legal-notes.md discusses."""
from __future__ import annotations

from collections import defaultdict

# Article id -> topic keys of corpus/registry.yml.
TOPICS: dict[str, list[str]] = {
    "kz/konst/12": ["fundamental-rights", "complaints"],
    "kz/konst/15": ["fundamental-rights", "complaints"],
    "kz/konst/18": ["detention", "fundamental-rights"],
    "kz/konst/19": ["evidence", "fundamental-rights"],
    "kz/konst/20": ["torture", "fundamental-rights"],
    "kz/konst/35": ["complaints", "fundamental-rights"],
    "kz/konst/41": ["fundamental-rights", "torture"],
    "kz/konst/73": ["complaints", "ombudsman"],
    "kz/konst/78": ["evidence", "fundamental-rights"],
    "kz/konst/84": ["complaints"],
    "kz/konst/85": ["ombudsman"],
    "kz/konst-1995/13": ["fundamental-rights", "complaints"],
    "kz/konst-1995/16": ["detention", "fundamental-rights"],
    "kz/konst-1995/17": ["torture", "fundamental-rights"],
    "kz/uk/146": ["torture"],
    **{f"kz/upk/{n}": ["complaints"] for n in range(100, 108)},
    "kz/upk/101": ["complaints", "detention", "torture"],
    "kz/upk/78": ["evidence", "ombudsman", "prevention"],
    "kz/upk/112": ["evidence", "torture"],
    "kz/upk/115": ["evidence"],
    "kz/upk/185": ["complaints", "torture"],
    "kz/upk/187": ["torture"],
    **{f"kz/upk/{n}": ["evidence"] for n in ("271", "272", "272-1", "274")},
    "kz/upk/275": ["evidence", "torture"],
    "kz/uik/4": ["prisoners", "torture"],
    "kz/uik/9": ["prisoners"],
    "kz/uik/10": ["prisoners", "torture", "complaints"],
    "kz/uik/12": ["prisoners"],
    "kz/uik/14": ["prisoners", "complaints", "prevention"],
    "kz/ombudsman/3": ["ombudsman"],
    "kz/ombudsman/7": ["ombudsman", "prevention"],
    "kz/ombudsman/9": ["ombudsman", "prevention"],
    "kz/ombudsman/13": ["ombudsman", "complaints"],
    "kz/ombudsman/15": ["ombudsman", "complaints"],
    "kz/ombudsman/16": ["ombudsman", "complaints"],
    "kz/ombudsman/18": ["ombudsman", "prevention"],
    "int/cat/1": ["torture"],
    "int/cat/2": ["torture"],
    "int/cat/12": ["torture", "complaints"],
    "int/cat/13": ["torture", "complaints"],
    "int/cat/14": ["torture"],
    "int/cat/15": ["torture", "evidence"],
    "int/cat/16": ["torture"],
    "int/cat/22": ["complaints"],
    "int/iccpr/7": ["torture", "fundamental-rights"],
    "int/iccpr/10": ["detention", "prisoners"],
    **{f"int/opcat/{n}": ["prevention"] for n in ("1", "3", "17", "18", "19")},
    "int/mandela/1": ["prisoners", "torture"],
    "int/mandela/32": ["prisoners", "torture"],
    "int/mandela/43": ["prisoners", "torture"],
    "int/mandela/71": ["prisoners", "torture", "complaints"],
}

# Groups of articles on one question; every member is related to every other one.
GROUPS: list[list[str]] = [
    # Prohibition of torture: new and old Constitution, the crime, the treaties.
    ["kz/konst/20", "kz/konst-1995/17", "kz/uk/146", "int/cat/1", "int/cat/2", "int/iccpr/7"],
    ["kz/konst/20", "kz/konst/41"],
    ["kz/uk/146", "int/cat/16", "kz/upk/187"],
    # Liberty and detention.
    ["kz/konst/18", "kz/konst-1995/16", "kz/upk/101", "int/iccpr/10"],
    # Legal personality, judicial protection and legal aid.
    ["kz/konst/12", "kz/konst-1995/13", "kz/upk/100"],
    # Evidence obtained by torture.
    ["kz/konst/78", "kz/konst/19", "kz/upk/112", "kz/upk/115", "int/cat/15"],
    # Complaints in criminal proceedings.
    ["kz/upk/100", "kz/upk/101", "kz/upk/102", "kz/upk/103", "kz/upk/104", "kz/upk/105", "kz/upk/106"],
    ["kz/upk/106", "kz/upk/107"],
    ["kz/upk/105", "kz/konst/84"],
    ["kz/konst/35", "kz/upk/100", "int/cat/13"],
    # Duty to investigate.
    ["int/cat/12", "kz/upk/185", "kz/upk/187"],
    # Redress.
    ["kz/konst/15", "int/cat/14"],
    # Forensic examination.
    ["kz/upk/271", "kz/upk/272", "kz/upk/272-1", "kz/upk/274", "kz/upk/275"],
    ["kz/upk/275", "int/mandela/32"],
    # Ombudsman.
    ["kz/konst/85", "kz/konst/73", "kz/ombudsman/3", "kz/ombudsman/13"],
    ["kz/ombudsman/13", "kz/ombudsman/15", "kz/ombudsman/16"],
    # National preventive mechanism.
    ["kz/ombudsman/7", "kz/ombudsman/9", "kz/ombudsman/18", "kz/upk/78", "int/opcat/3", "int/opcat/17"],
    ["int/opcat/1", "int/opcat/3", "int/opcat/17", "int/opcat/18", "int/opcat/19"],
    # Prisoners.
    ["kz/uik/4", "kz/uik/10", "kz/uik/12", "int/mandela/1", "int/mandela/43", "int/iccpr/10"],
    ["kz/uik/9", "kz/uik/10", "kz/uik/14"],
    ["kz/uik/14", "int/mandela/71", "kz/ombudsman/13", "kz/upk/101"],
    # Complaints to the UN Committee against Torture.
    ["int/cat/22", "int/cat/13"],
]

# Seed notes (editors own them afterwards) where the stored text is known to be dated.
NOTES: dict[str, dict[str, str]] = {
    "kz/uk/146": {
        "ru": "Текст по редакции от 11.09.2022 (копия зеркала). Законом РК от 17.03.2023 № 212-VII статья 146 "
              "изложена в новой редакции («Жестокое, бесчеловечное или унижающее достоинство обращение, пытки»); "
              "этой редакции в сохранённой копии нет. Сверить с adilet.zan.kz.",
        "en": "Text of the edition of 11.09.2022 (mirror copy). Law No. 212-VII of 17.03.2023 restated Article 146 "
              "(«Cruel, inhuman or degrading treatment, torture»); that wording is not in the stored copy. "
              "Check against adilet.zan.kz.",
    },
    "kz/upk/187": {
        "ru": "Сохранённая редакция (файл с поправками по 25.05.2020) поручает расследование по статьям 146, 412 "
              "и 433 УК органам внутренних дел или антикоррупционной службе, если лицо не их сотрудник. "
              "По вторичным источникам с 2022 года дела о пытках расследует прокуратура. Действующая редакция "
              "не найдена: сверить с adilet.zan.kz.",
        "en": "The stored wording (file amended up to 25.05.2020) gives investigation under Criminal Code Arts. 146, "
              "412 and 433 to the internal affairs bodies or the anti-corruption service when the person is not "
              "one of their officers. Secondary sources say the prosecutor's office has investigated torture cases "
              "since 2022. The current wording was not found: check adilet.zan.kz.",
    },
}


def related() -> dict[str, list[str]]:
    """Each curated article's related ids, from GROUPS, without itself."""
    out: dict[str, set[str]] = defaultdict(set)
    for group in GROUPS:
        for member in group:
            out[member].update(m for m in group if m != member)
    return {k: sorted(v) for k, v in out.items()}
