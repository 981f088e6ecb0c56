"""Holidays on a fixed Gregorian day (lexicons/en/holidays.yaml `fixed`, extract/date_holidays.py)
read as the day they fall on, the year the publication's as of a day and month; a holiday's name
that qualifies a noun or names a campaign is no date."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_in


def _dates(text: str, published: str | None) -> list[tuple[str, str | None]]:
    return [
        (c.text, c.date.start if c.date else None)
        for c in claims_in(text, "en", published)
        if c.kind == "date"
    ]


@pytest.mark.parametrize(
    ("article", "text", "published", "read"),
    [
        (
            "39_1ecbplus",
            "We can't wait to premiere his unique take on the Doctor on Christmas Day and we are "
            "sure he's going to become one of the all - time classic Doctors.",
            "2013-08-04",
            [("Christmas Day", "2013-12-25")],
        ),
        # a week after the game (ECB+ gives no date): the Eve of the year before
        (
            "31_4ecb",
            "Edgar Sosa added 12 points for the Cardinals (10-3, 1-0 Big East), who have won two "
            "in a row since a loss to UNLV on New Year's Eve.",
            "2009-01-07",
            [("New Year's Eve", "2008-12-31")],
        ),
        (
            "19_7ecb",
            "I mean we will not be able to open until Christmas.",
            "2008-12-08",
            [("Christmas", "2008-12-25")],
        ),
        (
            "quantemp-test-0503",
            "Gang initiates planned to kill 30 or more women around Halloween 2008.",
            None,
            [("Halloween 2008", "2008-10-31")],
        ),
    ],
)
def test_fixed_holidays_are_days(
    article: str, text: str, published: str | None, read: list[tuple]
) -> None:
    assert _dates(text, published) == read, article


@pytest.mark.parametrize(
    ("article", "text"),
    [
        (
            "18_9ecb",
            "A former employee walked into a staff Christmas party at an east Vancouver health "
            "products business.",
        ),
        ("13_11ecb", "An appalling effigy of Gov. Palin, part of a Halloween display in a yard."),
        (
            "quantemp-test-2349",
            "Entertainers Kid Rock and Ted Nugent have raised more than $10 million to fight the "
            "War on Christmas.",
        ),
    ],
)
def test_a_holiday_that_qualifies_is_no_date(article: str, text: str) -> None:
    assert _dates(text, "2008-12-08") == [], article
