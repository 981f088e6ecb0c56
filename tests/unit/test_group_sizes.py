"""A group named by its size ("الدول الست الكبرى", "الخمسة الكبار") is a count of its members,
read from real sentences (SaudiNewsNet, ANS); numbers of periods and of the last or first items
("الأشهر الثلاثة الماضية", "الخمس الأخيرة") are no group."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_in


def groups(text: str) -> list[tuple[str, float | None]]:
    return [
        (c.text, c.value) for c in claims_in(text, "ar", "2015-08-09") if c.unit == "group_members"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SaudiNewsNet snn-2015-08-09-0161, -0173, -0137, snn-2015-08-08-1337
        (
            "في إطار اتفاق تاريخي تم التوصل إليه في 14 يوليو بين طهران والدول الست الكبرى.",
            [("الست الكبرى", 6)],
        ),
        (
            "بينما لا يزال مستقبل «الاتفاق» النووي بين إيران والقوى الست العظمى، الذي أحيط",
            [("الست العظمى", 6)],
        ),
        (
            "في حين لم تتجاوز المدن الرئيسية الثلاث الكبرى 11 ألف عملية",
            [("الثلاث الكبرى", 3)],
        ),
        (
            "بالرغم من أن مجموع سكان بلداننا الثلاثة الكبار يفوق بكثير سكان أي بلد أوروبي.",
            [("الثلاثة الكبار", 3)],
        ),
        # ANS ans-stance-test-0120
        ("إنفوغرافيك.. صراع الخمسة الكبار", [("الخمسة الكبار", 5)]),
    ],
)
def test_a_definite_number_with_an_adjective_of_greatness_names_a_group(text, expected):
    assert groups(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet 2015-08-07 to 11: a period, the last items
        "بسبب مخالفات خلال الأشهر الثلاثة الماضية، إثر",
        "بعدما فشل في الخروج فائزًا من مبارياته الخمس الأخيرة، وأبرزها",
    ],
)
def test_other_definite_numbers_name_no_group(text):
    assert groups(text) == []
