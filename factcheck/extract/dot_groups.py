"""Whether "20.000" is twenty thousand or twenty: one dot and three digits in Arabic news.

Arabic papers group thousands with a dot as often as they write decimals with one. Read over
the SaudiNewsNet week (259 numbers of this shape), the thing counted decides:
- a count (a counted noun, or nothing) is thousands in all but an index level: "20.000 عبوة
  حليب", "( 439.491 ) مقيمًا", "9.852 ليلة", "22.324 في عام 2010م" (people), against "مؤشر
  الدولار إلى 97.639"; nobody counts a fraction of a parcel.
- a unit or a currency is thousands only when the three digits are "000": "76.000 م2",
  "80.000 متر مكعب", "(50.000) ريال"; other digits are decimals as often as not ("614.196
  طناً" is 204,732 cartons of 3 kg; "2.470 درهم", "1.100 دينار" are share prices).
- a percent, a scale word after it ("1.500 مليار") or a leading zero ("0.538 ريال") is a
  decimal.
The rule is Arabic only (`dot_thousands` in the language's numbers.yaml); English groups with
commas.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.numbers import Number
from factcheck.lang.lexicon import folded_list, load

_ONE_DOT_GROUP = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_LEVEL_REACH = 80  # characters before the number where an index's name stands: "وارتفع مؤشر
# الدولار إلى 97.639 وكان قد سجل يوم الجمعة 98.334"


@cache
def _rule(language: str) -> tuple[bool, tuple[str, ...]]:
    """Whether the language groups thousands with dots, and the words of index levels."""
    rule = load(language, "numbers").get("dot_thousands")
    if not rule:
        return False, ()
    return True, folded_list(language, "numbers", "dot_thousands", "levels_before")


def thousands(text: str, number: Number, kind: str, language: str) -> bool:
    """`number` ("20.000") counts thousands, given the kind of what follows it."""
    grouped, levels = _rule(language)
    if not grouped or len(number.pieces) != 1 or kind == "percent":
        return False
    piece = number.pieces[0]
    if piece.role != "digits" or _ONE_DOT_GROUP.fullmatch(piece.text) is None:
        return False
    if kind != "count":
        return piece.text.endswith(".000")
    before = text[max(0, number.start - _LEVEL_REACH) : number.start]
    return not any(level in before for level in levels)
