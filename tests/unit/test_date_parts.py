"""Parts of a year, of a decade and of a month read as the part, not the whole: "early this
year", "منتصف العام الماضي", "the mid - 1980s", "the last week of Ramadan" (date_words.yaml
`year_parts`, `week_nouns`, `part_articles`)."""

from __future__ import annotations

import pytest

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
    ],
)
def test_a_part_is_read_as_the_part(language, body, published, text, reading):
    assert at(body, text, *reading) in dates(body, language, published=published)


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
