"""A house's number before a street's name and noun names a house (extract/addresses.py,
counts.yaml `streets`), and a telephone number calls one (extract/addresses.py
`phone_number`): no amount, no year."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ECB+ 32_5ecb, 21ecb: a house's number names no year and counts nothing
        ("Gomes was arrested late Tuesday night at 2088 Philip Street.", ["Tuesday"]),
        (
            "outside the store, located at 200 West American Boulevard, around 7 p.m.",
            ["around 7 p.m."],
        ),
        # a year after a preposition of time stays one; made up, a street named after it
        ("In 2008 Wall Street lost its nerve.", ["2008"]),
        # ECB+ 40_3ecb: a drive is no street
        ("A 256 SSD drive is optional.", ["256"]),
    ],
)
def test_a_house_number_is_no_claim(sentence, expected):
    assert [c.text for c in claims_in(sentence, "en", "2008-12-10")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ECB+ 8_3ecb, 16_1ecb: a telephone number, whole or of seven digits after a call
        ("Anyone with information is asked to call the tip line at 800-800-3855.", []),
        ("Bratton asked anyone with information to call 877-LAPD-24-7 (527-3247).", []),
        # made up: seven digits with no call are a range
        ("Between 500-1000 people came.", ["Between 500-1000 people"]),
    ],
)
def test_a_telephone_number_is_no_claim(sentence, expected):
    assert [c.text for c in claims_in(sentence, "en", "2008-12-10")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # made up: no corpus sentence uses the verb; digits grouped in thousands name nothing
        ("The troops in Jordan number 2,000.", [("2,000", 2000.0)]),
        # ECB+ 28_8ecb, the opening of its sentence: a label's number is not grouped
        ("W. Mark Felt, Sr., the number 2 man at the FBI", []),
    ],
)
def test_digits_grouped_in_thousands_after_number_are_an_amount(sentence, expected):
    assert [(c.text, c.value) for c in claims_in(sentence, "en") if c.kind != "date"] == expected
