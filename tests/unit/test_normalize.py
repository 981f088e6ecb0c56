"""Folding for matching keeps a way back to the original offsets."""

from factcheck.lang.normalize import fold


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
