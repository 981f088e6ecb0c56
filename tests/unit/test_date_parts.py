"""Parts of a year, of a decade and of a month read as the part, not the whole: "early this
year", "منتصف العام الماضي", "the mid - 1980s", "the last week of Ramadan", "في نهاية 2014"
(date_words.yaml `year_parts`, `year_end_deadlines`, `week_nouns`, `part_articles`); the part
of a day before a weekday, the date's own ("مساء السبت": `spanned_day_cues`); and a weekday's
name in construct, none ("في صباح أحد الأيام")."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_in
from tests.unit.test_dates import at, dates


@pytest.mark.parametrize(
    ("language", "body", "published", "text", "reading"),
    [
        # SaudiNewsNet 2015-08-07-0031: a programme launched in the middle of last year
        (
            "ar",
            "برنامج الرعاية الصحية الطبي (نمو بصحة وأمان) الذي كان قد انطلق منتصف العام الماضي في "
            "مخيم الزعتري للاجئين السوريين",
            "2015-08-07",
            "منتصف العام الماضي",
            ("2014-04-01", "2014-09-30", "month"),
        ),
        # SaudiNewsNet 2015-08-07-0181: working since the beginning of this year
        (
            "ar",
            "يذكر أنّ توميسلاف سالوبيك عمل منذ بداية العام الحالي لحساب الشركة الفرنسية في مصر",
            "2015-08-07",
            "بداية العام الحالي",
            ("2015-01-01", "2015-06-30", "month"),
        ),
        # SaudiNewsNet 2015-08-07-0850: support since the early nineties
        (
            "ar",
            "وأضاف أن المملكة قدمت دعمها لألبانيا منذ بداية التسعينات من خلال تمويل مشاريع البنية "
            "التحتية",
            "2015-08-07",
            "بداية التسعينات",
            ("1990-01-01", "1994-12-31", "year"),
        ),
        # SaudiNewsNet 2015-08-11-0794: passengers in the last week of Ramadan, never "last week"
        (
            "ar",
            'قائلا: "في آخر أسبوع في شهر رمضان بلغت حركة المسافرين ٨٠.٩٥٨، ولا يمضي أسبوع',
            "2015-08-11",
            "آخر أسبوع في شهر رمضان",
            ("2015-07-10", "2015-07-16", "day"),
        ),
        # ECB+ 30_2ecbplus
        (
            "en",
            "This particular undersea cable has frequently malfunctioned since late 2007.",
            "2011-08-17",
            "late 2007",
            ("2007-07-01", "2007-12-31", "month"),
        ),
        # ECB+ 41_6ecbplus
        (
            "en",
            "protests springing up in the streets of Khartoum early this year.",
            "2011-11-10",
            "early this year",
            ("2011-01-01", "2011-06-30", "month"),
        ),
        # ECB+ 13_13ecbplus, wire text spacing its hyphen
        (
            "en",
            "It was taken over by the state in the mid - 1980s after its private owner went "
            "bankrupt.",
            "2012-08-07",
            "mid - 1980s",
            ("1982-01-01", "1987-12-31", "year"),
        ),
        # ECB+ 13_5ecbplus
        (
            "en",
            "That changed at the start of the 1980s when the state tried to supercharge farming.",
            "2012-08-07",
            "start of the 1980s",
            ("1980-01-01", "1984-12-31", "year"),
        ),
        # ECB+ 28_6ecb (undated there): a week of a month, not "last week"
        (
            "en",
            "In the last week of November, the National Archives released more than 10,000 pages "
            "of documents from the Nixon presidency",
            "2008-12-19",
            "last week of November",
            ("2008-11-24", "2008-11-30", "day"),
        ),
        # ECB+ 27_5ecb
        (
            "en",
            "The flaw has been in circulation since the first week of December.",
            "2008-12-17",
            "first week of December",
            ("2008-12-01", "2008-12-07", "day"),
        ),
        # ECB+ 3_1ecb: "of" after "last month" with no article before it is what he did
        (
            "en",
            "Nichols, 37, was found guilty last month of murdering a judge, a court reporter, a "
            "sheriff's deputy and a federal agent in the March 2005 rampage.",
            "2008-12-13",
            "last month",
            ("2008-11-01", "2008-11-30", "month"),
        ),
        # the end of a year is its late part, unless a deadline's
        # SaudiNewsNet 2015-08-11-0242: the host who joined the show at the end of 2014
        (
            "ar",
            "ويخلف تريفور نواه (31 عاما) وهو كوميدي من جنوب إفريقيا انضم إلى (ذا ديلي شو) في نهاية "
            "2014، ستيوارت في تقديم البرنامج",
            "2015-08-11",
            "نهاية 2014",
            ("2014-07-01", "2014-12-31", "month"),
        ),
        # ECB+ 6_3ecb (undated): the release, not a deadline
        (
            "en",
            "the studio is planning to release the film towards the end of 2009 or early 2010",
            None,
            "end of 2009",
            ("2009-07-01", "2009-12-31", "month"),
        ),
        # ...but by the end of a year is a deadline, the year: ECB+ 13_5ecbplus
        (
            "en",
            "By the end of 2007, it was obvious even to the Palin administration that Mat Maid "
            "couldn't survive",
            "2012-08-07",
            "2007",
            ("2007-01-01", "2007-12-31", "year"),
        ),
        # ...and SaudiNewsNet audit #37 (extract/audit/ar.yaml)
        (
            "ar",
            "حيث كان من المقرر تأسيس شركة نقل مستقلة للكهرباء بنهاية العام 2010، وتأسيس أربع "
            "شركات للتوليد بحلول عام 2011",
            "2015-08-09",
            "العام 2010",
            ("2010-01-01", "2010-12-31", "year"),
        ),
        # a part's era is its own: SaudiNewsNet 2015-08-09-1120
        (
            "ar",
            "سف السليمان هو أحد الذين ورد اسمه ضمن قائمة المعتقلين بسبب المشاركة في الاحداث التي "
            "جرت في مدينة بريدة بمنطقة القصيم في نهاية عام 2012م.",
            "2015-08-09",
            "نهاية عام 2012م",
            ("2012-07-01", "2012-12-31", "month"),
        ),
    ],
)
def test_a_part_is_read_as_the_part(language, body, published, text, reading):
    assert at(body, text, *reading) in dates(body, language, published=published)


@pytest.mark.parametrize(
    ("body", "text"),
    [
        # SaudiNewsNet 2015-08-10-0169: the police killed on Saturday night
        (
            "ونقلت وكالة «دوغان» التركية للأنباء أن شرطيا قتل وأصيب آخر بجروح ليلة السبت نتيجة "
            "هجوم وقع في مدينة مديات في محافظة ماردين جنوب شرقي تركيا",
            "ليلة السبت",
        ),
        # SaudiNewsNet 2015-08-09-0104 (as 10-0381 and 10-0912 tell it)
        (
            "وذكرت وكالة الأنباء «دوغان» أن هجوما وقع مساء السبت - الأحد في مدينة مديات في "
            "محافظة ماردين (جنوب شرقي تركيا)",
            "مساء السبت",
        ),
    ],
)
def test_the_part_of_the_day_before_a_weekday_is_the_dates_own(body, text):
    assert at(body, text, "2015-08-08", "2015-08-08", "day") in dates(
        body, "ar", published="2015-08-10"
    )


def test_the_longest_part_of_the_day_is_spanned():
    # SaudiNewsNet 2015-08-07-0150: "after midnight of Wednesday", not "night of Wednesday"
    body = "أن مدنيا قتل في انفجار لغم جنوب شرقي تركيا بعد منتصف ليل الأربعاء - الخميس."
    text = "منتصف ليل الأربعاء"
    assert at(body, text, "2015-08-05", "2015-08-05", "day") in dates(
        body, "ar", published="2015-08-07"
    )


@pytest.mark.parametrize(
    "body",
    [
        # SaudiNewsNet 2015-08-11-0000: one morning of the days, no Sunday nor one day
        "وقال ” في صباح أحد الأيام بعد أن جهزت زوجتي إفطار أبنائها، جلست على أحد الكراسي",
        # SaudiNewsNet 2015-08-11-1220: one of the rebels blew himself up
        'وأضاف : "بالأمس القريب فجر أحد العصاة والمارقين والفاسدين مسجداً لقوات الأمن الخاصة في '
        "منطقة عسير",
        # SaudiNewsNet 2015-08-10-0389: the club Ohod before its Saturday, no one day;
        # 2015-08-11-1039: one of the best-known poets, no one month (counts.yaml `one_of`)
        "وذلك تحضيراً للقاء فريق أحد يوم السبت المقبل ضمن مباريات دور الـ32 من كأس ولي العهد",
        'وتطرق إلى أن عرض "نقش من هوازن" لمؤلفه حسين عادل شاهين، يؤرخ لحياة أحد أشهر الشعراء '
        "العرب في الجاهلية وصدر الإسلام",
    ],
)
def test_one_of_the_days_of_the_rebels_or_a_club_is_no_sunday_nor_a_length(body):
    claims = claims_in(body, published="2015-08-11")
    assert not [c.text for c in claims if "أحد" in c.text]


def test_two_parts_of_two_years():
    # ECB+ 6_1ecb: a release "likely for late 2009 or early 2010"
    body = "a release likely for late 2009 or early 2010."
    assert dates(body, "en", published="2009-01-05") == [
        at(body, "late 2009", "2009-07-01", "2009-12-31", "month"),
        at(body, "early 2010", "2010-01-01", "2010-06-30", "month"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # SaudiNewsNet snn-2015-08-11-0679: the school year's start, with no word of since
        "وقدّم المرشد شكره وتقديره لمدارس المنطقة على حرص منسوبيها على التجهيز والإعداد المبكر"
        " لبداية العام والتفاعل مع خطة الإدارة",
        # ECB+ 43_5ecb: "Beginning" with no "of" starts something next year
        "'' Beginning next year, the companies will market \"customer-centric platforms '' using "
        "AMD and ATI technologies that will include all existing product offerings.",
    ],
)
def test_a_part_needs_its_year_named(body):
    language = "en" if body.isascii() else "ar"
    found = dates(body, language, published="2015-08-07")
    assert all(not text.startswith(("بداية", "Beginning")) for text, *_ in found)


def test_a_part_of_the_year_since_which_is_the_year_to_date():
    # SaudiNewsNet snn-2015-08-07-0296 (and -0041, -1168, 2015-08-08-0762), snn-2015-08-10-1221:
    # an unnamed year's part right after "منذ" is of the paper's year (relative_dates.yaml
    # `since`), read as "منذ بداية العام الحالي" is
    for body, published in (
        (
            "تتجه عقود برنت لتسجيل سادس اسبوع على التوالي من الانخفاضات وهي اطول سلسلة خسائر منذ "
            "بداية العام.",
            "2015-08-07",
        ),
        (
            "وبذلك يكون السوق قد خسر 159.4 مليار ريال من قيمته السوقية في آخر أسبوعين، ومنذ بداية"
            " العام فقد ارتفع المؤشر العام 3.86% أو 321 نقطة",
            "2015-08-10",
        ),
    ):
        assert at(body, "بداية العام", "2015-01-01", "2015-06-30", "month") in dates(
            body, "ar", published=published
        )
