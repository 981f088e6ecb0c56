"""A list of figures that states its unit once, after the last, puts every item in it; a range
alone in brackets takes the unit after them; a number said with the article keeps its scale."""

from __future__ import annotations

from factcheck.extract import extract_document
from factcheck.models import Document


def sums(text: str) -> list[tuple[str, float | None, float | None, float | None]]:
    document = Document(id="t", path="t", language="ar", published="2015-08-09", body=text)
    return [
        (c.text, c.value, c.low, c.high) for c in extract_document(document) if c.kind == "money"
    ]


def test_every_item_of_a_list_is_in_its_last_items_unit():
    # SaudiNewsNet snn-2015-08-09-0554: the first tier's six prices, the cheap programme's
    # lists joined by commas and by "و"
    found = sums(
        "وتبلغ تكاليف الشريحة الأولى 8146، 8084، 8021، 7896، 7771،7546 ريال. وحددت تكلفة برنامج"
        " الحج الشامل منخفض التكلفة بفئاتها ب5250، 5050، 4650، 4400، 4150، 3250 ريالا وغير"
        " الشاملة بفئاتها 5000 و4800 و4400و4150 و3900 و3000 ريال"
    )
    assert [value for _, value, _, _ in found] == [
        8146, 8084, 8021, 7896, 7771, 7546,
        5250, 5050, 4650, 4400, 4150, 3250,
        5000, 4800, 4400, 4150, 3900, 3000,
    ]  # fmt: skip


def test_a_range_alone_in_brackets_takes_the_unit_after_them():
    # SaudiNewsNet snn-2015-08-09-1121
    found = sums(
        "- الشريحة الأولى: (7546 - 8146) ريالا.\n\n- الشريحة الثانية: (7295 - 7895) ريالا.\n\n"
        "- شريحة الأبراج: (11890) ريالا."
    )
    assert found == [
        ("(7546 - 8146) ريالا", None, 7546, 8146),
        ("(7295 - 7895) ريالا", None, 7295, 7895),
        ("(11890) ريالا", 11890, 11890, 11890),
    ]


def test_a_list_of_ages_is_in_years():
    # SaudiNewsNet snn-2015-08-10-1083
    document = Document(
        id="t",
        path="t",
        language="ar",
        published="2015-08-10",
        body="إن المواطنات أصبن بالفيروس في الرياض، وتبلغ أعمارهن 31، 60، 55 عاما على التوالي",
    )
    found = [(c.value, c.unit) for c in extract_document(document) if c.kind == "quantity"]
    assert found == [(31, "year"), (60, "year"), (55, "year")]


def test_a_number_said_with_the_article_keeps_its_scale():
    # SaudiNewsNet snn-2015-08-11-0164, -0122: a million, four million and a billion before
    found = sums(
        "برقم كبير اقترب من حاجز الخمسين مليون ريال موزعة بين ناديه. جاوز فيها سعر اللاعب حاجز"
        " الأربعة ملايين جنيه إسترليني. وأوضح المعهد أن مبلغ المائة مليار يورو الذي وفرته"
        " ألمانيا منذ 2010 يشكل"
    )
    assert [(text, value) for text, value, _, _ in found] == [
        ("الخمسين مليون ريال", 50_000_000),
        ("الأربعة ملايين جنيه إسترليني", 4_000_000),
        ("المائة مليار يورو", 100_000_000_000),
    ]
