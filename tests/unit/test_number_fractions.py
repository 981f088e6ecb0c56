"""Arabic fractions read by the number reader: a cardinal before a definite noun, mixed numbers."""

import pytest

from factcheck.extract.numbers import find_numbers
from factcheck.lang.normalize import fold
from tests.extract.by_text import claims_in


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


def _percents(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.text, c.value, c.qualifier) for c in claims_in(text, "ar") if c.kind == "percent"]


def test_a_definite_fraction_alone_after_a_change_is_its_share():
    # SaudiNewsNet snn-2015-08-10-0209, 2015-08-07-0879, 2015-08-10-0207, 2015-08-10-0530
    # (numbers.yaml `shares_after`); not with an adjective after it (snn-2015-08-08-1130: a
    # quarter of a year)
    assert _percents(
        "وربطت الدراسة بين تناول الاسماك الغنية بالزيوت وانخفاض حساسية الجيوب الانفية بمقدار"
        " النصف تقريبا."
    ) == [("النصف تقريبا", 50.0, "approx")]
    assert _percents(
        "وتجاوب القطاع عن طريق خفض الإنفاق بمقدار الربع تقريبا وتقليص العاملين بمقدار الثلث وفقا"
        " لمورجان ستانلي."
    ) == [("الربع تقريبا", 25.0, "approx"), ("الثلث", 33.0, "exact")]
    assert _percents("لكن مصدرا بالشركة قال لرويترز ان هذا العدد قد تم تخفيضه للنصف.") == [
        ("للنصف", 50.0, "exact")
    ]
    assert _percents(
        "وزيادة نسبة الأعضاء المنتخبين من النصف إلى الثلثين حيث سيبلغ عدد الأعضاء المنتخبين"
    ) == [("الثلثين", 67.0, "exact")]
    assert (
        _percents("حيث إن إجمالي إيراداتها للربع المنتهي في يونيو الماضي بلغ 4.04 مليار دولار")
        == []
    )


def test_a_definite_fraction_after_a_bound_of_a_change_is_its_share():
    # SaudiNewsNet snn-2015-08-11-0023 (Reuters: oil "more than a quarter" below its May highs),
    # snn-2015-08-11-0230 (a barrel's price fell to less than half)
    assert _percents(
        "لكنها عادت للتراجع اليوم الثلاثاء لتبقى أقل بأكثر من الربع من أحدث ارتفاعات لها في مايو"
        " أيار."
    ) == [("بأكثر من الربع", 25.0, "gt")]
    assert _percents(
        "وأدت زيادة العرض إلى تراجع سعر برميل النفط إلى أكثر من النصف منذ منتصف 2014"
    ) == [("أكثر من النصف", 50.0, "gt")]


def test_a_qualified_fraction_in_construct_is_a_share():
    # SaudiNewsNet snn-2015-08-08-0119, 2015-08-10-0116 (numbers.yaml `qualified_shares`);
    # bare, or before a unit, no share (snn-2015-08-07-0538: half an hour)
    assert _percents(
        "وأضاف أن أكثر من نصف تدفقات السيولة الخارجة من صناديق الأسهم في الأسواق الناشئة"
    ) == [("أكثر من نصف", 50.0, "gt")]
    assert _percents(
        "ويأتي ما يزيد على نصف إنتاج ليبيا النفطي من شركة الخليج العربي للنفط (أجوكو)"
    ) == [("ما يزيد على نصف", 50.0, "gt")]
    assert _percents('فيما تصل زيارة العائلات إلى أكثر من نصف ساعة".') == []
