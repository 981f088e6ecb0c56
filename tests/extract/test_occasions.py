"""Which numbered occasion a figure falls under (extract/occasions.py), on corpus text."""

from __future__ import annotations

from factcheck.extract.occasions import Occasions, occasions_apart
from factcheck.lang.normalize import fold

# SaudiNewsNet snn-2015-08-11-1575 (cut): a heading of two meetings, then the seventh's rounds
MEETINGS = (
    "يقيم نادي الفروسية حفل سباق الخيل الـ 7 و 8 ضمن موسم سباقات المصيف في محافظة الطائف "
    "يومي الجمعة والسبت المقبلين، حيث خصص السباق الـ 8 على كأس وزارة النقل .\n"
    " ويتكون حفل السباق الـ 7 يوم الجمعة من سبعة أشواط موزعة على النحو التالي :\n"
    ' الشوط الخامس : ربحت " إنتاج 4 سنوات فأكثر " ومسافته 1200 متر ومقدار جائزته 125 ألف ريال .'
)


def _occasion(body: str, figure: str, language: str = "ar") -> str | None:
    return Occasions(body, fold(body), language).at(body.index(figure) + len(figure))


def test_a_figure_is_the_occasion_of_the_last_heading_before_it():
    assert _occasion(MEETINGS, "1200 متر") == "meeting:7"
    assert _occasion(MEETINGS, "كأس وزارة النقل") == "meeting:8"


def test_a_heading_of_several_occasions_names_none():
    assert _occasion(MEETINGS, "موسم سباقات المصيف") is None


def test_a_race_over_a_distance_is_no_heading():
    # made up: the corpora write a race's distance without the article ("سباق 50 متراً",
    # SaudiNewsNet snn-2015-08-09-0469; "سباق 800م", -0619), which reads as no ordinal at all;
    # 800, not 1200, which is too large to be read as an ordinal and so could not fail
    body = "وفاز الجواد في سباق الـ 800 متر ومقدار جائزته 70 ألف ريال."
    assert _occasion(body, "70 ألف ريال") is None


def test_an_english_heading_is_capitalised():
    # ECB+ 29ecb: "in a 17 - 14 victory at Atlanta in Week 16, when he had 102 yards"
    body = (
        "Thomas started to look effective again in a 17 - 14 victory at Atlanta in Week 16, "
        "when he had 102 yards from scrimmage and a touchdown."
    )
    assert _occasion(body, "102 yards", "en") == "week:16"
    # ECB+ 29_4ecbplus (cut): a lower-case "week" before digits is no heading
    body = (
        "the only loss coming in week 3 on that last - minute 80 yard touchdown pass by the "
        "Jaguars after Luck had led another go - ahead scoring drive late in the 4th quarter."
    )
    assert _occasion(body, "80 yard", "en") is None


def test_occasions_of_one_kind_are_apart():
    assert occasions_apart("meeting:7", "meeting:8")
    assert not occasions_apart("meeting:7", "meeting:7")
    assert not occasions_apart("meeting:7", "round:8")
    assert not occasions_apart("meeting:7", None)
