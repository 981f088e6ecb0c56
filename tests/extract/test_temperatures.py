"""English degrees read by their sentence's words (lexicons/en/unit_contexts.yaml `cues`): a
temperature of no stated scale ("°"), a quake's size on the Richter scale, or nothing; and an
English number in digits before a rank noun is a count, never a rank ("2-Time")."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_in


def _quantities(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.text, c.value, c.unit) for c in claims_in(text, "en") if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ECB+ 13_4ecb and 13_2ecb: one church fire in Alaska, its cold told by two papers
        (
            "Firefighters fought the blaze in temperatures of minus 17 degrees.",
            [("minus 17 degrees", -17.0, "°")],
        ),
        (
            "Firefighters battled for about eight hours in minus-20 degree temperatures to "
            "completely extinguish the blaze that began Friday night.",
            [("about eight hours", 8.0, "hour"), ("minus-20 degree", -20.0, "°")],
        ),
        # QuanTemp test claim: "warmed" says what the degrees measure
        (
            "Earth has not warmed in the last 38 years, warmed by only 1.08 degrees in 150 years",
            [
                ("38 years", 38.0, "year"),
                ("1.08 degrees", 1.08, "°"),
                ("150 years", 150.0, "year"),
            ],
        ),
        # ECB+ 13_4ecb: no unit word, the words before say what the number measures
        (
            "Outside temperatures were minus 20 as firefighters battled the blaze.",
            [("minus 20", -20.0, "°")],
        ),
        # a stated scale is its own unit, as before
        (
            "the weather was warm with temperatures of about 28 degrees Celsius (82 degrees "
            "Fahrenheit).",
            [("about 28 degrees Celsius", 28.0, "°C"), ("82 degrees Fahrenheit", 82.0, "°F")],
        ),
    ],
)
def test_degrees_of_heat_are_a_temperature(sentence, expected):
    assert [
        q for q in _quantities(sentence) if q[2] in ("°", "°C", "°F", "hour", "year")
    ] == expected


def test_degrees_on_the_richter_scale_are_a_magnitude():
    # ECB+ 20_2ecb
    text = (
        "The quake has been followed by frequent aftershocks varying from 2.8 to 3.8 degrees on "
        "the Richter scale on Monday."
    )
    assert [
        (c.text, c.low, c.high, c.unit) for c in claims_in(text, "en") if c.kind == "quantity"
    ] == [("from 2.8 to 3.8 degrees", 2.8, 3.8, "magnitude")]


@pytest.mark.parametrize(
    "sentence",
    [
        # ECB+ 20_2ecb: a place's degrees, no heat
        "The epicenter of the quake was located in an area 55.96 degrees in longitude.",
        # QuanTemp test claim 0558: an angle
        "Airliner flips over 360 degrees during landing in typhoon, pilot saves passengers",
    ],
)
def test_other_degrees_are_no_claim(sentence):
    assert not [c for c in claims_in(sentence, "en") if "degree" in c.text]


def test_digits_before_a_rank_noun_count_it():
    # ECB+ 7_3ecb: twice champion, not the second time of anything
    text = "Wladimir Klitschko easily dismantled former 2-Time Heavyweight Champion, Hasim Rahman."
    assert [
        (c.text, c.value, c.unit, c.ordinal) for c in claims_in(text, "en") if "Time" in c.text
    ] == [("2-Time", 2.0, "times", False)]


def test_a_glued_c_is_degrees_celsius():
    # ECB+ 23_7ecbplus: read as a bare count of -15
    (claim,) = [
        c
        for c in claims_in(
            "Conditions were severe, with poor visibility, strong wind gusts and - 15C "
            "temperatures.",
            "en",
        )
        if c.kind != "date"
    ]
    assert (claim.text, claim.value, claim.unit) == ("- 15C", -15, "°C")
