"""Qualifier cues around a number and the interval each implies (contract: low/high)."""

from __future__ import annotations

from functools import cache

from factcheck.lang.lexicon import load
from factcheck.lang.normalize import fold_word
from factcheck.lang.phrases import PhraseMatcher, phrase_matcher


@cache
def before_matcher(language: str) -> PhraseMatcher:
    return phrase_matcher(language, "qualifiers", "before")


@cache
def after_matcher(language: str) -> PhraseMatcher:
    return phrase_matcher(language, "qualifiers", "after")


@cache
def opens_next(language: str) -> frozenset[str]:
    """The after-cues that a number right after them takes (qualifiers.yaml `opens_next`)."""
    return frozenset(fold_word(cue) for cue in load(language, "qualifiers").get("opens_next") or ())


@cache
def spreads(language: str) -> frozenset[str]:
    """Before-cues that, right after a length of time, spread it over the next one
    (qualifiers.yaml `spread_over`): "40 hours over four days" lasted four days, not more."""
    return frozenset(
        fold_word(cue) for cue in load(language, "qualifiers").get("spread_over") or ()
    )


@cache
def range_open_matcher(language: str) -> PhraseMatcher:
    return phrase_matcher(language, "qualifiers", "range_open")


@cache
def range_joins(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The joins that need an opening word ("بين X و Y"), and those that do not ("10-20")."""
    data = load(language, "qualifiers")
    return (
        frozenset(fold_word(word) for word in data["range_join"]),
        frozenset(fold_word(word) for word in data["range_join_alone"]),
    )


@cache
def _approx_width() -> float:
    return float(load("common", "qualifiers")["approx_width"])


def interval(qualifier: str, value: float) -> tuple[float | None, float | None]:
    """The low/high a qualifier implies for a stated value; None is an open end."""
    if qualifier == "approx":
        width = abs(value) * _approx_width()
        return value - width, value + width
    if qualifier in ("gt", "ge"):
        return value, None
    if qualifier in ("lt", "le"):
        return None, value
    return value, value
