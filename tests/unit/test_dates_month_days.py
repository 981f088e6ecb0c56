"""Days fixed inside a month, on news-style sentences: the Nth or last weekday or day of a
month, mid/start of a month, month numbers in words, and spoken words for nearby days."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from factcheck.extract import extract_document
from factcheck.models import Document
from tests.conftest import shared_path
from tests.unit.test_dates import at, dates

PUBLISHED = "2015-08-12"  # a Wednesday


@pytest.mark.parametrize(
    ("body", "text", "reading"),
    [
        # SaudiNewsNet: a truce "in mid-February", a recapture "in mid-July last year"
        (
            "وتم التوصل إلى هدنة في منتصف فبراير (شباط) بعد توقيع اتفاقات سلام",
            "منتصف فبراير (شباط)",
            ("2015-02-11", "2015-02-20", "day"),  # ten days: never held against 20 February
        ),
        (
            "استعادة قوات التحالف مدينة عدن في منتصف يوليو (تموز) الماضي.",
            "منتصف يوليو (تموز) الماضي",
            ("2015-07-11", "2015-07-20", "day"),
        ),
        (
            "وكان آخر تعديل وزاري أجري في مصر مطلع مارس (آذار) الماضي، شمل 6 وزارات",
            "مطلع مارس (آذار) الماضي",
            ("2015-03-01", "2015-03-10", "day"),
        ),
        (
            "تبدأ المرحلة الثانية بداية شهر 10 وفق الجدول",
            "بداية شهر 10",
            ("2015-10-01", "2015-10-10", "day"),
        ),
        (
            "وتعقد الجمعية العمومية ثالث ثلاثاء في أيلول من كل عام",
            "ثالث ثلاثاء في أيلول",
            ("2015-09-15", "2015-09-15", "day"),
        ),
        (
            "تجرى الانتخابات التشريعية في الثلاثاء الأول من نوفمبر 2016 كما جرت العادة",
            "الثلاثاء الأول من نوفمبر 2016",
            ("2016-11-01", "2016-11-01", "day"),
        ),
        (
            "يحتفل الأمريكيون بعيد الشكر في الخميس الرابع من نوفمبر",
            "الخميس الرابع من نوفمبر",
            ("2015-11-26", "2015-11-26", "day"),
        ),
        (
            "وتنتهي المهلة في اليوم الأخير من شهر ديسمبر المقبل",
            "اليوم الأخير من شهر ديسمبر المقبل",
            ("2015-12-31", "2015-12-31", "day"),
        ),
        (
            "يعقد المجلس اجتماعه آخر اثنين من الشهر المقبل",
            "آخر اثنين من الشهر المقبل",
            ("2015-09-28", "2015-09-28", "day"),
        ),
        (
            "وصل الوفد في اليوم الثالث من شهر ثلاثة لعام 2014",
            "اليوم الثالث من شهر ثلاثة لعام 2014",
            ("2014-03-03", "2014-03-03", "day"),
        ),
        (
            "وسيصرف الراتب في أول يوم بشهر عشرة",
            "أول يوم بشهر عشرة",
            ("2015-10-01", "2015-10-01", "day"),
        ),
        ("وارتفعت الأسعار خلال شهر تسعة", "شهر تسعة", ("2015-09-01", "2015-09-30", "month")),
        ("قال الشاهد انه رآه امبارح عند الباب", "امبارح", ("2015-08-11", "2015-08-11", "day")),
        ("وتصل الشحنة بعد بكرة إلى الميناء", "بعد بكرة", ("2015-08-14", "2015-08-14", "day")),
        (
            "وأغلق المؤشر عند 7500 نقطة في اليوم المنصرم",
            "اليوم المنصرم",
            ("2015-08-11", "2015-08-11", "day"),
        ),
    ],
)
def test_day_fixed_inside_a_month(body, text, reading):
    assert dates(body, published=PUBLISHED) == [at(body, text, *reading)]


@pytest.mark.parametrize(
    ("body", "text", "reading"),
    [
        # SaudiNewsNet 2015-08-08: a training camp "from the fourth day of Shawwal"
        (
            "معسكر إعدادي في القاهرة بدءا من اليوم الرابع في شوال، خاض خلالها 3 مباريات",
            "اليوم الرابع في شوال",
            ("2015-07-20", "2015-07-20", "day"),
        ),
        # SaudiNewsNet 2015-08-07: a project running "since mid-Shaban"
        (
            "وبدأ مشروع حفظ وإكرام النعمة منذ منتصف شعبان، ولا يزال مستمرا في عمله",
            "منتصف شعبان",
            ("2015-05-29", "2015-06-07", "day"),
        ),
        (
            "وتقام الصلاة في المسجد الحرام في آخر جمعة من رمضان المقبل",
            "آخر جمعة من رمضان المقبل",
            ("2016-07-01", "2016-07-01", "day"),
        ),
    ],
)
def test_day_fixed_inside_a_hijri_month(body, text, reading):
    assert dates(body, published=PUBLISHED) == [at(body, text, *reading)]


def test_tuesday_the_third_stays_a_date_when_the_third_is_a_tuesday():
    # 3 March 2015 was a Tuesday: the day of the month, not the third Tuesday (the 17th)
    body = "وصل الرئيس يوم الثلاثاء الثالث من مارس الماضي إلى الرياض"
    found = dates(body, published=PUBLISHED)
    assert found == [at(body, "الثلاثاء الثالث من مارس الماضي", "2015-03-03", "2015-03-03", "day")]


def test_an_ordinal_before_in_month_is_no_day():
    # SaudiNewsNet: "who turns twenty in September" is the month, not the 20th
    body = "وسيدافع اللاعب الشاب، الذي سيكمل عامه العشرين في سبتمبر المقبل، والقادم من نادي"
    found = dates(body, published=PUBLISHED)
    assert found == [at(body, "سبتمبر المقبل", "2015-09-01", "2015-09-30", "month")]


@pytest.mark.parametrize(
    "body",
    [
        "وبقي في المستشفى لمدة شهر واحد قبل أن يغادر",
        "ونشر نص الاتفاق كاملا على موقع الوزارة",
        "وجاء في المركز الثالث من حيث عدد الزوار",
        # SaudiNewsNet snn-2015-08-11-0679: the school year's start ("منذ بداية العام", the year
        # to date, is a date: test_date_parts)
        "على حرص منسوبيها على التجهيز والإعداد المبكر لبداية العام والتفاعل مع خطة الإدارة",
        "ويتقاضى كل شهر خمسة آلاف ريال من الصندوق",
    ],
)
def test_ordinary_words_are_no_dates(body):
    assert dates(body, published=PUBLISHED) == []


@pytest.mark.parametrize(
    ("body", "text", "reading"),
    [
        # ECB+ 33ecb: a buyback program announced "in mid-June"
        (
            "District Attorney David Soares announced a gun buyback program in mid-June, offering",
            "mid-June",
            ("2015-06-11", "2015-06-20", "day"),
        ),
        (
            "Polls close on the first Tuesday of November 2016 in most states.",
            "first Tuesday of November 2016",
            ("2016-11-01", "2016-11-01", "day"),
        ),
        (
            "The bill takes effect on the last day of October, officials said.",
            "last day of October",
            ("2015-10-31", "2015-10-31", "day"),
        ),
        (
            "The board meets on the last Monday of next month.",
            "last Monday of next month",
            ("2015-09-28", "2015-09-28", "day"),
        ),
    ],
)
def test_english_day_fixed_inside_a_month(body, text, reading):
    assert dates(body, "en", published=PUBLISHED) == [at(body, text, *reading)]


def test_a_part_of_a_month_before_its_day_is_a_part_of_that_day():
    # ECB+ 35_2ecbplus (published 2009-02-02): "early Jan. 6" is that day's early hours, not
    # the first ten days of January
    body = "receiver Vincent Jackson, was arrested early Jan. 6 on suspicion of driving"
    assert dates(body, "en", published="2009-02-02") == [
        at(body, "Jan. 6", "2009-01-06", "2009-01-06", "day")
    ]
    # ...before a year, it stays the month's part (ECB+ 45_1ecbplus)
    body = "Howell contended Simpson's planning began in early April 2012 when he asked"
    assert dates(body, "en") == [at(body, "early April 2012", "2012-04-01", "2012-04-10", "day")]


def test_english_last_weekday_alone_stays_the_one_before_publication():
    body = "The company said last Monday that it would cut 300 jobs."
    found = dates(body, "en", published=PUBLISHED)
    assert found == [at(body, "last Monday", "2015-08-10", "2015-08-10", "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SaudiNewsNet snn-2015-08-08-0263: two days of one month, each a date
        (
            "وتستضيف عشق اباد الجمعية العمومية للمجلس الاولمبي الاسيوي في 15 و 16 سبتمبر المقبل",
            ["2015-09-15", "2015-09-16"],
        ),
        # the conjunction glued to the second day: the first was read as a count of 17
        ("يقام الحفل يومي 17 و18 سبتمبر", ["2015-09-17", "2015-09-18"]),
        # SaudiNewsNet snn-2015-08-09-0220 and snn-2015-08-11-1589: the first day of a range of
        # Hijri days was a count (seventeen, in a week of Hajj committees and of patients)
        (
            "المجلس التنسيقي واللجنة الوطنية للحج والعمرة يومي 17 و18 رمضان الماضي.",
            ["2015-07-04", "2015-07-05"],
        ),
        (
            "خلال الفترة 17 - 23 شوال 1436هـ، عبر تقديمه للخدمات التخصصية عن طريق",
            ["2015-08-02", "2015-08-08"],
        ),
    ],
)
def test_two_days_joined_before_their_month_are_two_dates(text, expected):
    document = Document(id="t", path="t", language="ar", published="2015-08-08", body=text)
    found = extract_document(document)
    assert [c.date.start for c in found if c.kind == "date" and c.date] == expected
    assert [c.text for c in found if c.kind == "count"] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # quantemp test_gold_sample quantemp-test-1389 (a fact-check quoting Reuters)
        (
            "The two-day Russia-Africa summit was held on July 27 and 28 (here), (here).",
            ("2015-07-27", "2015-07-28"),
        ),
        # written for the shape: the shared corpora have no count after a month's day and "and";
        # a word after the second number may count that word, no day
        ("He died on March 17 and 18 people were hurt.", ("2015-03-17", "2015-03-17")),
    ],
)
def test_days_joined_after_their_month_are_one_span(text, span):
    document = Document(id="t", path="t", language="en", published="2015-08-08", body=text)
    [date] = [c for c in extract_document(document) if c.kind == "date"]
    assert date.date is not None and (date.date.start, date.date.end) == span


@pytest.mark.parametrize("text", ["July 13-15", "July 13 to 15", "from July 13-15"])
def test_duckling_day_ranges_after_their_month(text):
    # Duckling's English time corpus (peer-suites/duckling-en-time.jsonl): its intervals end the
    # day after the last, ours on the last day
    path = shared_path("peer-suites", "duckling-en-time.jsonl")
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    [case] = [c for c in cases if c["text"] == text]
    expected = case["expected"]
    last = dt.date.fromisoformat(expected["to"]["value"][:10]) - dt.timedelta(days=1)
    document = Document(id="t", path="t", language="en", published=case["ref_time"][:10], body=text)
    [date] = [c for c in extract_document(document) if c.kind == "date"]
    assert date.date is not None
    assert (date.date.start, date.date.end) == (expected["from"]["value"][:10], last.isoformat())
