"""Numbers whose layout on the page changes their reading, on SaudiNewsNet sentences: a
direction mark inside a decimal, digits in brackets before their scale word, and grouped
digits whose scale word only restates their magnitude."""

import pytest

from tests.extract.by_text import claims_in


def amounts(text):
    # ranks ("للمرحلة الثالثة") are ordinals, not amounts: tests/unit/test_ranks.py
    claims = claims_in(text, "ar", None)
    return [(c.text, c.value) for c in claims if c.kind != "date" and c.note != "ordinal"]


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
        # The euro's price in francs, the currency after the number.
        ("وسجل اليورو 08414.\u200f1 فرنك وهو أعلى مستوى له", [("08414.\u200f1 فرنك", 1.08414)]),
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
        # A unit, currency, counted noun or percent after the brackets is the number's too.
        ("وجار العمل على استكمال (10) مشاريع", [("(10) مشاريع", 10)]),
        ("تم منح كل جمعية إعانة تأسيسية مقدارها (50.000) ريال.", [("(50.000) ريال", 50000)]),
        (
            "لعام 2015م (60.417) ألف رحلة بزيادة (9.1) في المئة",
            [("(60.417) ألف رحلة", 60417), ("(9.1) في المئة", 9.1)],
        ),
        # snn-2015-08-10-0561 (food-smuggling): in quotes, as others' "قرابة خمسة أطنان"
        (
            "إن شحنة المواد المصادرة بلغت نحو «5» أطنان من المواد الغذائية الفاسدة ومنتهية"
            " الصلاحية",
            [("نحو «5» أطنان", 5)],
        ),
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
        ("فة لعدة مشاريع بقيمة (4,195,000) ملايين ريال.", [("(4,195,000) ملايين ريال", 4195000)]),
        # Below the scale the digits are counted in it: 1,500 million is a billion and a half.
        ("بقيمة 1,500 مليون ريال", [("1,500 مليون ريال", 1.5e9)]),
        ("مساحته (237.273) الف متر مربع", [("(237.273) الف متر مربع", 237273)]),
    ],
)
def test_grouped_digits_before_a_smaller_scale_are_the_whole_amount(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One dot and three digits before a counted noun, or nothing: thousands.
        ("من المخطط أن يشمل صرف 20.000 عبوة حليب", [("20.000", 20000)]),
        ("إجراءات تصحيح أوضاع ( 439.491 ) مقيمًا من أبناء", [("( 439.491 ) مقيمًا", 439491)]),
        (
            "نصيب سياح سعوديين 9.852 ليلة، وسياح إمارتيين 16.715 ليلة.",
            [("9.852", 9852), ("16.715", 16715)],
        ),
        (
            "ر ما يزيد على الثلث، من نحو 450.000 إلى 288.000 فقط",
            [("نحو 450.000", 450000), ("288.000", 288000)],
        ),
        # Before a unit or a currency, only "000" make thousands.
        ("المساحة الإجمالية للمرحلة الثالثة والبالغة 76.000 م2، والطاقة", [("76.000 م2", 76000)]),
        ("بطاقة تصميمية تقدر بـ 80.000 متر مكعب يومياً.", [("80.000 متر مكعب", 80000)]),
        ("حيث بلغت 204.732 عبوة, تزن 614.196 طناً", [("204.732", 204732), ("614.196 طناً", 614.196)]),
        ("وصولا إلى سعر 2.470 درهم، تلاه", [("2.470 درهم", 2.47)]),
        ("وصولا إلى سعر 0.538 ريال.", [("0.538 ريال", 0.538)]),
        # A percent, a scale word, an index level and English keep the decimal.
        ("أعلى نسبة ارتفاع بواقع 9.170 في المائة", [("9.170 في المائة", 9.17)]),
        ("ليبلغ 13.226 مليار دولار مقارنة", [("13.226 مليار دولار", 13226000000)]),
        ("وارتفع مؤشر الدولار إلى 97.639 وكان", [("97.639", 97.639)]),
        (
            "الدولار مقابل العملة اليابانية 0.31 في المائة إلى 124.575 ين.",
            [("0.31 في المائة", 0.31), ("124.575", 124.575)],
        ),
    ],
)
def test_one_dot_and_three_digits_group_thousands_of_counted_things(text, expected):
    assert amounts(text) == expected


def test_english_reads_one_dot_as_a_decimal_point():
    assert [c.value for c in claims_in("The index rose 20.000 points.", "en", None)] == [20.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ANS paraphrase pair ans-stance-dev-0139: the same loan as "2 مليار دولار".
        ("مليارا دولار لمصر من النقد الدولي", [("مليارا دولار", 2e9)]),
        ("للطاقة المتجددة بالبلاد حجمه مليارا دولار.", [("مليارا دولار", 2e9)]),
        ("نشر ألفا جندي", [("ألفا جندي", 2000)]),
        # After a number it is the accusative: "عشرين ألفا" is twenty thousand.
        ("عشرين ألفا جندي", [("عشرين ألفا جندي", 20000)]),
        # Before "من" or "و" it is one: a thousand of, a billion and.
        ("يوجه ألفا من الجنود", [("ألفا من الجنود", 1000)]),
        ("بقيمة سوقية تبلغ ملياراً و200 مليون ريال", [("ملياراً و200 مليون ريال", 1.2e9)]),
    ],
)
def test_a_scale_alone_in_construct_before_what_it_counts_is_a_dual(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # ECB+ wire text splits clock times with spaces: neither the hour nor the minutes count.
        ("en", "The quake occurred at 2 : 09 a. m. about 14 miles", [("about 14 miles", 14)]),
        # (the decimal before the aftershock is its magnitude: unit_contexts.yaml `sized_nouns`)
        (
            "en",
            "It was followed by a 2.9 aftershock at 2 : 12 a. m. and a 2.2 at",
            [("2.9 aftershock", 2.9)],
        ),
        ("ar", "وقع الحادث الساعة 3 : 30 صباحا وقتل 5 أشخاص", [("5 أشخاص", 5)]),
        ("ar", "وقع الحادث الساعة 3:30 صباحا", []),
    ],
)
def test_a_clock_time_split_by_spaces_is_no_amount(language, text, expected):
    # the time itself is a moment (a rank of the day's minutes: tests/extract/test_clock_times.py)
    claims = claims_in(text, language, None)
    assert [(c.text, c.value) for c in claims if c.kind != "date" and not c.ordinal] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # snn-2015-08-08-0046: the dual of a million with the article, before what it counts
        (
            "وتوقعت أمانة الطائف كسر حاجز المليوني زائر للمتنزه خلال الأسبوعين المقبلين",
            [("المليوني زائر", 2e6), ("الأسبوعين المقبلين", 2)],
        ),
        # snn-2015-08-10-0098: the scale alone with the article
        (
            "بتداولات تجاوزت المليار دولار (4 مليارات ريال).",
            [("المليار دولار", 1e9), ("4 مليارات ريال", 4e9)],
        ),
        # snn-2015-08-10-0590: the accusative form's dual in construct
        ("وكانت الألفا ريال نسمة يسر باردة في حياة هؤلاء", [("الألفا ريال", 2000)]),
        # snn-2015-08-08-1028: "الزائر المليون" would be the millionth; here the scale leads
        (
            "«متنزه الردف» يكسر حاجز المليون زائر في أسبوعين",
            [("المليون زائر", 1e6), ("أسبوعين", 2)],
        ),
    ],
)
def test_a_definite_scale_in_construct_before_what_it_counts_is_an_amount(text, expected):
    assert amounts(text) == expected


def test_a_point_right_after_a_word_ends_its_sentence_or_its_abbreviation():
    # QuanTemp quantemp-test-2149: two sentences run together, 28 million voters, not 0.28
    text = (
        "84 million Nigerians registered for the 2019 general election.28 million Nigerians"
        " voted in the 2019 election."
    )
    counts = [(c.text, c.value) for c in claims_in(text, "en", "2019-06-12") if c.kind == "count"]
    assert counts == [("84 million Nigerians", 84e6), ("28 million Nigerians", 28e6)]
    # ECB+ 11_10ecb: a month's abbreviation glued to its day is one date, not a count of 14
    text = "Voting for MPs to Majlis (Parliament) began in Turkmenistan on Dec.14."
    assert [(c.text, c.kind) for c in claims_in(text, "en", "2008-12-16")] == [("Dec.14", "date")]
