"""What two claims of articles in different languages share, where their words cannot be
compared: the language-neutral keys their sentences name (places of the gazetteer, events,
concepts) and the other figures they state. "killed 2,946 people and injured more than 5,600"
and "مقتل 2946 شخصا وإصابة أكثر من 5600 آخرين" share the injured and 5600.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from factcheck.align.digit_figures import figures_in
from factcheck.align.intervals import significant_unit
from factcheck.extract.context import named_keys

if TYPE_CHECKING:
    from factcheck.align.features import Features


def across(a: Features, b: Features) -> bool:
    """The two claims' articles are in different languages (both known)."""
    x, y = a.language, b.language
    return bool(x) and bool(y) and x != y


def neutral_similarity(a: Features, b: Features) -> float:
    """How much of the fewer neutral keys the two sentences share, 0-100, as fuzzy matching
    scores words; a stated value of three significant digits or a fraction ("11.7 billion",
    "2,946") said in both is the same statement already."""
    if _distinctive(a) and _distinctive(b) and a.claim.value == b.claim.value:
        return 100.0
    x, y = neutral(a), neutral(b)
    if not x or not y:
        return 0.0
    return 100.0 * len(x & y) / min(len(x), len(y))


def shared_neutral(a: Features, b: Features) -> tuple[int, int]:
    """(keys shared, keys of the one with fewer): topic words for a pair across languages."""
    x, y = neutral(a), neutral(b)
    return len(x & y), min(len(x), len(y))


def neutral(item: Features) -> frozenset[str]:
    if item._neutral is None:
        claim = item.claim
        sentence = claim.sentence
        at = claim.in_sentence
        others = sentence[:at] + " " + sentence[at + len(claim.text) :] if at >= 0 else sentence
        item._neutral = named_keys(sentence, item.language) | {
            f"figure:{number}" for number in figures_in(others)
        }
    return item._neutral


def _distinctive(item: Features) -> bool:
    """A value of three significant digits or more, or of two with a fraction ("5.2"): rarely
    said of two things in one story."""
    value = item.claim.value
    if not value or item.claim.qualifier == "vague":
        return False
    unit = significant_unit(value)
    digits = math.floor(math.log10(abs(value))) - round(math.log10(unit)) + 1
    return digits >= 3 or (unit < 1 and digits >= 2)
