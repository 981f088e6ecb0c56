"""A list of Hijri months after the plural or the dual of "month" ("للأشهر (محرم وربيع الأول)"):
each month is a date, as one month after "شهر" is; a bare "رمضان" stays a name."""

from __future__ import annotations

from tests.extract.by_text import claims_in


def months(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.date and c.date.start) for c in claims_in(text) if c.kind == "date"]


def test_each_month_of_a_list_after_the_plural_of_month():
    # SaudiNewsNet snn-2015-08-10-1162 (jouf-deposits; -1647 and 08-11-1232 print it too)
    assert months(
        "أن المبلغ يمثل مكافآت طلاب وطالبات مدارس تحفيظ القرآن الكريم وبرامج التربية الخاصة"
        " والمغتربين وأبناء المعلمين والمعلمات المتوفين والقرى النائية، للأشهر (محرم وربيع"
        " الأول) للعام الدراسي 1435 / 1436هـ ."
    ) == [("محرم", "2014-10-25"), ("ربيع الأول", "2014-12-23"), ("1435 / 1436هـ", "2013-11-04")]


def test_a_month_named_alone_after_a_verb_is_a_name():
    # SaudiNewsNet snn-2015-08-10-0134: a player named Ramadan
    assert months("دفع مبروك بآخر تغييراته بنزول رمضان صبحي بدلا من عماد متعب.") == []
