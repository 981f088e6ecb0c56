"""Words of change before two numbers: "rose from 65 to 125" states two levels, not a range.

After a verb or noun of change (lexicons/*/cues.yaml `levels.changes`), "from X to Y" and "X to
Y" are the level left and the level reached, or the change's amount and the level reached
("زاد 1.09 دولار إلى 44.96 دولار"); "between X and Y" stays a range ("rose to between 20 and
30"), and so do a change's amount ("lowered by 20 to 30 percent", "بزيادة قدرها من 15 إلى 25%")
and "X to Y" with no change before it ("aged 18 to 25").
"""

from __future__ import annotations

from functools import cache

from factcheck.extract.qualifiers import before_matcher
from factcheck.extract.units import of_dimension
from factcheck.lang.lexicon import folded_words, load
from factcheck.lang.phrases import PhraseMatcher, back_spaces, word_ends_in_clause

# "ارتفع عدد ركاب القطار من", "increased the number of seats from": the change word stands at
# most this many words before the pair, in its clause; a verb before a long subject too:
# "وتراجعت احتياطيات النقد الأجنبي في الجزائر 19.02 مليار دولار إلى 159.9 مليار دولار" states
# the fall and the level, no range (SaudiNewsNet 2015-08-10-1249)
_CHANGE_WORDS = 7
_REACH = 100  # characters: further than seven words reach
_GAP = 2  # spaces between the amount word and the pair


@cache
def level_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The folded words before the level a change left ("from") and the one it reached ("to")."""
    return (
        folded_words(language, "cues", "levels", "from"),
        folded_words(language, "cues", "levels", "to"),
    )


@cache
def _levels(language: str) -> tuple[PhraseMatcher, PhraseMatcher, frozenset[str], frozenset[str]]:
    levels = load(language, "cues").get("levels") or {}
    return (
        PhraseMatcher.from_mapping(levels.get("changes") or {}, language),
        PhraseMatcher.of_surfaces(levels.get("amount"), language),
        *level_words(language),
    )


@cache
def _measure_nouns(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Change words that also name a measure, and the units of the measures they name
    (cues.yaml `levels.measure_nouns`)."""
    nouns = (load(language, "cues").get("levels") or {}).get("measure_nouns") or {}
    units = frozenset().union(*(of_dimension(name) for name in nouns.get("dimensions") or ()))
    return folded_words(language, "cues", "levels", "measure_nouns", "words"), units


def states_levels(
    text: str, start: int, opener: str | None, join: str, language: str, unit: str | None = None
) -> bool:
    """Whether the pair at `start` (its opener's or its first number's start, in folded
    `text`), opened by `opener` and joined by `join`, is a change's two figures; `unit`: the
    pair's unit ("ارتفاع الموج من 3 إلى 5 أمتار" is the waves' height, a range)."""
    matcher, amount, left, reached = _levels(language)
    if join not in reached or (opener is not None and opener not in left):
        return False
    # "lowered by 20 to 30 percent", "ارتفع بنسبة 10 إلى 15 في المائة" (its unit before it):
    # the change's amount
    before = back_spaces(text, start, _GAP)
    qualifier = before_matcher(language).ending_at(text, before)
    if qualifier is not None:  # "تنخفض بنسب تفوق 10 الى 15 بالمئة"
        before = back_spaces(text, qualifier.start, _GAP)
    if amount.ending_at(text, before) or amount.at(text, start):
        return False
    ends = word_ends_in_clause(text, start, _REACH)
    changes = [matcher.ending_at(text, end) for end in ends[-_CHANGE_WORDS:]]
    found = [change for change in changes if change is not None]
    words, measured = _measure_nouns(language)
    return bool(found) and (
        unit not in measured or any(text[hit.stem : hit.end] not in words for hit in found)
    )


def reached_by_change(text: str, start: int, language: str) -> bool:
    """Whether the figure at folded `start` is the level a change verb right before it reached:
    "rose to 41", "has climbed to 41" (its subject, what the figure counts, may stand far back:
    "The death toll from Saturday's magnitude 6.1 earthquake rose to 41")."""
    matcher, _, _, reached = _levels(language)
    before = back_spaces(text, start, _GAP)
    word = text[max(0, before - _REACH) : before].rsplit(" ", 1)[-1]
    if word not in reached:
        return False
    return matcher.ending_at(text, back_spaces(text, before - len(word), _GAP)) is not None
