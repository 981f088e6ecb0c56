"""After a verb or noun of change, "from X to Y" is two figures (the level left and the level
reached, or the change's amount and the level reached), not a range; true ranges stay ranges.
Real sentences from ECB+ and SaudiNewsNet."""

import pytest

from factcheck.extract import extract_document
from factcheck.models import Document


def figures(text, language="ar"):
    document = Document(id="t", path="t", language=language, body=text)
    return [
        (c.text, c.value, c.low, c.high, c.qualifier, c.unit, c.cue)
        for c in extract_document(document)
        if c.kind != "date"
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (  # ECB+ 11_2ecb: once read as the range 65-125, which agreed with "125 seats"
            "intended to increase parliament's powers and raise the number of seats"
            " from 65 to 125.",
            "en",
            [
                ("65", 65, 65, 65, "exact", "seats", "old:rise"),
                ("125", 125, 125, 125, "exact", "seats", "new:rise"),
            ],
        ),
        (  # SaudiNewsNet snn-2015-08-10-1249: the verb before a subject of six words, the fall
            # then the level it fell to (once read as one range from 19.02 to 159.9 billion)
            "وتراجعت احتياطيات النقد الأجنبي في الجزائر 19.02 مليار دولار إلى 159.9 مليار دولار",
            "ar",
            [
                ("19.02 مليار دولار", 19.02e9, 19.02e9, 19.02e9, "exact", "USD", "contrast:fall"),
                ("159.9 مليار دولار", 159.9e9, 159.9e9, 159.9e9, "exact", "USD", "new:fall"),
            ],
        ),
        (  # SaudiNewsNet snn-2015-08-10-0266: the level reached 15 words after the verb (the
            # level left and its date between) was read as no level of the rise
            'فيما ارتفعت نسبة "القروض العقارية للشركات" من إجمالي القروض العقارية، من 37 في'
            " المائة خلال الربع الرابع من العام الماضي إلى 39 في المائة خلال الربع الأول من العام"
            " الجاري.",
            "ar",
            [
                ("37 في المائة", 37, 37, 37, "exact", "%", "old:rise"),
                ("39 في المائة", 39, 39, 39, "exact", "%", "new:rise"),
            ],
        ),
        (  # ECB+ 40_6ecb
            "RAM has been increased from 2GB to 4GB (the maximum possible).",
            "en",
            [
                ("2GB", 2, 2, 2, "exact", "GB", "old:rise"),
                ("4GB", 4, 4, 4, "exact", "GB", "new:rise"),
            ],
        ),
        (  # SaudiNewsNet snn-2015-08-11-0785: the rise's amount, then the level it reached
            "وزاد سعر الخام الأمريكي 1.09 دولار إلى 44.96 دولار للبرميل عند التسوية",
            "ar",
            [
                ("1.09 دولار", 1.09, 1.09, 1.09, "exact", "USD", "contrast:rise"),
                ("44.96 دولار", 44.96, 44.96, 44.96, "exact", "USD", "new:rise"),
            ],
        ),
        (  # SaudiNewsNet snn-2015-08-07-0872: a noun of change, the count's noun elided
            "وكذلك ارتفاع عدد السفن العابرة من 49 إلى 97 في نفس الفترة.",
            "ar",
            [
                ("49", 49, 49, 49, "exact", "ships", "old:rise"),
                ("97", 97, 97, 97, "exact", "ships", "new:rise"),
            ],
        ),
        (  # SaudiNewsNet snn-2015-08-09-1076: the scale of the level reached is the left one's
            "حيث ارتفعت قيمة موجودات المصارف العربية من 2.7 الى 3.1 تريليون دولار"
            " مع نهاية عام 2014.",
            "ar",
            [
                ("2.7", 2.7e12, 2.7e12, 2.7e12, "exact", "USD", "old:rise"),
                ("3.1 تريليون دولار", 3.1e12, 3.1e12, 3.1e12, "exact", "USD", "new:rise"),
            ],
        ),
    ],
)
def test_a_change_states_two_figures(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (  # ECB+ 43_7ecb: the change's amount, a range
            "TSMC will see its capacity utilization lowered by 20 to 30 percent.",
            "en",
            ("20 to 30 percent", None, 20, 30, "range", "%"),
        ),
        (  # SaudiNewsNet snn-2015-08-10-1005: the change's amount, a range
            "وهو ما يرفع نسبة المبيعات عن المواسم العادية بزيادة قدرها من 15 إلى 25%، مضيفا",
            "ar",
            ("من 15 إلى 25%", None, 15, 25, "range", "%"),
        ),
        (  # SaudiNewsNet snn-2015-08-09-0431: the amount, after a qualifier
            "مما يعني ان الاسعار يفترض ان تنخفض بنسب تفوق 10 الى 15 بالمئة على اقل تقدير",
            "ar",
            ("تفوق 10 الى 15 بالمئة", None, 10, 15, "range", "%"),
        ),
        (  # SaudiNewsNet snn-2015-08-08-0513
            "المعوق الوحيد له هو ارتفاع سعرة بمعدل 400 إلى 600 ريال في الـ1000 حبة",
            "ar",
            None,
        ),
        (  # SaudiNewsNet snn-2015-08-09-0559: "لا تزيد على" is a bound, no change
            "لا تزيد على أربع إلى خمس ساعات",
            "ar",
            ("لا تزيد على أربع إلى خمس ساعات", None, 4, 5, "range", "hour"),
        ),
        (  # ECB+ 19_8ecbplus
            "Between 60 and 100 rioters gathered around Church and Snyder Ave. in East Flatbush "
            "and threw bottles",
            "en",
            None,
        ),
        (  # SaudiNewsNet snn-2015-08-09-0239
            "التي تم تصميمها بما يتناسب مع كافة المراحل السنية للأطفال من 5 إلى 15 عاماً، إضافة إلى "
            "أركان الأنشطة الفنية",
            "ar",
            ("من 5 إلى 15 عاماً", None, 5, 15, "range", "year"),
        ),
        (  # QuanTemp quantemp-test-2418
            "It will provide work experience, job placements (or the option for businesses to "
            '"sponsor" work placements) and training for people aged 18 to 35.',
            "en",
            None,
        ),
    ],
)
def test_a_range_of_no_change_or_of_its_amount_stays_a_range(text, language, expected):
    found = figures(text, language)[0]
    assert found[4] == "range"
    if expected is not None:
        assert found[:6] == expected
