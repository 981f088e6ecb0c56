"""English times of day (extract/clock_times.py): after a preposition, a time a colon or a mark
of the day's half shows; sentences of ECB+ (the fourteenth pass's fourth draw)."""

import pytest

from tests.extract.by_text import claims_in


def _times(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.text, c.value, c.unit) for c in claims_in(text, "en", None) if c.kind != "date"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 12_3ecbplus: a colon, no mark
        (
            "At about 9 : 25 Thursday morning, navy personnel aboard warship INS Sukanya "
            "spotted a group of five suspicious boats",
            ("about 9 : 25", 565, "clock"),
        ),
        # 12_1ecbplus: a dot, read as a time for its mark
        (
            "At 9.25 a. m. on Thursday, navy personnel aboard warship INS Sukanya",
            ("At 9.25 a. m.", 565, "clock"),
        ),
        # 28_1ecb: past noon already
        (
            "Felt died at 12:45 p.m. at his home in Santa Rosa, Calif.",
            ("at 12:45 p.m.", 765, "clock"),
        ),
        # 18_2ecbplus: an hour alone with its mark, no count of 10
        (
            "when the shooter walked into the office on the building's second floor around 10 "
            "a. m. Monday",
            ("around 10 a. m.", 600, "clock"),
        ),
    ],
)
def test_english_clock_times(sentence, expected):
    assert expected in _times(sentence)


def test_no_time_without_colon_or_mark():
    # 40_5ecbplus: a dot after "at" with no mark of the day's half is no time
    found = _times(
        "the ultra - thin form factor and (with the thick end of the wedge maxing out at 0.68 in "
        "or 17 mm), weighing in at 2.38 pounds"
    )
    assert ("2.38 pounds", 2.38, "lb") in found
    assert all(unit != "clock" for _, _, unit in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ECB+ 12_1ecb, 12_17ecb: four digits and a mark of hours, a military time
        (
            "The Ministry said MV Gibe put out a message at 1100 hours that it was under attack",
            [("at 1100 hours", 660, "clock")],
        ),
        (
            "pirates on a dhow and a smaller boat attacked this merchant ship about 1100 hrs IST",
            [("about 1100 hrs", 660, "clock")],
        ),
        # made up: "for" opens a length of time
        ("He worked for 1100 hours last year.", [("1100 hours", 1100, "hour")]),
    ],
)
def test_a_military_time(sentence, expected):
    assert _times(sentence) == expected
