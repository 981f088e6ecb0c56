"""A length of time with "ago" after it ("two and a half years ago") is a point in time.

The relative-date finder reads "two years ago" as a date, which outranks the duration the
amounts finder reads in it; it has no reading for a count with a half ("a year and a half
ago"), so the duration would stand alone and be held against real lengths of time. Where the
language writes its "ago" before the count (Arabic "قبل عام ونصف"), the date it reads ("قبل
عام") outranks the duration already.
"""

from __future__ import annotations

from functools import cache

from factcheck.extract.date_lexicon import date_lexicon
from factcheck.lang.phrases import PhraseMatcher, skip_spaces


@cache
def _ago_after(language: str) -> PhraseMatcher | None:
    """The words after a count that date it from publication ("ago", "from now"), if the
    language writes them after the count."""
    lexicon = date_lexicon(language)
    if lexicon.direction_after:
        return None
    return PhraseMatcher(((word, True) for word in (*lexicon.ago, *lexicon.later)), language)


def said_ago(text: str, end: int, language: str) -> bool:
    """Whether "ago" (or "from now") follows the length of time ending at folded `end`."""
    matcher = _ago_after(language)
    return matcher is not None and matcher.at(text, skip_spaces(text, end)) is not None
