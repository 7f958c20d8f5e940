"""What each act is: its source folder, duplicate rules and the fields of its `_act.yml`."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

D = dt.date
ZAN = "https://zan.gov.kz/client/#!/doc/{code}/{lang}"


@dataclass(frozen=True)
class KzSource:
    """Where a Kazakhstan act lies in the mirror and how its files are read."""

    act: str
    folder: str  # local folder under sources/kazakhstan-law
    status: str = "in_force"
    in_force_from: dt.date | None = None
    repealed_on: dt.date | None = None
    # File (relative to folder) -> why it is not imported.
    skip: dict[str, str] = field(default_factory=dict)
    # (current wording, earlier wording) for files that hold the same articles. Each pair
    # was checked: the current file is the act's own chapter file, or the later section,
    # and the newest amendment its footnotes cite is later (test_importer checks this).
    precedence: tuple[tuple[str, str], ...] = ()


UK = "02-codes/2014/0703-ugolovnyi-kodeks-respubliki-kazakhstan-81097"
UPK = "02-codes/2014/0704-ugolovno-protsessualnyi-kodeks-respubliki-kazakhstan-81164"
UIK = "02-codes/2014/0705-ugolovno-ispolnitelnyi-kodeks-respubliki-kazakhstan-81238"
OMBUDSMAN = "01-const-laws/2022/1105-ob-upolnomochennom-po-pravam-cheloveka-v-respublike-kazakhstan-173439"

KZ_SOURCES = [
    KzSource("kz/konst", "00-constitution-2026", in_force_from=D(2026, 7, 1)),
    KzSource("kz/konst-1995", "00-constitution", status="repealed", repealed_on=D(2026, 7, 1)),
    KzSource("kz/ombudsman", OMBUDSMAN),
    KzSource("kz/uk", UK, precedence=(
        ("rus/sec006-ch003.md", "rus/sec006-ch002.md"),  # ch002 @a56bfaad also holds chapter 3
        ("rus/sec006-ch008.md", "rus/sec006-ch007.md"),  # ch007 @7674f36b also holds chapter 8
    )),
    KzSource("kz/upk", UPK, precedence=(
        *((f"rus/sec006-ch{n:03d}.md", "rus/sec006.md") for n in (25, 27, 29, 31, 35, 36, 38)),
        ("rus/sec013-1.md", "rus/sec014.md"),  # sec014 is the 2017 wording of arts 630-666
    )),
    KzSource("kz/uik", UIK, skip={
        "rus.md": "table of contents of the code, no article text",
        "rus/part008.md": "annex (list of property exempt from confiscation), not an article",
    }),
]

ARTICLE_LABEL = {"ru": "Статья", "kk": "бап", "en": "Article"}


# Fields of `_act.yml` that no source file carries. Titles ru/kk and the requisite of the
# Kazakhstan acts come from meta.yaml or front matter (see build.act_file).
ACTS: dict[str, dict[str, Any]] = {
    "kz/konst": {
        "kind": "constitution", "code": "223244", "adopted": D(2026, 3, 15),
        "title": {"en": "Constitution of the Republic of Kazakhstan (2026)"},
        "short": {"ru": "Конституция РК", "kk": "ҚР Конституциясы", "en": "Constitution"},
        "cite_as": {
            "ru": ["Конституции Республики Казахстан", "Конституция Республики Казахстан",
                         "Конституцией Республики Казахстан", "Конституции РК", "Конституция РК",
                         "Конституции", "Конституция", "Конституцией", "Конституцию"],
            "kk": ["Қазақстан Республикасының Конституциясы", "Конституциясының", "Конституциясына",
                         "Конституциясы", "Конституцияның", "Конституцияға", "Конституция"],
            "en": ["Constitution of the Republic of Kazakhstan", "Constitution"],
        },
    },
    "kz/konst-1995": {
        "kind": "constitution", "code": "1", "adopted": D(1995, 8, 30),
        "title": {"en": "Constitution of the Republic of Kazakhstan (1995)"},
        "short": {"ru": "Конституция РК 1995 года", "kk": "1995 жылғы Конституция", "en": "Constitution of 1995"},
        "cite_as": {
            "ru": ["Конституции Республики Казахстан от 30 августа 1995 года",
                         "Конституцией Республики Казахстан от 30 августа 1995 года",
                         "Конституция Республики Казахстан от 30 августа 1995 года",
                         "Конституции 1995 года", "Конституция 1995 года", "Конституцией 1995 года"],
            "kk": ["1995 жылғы 30 тамыздағы Конституциясы", "1995 жылғы Конституцияның",
                         "1995 жылғы Конституция"],
            "en": ["Constitution of 1995", "1995 Constitution"],
        },
    },
    "kz/ombudsman": {
        "kind": "constitutional_law", "code": "173439", "adopted": D(2022, 11, 5),
        "title": {"en": "Constitutional Law on the Human Rights Commissioner in the Republic of Kazakhstan"},
        "short": {"ru": "Закон об Уполномоченном", "kk": "Уәкіл туралы заң", "en": "Ombudsman Law"},
        "cite_as": {
            "ru": ["Конституционного закона «Об Уполномоченном по правам человека в Республике Казахстан»",
                         "Конституционным законом «Об Уполномоченном по правам человека в Республике Казахстан»",
                         "Конституционный закон «Об Уполномоченном по правам человека в Республике Казахстан»",
                         "Конституционного закона об Уполномоченном по правам человека",
                         "Закона об Уполномоченном по правам человека", "Закон об Уполномоченном"],
            "kk": ["«Қазақстан Республикасындағы Адам құқықтары жөніндегі уәкіл туралы» Конституциялық заңының",
                         "«Қазақстан Республикасындағы Адам құқықтары жөніндегі уәкіл туралы» Конституциялық заңы",
                         "«Қазақстан Республикасындағы Адам құқықтары жөніндегі уәкіл туралы» Конституциялық заң"],
            "en": ["Constitutional Law on the Human Rights Commissioner", "Ombudsman Law"],
        },
    },
    "kz/uk": {
        "kind": "code", "code": "81097", "adopted": D(2014, 7, 3),
        "title": {"en": "Criminal Code of the Republic of Kazakhstan"},
        "short": {"ru": "УК РК", "kk": "ҚР ҚК", "en": "Criminal Code"},
        "cite_as": {
            "ru": ["Уголовного кодекса Республики Казахстан", "Уголовный кодекс Республики Казахстан",
                         "Уголовного кодекса", "Уголовным кодексом", "Уголовному кодексу", "Уголовном кодексе",
                         "Уголовный кодекс", "УК РК", "УК"],
            "kk": ["Қылмыстық кодексінің", "Қылмыстық кодексiнiң", "Қылмыстық кодексі", "Қылмыстық кодексi",
                         "Қылмыстық кодекс", "ҚР ҚК", "ҚК"],
            "en": ["Criminal Code"],
        },
    },
    "kz/upk": {
        "kind": "code", "code": "81164", "adopted": D(2014, 7, 4),
        "title": {"en": "Criminal Procedure Code of the Republic of Kazakhstan"},
        "short": {"ru": "УПК РК", "kk": "ҚР ҚПК", "en": "Criminal Procedure Code"},
        "cite_as": {
            "ru": ["Уголовно-процессуального кодекса Республики Казахстан",
                         "Уголовно-процессуальный кодекс Республики Казахстан",
                         "Уголовно-процессуального кодекса", "Уголовно-процессуальным кодексом",
                         "Уголовно-процессуальному кодексу", "Уголовно-процессуальном кодексе",
                         "Уголовно-процессуальный кодекс", "УПК РК", "УПК"],
            "kk": ["Қылмыстық-процестік кодексінің", "Қылмыстық-процестік кодексі",
                         "Қылмыстық-процестік кодексi", "Қылмыстық-процестік кодекс", "ҚР ҚПК", "ҚПК"],
            "en": ["Criminal Procedure Code", "CPC"],
        },
    },
    "kz/uik": {
        "kind": "code", "code": "81238", "adopted": D(2014, 7, 5),
        "title": {"en": "Penal Enforcement Code of the Republic of Kazakhstan"},
        "short": {"ru": "УИК РК", "kk": "ҚР ҚАК", "en": "Penal Enforcement Code"},
        "cite_as": {
            "ru": ["Уголовно-исполнительного кодекса Республики Казахстан",
                         "Уголовно-исполнительный кодекс Республики Казахстан",
                         "Уголовно-исполнительного кодекса", "Уголовно-исполнительным кодексом",
                         "Уголовно-исполнительному кодексу", "Уголовно-исполнительном кодексе",
                         "Уголовно-исполнительный кодекс", "УИК РК", "УИК"],
            "kk": ["Қылмыстық-атқару кодексінің", "Қылмыстық-атқару кодексі", "Қылмыстық-атқару кодекс",
                         "ҚР ҚАК", "ҚАК"],
            "en": ["Penal Enforcement Code"],
        },
    },
}


def official_urls(code: str) -> dict[str, str]:
    """Act-level address on zan.gov.kz, without an edition date."""
    return {"ru": ZAN.format(code=code, lang="rus"), "kk": ZAN.format(code=code, lang="kaz")}
