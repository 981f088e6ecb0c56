"""Figures of two market indexes are never compared (rule FC038, Claim.index), while one
index's figure told by two papers agrees."""

from __future__ import annotations

from tests.extract.by_text import findings_between

# snn-2015-08-07-0331: the Dow on 6 August
_DOW = "وانخفض المؤشر داو جونز الصناعي 30.64 نقطة توازي 0.18 بالمئة إلى 17389.11 نقطة."
# snn-2015-08-11-0330: the Nasdaq on 10 August, by as many points
_NASDAQ = "وهبط المؤشر ناسداك المجمع 30.64 نقطة توازي 0.6 في المئة ليصل إلى 5071.16 نقطة."
# snn-2015-08-08-0210: the Dow of the 6th again
_DOW_AGAIN = "وانخفض المؤشر داو جونز الصناعي 30.64 نقطة توازي 0.18 في المائة إلى 17389.11 نقطة."


def test_two_indexes_of_one_change_in_points_are_apart():
    assert findings_between(_DOW, _NASDAQ, language="ar", published="2015-08-11") == []


def test_one_index_told_twice_agrees():
    found = findings_between(_DOW, _DOW_AGAIN, language="ar", published="2015-08-08")
    assert ("agreement", "30.64", "30.64") in found


# snn-2015-08-07-0109 (Thursday's session) and snn-2015-08-11-0123 (Monday's): one market's
# round-ups of two trading days
_DUBAI_THURSDAY = (
    "تراجع أداء سوق دبي في تداولات جلسة يوم أمس بضغط قاده قطاع الاستثمار، ليغلق مؤشر السوق "
    "العام عند مستوى 4123.34 نقطة، خاسرا 41.35 نقطة أو ما نسبته 0.99 في المائة. وتباين أداء "
    "الأسهم القيادية، حيث ارتفع سعر سهم بنك دبي الإسلامي بنسبة 0.26 في المائة، وفي المقابل "
    "تراجع سعر سهم «إعمار» بنسبة 0.75 في المائة."
)
_DUBAI_MONDAY = (
    "تراجع أداء سوق دبي في تداولات جلسة يوم أمس في ظل ضغوط بيعية على الأسهم الكبرى بقيادة دبي "
    "الإسلامي وإعمار، إلى جانب أرابتك ودبي للاستثمار. وتراجع أداء كل الأسهم القيادية وسط "
    "استقرار وحيد لسعر سهم الإمارات دبي الوطني، حيث تراجع سعر سهم بنك دبي الإسلامي بنسبة 1.71 "
    "في المائة وإعمار بنسبة 0.26 في المائة وأرابتك بنسبة 0.88 في المائة."
)


def test_one_markets_figures_of_two_trading_days_are_apart():
    days = ("2015-08-07", "2015-08-11")
    assert findings_between(_DUBAI_THURSDAY, _DUBAI_MONDAY, language="ar", published=days) == []
