"""Search terms for Russian, Kazakh and English: the reference that analysis.js must equal.

tokens(text, lang) = tokenise → per word: normalise (look-alike letters, ё→е, ə→ә) → Kazakh
folding (kk) → drop stop words → stem. Text is lowercased, NFC-composed and stripped of soft
hyphens, zero-width characters and combining marks (stress accents) first. For search only:
displayed text is never changed. tests/vectors/*.tsv hold the shared expectations.
"""
import re
import unicodedata

from . import stem_en, stem_kk, stem_ru

LANGUAGES = ("ru", "kk", "en")

# Letters we index: Latin (with Latin-1 and Extended-A/B), ə, Cyrillic with its supplement
# (Kazakh letters), and digits. Explicit ranges, so Python and JS agree whatever Unicode data
# each ships.
_LETTER = "a-z\u00df-\u00f6\u00f8-\u024f\u0259\u0430-\u045f\u0460-\u0481\u048a-\u052f"
_WORD = "0-9" + _LETTER
# A number form such as «272-1» is one token; any other hyphen splits.
TOKEN_RE = re.compile("[0-9]+(?:-[0-9]+)+|[" + _WORD + "]+")
_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff\u0300-\u036f]")
_HYPHENS_RE = re.compile("[\u2010\u2011]")  # typographic hyphens, as in a copied «272‑1»
_CYRILLIC_RE = re.compile("[\u0400-\u052f]")
_LATIN_RE = re.compile("[a-z\u00df-\u00f6\u00f8-\u024f]")

# Latin letters that look like Cyrillic ones (in either case), mapped only inside a word that
# has Cyrillic letters and no other Latin letter: «cкрывшийся» (Latin c) → «скрывшийся».
LOOKALIKES = {
    "a": "а", "b": "в", "c": "с", "e": "е", "h": "н", "i": "і", "k": "к", "m": "м",
    "o": "о", "p": "р", "t": "т", "x": "х", "y": "у",
}
_LOOKALIKE_TABLE = str.maketrans(LOOKALIKES)
_LETTER_FIXES = str.maketrans({"ё": "е", "\u0259": "\u04d9"})  # ə (Latin schwa) → ә


def normalise(text: str) -> str:
    """Lowercase, compose (NFC), drop invisible characters and combining marks, unify hyphens."""
    text = _INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text.lower()))
    return _HYPHENS_RE.sub("-", text)


def tokenise(text: str) -> list[str]:
    """Words and number forms of already normalised text, in order."""
    return TOKEN_RE.findall(text)


def normalise_word(word: str) -> str:
    """ё→е, ə→ә, and Latin look-alikes → Cyrillic inside a Cyrillic word."""
    word = word.translate(_LETTER_FIXES)
    if _CYRILLIC_RE.search(word):
        latin = set(_LATIN_RE.findall(word))
        if latin and latin <= LOOKALIKES.keys():
            word = word.translate(_LOOKALIKE_TABLE)
    return word


_STEMMERS = {"ru": stem_ru.stem, "kk": stem_kk.stem, "en": stem_en.stem}
_STOP_WORDS = {"ru": stem_ru.STOP_WORDS, "kk": stem_kk.STOP_WORDS, "en": stem_en.STOP_WORDS}


def _check(lang: str) -> None:
    if lang not in _STEMMERS:
        raise ValueError(f"language {lang!r} is not one of {', '.join(LANGUAGES)}")


def stem(word: str, lang: str) -> str:
    """The stem of one normalised word, stop word or not."""
    _check(lang)
    word = normalise_word(word)
    if lang == "kk":
        word = word.translate(stem_kk.FOLD)
    return _STEMMERS[lang](word)


def _term(word: str, lang: str) -> str | None:
    word = normalise_word(word)
    if lang == "kk":
        word = word.translate(stem_kk.FOLD)
    if word in _STOP_WORDS[lang]:
        return None
    return _STEMMERS[lang](word)


# Word forms repeat, so each is analysed once: token → term (None for a stop word). A pure
# function's memo, emptied when it grows past _MEMO_LIMIT.
_MEMO: dict[str, dict[str, str | None]] = {lang: {} for lang in LANGUAGES}
_MEMO_LIMIT = 1 << 20


def tokens(text: str, lang: str) -> list[str]:
    """Index and query terms of `text` in `lang` ('ru', 'kk' or 'en'), in order."""
    _check(lang)
    words = tokenise(normalise(text))
    memo = _MEMO[lang]
    new = set(words).difference(memo)
    if len(memo) + len(new) > _MEMO_LIMIT:
        memo.clear()
        new = set(words)
    for word in new:
        memo[word] = _term(word, lang)
    return [t for t in map(memo.__getitem__, words) if t is not None]


def fold_query(text: str, lang: str) -> list[str]:
    """Terms of a query: exactly tokens(), so a query meets the index on equal terms."""
    return tokens(text, lang)


# Citation queries. Words are compared normalised and Kazakh-folded (ҚК → кк).
CITATION_ACTS = {
    "ук": "kz/uk", "кк": "kz/uk",
    "упк": "kz/upk", "кпк": "kz/upk",
    "уик": "kz/uik", "кажк": "kz/uik",
    "iccpr": "int/iccpr", "мпгпп": "int/iccpr", "cat": "int/cat", "opcat": "int/opcat",
}
CONSTITUTION_PREFIXES = ("конституци", "constitution")  # every case, Russian and Kazakh
CITATION_QUALIFIERS = frozenset(("рк", "кр", "rk", "kz"))  # «УК РК», «ҚР ҚК»
ARTICLE_WORDS = frozenset(("ст", "статей", "art", "article", "articles"))
# Kinds in order: A act, M article word, N number. The act comes first or last; the article
# word sits next to the number; «146» alone is not a citation.
CITATION_SHAPES = frozenset(("MN", "NM", "AN", "NA", "MNA", "NMA", "AMN", "ANM"))
_NUMBER_RE = re.compile("[0-9]+(?:-[0-9]+)*")


def _citation_kind(word: str) -> tuple[str, str] | None:
    if _NUMBER_RE.fullmatch(word):
        return ("N", word)
    word = normalise_word(word).translate(stem_kk.FOLD)
    if word in CITATION_QUALIFIERS:
        return ("", "")
    if word in CITATION_ACTS:
        return ("A", CITATION_ACTS[word])
    if word.startswith(CONSTITUTION_PREFIXES):
        return ("A", "kz/konst")
    if word in ARTICLE_WORDS or word.startswith("стать") or stem_kk.stem(word) == "бап":
        return ("M", "")
    return None


def citation(text: str) -> tuple[str | None, str] | None:
    """(act key or None, article number) if the whole query cites an article, else None.

    «146 УК» → ('kz/uk', '146'); «ст. 146» → (None, '146'); «ҚК 146-бабы» → ('kz/uk', '146').
    """
    shape, act, number = "", None, ""
    for word in tokenise(normalise(text)):
        kind = _citation_kind(word)
        if kind is None:
            return None
        if kind[0] == "A":
            act = kind[1]
        elif kind[0] == "N":
            number = kind[1]
        shape += kind[0]
    if shape not in CITATION_SHAPES:
        return None
    return (act, number)
