"""Folding for matching keeps a way back to the original offsets."""

from factcheck.lang.normalize import fold
from tests.conftest import SEEDS


def test_digits_and_letter_variants_fold_one_for_one():
    folded = fold("أكثر من ١٬٠٠٠ جندي و۲٫۵ مليار")
    assert folded.text == "اكثر من 1,000 جندي و2.5 مليار"
    assert folded.dropped == ()


def test_dropped_marks_map_back_to_original_spans():
    text = "قُتِلَ أكثـــر من ١٥ شخصاً\u200f"
    folded = fold(text)
    for word in ("اكثر", "15", "شخصا"):
        index = folded.text.index(word)
        original = text[folded.start_of(index) : folded.end_of(index + len(word))]
        assert fold(original).text == word
    assert text[folded.start_of(0) : folded.end_of(3)] == "قُتِل"


def test_short_and_long_texts_fold_alike():
    # Short strings take a different (faster) path than whole articles: they must agree.
    article = (SEEDS / "002_e9d20ef3cce80770.txt").read_text(encoding="utf-8")
    whole = fold(article).text
    assert len(article) > 2000 and fold(article).dropped  # tatweel: dropped marks too
    pieces = [article[i : i + 150] for i in range(0, len(article), 150)]
    assert "".join(fold(piece).text for piece in pieces) == whole
    assert "أ" not in whole and "ة" not in whole and "١" not in whole
