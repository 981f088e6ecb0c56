"""A half said after a unit of time: "37 عاما ونصف العام" is 37.5 years, "4 سنوات ونصف" 4.5."""

from __future__ import annotations

from factcheck.lang.phrases import phrase_matcher, skip_spaces


def half_end(text: str, end: int, language: str) -> int | None:
    """Where the half said right after folded `end` (a unit of time's) ends, if one is."""
    hit = phrase_matcher(language, "durations", "half_after").at(text, skip_spaces(text, end))
    return hit.end if hit is not None else None
