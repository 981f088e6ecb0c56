"""Numbers whose layout on the page changes their reading, on SaudiNewsNet sentences: a
direction mark inside a decimal, digits in brackets before their scale word, and grouped
digits whose scale word only restates their magnitude."""

import pytest

from factcheck.extract import extract_document
from factcheck.models import Document


def amounts(text):
    document = Document(id="t", path="t", language="ar", body=text)
    return [(c.text, c.value) for c in extract_document(document) if c.kind != "date"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The same labour-force rate as "عند 62.6 في المائة" in another paper that day.
        (
            "أدنى مستوى له عند 6.\u200f62 في المائة.",
            [("6.\u200f62 في المائة", 62.6)],
        ),
        # The same stamp price as "92ر0 دولار" the next day.
        ("ومعه فاتورة (92.\u200f0 دولار) لأن", [("92.\u200f0 دولار", 0.92)]),
        ("وسجل اليورو 08414.\u200f1 فرنك وهو أعلى مستوى له", [("اليورو 08414.\u200f1", 1.08414)]),
        # The Arabic letter mark and the left-to-right mark are read the same way.
        ("إلى 31.\u061c17466 نقطة", [("31.\u061c17466", 17466.31)]),
        ("إلى 31.\u200e17466 نقطة", [("31.\u200e17466", 17466.31)]),
        # A mark elsewhere is no reversal.
        ("عند 62.6\u200f في المائة", [("62.6\u200f في المائة", 62.6)]),
    ],
)
def test_a_direction_mark_after_the_point_puts_the_fraction_first(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وبتكلفة إجمالية تقدر بـ (28) مليون ريال وجار العمل",
            [("(28) مليون ريال", 28e6)],
        ),
        ("يوجد في محافظة تعز(16) ألف ضابط وصف ضابط وجندي", [("(16) ألف", 16000)]),
        ("في قطاع السياحة بالمملكة (1.7) مليون وظيفة في عام", [("(1.7) مليون وظيفة", 1.7e6)]),
        ("أنها بلغت (4) ملايين فتاة.", [("(4) ملايين", 4e6)]),
        # Brackets around a figure with no scale after them stay out of the span.
        ("وجار العمل على استكمال (10) مشاريع", [("10", 10)]),
    ],
)
def test_digits_in_brackets_keep_the_scale_after_them(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مقارنة ب ( 5.969.428 ) مليون مسافر خلال نفس الفترة", [("( 5.969.428 ) مليون", 5969428)]),
        ("بكلفة إجمالية بلغت 665,932,983 مليون ريال.", [("665,932,983 مليون ريال", 665932983)]),
        ("وحسب موقع الوزارة، 2.296.666 مليون معتمر.", [("2.296.666 مليون معتمر", 2296666)]),
        # Below the scale the digits are counted in it: 1,500 million is a billion and a half.
        ("بقيمة 1,500 مليون ريال", [("1,500 مليون ريال", 1.5e9)]),
        ("مساحته (237.273) الف متر مربع", [("(237.273) الف متر مربع", 237273)]),
    ],
)
def test_grouped_digits_before_a_smaller_scale_are_the_whole_amount(text, expected):
    assert amounts(text) == expected
