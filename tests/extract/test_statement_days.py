"""A day told right after a verb of saying, at its sentence's end, or in the clause of news of
an event, is the day of the statement or of the news, not a day of what it tells
(attribution.yaml `source_precedes`, date_words.yaml `news_of`; extract/context.py)."""

from __future__ import annotations

from tests.extract.by_text import claims_in, findings_between

# ECB+ 1_8ecbplus and 1_6ecbplus, both of 3 May 2013
_SAID = (
    "The actress, however, has since checked in to a different rehab but will not face a "
    "probation violation for leaving another treatment facility after a few minutes, a "
    "prosecutor said Friday."
)
_CHECKED_IN = (
    "Early Friday morning, around 1 : 30 a. m., the 26 - year - old actress checked into Betty "
    "Ford Center in Rancho Mirage, Calif."
)


def _days(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.subject) for c in claims_in(text, "en") if c.kind == "date"]


def test_a_statements_day_is_no_day_of_what_it_tells():
    assert _days(_SAID) == [("Friday", "statement")]
    assert _days(_CHECKED_IN) == [("Friday", "treatment")]
    held = findings_between(_SAID, _CHECKED_IN, language="en", published="2013-05-03")
    assert not [finding for finding in held if "Friday" in finding]


def test_a_day_with_more_said_after_it_is_read_as_before():
    # ECB+ 1_2ecb: "said Friday that" is as often the day of what follows
    text = (
        "Jack Ketsoyan said Friday that the \"American Pie '' star went to the Promises "
        "Treatment Center."
    )
    assert _days(text) != [("Friday", "statement")]


def test_two_statements_of_one_day_agree():
    # ECB+ 16_1ecb, 16_2ecb: the arrests told by police and by officials on one Saturday (the
    # corpus gives no date; any publication day reads the two Saturdays alike)
    held = findings_between(
        "Two possible gang members are under arrest for the assassination-style murder of a Los "
        "Angeles County sheriff's deputy outside his house in a gang-plagued section of the "
        "city last summer, police said Saturday.",
        "Two possible gang members were arrested in the fatal shooting of a sheriff's deputy "
        "who was murdered as he was gettingready to go to work, officials announced Saturday.",
        language="en",
        published="2008-12-13",
    )
    assert ("agreement", "Saturday", "Saturday") in held


def test_the_day_news_of_an_event_spread_is_the_news_day():
    # ECB+ 4_8ecbplus and 4_10ecbplus: the death and the news of it, one Thursday
    news = "As news of her death spread Thursday, pinup shots of her circulated on Twitter."
    death = (
        "Williams died early Thursday in her sleep, according to her longtime publicist Harlan"
        " Boll."
    )
    assert _days(news) == [("Thursday", "statement")]
    assert _days(death) == [("Thursday", "death")]
    held = findings_between(news, death, language="en", published="2013-06-06")
    assert not [finding for finding in held if "Thursday" in finding]
