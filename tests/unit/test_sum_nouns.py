"""What a sum of money is (Claim.sum_of, lexicons/*/sums.yaml): the noun before it in its
clause, one right after it, or the sentence's subject before it; never a noun further on."""

from __future__ import annotations

from factcheck.extract import extract_document
from factcheck.models import Document


def sums(text: str, language: str = "ar") -> list[tuple[str, str | None]]:
    document = Document(id="d", path="d", body=text, language=language, published="2015-08-10")
    return [
        (c.text, c.sum_of) for c in extract_document(document) if c.kind in ("money", "percent")
    ]


def test_each_sum_of_a_club_report_is_its_own_noun():
    # SaudiNewsNet snn-2015-08-10-0480: the expenses and the revenue, not one sum told twice
    assert sums(
        "حيث بلغت مصروفات النادي ما يقارب ثلاثة ملايين وخمسمائة ألف ريال، فيما بلغت الإيرادات "
        "بإجمالي ثلاثة ملايين ريال."
    ) == [
        ("ما يقارب ثلاثة ملايين وخمسمائة ألف ريال", "expenses"),
        ("ثلاثة ملايين ريال", "revenue"),
    ]


def test_the_subject_a_comma_before_and_the_share_of_a_sum():
    # SaudiNewsNet snn-2015-08-07-0910, -08-0514
    assert sums(
        "وكانت البنوك العاملة في المملكة سجلت ارتفاعا في أرباحها منذ بداية العام 2015، لتصل إلى "
        "22.4 مليار ريال."
    ) == [("لتصل إلى 22.4 مليار ريال", "profit")]
    assert ("10 %", "deposits") in sums(
        "وارتفعت الودائع بنسبة 10 % لتصل إلى 1646 مليار ريال خلال شهر يونيو 2015."
    )


def test_a_noun_further_on_names_something_else():
    # SaudiNewsNet snn-2015-08-07-1124: a company's name, not what the visitors spent
    assert sums(
        "ضخ أكثر من 50 ألف زائر وزائرة لمهرجان العسل نحو 800 ألف ريال لشراء العسل ومنتوجات "
        "النحل وأكد الرئيس التنفيذي لشركة المجدوعي للاستثمار إبراهيم المجدوعي أن الدعم كبير"
    ) == [("نحو 800 ألف ريال", None)]


def test_a_noun_right_after_the_sum():
    # QuanTemp quantemp-test-1084 (its fact check's text, "pointdoes" as printed)
    assert sums(
        "At no pointdoes he claim to have made $200 billion in profits from his foundation’s "
        "vaccination efforts.",
        "en",
    ) == [("$200 billion", "profit")]


def test_the_noun_right_after_a_change_before_an_earlier_one():
    # SaudiNewsNet snn-2015-08-07-0249: the low-cost airline's profit fell, not its cost
    assert ("13.6 في المائة", "profit") in sums(
        "وهبط سهم العربية للطيران منخفض التكلفة 1.8 في المائة بعدما سجلت الشركة انخفاضا بلغ 13.6 "
        "في المائة في صافي ربح الربع الثاني للعام إلى 146.2 مليون درهم."
    )


def test_a_construct_of_two_nouns_is_its_first():
    # ANS ans-stance-train-0282: "the budget's deficit" is the deficit, as "العجز" on the other side
    assert sums("العجز الأميركي يصل ل ٧٧ مليار") == [("٧٧ مليار", "deficit")]
    assert sums("عجز الموازنة الأميركية  يصل ل٦٦ مليار") == [("٦٦ مليار", "deficit")]
