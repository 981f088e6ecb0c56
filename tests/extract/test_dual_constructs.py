"""A dual in construct, its ن dropped before the noun it governs, is a count of two."""

import pytest

from tests.extract.by_text import claims_in


def counts(text: str) -> list[tuple[str, float | None, str | None]]:
    return [
        (c.text, c.value, c.unit) for c in claims_in(text, "ar", "2015-08-09") if c.kind == "count"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SaudiNewsNet snn-2015-08-10-0789 (food-smuggling)
        (
            "وأوضح راشد الحربي مدير إدارة العمليات بالأمانة، أنه تم ضبط سيارتي نقل، محملة"
            " بمواد غذائية منوعة ومجهولة المصدر",
            [("سيارتي", 2, "vehicles")],
        ),
        # SaudiNewsNet snn-2015-08-10-0110: with the conjunction glued on; the cases are
        # deaths, as "حالتان" before a cue of death in its clause
        (
            "وأربعة مصابين بمحافظة الأقصر تحت العلاج، وحالتي وفاة ومصاب بمحافظة قنا تحت العلاج.",
            [("وأربعة مصابين", 4, "injured"), ("وحالتي", 2, "deaths")],
        ),
    ],
)
def test_a_dual_in_construct_counts_two(text, expected):
    assert counts(text) == expected


def test_a_definite_dual_counts_two_before_a_dual_of_order():
    # snn-2015-08-08-0862 (and -1197, 09-0176, 09-0303: manutd-spurs): the next two games
    text = "ثم فشل الفريق في تحقيق الفوز في المباراتين التاليتين."
    assert counts(text) == [("المباراتين", 2, "games")]
    # snn-2015-08-09-1229: a dual with the article alone names two told before
    assert counts("وإخراج الحالتين من قبل حرس الحدود، وتبين وفاتهما") == []


def test_a_possessive_is_no_count():
    assert counts("وقال إن حالتي الصحية مستقرة") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SaudiNewsNet snn-2015-08-09-0604, -0938, -0969 (three outlets): no number is written
        (
            "من جهة أخرى قتل مسلحان من مليشيات الحوثي وأصيب أربعة آخرون",
            [("مسلحان", 2, "militants"), ("أربعة آخرون", 4, "injured")],
        ),
        # SaudiNewsNet snn-2015-08-07-0187: the two policemen among the seven wounded
        (
            "قتل ثلاثة متمردين أكراد وجرح سبعة أشخاص بينهم شرطيان، في اشتباكات بين قوات الأمن",
            [("ثلاثة", 3, "deaths"), ("سبعة أشخاص", 7, "injured"), ("شرطيان", 2, "police")],
        ),
        # SaudiNewsNet snn-2015-08-10-1122 and four more outlets (tabuk-surgery): two stages
        (
            "وحساب الوقت المطلوب الذي يستغرق دقيقتين ونصف على مرحلتين، حيث أن هذه التقنية"
            " الحديثة تستخدم في أرقى المراكز العالمية",
            [("مرحلتين", 2, "stages")],
        ),
        # SaudiNewsNet snn-2015-08-09-0196, 10-0437, 10-0842 (samsung-charging-monitor): two
        # versions of a screen, each then named by its ordinal
        (
            "وهي متاحة في نسختين الأولى مقاس 6ر23 بوصة والثانية مقاس 27 بوصة",
            [("نسختين", 2, "editions")],
        ),
    ],
)
def test_a_counted_noun_in_the_dual_counts_two(text, expected):
    assert counts(text) == expected


def test_flights_counted_in_the_dual_and_in_digits():
    # snn-2015-08-07-0307 (jouf-airport): the airline's weekly flights, and the airport's
    # international flights of the half year
    assert counts(
        "وأوضح مدير مطار الجوف أن شركة النيل ستسير رحلتين أسبوعيا ما بين مطار الجوف ومطار القاهرة"
        " الدولي"
    ) == [("رحلتين", 2, "flights")]
    assert counts(
        "وأضاف المضيان أن إحصائيات الحركة الجوية الدولية في المطار خلال النصف الأول من العام"
        " الحالي نقلت 24636 مسافرًا على متن 212 رحلة جوية"
    )[-1] == ("212 رحلة", 212, "flights")
