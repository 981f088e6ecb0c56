"""The last of a list of dates in another clause dates none of its figures (extract/context.py
`_as_of`); two dates joined may be a span or a pair told respectively, and still date them; the
end of a period dates no figure of a statement opened after it."""

from __future__ import annotations

from tests.extract.by_text import claims_by_text


def test_a_clubs_title_years_do_not_date_a_loan_of_this_season():
    # SaudiNewsNet snn-2015-08-08-0830 (Al-Riyadh): the loan fee was dated 2001, apart from
    # Al-Watan's "خمسة ملايين يورو" of the same sentence
    claims = claims_by_text(
        "يملك روما، بطل ايطاليا في 1942 و1983 و2001، حق شراء عقد اللاعب متى يريد خلال الموسم "
        "الحالي، وذكرت تقارير ان قيمة اعارته بلغت خمسة ملايين يورو وحق الشراء 15 مليون يورو.",
        "ar",
        "2015-08-08",
    )
    assert claims["خمسة ملايين يورو"].as_of.start == "2015-08-08"


def test_two_years_told_respectively_still_date_the_second_figure():
    # SaudiNewsNet week: "خلال عامي 2015 و2016، مقابل توقعات سابقة بلغت 1.5 و1.6 في المائة"
    claims = claims_by_text(
        "رفعت توقعاتها لنمو الاقتصاد إلى 1.8 في المائة خلال عامي 2015 و2016، مقابل توقعات سابقة "
        "بلغت 1.5 و1.6 في المائة على التوالي.",
        "ar",
        "2015-08-07",
    )
    assert claims["1.6 في المائة"].as_of.start == "2016-01-01"


# SaudiNewsNet snn-2015-08-11-0595 (the voters' age and the council of Jazan, which 10-1555
# states undated)
_JAZAN = (
    "لمرحلتي قيد الناخبين التي ستكون في الفترة من 7/11/1436هـ إلى 1/12/1436هـ، وتسجيل "
    "المرشحين، التي ستكون في الفترة من 15/11/1436هـ إلى 4/12/1436هـ والتسهيل على الناخبين "
    "والمرشحين، لافتًا إلى أن التطوير شمل تخفيض سن الناخب من 21 عامًا إلى 18 عامًا، وهو ما سيعمل "
    "على إعطاء مساحة أكبر للشباب للمشاركة في العملية الانتخابية."
)


def test_the_end_of_a_period_does_not_date_a_statement_opened_after_it():
    claims = claims_by_text(_JAZAN, "ar", "2015-08-11")
    assert claims["21 عامًا"].as_of.start == "2015-08-11"
    assert claims["18 عامًا"].as_of.start == "2015-08-11"


def test_the_end_of_a_period_dates_the_items_of_its_statement():
    # snn-2015-08-08-0781: the Shark Week programme's time is of its week
    claims = claims_by_text(
        "وبدورها تقدم قناة Discovery Channel احتفالية خاصة بعالم أسماك القرش مع سلسلة من البرامج "
        'الخاصة ضمن "أسبوع القرش Shark Week" خلال الفترة من 24 إلى 30 أغسطس، عند الساعة 10:40 '
        "مساءً بتوقيت المملكة العربية السعودية.",
        "ar",
        "2015-08-08",
    )
    assert claims["الساعة 10:40"].as_of.start == "2015-08-30"
