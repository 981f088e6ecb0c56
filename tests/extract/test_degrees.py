""" "درجة" after a number is a degree of heat, a quake's magnitude, or neither (an angle, a
mark, an IQ), as the words of its sentence say (lexicons/ar/unit_contexts.yaml); Fahrenheit in
both languages. Sentences from the SaudiNewsNet week."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_document
from factcheck.models import Document


def measures(text: str, language: str = "ar") -> list[tuple[str, float | None, str | None]]:
    document = Document(id="t", path="t", language=language, published="2015-08-10", body=text)
    found = extract_document(document)
    return [
        (c.text, c.value if c.value is not None else c.high, c.unit)
        for c in found
        if c.kind == "quantity"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # snn-2015-08-08-0148
        (
            "فلم يحتملا - على ما يبدو - درجات الحرارة المرتفعة التي وصلت إلى 38 درجة في الصحراء،"
            " ففارقا الحياة",
            [("38 درجة", 38, "°C")],
        ),
        # snn-2015-08-11-0961
        (
            "وتشهد مصر موجة حر وصلت فيها الحرارة إلى 47 درجة تحت الشمس في بعض المناطق",
            [("47 درجة", 47, "°C")],
        ),
        # snn-2015-08-07-0179
        (
            "قال متحدث باسم حكومة الكونغو إنّ زلزالا قوته 5.6 درجة هز شرق جمهورية الكونغو"
            " الديمقراطية",
            [("5.6 درجة", 5.6, "magnitude")],
        ),
        # snn-2015-08-08-1321
        (
            "وقال نورث ان درجة حرارة نهر كولومبيا وصلت الى 70 درجة فهرنهايت نحو 21 درجة مئوية في"
            " منتصف يونيو حزيران",
            [("70 درجة فهرنهايت", 70, "°F"), ("نحو 21 درجة مئوية", 21, "°C")],
        ),
    ],
)
def test_a_degree_is_what_its_sentence_measures(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # snn-2015-08-07-0289: an IQ
        "وقد سجل كل من ستيفن هوكينغ وألبرت أينشتاين 160 درجة لكل منهما",
        # snn-2015-08-11-0172: an angle
        "كما طورت كاميرا جديدة تستطيع تصوير جميع ما يحدث من حولها في 360 درجة، والسماح للمستخدم",
        # snn-2015-08-09-0409: a mark
        "لأن نتائجهم في اختباري القدرات والتحصيلي تقل عن 80 درجة، وبالتالي لم يقبل النظام",
    ],
)
def test_a_degree_of_nothing_the_lexicon_knows_is_no_claim(text):
    assert measures(text) == []


def test_fahrenheit_in_english():
    # ECB+: "temperatures of about 28 degrees Celsius (82 degrees Fahrenheit)"
    assert measures(
        "was warm with temperatures of about 28 degrees Celsius (82 degrees Fahrenheit)", "en"
    ) == [("about 28 degrees Celsius", 28, "°C"), ("82 degrees Fahrenheit", 82, "°F")]
