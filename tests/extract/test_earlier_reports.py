"""A figure told by an earlier report holds for the day before its article's
(lexicons/*/time_words.yaml `earlier_report`, extract/context.py)."""

from __future__ import annotations

from tests.extract.by_text import claims_by_text


def test_a_figure_an_earlier_report_announced_is_of_the_day_before():
    # SaudiNewsNet snn-2015-08-07-0211: SAMA "had announced" the monthly bonds
    claims = claims_by_text(
        'ويقول مصرفيون "إن مؤسسة النقد العربي السعودي "ساما"، التي تلعب دور البنك المركزي، كانت '
        "قد أعلنت الحاجة إلى إصدار سندات نحو 20 مليار ريال سعودي (5.3 مليار دولار) كل شهر.",
        "ar",
        "2015-08-07",
    )
    assert claims["نحو 20 مليار ريال سعودي"].as_of.start == "2015-08-06"


def test_a_report_of_the_day_and_a_dated_earlier_one_keep_their_days():
    # the same bonds said today, and an earlier report that dates itself ("أمس الأول")
    today = claims_by_text(
        "وقال مصرفيون إن ساما تحتاج إلى إصدار سندات نحو 20 مليار ريال كل شهر.", "ar", "2015-08-07"
    )
    dated = claims_by_text(
        "وكانت ساما قد أعلنت أمس الأول الحاجة إلى إصدار سندات نحو 20 مليار ريال كل شهر.",
        "ar",
        "2015-08-07",
    )
    assert today["نحو 20 مليار ريال"].as_of.start == "2015-08-07"
    assert dated["نحو 20 مليار ريال"].as_of.start == "2015-08-05"


def test_an_english_figure_officials_had_given_is_of_the_day_before():
    # the shape of ECB+ 1_7ecbplus's "prosecutors had said late Thursday", undated
    claims = claims_by_text("Officials had said 12 people died in the fire.", "en", "2013-05-03")
    assert claims["12 people"].as_of.start == "2013-05-02"
