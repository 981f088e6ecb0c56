"""Sums of money as the SaudiNewsNet week writes them: a sum takes no count noun of its clause
as its concept, digits grouped with a comma and a dot, an article between a qualifier and its
number, a comparison whose ب is glued to the figure's "about"."""

from __future__ import annotations

from tests.extract.by_text import claims_by_text, claims_of_the_day


def test_a_sum_counts_no_noun_of_its_clause():
    # snn-2015-08-10-0311: the 47 million were read as a count of cars
    claims = claims_of_the_day(
        "وقالت إنها تكبدت خسائر تشغيل قدرها 47 مليون دولار بواقع نحو أربعة آلاف دولار لكل "
        "سيارة باعتها."
    )
    assert claims["47 مليون دولار"].subject is None
    assert claims["نحو أربعة آلاف دولار"].subject is None


def test_digits_grouped_by_a_comma_then_a_dot():
    # snn-2015-08-08-1002 against -0282's "(37.775.000) مليون ريال": one sum
    claims = claims_of_the_day(
        "افتتاح عدة مشروعات بتكلفة إجمالية بلغت ( 37,775.000) مليون ريال، ومشروع إنشاء "
        "حمايات خرسانية بتكلفة إجمالية بلغت (37.775.000) مليون ريال."
    )
    assert {claim.value for claim in claims.values()} == {37_775_000}


def test_a_qualifier_before_the_article_of_its_number():
    # snn-2015-08-11-0358 and -1205: "higher than the 100 thousand", "about the 200 thousand"
    claims = claims_of_the_day(
        "حيث تصل أسعار الكبائن إلى أعلى من الـ100 ألف ريال سعودي، وأسعار التذاكر إلى ما يقارب "
        "الـ٤٠٠ ريال سعودي."
    )
    assert claims["أعلى من الـ100 ألف ريال سعودي"].qualifier == "gt"
    assert claims["ما يقارب الـ٤٠٠ ريال سعودي"].qualifier == "approx"


def test_a_comparison_glued_to_the_figures_about():
    # snn-2015-08-11-0225: 70.3 is May's level, 488.5 last June's; neither replaced the other
    claims = claims_of_the_day(
        "وبلغت قيمته بنهاية حزيران (يونيو) 69.8 مليار ريال مقارنة بنحو 70.3 مليار ريال بنهاية "
        "شهر أيار (مايو)، ومقارنة بـ 488.5 مليار ريال بنهاية شهر حزيران (يونيو) من العام الماضي."
    )
    assert claims["بنحو 70.3 مليار ريال"].cue == "old:previous"
    assert claims["488.5 مليار ريال"].cue == "old:previous"


def test_a_scale_word_after_lost_digits_is_no_sum():
    # snn-2015-08-10-0203: "????" in the place of 27.2 (snn-2015-08-10-0744's figure)
    lost = claims_of_the_day(
        "وكانت إدارة نادي النصر قد أعلنت قبل أيام عن عزمها تسديد رواتب اللاعبين مشيرة في بيان "
        "وزعته على وسائل الإعلام أنها أنفقت ???? مليون ريال لسداد التزامات مالية كرواتب ومديونيات."
    )
    assert not [claim for claim in lost.values() if claim.kind == "money"]
    # snn-2015-08-07-0803: with no lost digits before it, the scale word is the sum
    donated = claims_of_the_day(
        "وقد تبرع الرئيس العام لرعاية الشباب السابق الامير نواف بن فيصل بمبلغ مليون ريال"
    )
    assert donated["مليون ريال"].value == 1e6


def test_a_sum_between_dashes_after_another_is_its_conversion():
    # SaudiNewsNet snn-2015-08-08-0121: the dollars of the Greek loans between dashes, whose
    # first was read as a minus ("-94 مليار دولار" conflicted with another paper's "94")
    claims = claims_by_text(
        "وتخوض اليونان مفاوضات مع الاتحاد الأوروبي وصندوق النقد الدولي للحصول على قروض جديدة "
        "بقيمة تصل إلى 86 مليار يورو -94 مليار دولار- لتجنب الإفلاس وانهيار الاقتصاد.",
        "ar",
        "2015-08-08",
    )
    assert claims["-94 مليار دولار"].scope == "conversion"


def test_the_period_of_a_statistic_is_of_what_it_measures():
    # snn-2015-08-10-0175 and -0312: one paper's trade and the other's consumer prices, each
    # "in the first seven months", are two statistics' periods
    trade = claims_of_the_day(
        "وأشار بيان رسمي صادر عن المصلحة العامة للجمارك الصينية السبت إلى انخفاض حجم التجارة "
        "الخارجية الصينية بنسبة 7.3 في المائة، ليصل إلى 13.63 تريليون يوان (2.3 تريليون دولار) "
        "على أساس سنوي في الأشهر السبعة الأولى من عام 2015."
    )
    prices = claims_of_the_day(
        "وعلى أساس شهري، زادت الأسعار الاستهلاكية بنسبة 0.3 في المائة في الشهر الماضي، وكان "
        "المؤشر صعد خلال الأشهر السبعة الأولى من العام بنسبة 1.3 في المائة على أساس سنوي."
    )
    assert trade["الأشهر السبعة"].sum_of == "trade"
    assert trade["7.3 في المائة"].sum_of == "trade"
    assert prices["الأشهر السبعة"].sum_of == "consumer_prices"


def test_currencies_of_african_and_asian_fact_checks():
    # QuanTemp quantemp-test-0422 and -0641, ECB+ 37_1ecb: a peso of no country named stays the
    # ambiguous peso (common/currencies.yaml), a shilling written "Ksh" is Kenya's
    pesos = claims_by_text(
        "Francisco Domagoso admitted he squandered 70 million pesos in a video", "en"
    )
    assert (pesos["70 million pesos"].value, pesos["70 million pesos"].unit) == (70e6, "peso")
    kenya = claims_by_text("5,236 contracts published valued at Ksh 146.5 billion.", "en")
    assert (kenya["Ksh 146.5 billion"].value, kenya["Ksh 146.5 billion"].unit) == (146.5e9, "KES")
    aid = claims_by_text("bringing 1.5 billion rupiah ($ A195,900) in aid", "en")
    assert aid["1.5 billion rupiah"].unit == "IDR"


def test_up_to_after_a_verb_of_motion_is_the_level_reached():
    # QuanTemp quantemp-test-0875: "went up to" is no ceiling; "can carry up to" is
    claims = claims_by_text(
        "It went up to 61,220 crore rupees from 33,580.93 crore rupees.", "en", "2021-01-01"
    )
    assert claims["61,220 crore rupees"].qualifier == "exact"
    # ECB+ 40_10ecb: a ceiling
    claims = claims_by_text(
        "The new battery system will deliver eight hours on a single charge and can be "
        "recharged up to 1,000 times in a single lifespan.",
        "en",
        "2009-01-06",
    )
    assert claims["up to 1,000 times"].qualifier == "le"
