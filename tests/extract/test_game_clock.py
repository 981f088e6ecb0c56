"""A game clock's reading before the time-left word is that time in seconds, of the game clock's
scope: the quantity "7 minutes 41 seconds to go" states (en/scores.yaml `game_clock`)."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_in, findings_between


def clock_readings(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(c.text, c.value, c.unit, c.scope) for c in claims_in(text, "en") if c.unit == "second"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ 31_12ecb
        (
            "With 7:42 left in the first half at the Smith Center, Hansbrough muscled around"
            " Purple Aces forwards James Haarsma and Pieter van Tongeren to bank in a shot off"
            " the glass and score his 10th point of the game and 2,292nd point of his career.",
            [("7:42", 462, "second", "clock")],
        ),
        # ECB+ 29_4ecb
        (
            "On their next drive, with 4:48 remaining in the game, Garrard threw an interception"
            " to defensive back Keiwan Ratliff, who returned the pick 35 yards for a touchdown.",
            [("4:48", 288, "second", "clock")],
        ),
        # ECB+ 31_7ecbplus: wire text spaces the colon
        (
            "McDermott broke Rodney Buford ’ s school scoring record of 2, 116 points with a free"
            " throw with 4 : 43 to play in the first half.",
            [("4 : 43", 283, "second", "clock")],
        ),
        # ECB+ 12_6ecbplus: a time of day, no time left
        (
            "she was sailing through the IRTC (Internationally Recognised Transit Corridor) when,"
            " at about 9 : 25 in the morning of 10th Nov, she detected a group of five suspicious"
            " skiffs",
            [],
        ),
    ],
)
def test_a_game_clock_reading_is_the_time_left(text, expected):
    assert clock_readings(text) == expected


def test_one_moment_told_two_ways_agrees():
    """ECB+ 29_1ecb and 29_4ecb: one interception's moment in minutes and seconds and on the
    clock; two moments of one game (31_6ecb's tie at 14:05 and record at 7:41) stay apart."""
    found = findings_between(
        "Indianapolis (11-4) took its first lead of the game when Keiwan Ratliff intercepted a"
        " pass from David Garrard and returned it 35 yards for a touchdown and a 31-24 lead with"
        " 4 minutes 48 seconds remaining.",
        "On their next drive, with 4:48 remaining in the game, Garrard threw an interception to"
        " defensive back Keiwan Ratliff, who returned the pick 35 yards for a touchdown.",
        language="en",
        published="2008-12-19",
    )
    assert ("agreement", "4 minutes 48 seconds", "4:48") in found
    moments = findings_between(
        "Hansbrough, who needed nine points coming in, tied Ford on a jumper from the left wing"
        " with 14:05 left in the first half.",
        "He set the record by muscling in a bank shot over two defenders with 7:41 to go.",
        language="en",
        published="2008-12-19",
    )
    assert not [found for found in moments if "14:05" in found]
