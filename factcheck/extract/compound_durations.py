"""A length of time said in two units: "طفلة تبلغ من العمر (سنة وسبعة أشهر)" is 19 months. One
of the larger unit (durations.yaml `singulars`: "سنة", "ساعة") stands right before the number
of the smaller, joined by the number words' conjunction, glued or apart ("سنة و سبعة أشهر")."""

from __future__ import annotations

from factcheck.extract.number_words import conjunctions, number_words
from factcheck.extract.units import days_in
from factcheck.lang.clitics import DEFINITE
from factcheck.lang.phrases import back_spaces, phrase_matcher


def larger_unit_before(text: str, start: int, unit: str, language: str) -> tuple[int, int] | None:
    """Where the one larger unit said before the number of `unit` at folded `start` begins, and
    how many of `unit` it lasts (a year is 12 months, an hour 60 minutes); None when none is."""
    small = days_in(unit)
    joins = conjunctions(language)
    if small is None or not joins:
        return None
    edge = start
    glued = next((join for join in joins if text.startswith(join, start)), None)
    if glued is not None:  # "وسبعة أشهر": the number reader took the conjunction in
        edge = back_spaces(text, start)
    else:
        before = back_spaces(text, start)
        join = next((j for j in joins if text.endswith(j, 0, before)), None)
        if join is None or (before - len(join) > 0 and text[before - len(join) - 1].isalpha()):
            return None
        edge = back_spaces(text, before - len(join))
    larger = phrase_matcher(language, "durations", "singulars").ending_at(text, edge)
    if larger is None or DEFINITE in text[larger.start : larger.stem]:
        return None  # "هذه السنة و3 أشهر": a named year, then three months
    counted = back_spaces(text, larger.start)
    if counted > 0 and (
        text[counted - 1].isdigit() or number_words(language).matcher.ending_at(text, counted)
    ):
        return None  # "14 ساعة وخمس دقائق": the hours are counted, not one
    large = days_in(larger.key)
    if large is None or large <= small:
        return None
    return larger.start, round(large / small)
