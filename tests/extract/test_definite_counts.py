"""A number with the article glued ("الـ48") counts the definite plural before it; elsewhere it
is an ordinal (lexicons/ar/counts.yaml `definite_cardinal`). A definite number word before an
indefinite plural of time is a length of time ("الستة أيام")."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_in


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (  # snn-2015-08-10-0243: a feminine adjective between the plural and the number
            "ويذكر أن جميع المفاعلات النووية الـ48 في اليابان توقفت عن العمل عقب الكارثة",
            48.0,
        ),
        (  # snn-2015-08-07-0100
            "وأوضح القطان أن الإفراج عن المتهمين الـ11 جاء لكون قضاياهم مختلفة",
            11.0,
        ),
        (  # snn-2015-08-08-1063: a plural adjective
            "وكان المرشحون الجمهوريون الـ17 برهنوا على وحدة عقائدية واضحة بإدانته",
            17.0,
        ),
        (  # snn-2015-08-09-0764: a broken plural
            "واكتفى البيان بتحديد هوية الانتحاري، وهويات الشهداء الـ15 (11 رجل أمن",
            15.0,
        ),
    ],
)
def test_a_definite_number_after_a_plural_counts_it(sentence: str, value: float):
    assert [(c.kind, c.value) for c in claims_in(sentence) if c.value == value] == [
        ("count", value)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # snn-2015-08-07-1128: a singular noun ("التعاون") before its adjective
        "في أولى مبارياته في بطولة مجلس التعاون الخليجي الـ15 للشباب لكرة السلة",
        # snn-2015-08-11-0366: a dual and two numbers label two reports
        "بمناسبة صدور التقريرين السنويين الـ50 و51 للمؤسسة",
    ],
)
def test_a_definite_number_after_no_plural_counts_nothing(sentence: str):
    assert [c.value for c in claims_in(sentence) if c.value in (15.0, 50.0)] == []


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "value"),
    [
        (  # snn-2015-08-07-0974: the number first, with the article, the plural indefinite
            "بلغت مبيعات مهرجان العسل الدولي الثامن في منطقة الباحة خلال الستة أيام الماضية",
            "الستة أيام",
            "day",
            6.0,
        ),
        (  # snn-2015-08-07-0198
            "في طلبات حجج الاستحكام على الأراضي خلال التسعة أشهر الأولى من العام الحالي",
            "التسعة أشهر",
            "month",
            9.0,
        ),
    ],
)
def test_a_definite_number_before_a_plural_of_time_is_a_length(sentence, figure, unit, value):
    claim = {c.text: c for c in claims_in(sentence)}[figure]
    assert (claim.kind, claim.unit, claim.value) == ("quantity", unit, value)
