"""A fraction after a scale is a fraction of that scale ("مليار ونصف" is 1.5 billion), and a
noun after "و" belongs to the next clause ("مقتل 7 وإصابة 250"); real SaudiNewsNet sentences."""

import pytest

from factcheck.extract import extract_document
from factcheck.models import Document


def amounts(text):
    document = Document(id="t", path="t", language="ar", published="2015-08-07", body=text)
    return [
        (c.text, c.kind, c.value, c.qualifier, c.unit)
        for c in extract_document(document)
        if c.kind != "date"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "سؤال يكسب مؤسس تسلا مليار ونصف المليار",  # "يكسب": a sum, its currency unstated
            [("مليار ونصف المليار", "money", 1.5e9, "exact", None)],
        ),
        (
            "في الحج بقيمة إجمالية بنحو مليار ونصف ريال، ومن المتوقع أن ترتفع",
            [("بنحو مليار ونصف ريال", "money", 1.5e9, "approx", "riyal")],
        ),
        (
            "عن استهداف مليون ونصف المليون من حجاج الداخل هذا العام",
            [("مليون ونصف المليون من حجاج", "count", 1.5e6, "exact", "pilgrims")],
        ),
        (
            "الذي يتقاضاه بحدود المليون ونصف المليون ريال.",
            [("بحدود المليون ونصف المليون ريال", "money", 1.5e6, "approx", "riyal")],
        ),
        (
            "جندل التي تحتوي على نصف عدد نخيل منطقة الجوف التي تقدر بنحو مليون ونصف مليون شجرة.",
            [("بنحو مليون ونصف مليون", "count", 1.5e6, "approx", None)],
        ),
        (
            "التي ادت لعودة اكثر من مليون ونصف لبلدانهم من المخالفين",
            [("اكثر من مليون ونصف", "count", 1.5e6, "gt", None)],
        ),
        ("ثلاثة ملايين ونصف نسمة", [("ثلاثة ملايين ونصف نسمة", "count", 3.5e6, "exact", "people")]),
        ("بلغت الجائزة ألف ونصف ريال", [("ألف ونصف ريال", "money", 1500, "exact", "riyal")]),
        # the half of a count is still added to the count
        ("واحد ونصف مليون", [("واحد ونصف مليون", "count", 1.5e6, "exact", None)]),
    ],
)
def test_a_fraction_after_a_scale_is_a_fraction_of_the_scale(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "مقتل 7 وإصابة 19 آخرين في انفجار سيارة ملغومة",
            [("7", 7, "deaths"), ("19 آخرين", 19, "injured")],
        ),
        (
            "وفي تعز، أشارت مصادر إلى مقتل 21 وإصابة 36 من الحوثين وقوات صالح",
            [("21", 21, "deaths"), ("36", 36, "injured")],
        ),
    ],
)
def test_a_noun_after_and_counts_the_next_number_not_this_one(text, expected):
    assert [(span, value, unit) for span, _, value, _, unit in amounts(text)] == expected


def test_a_fraction_of_a_scale_or_a_unit_in_english():
    def read(text):
        document = Document(id="t", path="t", language="en", published="2008-12-19", body=text)
        return [(c.text, c.value, c.qualifier, c.unit) for c in extract_document(document)]

    # ECB+ 28_7ecb: read as nothing
    assert read(
        "Felt then disappeared from public view for a quarter of a century, denying unequivocally"
    ) == [("a quarter of a century", 25, "exact", "year")]
    # made up (no corpus sentence has one): it was read as a million
    assert read("More than a quarter of a million people marched.") == [
        ("More than a quarter of a million people", 250000, "gt", "protesters")
    ]
