"""Ordinal words and digits ("الرابع والخمسين", "الـ90", "fifth", "21st"), read at a position of
folded text; shared by the finders of ordinal ages and of ranks, and digits after the article
("الساعات الـ24") by that of word durations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.extract.number_words import conjunctions, ordinal_suffixes
from factcheck.lang.clitics import DEFINITE
from factcheck.lang.phrases import (
    PhraseMatcher,
    back_spaces,
    phrase_matcher,
    proclitics,
    skip_spaces,
)

# "الساعات الـ24" (the tatweel folds away): digits after the article.
_DEFINITE_DIGITS = re.compile(rf"{DEFINITE}\s?(\d{{1,3}})(?!\d)")
_NUMBER_GOES_ON = (".", ",")  # "الـ2.5", "الـ24,000": a decimal or thousands part follows
_LONGEST_DIGITS = 12  # "1,000,000th": how far back an ordinal in digits may start


@dataclass(frozen=True)
class OrdinalWords:
    units: PhraseMatcher  # ordinals up to the thirties: "الرابع", "الحادي والعشرين", "fifth"
    tens: PhraseMatcher  # "والخمسين" after a unit ordinal, or "التسعين" alone
    conjunctions: tuple[str, ...]  # "و" in "الرابع والخمسين"
    digits: re.Pattern[str]  # an ordinal in digits: "الـ90", "21st", or bare "45"
    digits_before: re.Pattern[str]  # the same ending at the end of a search: "5th" in "5th place"


@cache
def ordinal_words(language: str) -> OrdinalWords:
    joins = conjunctions(language)
    # The digits start a word, or follow a conjunction glued to them: "و27 عالميا".
    glued = "".join(f"|(?<={re.escape(join)})" for join in joins if join in proclitics(language))
    # "عامه الـ90", "المركز الـ12", "المرتبة 45", "5th", "21st": the article is group 1, the
    # number group 2, the suffix (numbers.yaml `ordinal_suffixes`) group 3; thousands only
    # before a suffix ("his 2,292nd point", "the 1,000th of his career")
    suffixes = "|".join(map(re.escape, ordinal_suffixes(language))) or "(?!)"
    number = rf"(\d{{1,3}}(?:,\d{{3}})+(?={suffixes})|\d{{1,3}})"
    ordinal_digits = rf"({DEFINITE}\s?)?{number}({suffixes})?"
    return OrdinalWords(
        phrase_matcher(language, "day_ordinals"),
        phrase_matcher(language, "numbers", "tens"),
        joins,
        re.compile(rf"{ordinal_digits}(?!\d)"),
        re.compile(rf"(?:^|(?<=[\s(]){glued}){ordinal_digits}$"),
    )


def _marked(found: re.Match[str], bare_digits: bool) -> bool:
    """Digits are an ordinal with the article or a suffix ("الـ90", "5th"), or bare where the
    word before says so ("المرتبة 45")."""
    return bare_digits or found.group(1) is not None or found.group(3) is not None


def _value(found: re.Match[str]) -> int:
    return int(found.group(2).replace(",", ""))


def ordinal_at(
    text: str, pos: int, words: OrdinalWords, bare_digits: bool = False
) -> tuple[int, int] | None:
    """The ordinal written at folded `pos` and where it ends: "الرابع والخمسين" (54),
    "الحادي والعشرين", "التسعين", "الـ90"."""
    digits = words.digits.match(text, pos)
    if digits is not None:
        return (_value(digits), digits.end()) if _marked(digits, bare_digits) else None
    unit = words.units.at(text, pos)
    if unit is None:
        tens = words.tens.at(text, pos)
        return (int(tens.key), tens.end) if tens is not None else None
    tens = words.tens.at(text, skip_spaces(text, unit.end))
    if (
        int(unit.key) < 10
        and tens is not None
        and text.startswith(words.conjunctions, tens.start, tens.stem)
    ):
        return int(unit.key) + int(tens.key), tens.end
    return int(unit.key), unit.end


def ordinal_ending_at(
    text: str, end: int, words: OrdinalWords, bare_digits: bool = False
) -> tuple[int, int] | None:
    """The ordinal that ends at folded `end` and where it starts: "الخامس" (in "الخامس
    عالميا"), "الحادي والعشرين", "5th" (in "5th place"), "27" (`bare_digits`)."""
    unit = words.units.ending_at(text, end)  # "الحادي والعشرين" is listed whole
    if unit is not None:
        return int(unit.key), unit.start
    tens = words.tens.ending_at(text, end)
    if tens is not None:
        unit = words.units.ending_at(text, back_spaces(text, tens.start))
        joined = text.startswith(words.conjunctions, tens.start, tens.stem)
        if joined and unit is not None and int(unit.key) < 10:
            return int(unit.key) + int(tens.key), unit.start
        return int(tens.key), tens.start
    digits = words.digits_before.search(text, max(0, end - _LONGEST_DIGITS), end)
    if digits is not None and _marked(digits, bare_digits):
        return _value(digits), digits.start()
    return None


def definite_digits_at(text: str, pos: int) -> tuple[int, int] | None:
    """The whole number in digits right after the article at folded `pos` ("الـ24") and where
    it ends."""
    digits = _DEFINITE_DIGITS.match(text, pos)
    if digits is None or text.startswith(_NUMBER_GOES_ON, digits.end()):
        return None
    return int(digits.group(1)), digits.end()
