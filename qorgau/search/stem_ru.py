"""Russian: Snowball Russian stemmer (snowballstemmer 3.1.1) and our function-word list.

analysis.js has its own implementation of the same algorithm; tests/vectors/ru.tsv holds every
distinct word form of the Russian sources with this module's stem, and the JS must agree on all.
"""
from functools import lru_cache

import snowballstemmer

_SNOWBALL = snowballstemmer.stemmer("russian")

# Function words only: pronouns, prepositions, conjunctions, particles, the copulas «быть» and
# «являться», and the endings left by ordinals such as «1-го». Never nouns, verbs, numerals or
# modal words, and not «против» or «без», which carry meaning in legal text («преступления
# против личности», «без согласия»).
# Written with е for ё: tokens are normalised before this check.
STOP_WORDS = frozenset("""
а в во на над надо о об обо от ото по под подо при про с со у к ко из изо за до для
через перед пред между среди около возле вокруг ради сквозь вместо вдоль
и или либо но да же ли ни не бы б ведь вот вон уж уже еще лишь только даже именно
что чтобы чтоб как так также тоже то если когда пока хотя хоть потому поэтому ибо будто
чем тем зато причем притом однако
я мы ты вы он она оно они меня мне мной мною нас нам нами тебя тебе тобой тобою вас вам вами
его него ему нему им ним ее нее ей ней ею нею их них ими ними
себя себе собой собою свой своя свое свои своего своей своему своим своих своими свою своем
мой моя мое мои наш наша наше наши ваш ваша ваше ваши твой твоя твое твои
этот эта это эти этого этой этому этим этих этими эту этом
тот та те того той тому тех теми ту том
который которая которое которые которого которой которому которым которых которыми
которую котором
такой такая такое такие такого таком таким таких такую
быть был была было были будет будут есть являться является являются являлся являлась
являлось являлись
где куда откуда там тут здесь туда сюда оттуда
й го му ми х ый ий ая ое ые ого ому ым ых ую
""".split())


@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    """Snowball Russian stem of one normalised (lowercase, ё→е) word."""
    return _SNOWBALL.stemWord(word)
