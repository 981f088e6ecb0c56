"""A length of time with "ago" after it ("two and a half years ago") is a point in time.

The relative-date finder reads "two years ago" and "a year and a half ago" as dates, which
outrank the durations the amounts finders read in them; it has no reading for a half inside
the count ("two and a half years ago") nor for a unit it does not date by ("an hour and a half
ago"), so the duration would stand alone and be held against real lengths of time. Where the
language writes its "ago" before the count (Arabic "قبل عام ونصف"), the date it reads
outranks the duration already.
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
    return PhraseMatcher.of_surfaces((*lexicon.ago, *lexicon.later), language)


def said_ago(text: str, end: int, language: str) -> bool:
    """Whether "ago" (or "from now") follows the length of time ending at folded `end`."""
    matcher = _ago_after(language)
    return matcher is not None and matcher.at(text, skip_spaces(text, end)) is not None
