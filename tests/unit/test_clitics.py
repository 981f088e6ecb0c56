"""Proclitics stripped from a word only when the other text has the word bare."""

from __future__ import annotations

from factcheck.lang.clitics import bare_in, shared_words, unglue, without_article
from factcheck.lang.normalize import fold_text, fold_word


def words(text: str) -> list[str]:
    return fold_text(text).split()


def test_a_glued_preposition_is_stripped_when_the_other_text_has_the_word():
    # ANS ans-stance-train-0637 and -0410
    assert bare_in(fold_text("بكذبة"), words("كذبة نوفمبر من أين جاءت")) == fold_text("كذبة")
    first, second = unglue(words("بفيلم النمر لأول مرة"), words("فيلم النمر أول مرة"))
    assert first == second


def test_a_letter_of_the_word_itself_is_kept():
    assert bare_in(fold_text("بريطانيا"), words("بريطانيا تغادر")) == fold_text("بريطانيا")
    assert bare_in(fold_text("بكذبة"), words("كذب")) == fold_text("بكذبة")
    assert shared_words(words("بكذبة أبريل"), words("كذبة نوفمبر")) == 1


def test_without_article_strips_only_the_article_and_leaves_a_word():
    # learned places: "في الإقليم" is the province, "وادي الدواسر" keeps its و
    assert without_article(fold_word("الإقليم")) == fold_word("إقليم")
    assert without_article(fold_word("وادي")) == fold_word("وادي")
    assert without_article(fold_word("الي")) == fold_word("الي")  # "ال" + "ي" is no word
