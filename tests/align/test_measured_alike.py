"""Measures of one value whose sentences state another measure of one value too describe one
thing, however unlike their words (align/pairs.py `_measured_alike`)."""

from __future__ import annotations

from tests.extract.by_text import findings_between

# ECB+ 3_2ecbplus, 3_6ecbplus: the escaped inmate's height and weight, told two ways
_DESCRIBED = (
    "Described as a 6 - feet tall and weighing approximately 200 pounds, Lyons warned that "
    "Comeaux knows the area where he escaped.",
    "Comeaux, a 6 - foot, 200 - pound black male, was serving a life sentence for crimes he "
    "committed in three Texas counties.",
)


def test_a_height_and_a_weight_told_together_agree():
    held = findings_between(*_DESCRIBED, language="en", published="2009-12-01")
    assert ("agreement", "6 - feet", "6 - foot") in held
    assert ("agreement", "200 - pound", "approximately 200 pounds") in held


def test_a_height_told_alone_is_not_joined_so():
    # our own cut of 3_6ecbplus's sentence, its weight left out (no corpus sentence gives the
    # height alone): nothing but the 6 feet joins them, too unlike for the gate
    alone = _DESCRIBED[1].replace(" 200 - pound", "")
    held = findings_between(_DESCRIBED[0], alone, language="en", published="2009-12-01")
    assert not [finding for finding in held if "6 - foot" in finding]
