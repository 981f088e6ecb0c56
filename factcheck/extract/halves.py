"""A half said after a unit of time: "37 عاما ونصف العام" is 37.5 years, "4 سنوات ونصف" 4.5."""

from __future__ import annotations

from functools import cache

from factcheck.lang.lexicon import load
from factcheck.lang.phrases import PhraseMatcher, skip_spaces


@cache
def _matcher(language: str) -> PhraseMatcher:
    words = load(language, "durations").get("half_after") or ()
    return PhraseMatcher(((word, True) for word in words), language)


def half_end(text: str, end: int, language: str) -> int | None:
    """Where the half said right after folded `end` (a unit of time's) ends, if one is."""
    hit = _matcher(language).at(text, skip_spaces(text, end))
    return hit.end if hit is not None else None
