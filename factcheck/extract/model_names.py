"""Names of models and indexes that end in a number ("AK - 47", "DC - 3", "S&P 500"): the
number names the thing and counts nothing. One reader of lexicons/<language>/model_names.yaml
(its `makes` are the model years' of extract/model_years.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.lang.lexicon import folded_words, load

# a model's number after its name, wire text's dash spaced or none: "AK - 47", "AK 47", or a
# version: "USB 2.0"
_NUMBER = re.compile(r"(- ?)?\d{1,4}(?:\.\d)? ")
_REACH = 8  # characters before a number its name may take
_SIGN = 3  # characters of a minus sign the dash was taken for, before the digits


@dataclass(frozen=True)
class _Names:
    longest: int  # letters of the longest name joined to its number by a dash
    apart: frozenset[str]  # (folded) names written with a space alone before their number
    end: re.Pattern[str]  # the end of a name, up to its number, in the article's own text


def ends_model_name(body: str, start: int, language: str) -> bool:
    """Whether the number at `start` of the article's text ends a model's or an index's name
    ("AK - 47", "S&P 500")."""
    digit = start
    while digit < len(body) and not body[digit].isdigit() and digit - start < _SIGN:
        digit += 1  # past a minus sign the dash was taken for
    return _names(language).end.search(body, max(0, digit - _REACH), digit) is not None


def past_model_number(text: str, word: re.Match[str], language: str) -> int:
    """Where the adjective `word` of folded `text` ends, or the model's number after it when it
    is a model's name: "six AK - 47 rifles", "six AK 47 rifles" count rifles as "seven AK-47
    assault rifles" does (a name joined to its number by a dash, at most `longest` letters, or
    one of `apart`, written with a space alone)."""
    return model_number_end(text, word.group().strip(), word.end(), language)


def model_number_end(text: str, name: str, end: int, language: str) -> int:
    """Where the model's number after the word `name` ends, `end` being where that number may
    start; `end` where the word names no model."""
    names = _names(language)
    number = _NUMBER.match(text, end)
    if number is None or len(name) > names.longest:
        return end
    if number.group(1) is None and name not in names.apart:
        return end
    return number.end()


@cache
def _names(language: str) -> _Names:
    """The language's model names; their ends also as the languages whose names its news also
    writes (`also`); a name never ends where none do."""
    data = load(language, "model_names")
    shapes = [shape for code in (language, *(data.get("also") or ())) if (shape := _shape(code))]
    return _Names(
        longest=int(data.get("longest") or 0),
        apart=folded_words(language, "model_names", "apart"),
        end=re.compile(f"(?:{'|'.join(shapes)})$" if shapes else "(?!)"),
    )


def _shape(language: str) -> str | None:
    """A model's name in Latin letters is short and capitalised, joined to its number by a
    dash that wire text spaces ("AK - ", "MiG-") or made of two capitals and a join ("S&P ");
    it is no name after a letter or an apostrophe, where its capitals end a longer word."""
    names = load(language, "model_names")
    if "capitals" not in names:
        return None
    capital, small = _letters(names["capitals"]), _letters(names["small"])
    longest = int(names["longest"])
    joins = "".join(map(re.escape, names.get("joins") or ()))
    shape = (
        rf"(?<![\w'’{joins}])(?:{capital}{{1,{longest}}}|{capital}{small}{capital}?{small}?)"
        r"\s?-\s?"
    )
    apart = "|".join(map(re.escape, names.get("apart") or ()))
    if apart:
        shape += rf"|(?<![\w'’])(?:{apart})\s"
    return shape + (rf"|(?<![\w'’]){capital}[{joins}]{capital}\s?" if joins else "")


def _letters(bounds: list[str]) -> str:
    """The character class of the letters from the first of `bounds` to the last."""
    first, last = bounds
    return f"[{re.escape(first)}-{re.escape(last)}]"
