"""Qualifier cues around a number and the interval each implies (contract: low/high)."""

from __future__ import annotations

import re
from functools import cache

from factcheck.lang.clitics import DEFINITE, glued_conjunctions
from factcheck.lang.lexicon import folded_list, folded_words, load
from factcheck.lang.normalize import fold_word
from factcheck.lang.phrases import (
    PhraseMatcher,
    phrase_matcher,
    skip_spaces,
    word_ends_in_clause,
)


@cache
def before_matcher(language: str) -> PhraseMatcher:
    return phrase_matcher(language, "qualifiers", "before")


# Words a verb of comparison may stand before its figure, its subject between them.
_SUBJECT_WORDS = 9


def verb_before_subject(text: str, start: int, language: str) -> str | None:
    """The qualifier of a verb of comparison before the subject of a figure at `start`:
    "لم تتجاوز نسبة الدين العام إلى الناتج المحلي الإجمالي 48 في المائة" (at most 48),
    "تجاوز العدد في درعا 540" (qualifiers.yaml `before_subject`)."""
    verbs = _subject_verbs(language)
    window = text[max(0, start - _SUBJECT_REACH) : start]
    if verbs is None or verbs.search(window) is None:  # the cheap test first: most figures
        return None
    if text.startswith(_glued_gaps(language), start):
        return None  # "وتجاوز الفريق منافسه بثلاثة أهداف": by three, a gap
    ends = word_ends_in_clause(text, start, _SUBJECT_REACH)
    matcher = phrase_matcher(language, "qualifiers", "before_subject")
    for end in reversed(ends[-_SUBJECT_WORDS:]):
        hit = matcher.ending_at(text, end)
        if hit is not None and text[hit.start : hit.stem] in _conjunctions(language):
            # a subject of two words at least: "يتجاوز عمرها 100 عام", "تجاوز حاجز الـ60 دولار"
            # are the cues' own figures (before_matcher's), or left as said
            subject = [word for word in text[hit.end : start].split() if word != DEFINITE]
            return hit.key if len(subject) >= 2 else None
    return None


_SUBJECT_REACH = 100  # characters: further than nine words reach


@cache
def _subject_verbs(language: str) -> re.Pattern[str] | None:
    cues = load(language, "qualifiers").get("before_subject") or {}
    forms = sorted({fold_word(w) for words in cues.values() for w in words}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, forms))) if forms else None


@cache
def _conjunctions(language: str) -> frozenset[str]:
    """What may be glued to such a verb: nothing, or "و" ("وتجاوز"); not "ل", which makes it
    a purpose ("لتجاوز شروط التمويل": to get round the terms)."""
    cues = load(language, "qualifiers").get("before_subject_clitics") or ()
    return frozenset({"", *(fold_word(cue) for cue in cues)})


@cache
def _glued_gaps(language: str) -> tuple[str, ...]:
    return folded_list(language, "qualifiers", "before_subject_gaps")


@cache
def after_matcher(language: str) -> PhraseMatcher:
    return phrase_matcher(language, "qualifiers", "after")


@cache
def opens_next(language: str) -> frozenset[str]:
    """The after-cues that a number right after them takes (qualifiers.yaml `opens_next`)."""
    return folded_words(language, "qualifiers", "opens_next")


@cache
def particles(language: str) -> dict[str, frozenset[str]]:
    """Each before-cue that is the particle of a verb before it, with those verbs (folded;
    qualifiers.yaml `particle_after`): "went up to" reached a level, no ceiling."""
    listed = load(language, "qualifiers").get("particle_after") or {}
    return {
        " ".join(fold_word(word) for word in cue.split()): frozenset(map(fold_word, verbs))
        for cue, verbs in listed.items()
    }


@cache
def spreads(language: str) -> frozenset[str]:
    """Before-cues that, right after a length of time, spread it over the next one
    (qualifiers.yaml `spread_over`): "40 hours over four days" lasted four days, not more."""
    return folded_words(language, "qualifiers", "spread_over")


@cache
def range_open_matcher(language: str) -> PhraseMatcher:
    return phrase_matcher(language, "qualifiers", "range_open")


@cache
def range_openers(language: str) -> frozenset[str]:
    """The words that open a range: "between", "from", "بين", "من"."""
    return folded_words(language, "qualifiers", "range_open")


@cache
def range_joins(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The joins that need an opening word ("بين X و Y"), and those that do not ("10-20")."""
    return (
        folded_words(language, "qualifiers", "range_join"),
        folded_words(language, "qualifiers", "range_join_alone"),
    )


@cache
def bare_range_joins(language: str) -> frozenset[str]:
    """The joins of a range whose first end may have no unit of its own ("two or three
    people"; qualifiers.yaml `range_join_bare`): between two amounts each with its unit they
    join options ("a 128GB or 256GB drive")."""
    return folded_words(language, "qualifiers", "range_join_bare")


@cache
def _longest_first(joins: frozenset[str]) -> tuple[str, ...]:
    """The joins in a fixed order, the longer first: "- to" before "-", whatever the set's
    order in this process."""
    return tuple(sorted(joins, key=lambda join: (-len(join), join)))


def range_join_at(
    text: str, pos: int, language: str, *, dashes: bool, glued: bool
) -> tuple[str, int] | None:
    """The join at `pos` before a range's other end that needs no opening word (`range_joins`
    alone: "إلى", "حتى", "-") and where the word after it starts; None: no such join. Each
    reader says what it takes: `dashes`, a join of no letters ("-", "- to") too; `glued`, a
    one-letter conjunction glued before the join ("وحتى")."""
    if glued and text[pos : pos + 1] in glued_conjunctions():
        pos += 1
    for join in _longest_first(range_joins(language)[1]):
        if (dashes or join.isalpha()) and text.startswith(join + " ", pos):
            return join, skip_spaces(text, pos + len(join))
    return None


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
