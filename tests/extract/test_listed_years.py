"""The last of a list of dates in another clause dates none of its figures (extract/context.py
`_as_of`); two dates joined may be a span or a pair told respectively, and still date them."""

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
