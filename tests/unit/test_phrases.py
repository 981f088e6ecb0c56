"""The shared phrase matcher: whole words, proclitics, longest match, offsets into folded text."""

import pytest

from factcheck.extract.document_words import LEXICONS, document_words, matcher_of
from factcheck.lang.normalize import fold, fold_text
from factcheck.lang.phrases import (
    PhraseMatcher,
    PhraseMatchers,
    phrase_matcher,
    word_before,
    word_start,
)
from factcheck.read import read_inputs
from tests.conftest import shared_path

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


def test_a_list_section_keys_each_surface_true():
    folded = fold("توفيت في عامها الرابع والخمسين").text
    hits = phrase_matcher("ar", "ages", "ordinal_year").finditer(folded)
    assert [(folded[h.start : h.end], h.key) for h in hits] == [("عامها", True)]


def test_matchers_scanned_together_find_what_each_finds_alone():
    """One pass for several lexicons (extract/document_words) must change no finder's hits:
    checked on a real day of SaudiNewsNet."""
    day = shared_path("corpus", "saudinewsnet", "articles", "2015-08-07.jsonl")
    documents, _ = read_inputs([day], 10**8, lambda done, total: None)
    matchers = [matcher_of("ar", name) for name in LEXICONS]
    together = PhraseMatchers(matchers)
    found = 0
    for document in documents[:300]:
        text = fold(document.body).text
        each = [matcher.finditer(text) for matcher in matchers]
        assert together.finditer(text) == each
        found += sum(map(len, each))
    assert found > 1000


def test_matchers_of_two_languages_are_not_scanned_together():
    english = PhraseMatcher.from_mapping({"gt": ["more than"]}, "en")
    with pytest.raises(ValueError, match="one language"):
        PhraseMatchers([TROOPS, english])


def test_document_words_of_a_language_without_lexicons_are_none():
    text = fold("قتل ثلاثة أشخاص لمدة عام").text
    assert [hit.key for hit in document_words(text, "ar", "numbers")] == [("one", 3.0)]
    assert document_words(text, "", "numbers") == []


def test_the_word_that_ends_at_a_position_starts_after_its_last_non_letter():
    # ECB+ 45ecb "Gary Gomes, 35,"; SaudiNewsNet "اللواء 93"; digits are no letters
    assert word_start("Gary Gomes, 35", 10) == 5
    assert word_start(fold_text("اللواء 93"), 6) == 0
    assert word_start("11عاما", 6) == 2
    assert word_start("Gomes, 35", 6) == 6


def test_the_word_before_a_position_is_read_past_blanks_and_openers_within_its_reach():
    # SaudiNewsNet snn-2015-08-10-0249: the word before a figure, read past its bracket
    text = "بنسبة تقديريه تصل الى (10%) ،مؤكداً"
    figure = text.index("10")
    assert word_before(text, figure, 16, '("«') == "الى"
    assert word_before(text, figure, 16) == "("  # no openers given: the bracket is the word
    # ECB+ 12ecbplus: only `reach` characters of the word are read, from where it ends
    assert word_before("seized a total of 14", 18, 30) == "of"
    assert word_before("confiscated 14", 12, 4) == "ated"
    assert word_before("confiscated 14", 12) == "confiscated"  # no reach: the whole word
    assert word_before("14", 0, 30) == ""
