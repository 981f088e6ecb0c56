"""Which side of a fight a toll counts: the soldiers' dead or the attackers'.

One event's report gives each side its toll ("«خمسة قتلى وجريحين اثنين» من القوات المسلحة
المالية و«قتيلين» من المهاجمين"): two counts of one concept, place and day that are two
quantities. The side is named right after the toll by a bridge and a noun of
lexicons/*/sides.yaml, or is the count's own concept ("خمسة جنود"); a toll that names none
("قتيلين وثلاثة جرحى في صفوفهم") may be either side's.
"""

from __future__ import annotations

from functools import cache

from factcheck.extract.number_words import conjunctions, number_words
from factcheck.lang.lexicon import load
from factcheck.lang.phrases import PhraseMatcher, phrase_matcher
from factcheck.lang.tokens import COMMAS, LETTERS, WORD

# "قتيلين وثلاثة جرحى في صفوف": the tolls of one side listed before it is named
_REACH_WORDS = 4
_PUNCTUATION = "\"'«»“”()[]" + COMMAS


class _Sides:
    def __init__(self, language: str) -> None:
        data = load(language, "sides")
        self.of_concept = {
            concept: side
            for side, concepts in (data.get("concepts") or {}).items()
            for concept in concepts
        }
        self.tolls = frozenset(data.get("tolls") or ())
        self.bridges = phrase_matcher(language, "sides", "bridges")
        self.sides: PhraseMatcher = phrase_matcher(language, "sides", "sides")


@cache
def _sides(language: str) -> _Sides:
    return _Sides(language)


@cache
def side_concepts(language: str) -> frozenset[str]:
    """The concepts that are a side's own people (troops, police, militants, civilians)."""
    return frozenset(_sides(language).of_concept)


def side_of(
    concept: str | None, folded: str, end: int, limit: int, bare: list[int], language: str
) -> str | None:
    """The side a count of `concept` ending at `end` of the folded sentence counts, named
    before `limit` (its clause's end). `bare`: where the sentence's counts of no noun start
    (folded offsets); a side named after one of those is its own ("قتل 12 شخصا و5 من القوات":
    the five are the forces, not the twelve), while tolls of their own noun
    list one side's ("قتيلين وثلاثة جرحى في صفوف القوات")."""
    sides = _sides(language)
    if concept in sides.of_concept:
        return sides.of_concept[concept]
    if concept is not None and concept not in sides.tolls:
        return None
    previous = ""
    for count, word in enumerate(WORD.finditer(folded, end, limit)):
        if count >= _REACH_WORDS:
            break
        letter = LETTERS.search(word.group())
        if letter is not None:
            at = word.start() + letter.start()
            bridge = sides.bridges.at(folded, at)
            named = None if bridge is None else sides.sides.at(folded, bridge.end + 1)
            if named is not None:
                if any(end <= other < at for other in bare) or _joined_number(previous, language):
                    return None
                return named.key
        previous = word.group()
    return None


def _joined_number(word: str, language: str) -> bool:
    """A number of its own before the bridge: digits ("بينهم 5 من الجنود", "و5 من"), or a
    number word glued to a conjunction ("وخمسة من القوات"); not "«خمسة قتلى وجريحين اثنين» من
    القوات", whose "two" is the noun's adjective."""
    word = word.strip(_PUNCTUATION)
    numbers = number_words(language)
    for conjunction in ("", *conjunctions(language)):
        if word.startswith(conjunction) and len(word) > len(conjunction):
            rest = word[len(conjunction) :]
            if rest[0].isdigit() or (conjunction and numbers.starts_a_number(rest, 0)):
                return True
    return False
