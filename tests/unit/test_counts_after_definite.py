"""A number after a definite word is a name ("اللواء 93") unless it counts the noun after it;
from a hundred up that noun is singular, and a number with a scale word is never a name; a
fraction word before a group is a share of it.
Sentences from the SaudiNewsNet week (ids in each case)."""

import pytest

from tests.extract.by_text import claims_in


def counts(text: str) -> list[tuple[str, float | None]]:
    # a rank or a time of day ("الساعة 1249", a moment: tests/extract/test_clock_times.py)
    # counts nothing
    return [
        (c.text, c.value)
        for c in claims_in(text, "ar", "2015-08-10")
        if c.kind == "count" and not c.ordinal
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # snn-2015-08-09-0120
        (
            "مقارنة بنفس الفترة من عام 2014 التي بلغ فيها عدد الركاب 180 ألف راكب، وبلغ عدد",
            [("180 ألف", 180000)],
        ),
        # snn-2015-08-09-0268
        ("على العكس من ذلك، ولَّدت الصين 135 ألف ليلة إضافية", [("135 ألف", 135000)]),
        # snn-2015-08-11-0100
        (
            "عن تسلم الحملة الوطنية لجمع الأسلحة حتى الآن 7408 قطع من السلاح",
            [("7408", 7408)],
        ),
        # snn-2015-08-08-0426
        (
            "ليصبح إجمالي أعداد المراقبين في حالة موافقة اللجنة 6000 مراقب محلي و400 دولي.",
            [("6000", 6000), ("400", 400)],
        ),
        # snn-2015-08-11-0304
        (
            "وفي المنطقة الشرقية 123 فعالية وفي منطقة حائل 23 فعالية",
            [("123", 123), ("23", 23)],
        ),
        # snn-2015-08-10-0211: a scale word makes an amount, with no noun after it
        (
            "وزادت الوظائف غير الزراعية في الولايات المتحدة 215 ألفا في يوليو تموز",
            [("215 ألفا", 215000)],
        ),
    ],
)
def test_a_number_after_a_definite_word_counts_the_noun_after_it(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وقال قائد اللواء 93 مشاة إن",  # snn-2015-08-07-0776: the accusative asks an alef
        # snn-2015-08-07-0833: a verse, its number quoted with the surah's name
        'وَلَهُمْ فِي الآخِرَةِ عَذَابٌ عَظِيمٌ) "البقرة 114" مؤكداً أن هذا الحادث الإجرامي',
        # snn-2015-08-07-0314: a clock time
        "وتراجع سعر خام برنت في العقود الآجلة 40 سنتا إلى 49.12 دولار للبرميل بحلول الساعة 1249"
        " بتوقيت جرينتش.",
        # the seed article 000: a base's name, a definite word after it
        "قاعدة الطائرات المسيرة المعروفة باسم القاعدة الجوية 201 التي تم بناؤها",
    ],
)
def test_a_name_after_a_definite_word_counts_nothing(text):
    assert counts(text) == []


def test_the_level_a_subject_reached_is_no_name():
    # snn-2015-08-11-0794 (and -0817, -0958): the subject of "بلغت" between it and the number
    text = (
        'قائلا: "في آخر أسبوع في شهر رمضان بلغت حركة المسافرين ٨٠.٩٥٨، ولا يمضي أسبوع إلا ويشهد'
        ' تزايداً في تلك الحركة".'
    )
    assert counts(text) == [("٨٠.٩٥٨", 80958)]


def test_an_adverb_of_time_names_nothing():
    # snn-2015-08-09-0541 (and -0890, -1018): "اليوم" has the article, yet names no day 44
    text = (
        "ارتفع مؤشر سوق الأسهم السعودية في مطلع تداولاته الأسبوعية اليوم 44.53 نقطة بنسبة"
        " 0.51 % ليغلق عند مستوى 8699.17 نقطة"
    )
    assert counts(text) == [("44.53", 44.53), ("8699.17", 8699.17)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # snn-2015-08-09-0747: a share of a region's people, not half a resident
        (
            "يصل الآلاف من المهاجرين سنويا من الدول الفقيرة في غرب أفريقيا، بما في ذلك غامبيا"
            " وبوركينا فاسو وسيراليون وليبيريا وساحل العاج وموريتانيا، حيث يعيش نصف السكان أو"
            " أكثر على أقل من 25ر1 دولار في اليوم.",
            ("نصف السكان أو أكثر", 50.0, "residents"),
        ),
        # snn-2015-08-09-0839: "more than two thirds of the members"
        (
            "وأوضح الرفاعي أن تشكيل الحكومة الجديدة يستوجب توفير كتلة برلمانية تمتلك أكثر من ثلثي"
            " الأعضاء، ومن المستبعد تحقيق هذا الأمر",
            ("أكثر من ثلثي الأعضاء", 67.0, "members"),
        ),
        # snn-2015-08-10-1555: the dual with the article, after a share's word, is two thirds,
        # not 0.67 %
        (
            "وأضاف الشايع أن التطوير شمل زيادة عدد الأعضاء في المجالس البلدية إلى نسبة الثلثين"
            " بالانتخاب",
            ("نسبة الثلثين", 67.0, "members"),
        ),
        # snn-2015-08-09-0263: "nine tenths of the stock"
        (
            "إلا أن صعوبة الإنتاج وارتفاع التكلفة بالنسبة لتسعة أعشار المخزون العالمي",
            ("بالنسبة لتسعة أعشار", 90.0, ""),
        ),
    ],
)
def test_a_fraction_of_a_group_is_a_share(text, expected):
    shares = [
        (c.text, c.value, (c.subject or "").split("/")[-1])
        for c in claims_in(text, "ar", "2015-08-10")
        if c.kind == "percent"
    ]
    assert shares == [expected]
