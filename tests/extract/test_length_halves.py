"""A length of time with a half after its unit ("أربعة أشهر ونصف الشهر") is one length, even
where the half's words also name a part of a month."""

from __future__ import annotations

from tests.extract.by_text import claims_by_text


def test_a_half_month_after_months_is_no_middle_of_the_month():
    # SaudiNewsNet snn-2015-08-07-0314 (and four more reports of oil's fall): "its lowest in
    # four and a half months", no mid-August
    found = claims_by_text(
        "إلى 44.46 دولار للبرميل بعد هبوطه أكثر من دولار أمس الخميس حين بلغ أدنى مستوياته في"
        " أربعة أشهر ونصف الشهر.",
        "ar",
        published="2015-08-07",
    )
    claim = found["أربعة أشهر ونصف الشهر"]
    assert (claim.kind, claim.unit, claim.value) == ("quantity", "month", 4.5)
    assert "نصف الشهر" not in found


def test_a_part_of_the_month_alone_is_still_a_date():
    # SaudiNewsNet snn-2015-08-11-1380: "the visit is expected in the middle of this month"
    found = claims_by_text(
        "●● كما ذكرت نحن نعمل في هذا الاطار ونتوقع ان تتم الزيارة منتصف الشهر الحالي.",
        "ar",
        published="2015-08-11",
    )
    date = found["منتصف الشهر الحالي"].date
    assert date is not None and (date.start, date.end) == ("2015-08-11", "2015-08-20")
