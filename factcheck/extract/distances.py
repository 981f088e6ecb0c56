"""The place a distance is measured from.

"the epicenter as two miles east southeast of The Geysers, four miles southwest of Cobb" and
"Cobb, ... 4 miles east of The Geysers" state four miles between two other pairs of places;
"على بعد 620 كلم شمال شرق باماكو" and "12 كلم من موبتي" are two roads. A length after which a
direction or a preposition of distance stands (lexicons/*/distances.yaml) and then a name holds
for that name (Claim.anchor, its folded stem: "geysers", "باماكو"): distances from two places
are never compared (rule FC037). English names are capitalised ("from the capital" names no
place); Arabic takes the word that follows, its article dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from factcheck.lang.clitics import stem
from factcheck.lang.detect import cased
from factcheck.lang.lexicon import folded_words, load
from factcheck.lang.normalize import fold_word
from factcheck.lang.tokens import LETTERS

_REACH = 60  # characters read after the distance: its direction, preposition and name
_NAME_WORDS = 3  # "Anderson Springs", "Santa Rosa"


@dataclass(frozen=True)
class _Lexicon:
    directions: frozenset[str]
    prepositions: frozenset[str]
    articles: frozenset[str]  # words before a name that are no part of it ("the", "مدينة")
    capitals: frozenset[str]  # "العاصمة": a place named by what it is, not by its name
    cased: bool


@cache
def _lexicon(language: str) -> _Lexicon | None:
    data = load(language, "distances")
    if not data:
        return None
    return _Lexicon(
        folded_words(language, "distances", "directions"),
        folded_words(language, "distances", "prepositions"),
        # "12 كيلومترا من مدينة موبتي" is from Mopti: the nouns after which a place is named
        frozenset(
            fold_word(w)
            for w in (
                *(data.get("articles") or ()),
                *load(language, "locatives").get("learn_after", ()),
            )
        ),
        folded_words(language, "locatives", "capital_nouns"),
        cased(language),
    )


def distance_anchor(sentence: str, end: int, language: str) -> str | None:
    """The place the distance ending at sentence[:end] is measured from, if it names one."""
    lexicon = _lexicon(language) if language else None
    if lexicon is None:
        return None
    words = LETTERS.finditer(sentence, end, min(len(sentence), end + _REACH))
    pointed = False
    for word in words:
        if sentence[end : word.start()].strip(" -"):
            return None  # a mark between: the distance's clause has ended
        end = word.end()
        key = fold_word(word.group())
        if key in lexicon.directions or key in lexicon.prepositions:
            pointed = True
            continue
        if not pointed:
            return None
        if key in lexicon.articles:
            continue
        if key in lexicon.capitals:
            return None  # "من العاصمة المقدسة" is Makkah's other name, as "from the capital"
        if not lexicon.cased:
            return stem(key)
        if not word.group()[:1].isupper():
            return None
        name = [key]
        for more in words:  # "Santa Rosa" is no Santa Clara: the capitalised words that follow
            if len(name) == _NAME_WORDS or sentence[end : more.start()] != " ":
                break
            if not more.group()[:1].isupper():
                break
            name.append(fold_word(more.group()))
            end = more.end()
        return " ".join(name)
    return None
