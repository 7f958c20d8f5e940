"""English: lunr.js 2.3.9's Porter stemmer and lunr's stop words, so terms equal the browser's.

The stemmer is a line-by-line port of `lunr.stemmer` from lunr.js 2.3.9 (MIT, (C) Oliver
Nightingale; itself from tartarus.org/~martin/PorterStemmer/js.txt). It is ported rather than
taken from lunr.py because lunr.py uses a different Porter implementation whose output differs
from lunr.js on some words (its docs name "lay" and "try"); analysis.js vendors the lunr.js code.
"""
import re
from functools import lru_cache

from lunr.stop_word_filter import WORDS as _LUNR_STOP_WORDS

STOP_WORDS = frozenset(_LUNR_STOP_WORDS)

_STEP2 = {
    "ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize",
    "bli": "ble", "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous",
    "ization": "ize", "ation": "ate", "ator": "ate", "alism": "al", "iveness": "ive",
    "fulness": "ful", "ousness": "ous", "aliti": "al", "iviti": "ive", "biliti": "ble",
    "logi": "log",
}
_STEP3 = {
    "icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": "",
}

_c = "[^aeiou]"  # consonant
_v = "[aeiouy]"  # vowel
_C = _c + "[^aeiouy]*"  # consonant sequence
_V = _v + "[aeiou]*"  # vowel sequence

_MGR0 = re.compile("^(" + _C + ")?" + _V + _C)  # [C]VC... is m>0
_MEQ1 = re.compile("^(" + _C + ")?" + _V + _C + "(" + _V + ")?$")  # [C]VC[V] is m=1
_MGR1 = re.compile("^(" + _C + ")?" + _V + _C + _V + _C)  # [C]VCVC... is m>1
_S_V = re.compile("^(" + _C + ")?" + _v)  # vowel in stem

_RE_1A = re.compile(r"^(.+?)(ss|i)es$")
_RE2_1A = re.compile(r"^(.+?)([^s])s$")
_RE_1B = re.compile(r"^(.+?)eed$")
_RE2_1B = re.compile(r"^(.+?)(ed|ing)$")
_RE_1B_2 = re.compile(r".$")
_RE2_1B_2 = re.compile(r"(at|bl|iz)$")
_RE3_1B_2 = re.compile(r"([^aeiouylsz])\1$")
_RE4_1B_2 = re.compile("^" + _C + _v + "[^aeiouwxy]$")
_RE_1C = re.compile(r"^(.+?[^aeiou])y$")
_RE_2 = re.compile(
    r"^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator"
    r"|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$"
)
_RE_3 = re.compile(r"^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$")
_RE_4 = re.compile(r"^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$")
_RE2_4 = re.compile(r"^(.+?)(s|t)(ion)$")
_RE_5 = re.compile(r"^(.+?)e$")
_RE_5_1 = re.compile(r"ll$")
_RE3_5 = re.compile("^" + _C + _v + "[^aeiouwxy]$")


def _drop_last(w: str) -> str:
    # JS `w.replace(/.$/, "")`: removes the last character.
    return _RE_1B_2.sub("", w, count=1)


@lru_cache(maxsize=1 << 18)
def stem(w: str) -> str:
    """Stem one lowercase word exactly as lunr.js 2.3.9 does."""
    if len(w) < 3:
        return w
    firstch = w[0]
    if firstch == "y":
        w = "Y" + w[1:]

    # Step 1a
    if _RE_1A.search(w):
        w = _RE_1A.sub(r"\1\2", w, count=1)
    elif _RE2_1A.search(w):
        w = _RE2_1A.sub(r"\1\2", w, count=1)

    # Step 1b
    fp = _RE_1B.search(w)
    if fp:
        if _MGR0.search(fp.group(1)):
            w = _drop_last(w)
    else:
        fp = _RE2_1B.search(w)
        if fp:
            stem_ = fp.group(1)
            if _S_V.search(stem_):
                w = stem_
                if _RE2_1B_2.search(w):
                    w = w + "e"
                elif _RE3_1B_2.search(w):
                    w = _drop_last(w)
                elif _RE4_1B_2.search(w):
                    w = w + "e"

    # Step 1c
    fp = _RE_1C.search(w)
    if fp:
        w = fp.group(1) + "i"

    # Step 2
    fp = _RE_2.search(w)
    if fp and _MGR0.search(fp.group(1)):
        w = fp.group(1) + _STEP2[fp.group(2)]

    # Step 3
    fp = _RE_3.search(w)
    if fp and _MGR0.search(fp.group(1)):
        w = fp.group(1) + _STEP3[fp.group(2)]

    # Step 4
    fp = _RE_4.search(w)
    if fp:
        if _MGR1.search(fp.group(1)):
            w = fp.group(1)
    else:
        fp = _RE2_4.search(w)
        if fp:
            stem_ = fp.group(1) + fp.group(2)
            if _MGR1.search(stem_):
                w = stem_

    # Step 5
    fp = _RE_5.search(w)
    if fp:
        stem_ = fp.group(1)
        if _MGR1.search(stem_) or (_MEQ1.search(stem_) and not _RE3_5.search(stem_)):
            w = stem_
    if _RE_5_1.search(w) and _MGR1.search(w):
        w = _drop_last(w)

    if firstch == "y":
        w = "y" + w[1:]
    return w
