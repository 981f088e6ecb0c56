"""Market indexes (extract/indexes.py, lexicons/*/indexes.yaml): each figure of a markets
sentence is the index named last before it, and a change in points after the index's
definite adjective is read (counts.genitive_noun_after: a number with a fraction is no label)."""

from __future__ import annotations

from tests.extract.by_text import claims_in

# snn-2015-08-10-0205
_WALL_STREET = (
    "وصعد مؤشر داو جونز الصناعي 92.93 نقطة بما يوازي 0.53 بالمئة إلى 17466.31 نقطة وستاندرد "
    "اند بورز 500 بواقع 11.82 نقطة أو 0.57 بالمئة إلى 2089.39 نقطة ومؤشر ناسداك المجمع 38.80 "
    "نقطة أو 0.77 بالمئة إلى 5082.34 نقطة."
)


def test_each_figure_is_the_index_named_last_before_it():
    read = [(c.text, c.value, c.index) for c in claims_in(_WALL_STREET) if c.kind != "date"]
    assert read == [
        ("92.93", 92.93, "dow"),
        ("0.53 بالمئة", 0.53, "dow"),
        ("17466.31", 17466.31, "dow"),
        ("11.82", 11.82, "sp500"),
        ("0.57 بالمئة", 0.57, "sp500"),
        ("2089.39", 2089.39, "sp500"),
        ("38.80", 38.8, "nasdaq"),
        ("0.77 بالمئة", 0.77, "nasdaq"),
        ("5082.34", 5082.34, "nasdaq"),
    ]


def test_the_index_its_paragraph_names_holds_the_figures_after_it():
    # snn-2015-08-07-1347: the first paragraph names the market, its later sentence's figure is
    # the market's; a paragraph that names none gives none (its fourth, here after the first)
    text = (
        "تراجع سوق الأسهم السعودية إلى مستويات تركها منذ نحو 18 أسبوعا تقريبا؛ وذلك بعدما "
        "هبط المؤشر 136.12 نقطة، ليغلق عند مستوى 8654 نقطة بعد تداولات الجلسة الأخيرة من هذا "
        "الأسبوع.\nوبحسب التقرير الذي أصدرته «البلاد كابيتال»؛ فإن وصول أسعار النفط خلال النصف "
        "الأول إلى أدنى مستوى لها في نصف أدى إلى تراجع أرباح قطاع البتروكيماويات بنسبة 32 في "
        "المئة"
    )
    read = [(c.text, c.index) for c in claims_in(text) if c.kind != "date"]
    assert ("136.12", "tasi") in read and ("8654", "tasi") in read
    assert ("32 في المئة", None) in read
