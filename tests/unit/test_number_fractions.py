"""Arabic fractions read by the number reader: a cardinal before a definite noun, mixed numbers."""

import pytest

from factcheck.extract.numbers import find_numbers
from factcheck.lang.normalize import fold


def values(text):
    return [round(n.value, 6) for n in find_numbers(fold(text).text, "ar") if n.value is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يعيش خمس السكان تحت خط الفقر", [0.2]),  # a fifth of the population
        ("زار خمس دول عربية", [5]),  # five countries: the noun is indefinite
        ("عشر آلاف دولار", [10000]),
        ("اكتملت عشرون وثلاثة اخماس سجلات", [20.6]),
        ("ثلاث وعشرون وثلاثة اخماس", [23.6]),
        ("ثلاثة أرباع السكان", [0.75]),
    ],
)
def test_fractions(text, expected):
    assert values(text) == expected
