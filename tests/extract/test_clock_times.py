"""Times of day are moments, ranks of the day's minutes: "بحلول الساعة 0647 بتوقيت جرينتش"."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_in


def times(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.text, c.value, c.unit) for c in claims_in(text) if c.unit and "clock" in c.unit]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SaudiNewsNet snn-2015-08-07-0292 (gold-weekly): Reuters' four digits, Greenwich time
        (
            "وارتفع سعر الذهب في المعاملات الفورية 0.3 بالمئة إلى 1092.10 دولار للأوقية"
            " (الأونصة) بحلول الساعة 0647 بتوقيت جرينتش.",
            [("الساعة 0647", 407, "clock_gmt")],
        ),
        # snn-2015-08-10-0105 and snn-2015-08-10-1256 (ikea-sweden): one call, two spellings
        (
            "وقالت الشرطة إنّها تلقت مكالمة هاتفية تفيد بوقوع إصابات في متجر «إيكيا» نحو الساعة"
            " (11:00 بتوقيت غرينتش).",
            [("الساعة (11:00", 660, "clock_gmt")],
        ),
        (
            "وقالت الشرطة إنها تلقت مكالمة هاتفية تفيد بوقوع إصابات في متجر إيكيا حوالي الساعة"
            " 1100 بتوقيت جرينتش.",
            [("الساعة 1100", 660, "clock_gmt")],
        ),
        # snn-2015-08-10-0114 (mali-hotel): an hour as an ordinal word
        (
            "وكان المهاجمون الذين لم تعرف هوياتهم، وما زال عددهم الإجمالي مجهولا اقتحموا نحو"
            " الساعة السابعة بالتوقيت المحلي وتوقيت غرينتش الجمعة",
            [("الساعة السابعة", 420, "clock")],
        ),
        # snn-2015-08-09-1230: a half hour, and the afternoon and evening words
        (
            "بدأت عملية النقل الساعة الثالثة والنصف عصرا واستمرت حتى الساعة السادسة مساء، حيث"
            " تم نقل 6 مصابين جوا",
            [("الساعة الثالثة والنصف", 930, "clock"), ("الساعة السادسة", 1080, "clock")],
        ),
        # snn-2015-08-11-0338 (elections-343): an hour in words after a preposition, the part
        # of the day after it
        (
            "وبمعدل 5 ساعات يوميا تبدأ من الساعة الخامسة عصراً وحتى العاشرة مساء، في حين ستبدأ",
            [("الساعة الخامسة", 1020, "clock"), ("وحتى العاشرة", 1320, "clock")],
        ),
        # snn-2015-08-08-1043 (and 10-0371, 10-1238): digits after a preposition are a time as
        # the other end of a range a time opened
        (
            "وتقام في الوقت نفسه مسابقات الفلكلور الشعبي من الساعة الخامسة عصرا إلى 11 مساءً بين"
            " محافظات مناطق مكة المكرمة",
            [("الساعة الخامسة", 1020, "clock"), ("إلى 11", 1380, "clock")],
        ),
    ],
)
def test_a_time_of_day(text, expected):
    assert times(text) == expected


def test_a_time_after_for_in_english():
    """25_5ecbplus: a kickoff "scheduled for" its time (it read as no claim before); a zone
    other than Greenwich time is left as a time of no stated zone."""
    text = (
        "New Orleans game will be the first one on wild card weekend, with kickoff scheduled for"
        " 1 : 30 p. m. PST."
    )
    found = [(c.text, c.value, c.unit) for c in claims_in(text, "en") if c.unit == "clock"]
    assert found == [("for 1 : 30 p. m.", 810, "clock")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 37_4ecbplus: a zone names a time after a preposition as a mark does (read as no claim
        # before)
        (
            "The quake struck inland at 0737 GMT at a depth of just 10 kilometres (6.2 miles) in"
            " the mountainous Bener Meriah district in the heart of Aceh",
            [("at 0737", 457, "clock_gmt")],
        ),
        # 14_1ecb: "2045" was read as a bare count
        (
            "More than 50 firefighters tackled the blaze at the store in High Street, Banstead,"
            " which broke out on the roof at about 2045 GMT on Friday.",
            [("about 2045", 1245, "clock_gmt")],
        ),
        # 20_3ecb, 20_2ecb, 4_1ecb: the moment again in Greenwich time, in brackets after the
        # local time
        (
            "A strong 5.6 -magnitude earthquake jolted part of Qeshm island in the Gulf off"
            " Iran's southern Hormozgan province at 17:06 pm (1336 GMT) on Sunday",
            [("at 17:06 pm", 1026, "clock"), ("1336", 816, "clock_gmt")],
        ),
        (
            "The Seismological network of the Geophysics Institute of Tehran University"
            " registered the quake at 17:06 hours local time (13:36 GMT).",
            [("at 17:06", 1026, "clock"), ("13:36", 816, "clock_gmt")],
        ),
        (
            "my dear friend and client Bettie Page passed away at 6:41pm PST this evening (0241"
            " GMT Friday) in a Los Angeles hospital",
            [("at 6:41pm", 1121, "clock"), ("0241", 161, "clock_gmt")],
        ),
        # 37_12ecbplus: a bracket of another zone than Greenwich time is left alone
        (
            "A magnitude - 6.1 earthquake struck Indonesia's Aceh province on Tuesday at 07 : 37"
            " a. m. UTC (3 : 37 a. m. EDT), killing at least one",
            [("at 07 : 37 a. m.", 457, "clock_gmt")],
        ),
    ],
)
def test_a_time_in_greenwich_time_in_english(text, expected):
    found = [
        (c.text, c.value, c.unit) for c in claims_in(text, "en") if c.unit and "clock" in c.unit
    ]
    assert found == expected


def test_a_time_in_greenwich_time_in_brackets_in_arabic():
    # snn-2015-08-10-0229: the local hour in words, then its Greenwich time in brackets
    text = (
        "وقالت شركة كوديلكو المملوكة للدولة وهي أكبر مصدر للنحاس في العالم إنها علقت العمل في"
        " ثاني أكبر مناجمها من الساعة الثانية مساء بالتوقيت المحلي(1700 بتوقيت جرينتش) يوم الأحد"
        " كإجراء وقائي ."
    )
    assert times(text) == [("الساعة الثانية", 840, "clock"), ("1700", 1020, "clock_gmt")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ 16_1ecbplus, 12_3ecb: a time's name after a preposition
        (
            "The defendant was arrested five buildings away on 223rd Street shortly before"
            " midnight.",
            [("before midnight", 0, "clock")],
        ),
        (
            "The pirates, in three boats, were attempting to hijack the Ethopian-flagged"
            " merchant vessel around noon today, when the destroyer INS Mysore intervened and"
            " repulsed the attack",
            [("around noon", 720, "clock")],
        ),
        # ECB+ 35_8ecb, 18_8ecb: "past" opens a time as "after" does (35_2ecb's "after 2:30
        # a.m." of the same stop)
        (
            "According to the San Diego Union-Tribune, Jackson was pulled over on state Route 52"
            " just past 2:30 a.m. in the Clairemont area",
            [("past 2:30 a.m.", 150, "clock")],
        ),
        (
            "Just past 4 p.m. Friday, Vancouver Police received a call of a man being shot at 40"
            " East 5th Ave.",
            [("past 4 p.m.", 960, "clock")],
        ),
        # 9_4ecb: a name no preposition opens is no time
        (
            "Conservation groups sued to block the new rules, reigniting a fight over so-called"
            " midnight regulation that had seemed to die down a day earlier",
            [],
        ),
        # QuanTemp quantemp-test-0130, -2399, -1794: both ends of a range of times; the other
        # end only right after a time ("in the morning and 3 p.m." opens none)
        (
            "Prime Minister Narendra Modi has called for the janta curfew on March 22 from 7 am"
            " to 9 pm to tackle corona virus.",
            [("from 7 am", 420, "clock"), ("to 9 pm", 1260, "clock")],
        ),
        (
            "Due to Omicron variant shops in Maharashtra can run only between 9:00 am to 8:00"
            " pm, fines will be imposed on not wearing masks",
            [("between 9:00 am", 540, "clock"), ("to 8:00 pm", 1200, "clock")],
        ),
        (
            'the 8 hours a day that the institute defines as the "peak period" – between 5 a.m.'
            " and 9 a.m. in the morning and 3 p.m. to 7 p.m. during the evening rush.",
            [("between 5 a.m.", 300, "clock"), ("and 9 a.m.", 540, "clock")],
        ),
        # ECB+ 45_1ecbplus: the other end's mark says the half of the day of both
        (
            "Between 10 : 37 and 10 : 58 p. m. April 8, the pay - as - you - go phone called"
            " Flynn's phone six times.",
            [("Between 10 : 37", 1357, "clock"), ("and 10 : 58 p. m.", 1378, "clock")],
        ),
        # 30_2ecb: hours of the whole day
        (
            "The cut occurred on lines between 07:28 and 08:06 Coordinated Universal Time (UTC)",
            [("between 07:28", 448, "clock"), ("and 08:06", 486, "clock")],
        ),
    ],
)
def test_a_times_name_and_a_range_of_times_in_english(text, expected):
    found = [
        (c.text, c.value, c.unit) for c in claims_in(text, "en") if c.unit and "clock" in c.unit
    ]
    assert found == expected
