"""Two numbers joined by "or" / "أو" (qualifiers.yaml `range_join_bare`): a range where the first
has no unit of its own, two options where each has one."""

from __future__ import annotations

from tests.extract.by_text import claims_in


def _read(text: str, language: str) -> list[tuple[str, str, float | None, float | None]]:
    return [
        (claim.text, claim.qualifier, claim.low, claim.high)
        for claim in claims_in(text, language, "2012-09-01")
    ]


def test_two_bare_numbers_joined_by_or_are_a_range():
    # ECB+ 28_7ecbplus, 41_8ecbplus; SaudiNewsNet snn-2015-08-11-0106
    assert _read("I had dinner with the Mitchells four or five times a week.", "en") == [
        ("four or five", "range", 4, 5)
    ]
    assert _read(
        "advocacy group the Enough Project, said aid workers inside the Yida refugee camp said at "
        "least one bomb landed in the camp, and three or four fell outside it.",
        "en",
    )[-1] == ("three or four", "range", 3, 4)
    assert _read(
        "وقال شاهد عيان لـ«رويترز» إن إحدى المرأتين أطلقت أربعة أو خمسة أعيرة نارية على مسؤولي "
        "الأمن وضباط القنصلية.",
        "ar",
    ) == [("أربعة أو خمسة", "range", 4, 5)]


def test_two_amounts_each_with_its_unit_joined_by_or_are_two_options():
    # ECB+ 40_10ecb: the drives on offer
    assert _read(
        "Optional upgrades include a 8GBs of DDR3 memory, a 320GB hard drive, a 128GB or 256GB "
        "solid state drive, and various display output alternatives.",
        "en",
    )[-2:] == [("128GB", "exact", 128, 128), ("256GB", "exact", 256, 256)]
