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
        # ECB+ 18_9ecb, 18_8ecb: a numbered street's ordinal among its name's words
        (
            "Police set up shop at the office and began trying to coax the gunman out of the"
            " building around the corner at 40 East 5th Avenue.",
            [],
        ),
        # ECB+ 21_1ecb, 13_8ecbplus: a bearing's initial, an abbreviation without its point
        ("outside the store, located at 200 W. American Blvd, around 7 p.m.", ["around 7 p.m."]),
        (
            'The wooden structure at 325 E. Dahlia Ave. was known as the "Old Mat Maid Warehouse."',
            [],
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


def test_a_latin_letter_glued_after_a_bare_number_makes_no_amount():
    # snn-2015-08-07-1117: a quake's coordinates; SMS codes of snn-2015-08-09-0282 had been
    # 99 rand
    coordinates = 'وبعمق 2.49 كيلومتر، ومركزها "24.61N، 49.9952E".'
    assert [c.text for c in claims_in(coordinates, "ar")] == ["2.49 كيلومتر"]
    codes = "أو الرمز R99 للباقات مسبقة الدفع إلى الرقم نفسه."
    assert claims_in(codes, "ar") == []
