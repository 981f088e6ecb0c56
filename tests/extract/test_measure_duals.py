"""The dual of a unit of measure is two of it, as a unit of time's is (lexicons/ar/durations.yaml
`duals`), but not the ton's, whose dual is also a ringing; after a range's opening word, with a
join and a number of its unit after it, the dual is the low end of one range."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_by_text, claims_in


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "value"),
    [
        (  # snn-2015-08-11-0195
            "ووقع الحادث في المنطقة المنزوعة السلاح التي تمتد بعرض كيلومترين على جانبي الحدود.",
            "كيلومترين",
            "km",
            2.0,
        ),
        (  # snn-2015-08-11-1444: the half after the dual is its own, no half metre
            "أثار ثعبان ضخم يصل طوله إلى مترين ونصف المتر صباح أمس الاثنين الخوف والهلع",
            "مترين ونصف",
            "m",
            2.5,
        ),
    ],
)
def test_a_dual_of_a_measure_is_two_of_it(sentence: str, figure: str, unit: str, value: float):
    claim = claims_by_text(sentence, "ar")[figure]
    assert (claim.unit, claim.value) == (unit, value)


def test_a_ringing_is_no_two_tons():
    # snn-2015-08-07-0107
    sentence = (
        "ووقفوا 55 ألف شخص إحياء للذكرى وسط صمت لم يقطعه سوى طنين الجرس الكبير وأزيز زيزان "
        "الصيف في حديقة السلام التذكارية"
    )
    assert [claim.unit for claim in claims_in(sentence, "ar")] == ["people"]


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "high"),
    [
        (  # snn-2015-08-10-0817
            "وعربة السير الدقيقة مصنوعة من الالومنيوم ويتراوح وزنها بين كيلوجرامين وثلاثة "
            "كيلوجرامات وذلك يعتمد على ما اذا",
            "بين كيلوجرامين وثلاثة كيلوجرامات",
            "kg",
            3.0,
        ),
        (  # snn-2015-08-09-0984
            "وهذا يتناسب وصناعة البتروكيماويات كونها من الصناعات طويلة المدى وتحتاج من عامين "
            "إلى اربعة أعوام للبدء بالإنتاج،",
            "من عامين إلى اربعة أعوام",
            "year",
            4.0,
        ),
        (  # snn-2015-08-10-1370
            "ويكون ارتفاعه عن سطح الأرض ما بين مترين إلى ثلاثة أمتار.",
            "ما بين مترين إلى ثلاثة أمتار",
            "m",
            3.0,
        ),
    ],
)
def test_a_dual_opens_a_range_of_its_unit(sentence: str, figure: str, unit: str, high: float):
    claim = claims_by_text(sentence, "ar")[figure]
    assert (claim.qualifier, claim.unit, claim.low, claim.high) == ("range", unit, 2.0, high)


def test_more_than_a_dual_is_no_range():
    # snn-2015-08-09-0147: "من" after "لأكثر" is the floor's, and no number follows "إلى"
    sentence = "وساروا به لأكثر من كيلومترين إلى مثواه الأخير، وهم يهتفون"
    claim = claims_by_text(sentence, "ar")["لأكثر من كيلومترين"]
    assert (claim.qualifier, claim.low, claim.high) == ("gt", 2.0, None)
