"""A century named by its ordinal is a date of its hundred years, both ends' years in, as "the
nineteenth century" is said of 1800 to 1899 and of 1801 to 1900 (extract/date_absolute.py
`century_shape`, lexicons/*/date_words.yaml `centuries`)."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_by_text, claims_in


@pytest.mark.parametrize(
    ("sentence", "language", "figure", "span"),
    [
        (  # SaudiNewsNet 2015-08-08-0097, the Ames Stradivarius
            "واسم الكمان يجمع بين اسم الصانع الشهير وعازف الكمان جورج أميس مالكه في القرن "
            "التاسع عشر.",
            "ar",
            "القرن التاسع عشر",
            ("1800-01-01", "1900-12-31"),
        ),
        (  # ECB+ 36_8ecbplus: the whole century, of which "mid -" names a part
            "The FLDS communities in northern Arizona and southern Utah have strong, deep roots "
            "to the region going back to the mid - 19th century.",
            "en",
            "19th century",
            ("1800-01-01", "1900-12-31"),
        ),
    ],
)
def test_a_century_is_its_hundred_years(
    sentence: str, language: str, figure: str, span: tuple[str, str]
) -> None:
    date = claims_by_text(sentence, language)[figure].date
    assert date is not None and (date.start, date.end) == span


def test_a_century_that_says_what_kind_of_time_dates_nothing() -> None:
    # ECB+ 28_3ecb: "of the 20th century" describes the drama (date_words.yaml
    # `century_not_before`)
    sentence = (
        "The shadowy central figure in the one of the most gripping political dramas of the "
        "20th century, Felt insisted his alter ego be kept secret when he leaked damaging "
        "information about President Richard Nixon and his aides to Washington Post reporter "
        "Bob Woodward."
    )
    assert not [claim for claim in claims_in(sentence, "en") if claim.kind == "date"]
