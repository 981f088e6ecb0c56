"""A language's date shapes, in the order that settles two shapes matching at one place, and the
words a date can start with: what dates.py matches and what the document's one pass of
lexicons (document_words) looks for, so that neither imports the other."""

from __future__ import annotations

from functools import cache

from factcheck.extract import (
    date_absolute,
    date_holidays,
    date_month_days,
    date_relative,
    date_weekdays,
    hijri,
)
from factcheck.extract.date_lexicon import date_lexicon
from factcheck.extract.date_shapes import Shape


@cache
def shapes(language: str) -> list[Shape]:
    lexicon = date_lexicon(language)
    return [
        *hijri.shapes(lexicon),
        *date_holidays.shapes(lexicon),
        # before "الثلاثاء الثالث من سبتمبر" is read as the 3rd: it may be the third Tuesday
        *date_month_days.shapes(lexicon)[:1],
        *date_absolute.shapes(lexicon),
        # before the year: "the 1950s" is a decade
        date_absolute.decade_shape(lexicon),
        date_absolute.century_shape(lexicon),
        # before the relative shapes: "العام 2003" is a year, "العام الماضي" a relative one
        date_absolute.year_span_shape(lexicon),
        date_absolute.year_shape(lexicon),
        # before the relative shapes: "الجمعة من الأسبوع المقبل" is one date, not two
        *date_weekdays.shapes(lexicon),
        # before the relative shapes: "اليوم الثالث من شهر عشرة" is no "today"
        *date_month_days.shapes(lexicon)[1:],
        *date_relative.shapes(lexicon),
    ]


@cache
def start_words(language: str) -> dict[str, frozenset[str]]:
    """Each word a date shape can begin with (DateLexicon.starts), with its kinds of word."""
    used = {kind for shape in shapes(language) for kind in shape.starts}
    kinds: dict[str, set[str]] = {}
    for kind, words in date_lexicon(language).starts().items():
        if kind in used:
            for word in words:
                kinds.setdefault(word, set()).add(kind)
    return {word: frozenset(word_kinds) for word, word_kinds in kinds.items()}
