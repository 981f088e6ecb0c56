"""A floor and the value whose decimals it drops are one figure (features.truncated_floor):
proposed and judged as one value stated twice."""

from __future__ import annotations

from tests.extract.by_text import findings_between

# snn-2015-08-10-0175 and -0312: China's foreign trade in the first seven months
EXACT = (
    "وأشار بيان رسمي صادر عن المصلحة العامة للجمارك الصينية السبت إلى انخفاض حجم التجارة "
    "الخارجية الصينية بنسبة 7.3 في المائة، ليصل إلى 13.63 تريليون يوان (2.3 تريليون دولار) على "
    "أساس سنوي في الأشهر السبعة الأولى من عام 2015."
)
FLOOR = (
    "وحددت بكين هدف النمو الاقتصادي هذا العام عند نحو 7 في المائة، لكن بيانات معاكسة أظهرت "
    "انكماش التجارة الخارجية للصين بأكثر من 7 في المائة لتصل إلى 13.63 تريليون يوان (2.23 "
    "تريليون دولار أمريكي) في الأشهر السبعة الأولى من العام الحالي قد تعوق هذا الهدف."
)


def test_more_than_seven_percent_restates_seven_point_three():
    found = findings_between(EXACT, FLOOR, language="ar", published="2015-08-10")
    assert ("agreement", "7.3 في المائة", "بأكثر من 7 في المائة") in found
    # the growth target "نحو 7 في المائة" is another figure
    assert not [f for f in found if "نحو 7 في المائة" in f]
