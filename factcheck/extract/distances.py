"""The place a distance is measured from, and the direction it is measured in.

"the epicenter as two miles east southeast of The Geysers, four miles southwest of Cobb" and
"Cobb, ... 4 miles east of The Geysers" state four miles between two other pairs of places;
"على بعد أكثر من 620 كيلومترا شمال شرق باماكو" and "12 كلم من موبتي" are two roads
(SaudiNewsNet snn-2015-08-07-1000 and others of the Sevare siege). A length after which a
direction or a preposition of distance stands (lexicons/*/distances.yaml) and then a name holds
for that name (Claim.anchor's place, its folded stem: "geysers", "باماكو"): distances from two
places are never compared (rule FC037). English names are capitalised ("from the capital" names no
place); Arabic takes the word that follows, its article dropped. The directions give the
distance's bearing (Claim.anchor's), their circular mean: "about 25 miles east of Houston" and
"about 25 miles northwest of where he escaped" are two distances (FC037 `bearings_apart`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from factcheck.lang.clitics import stem
from factcheck.lang.detect import cased
from factcheck.lang.lexicon import folded_words, load
from factcheck.lang.normalize import fold_word
from factcheck.lang.tokens import LETTERS
from factcheck.models import Reference

_REACH = 60  # characters read after the distance: its direction, preposition and name
_NAME_WORDS = 3  # "Anderson Springs", "Santa Rosa"


@dataclass(frozen=True)
class _Lexicon:
    directions: dict[str, float]  # a direction's bearing, degrees clockwise from north
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
        {
            fold_word(word): float(degrees)
            for degrees, words in (data.get("directions") or {}).items()
            for word in words
        },
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


def distance_reference(sentence: str, end: int, language: str) -> Reference:
    """The direction and the place the distance ending at sentence[:end] is measured in and
    from, where it says them."""
    lexicon = _lexicon(language) if language else None
    if lexicon is None:
        return Reference(None, None)
    words = LETTERS.finditer(sentence, end, min(len(sentence), end + _REACH))
    pointed = False
    bearing: list[float] = []
    for word in words:
        if sentence[end : word.start()].strip(" -"):
            break  # a mark between: the distance's clause has ended
        end = word.end()
        key = fold_word(word.group())
        if key in lexicon.directions or key in lexicon.prepositions:
            if key in lexicon.directions and not (pointed and not bearing):
                bearing.append(lexicon.directions[key])  # not "from the north"
            pointed = True
            continue
        if not pointed or key in lexicon.capitals:
            break  # "من العاصمة المقدسة" is Makkah's other name, as "from the capital"
        if key in lexicon.articles:
            continue
        return Reference(_name(word, words, key, sentence, lexicon), _mean(bearing))
    return Reference(None, _mean(bearing))


def _mean(bearings: list[float]) -> float | None:
    """The bearing a run of directions names, their circular mean: "north - northeast" is
    22.5, "east southeast" 112.5, "شمال شرق" 45."""
    if not bearings:
        return None
    x = sum(math.sin(math.radians(b)) for b in bearings)
    y = sum(math.cos(math.radians(b)) for b in bearings)
    return round(math.degrees(math.atan2(x, y)) % 360, 1)


def _name(
    word: re.Match[str],
    words: Iterator[re.Match[str]],
    key: str,
    sentence: str,
    lexicon: _Lexicon,
) -> str | None:
    """The place's name from `word` on: Arabic takes its stem, English its capitalised words."""
    if not lexicon.cased:
        return stem(key)
    if not word.group()[:1].isupper():
        return None
    name = [key]
    end = word.end()
    for more in words:  # "Santa Rosa" is no Santa Clara: the capitalised words that follow
        if len(name) == _NAME_WORDS or sentence[end : more.start()] != " ":
            break
        if not more.group()[:1].isupper():
            break
        name.append(fold_word(more.group()))
        end = more.end()
    return " ".join(name)
