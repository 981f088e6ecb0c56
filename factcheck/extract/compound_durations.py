"""A length of time said in two units: "طفلة تبلغ من العمر (سنة وسبعة أشهر)" is 19 months. One
of the larger unit (durations.yaml `singulars`: "سنة", "ساعة") stands right before the number
of the smaller, joined by the number words' conjunction, glued or apart ("سنة و سبعة أشهر")."""

from __future__ import annotations

import re

from factcheck.extract.number_words import conjunctions, number_words
from factcheck.extract.units import days_in, unit_matcher
from factcheck.lang.clitics import DEFINITE
from factcheck.lang.lexicon import folded_list
from factcheck.lang.phrases import back_spaces, phrase_matcher


def larger_unit_before(text: str, start: int, unit: str, language: str) -> tuple[int, int] | None:
    """Where the one larger unit said before the number of `unit` at folded `start` begins, and
    how many of `unit` it lasts (a year is 12 months, an hour 60 minutes); None when none is.
    Where the language counts the larger unit too (durations.yaml `counted_larger`), its count
    right before: "Total downtime was 1hr 4 mins" is 64 minutes."""
    small = days_in(unit)
    joins = conjunctions(language)
    if small is None or not joins:
        return None
    counted_larger = _counted_larger_before(text, start, small, language)
    if counted_larger is not None:
        return counted_larger
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


# the number before a counted larger unit: "1hr", "2 hours"
_COUNT_BEFORE = re.compile(r"(?<![\d.,])(\d{1,3})\s?$")
_COUNT_REACH = 5


def _counted_larger_before(
    text: str, start: int, small: float, language: str
) -> tuple[int, int] | None:
    """ "1hr 4 mins", "2 hours and 15 minutes", "12 minutes, 31 seconds": a count in digits of
    a larger unit of time right before the number of the smaller (of `small` days), joined by
    nothing, a comma or a word of `counted_larger`; where it starts and how many of the
    smaller it lasts."""
    words = folded_list(language, "durations", "counted_larger")
    if not words:
        return None
    edge = back_spaces(text, start)
    if edge > 0 and text[edge - 1] == ",":
        edge = back_spaces(text, edge - 1)
    else:
        join = next((w for w in words if text.endswith(w, 0, edge)), None)
        if join is not None and edge - len(join) > 0 and text[edge - len(join) - 1] == " ":
            edge = back_spaces(text, edge - len(join))
    larger = unit_matcher(language).ending_at(text, edge)
    if larger is None or larger.key[0] != "quantity":
        return None
    large = days_in(larger.key[1])
    edge = back_spaces(text, larger.start)
    # a window of the count's few digits, not the text from its start (a scan per duration)
    count = _COUNT_BEFORE.search(text, max(0, edge - _COUNT_REACH), edge)
    if large is None or large <= small or count is None:
        return None
    return count.start(1), int(count.group(1)) * round(large / small)
