"""A car's model year is no date: "a 2008 GMC Sierra", "فورد توروس موديل 2015"."""

import pytest

from factcheck.extract import extract_document
from factcheck.models import Document


def dates(text: str, language: str) -> list[str]:
    document = Document(id="t", path="t", language=language, published="2015-08-08", body=text)
    return [c.text for c in extract_document(document) if c.kind == "date"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # ECB+ 35_2ecb
        ("'' Jackson was driving a 2008 GMC Sierra registered to him, Baehr said.", "en"),
        # ECB+ 21_3ecbplus: a colour between the article and the year
        (
            "She was struck by a gray 2013 Toyota Camry heading north on 117th St.",
            "en",
        ),
        # SaudiNewsNet snn-2015-08-08-0698
        ("وهي جائزة مالية وسيارة فورد توروس موديل 2015.", "ar"),
    ],
)
def test_a_model_year_is_no_date(text, language):
    assert dates(text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # made up: a maker's name after a year that a preposition dates stays a date
        ("In 2008 Ford cut 10,000 jobs.", ["2008"]),
        # ECB+ 35_4ecb's year is still read where it dates something
        ("Williams signed with the Chiefs in 2008.", ["2008"]),
    ],
)
def test_a_year_before_a_maker_after_a_preposition_is_a_date(text, expected):
    assert dates(text, "en") == expected
