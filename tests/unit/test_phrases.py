"""The shared phrase matcher: whole words, proclitics, longest match, offsets into folded text."""

import pytest

from factcheck.lang.normalize import fold
from factcheck.lang.phrases import PhraseMatcher, phrase_matcher

TROOPS = PhraseMatcher.from_mapping(
    {"troops": ["جندي", "جنود", "عسكري"], "thousands": ["آلاف", "عشرات الآلاف"]}, "ar"
)


def _hits(matcher, text):
    folded = fold(text).text
    return [(folded[h.start : h.end], h.key) for h in matcher.finditer(folded)]


def test_whole_words_with_glued_proclitics():
    text = "وبالآلاف من الجنود وللجنود وجندي ومجندين جنديا"
    assert _hits(TROOPS, text) == [
        ("وبالالاف", "thousands"),
        ("الجنود", "troops"),
        ("وللجنود", "troops"),
        ("وجندي", "troops"),
    ]


def test_longest_phrase_wins_and_spans_words():
    assert _hits(TROOPS, "قتل عشرات الآلاف") == [("عشرات الالاف", "thousands")]


def test_letters_before_that_are_no_clitic_block_the_match():
    # "مجنود" is not a clitic + "جنود"; "العسكرية" goes on past the surface.
    assert _hits(TROOPS, "مجنود العسكرية") == []


def test_at_and_ending_at_find_the_neighbouring_phrase():
    folded = fold("أكثر من ألف جندي أميركي").text
    hit = TROOPS.at(folded, folded.index("جندي"))
    assert (hit.start, hit.end, hit.key) == (folded.index("جندي"), folded.index(" امير"), "troops")
    assert TROOPS.at(folded, folded.index("ندي")) is None
    before = PhraseMatcher.from_mapping({"gt": ["أكثر من", "أكثر"]}, "ar")
    found = before.ending_at(folded, folded.index(" الف"))
    assert (found.start, found.key) == (0, "gt")


def test_english_has_no_clitics_and_folds_case():
    matcher = PhraseMatcher.from_mapping({"gt": ["more than", "over"]}, "en")
    folded = fold("More than 500 people; moreover").text
    assert [(h.start, h.end, h.key) for h in matcher.finditer(folded)] == [(0, 9, "gt")]


def test_symbols_need_no_word_boundary():
    matcher = PhraseMatcher.from_mapping({"USD": ["$", "US$"]}, "en")
    folded = fold("cost US$5 or $6").text
    assert [(h.start, h.end) for h in matcher.finditer(folded)] == [(5, 8), (13, 14)]


def test_one_surface_for_two_keys_is_an_error():
    with pytest.raises(ValueError, match="stands for both"):
        PhraseMatcher.from_mapping({"a": ["ألف"], "b": ["الف"]}, "ar")


def test_missing_lexicon_gives_an_empty_matcher():
    assert phrase_matcher("ar", "no-such-lexicon").finditer("الف") == []
