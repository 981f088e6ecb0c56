"""Elapsed durations: how long an ongoing event has lasted so far ("after four days of riots",
"بعد خمسة أيام من الاحتجاجات"). Such a length grows from one report to the next, so two that
differ are an update, not a conflict; the claim's note says so and rule FC104 reads it.

The cue words stand right before the figure (its qualifier included) and right after its unit,
where the amounts finder read it: no scan of the document.
"""

from __future__ import annotations

from functools import cache

from factcheck.lang.lexicon import load
from factcheck.lang.phrases import PhraseMatcher, back_spaces, skip_spaces

ELAPSED = "elapsed: how long an ongoing event has lasted so far; it grows between reports"


@cache
def _frames(language: str) -> tuple[tuple[PhraseMatcher, PhraseMatcher], ...]:
    return tuple(
        (PhraseMatcher([(before, True)], language), PhraseMatcher([(after, True)], language))
        for before, after in load(language, "durations").get("elapsed") or ()
    )


def is_elapsed(text: str, start: int, end: int, language: str) -> bool:
    """Whether the duration at folded [start, end), its unit included, is an elapsed one."""
    before, after = back_spaces(text, start), skip_spaces(text, end)
    return any(
        opening.ending_at(text, before) is not None and closing.at(text, after) is not None
        for opening, closing in _frames(language)
    )
