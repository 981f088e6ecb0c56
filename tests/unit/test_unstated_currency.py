"""A bare amount of millions or more, counting nothing, in a clause about money is a sum whose
currency is not stated."""

from __future__ import annotations

from factcheck.extract import extract_document
from factcheck.extract.money import UNSTATED
from factcheck.models import Document


def amounts(text: str) -> list[tuple[str, str, float | None, str | None]]:
    document = Document(id="d", path="d", body=text, language="ar", published="2015-08-10")
    return [
        (claim.text, claim.kind, claim.value, claim.note)
        for claim in extract_document(document)
        if claim.kind in ("count", "money")
    ]


def test_a_sum_said_without_its_currency():
    # ANS ans-stance-train-1202 and SaudiNewsNet (Al-Riyadh, 2015-08-09)
    assert amounts("سؤال يكسب مؤسس تسلا مليار ونصف المليار") == [
        ("مليار ونصف المليار", "money", 1.5e9, UNSTATED)
    ]
    assert amounts(
        "رغم تراجع أرباح قطاع الاتصالات التي فاقت ثلاثة مليارات و600 مليون خلال هذه الفترة"
    ) == [("ثلاثة مليارات و600 مليون", "money", 3.6e9, UNSTATED)]


def test_an_amount_of_a_noun_or_of_people_stays_a_count():
    # SaudiNewsNet snn-2015-08-10-0171: shares, a noun the lexicon lacks, next to their value
    shares = amounts("حيث قام المستثمرون بتناقل ملكية 7.2 مليون سهم بقيمة")
    assert [(text, kind) for text, kind, _, _ in shares] == [("7.2 مليون", "count")]
    # SaudiNewsNet (2015-08-09): millions of Egyptians, in a clause about a loss
    watched = amounts("تكبدوا خسارة جديدة حين شاهد ملايين المصريين السفن العملاقة")
    assert [(text, kind) for text, kind, _, _ in watched] == [("ملايين", "count")]


def test_lawsuits_are_counted_and_billions_without_a_word_of_money_stay_a_count():
    # ANS ans-stance-train-0910: a year-like number before the noun it counts
    assert amounts("بعد الفضيحة.. 1670 دعوى بالمليارات ضد فولكسفاغن") == [
        ("1670 دعوى", "count", 1670, None),
        ("بالمليارات", "count", None, None),
    ]


def test_a_word_after_the_sum_that_is_no_noun_it_counts():
    # adapted from SaudiNewsNet (2015-08-08) "وتكبدت خزينة يونايتد 57.7 مليون حينما تعاقدت معه"
    assert amounts("وتكبدت خزينة يونايتد خسارة 57.7 مليون بسبب الصفقة القياسية") == [
        ("57.7 مليون", "money", 57.7e6, UNSTATED)
    ]
