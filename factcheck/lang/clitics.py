"""Strips the Arabic article (and و before it) from a folded word that no lexicon checks, and
tells the words that say what a text is about from stopwords.

Comparing the words of two sentences ("البرنت" / "برنت", "والرئاسية" / "الرئاسية") must not
hinge on the article; which clitics are safe to strip blindly is lexicon data (ar/clitics.yaml).
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from factcheck.lang.lexicon import load
from factcheck.lang.normalize import fold, fold_word

_MIN_STEM = 3  # what is left must still be a word: "الي" is not "ال" + "ي"


@cache
def _strippable() -> tuple[str, ...]:
    return tuple(fold_word(c) for c in load("ar", "clitics").get("strippable", ()))


@cache
def stem(word: str) -> str:
    """A folded word without its leading article or conjunction, when a word is left."""
    for clitic in _strippable():
        if word.startswith(clitic) and len(word) - len(clitic) >= _MIN_STEM:
            return word[len(clitic) :]
    return word


@cache
def _proclitics() -> tuple[str, ...]:
    """Every proclitic and combination of them, longest first."""
    clitics = {fold_word(c) for c in load("ar", "clitics").get("proclitics", ())}
    return tuple(sorted(clitics, key=len, reverse=True))


def bare_in(word: str, other: Collection[str]) -> str:
    """`word` without its proclitics when what is left is a word of `other` ("بكذبه" against a
    text that says "كذبه", "لاول" against "اول"), else `word`.

    A lone ب ل ك ف cannot be stripped blindly ("بريطانيا", "فلسطين"), but a word of the
    other text, found whole after it, tells the clitic apart from the word's own letter."""
    if word in other:
        return word
    for rest in _bare_forms(word):
        if rest in other:
            return rest
    return word


@cache
def _bare_forms(word: str) -> tuple[str, ...]:
    """What each proclitic that `word` starts with leaves of it, longest clitic first, where a
    word is left. Cached: alignment asks for every word of a sentence against every candidate
    pair's other sentence (700,000 times on the SaudiNewsNet week), and testing each clitic
    there was two thirds of alignment's time."""
    return tuple(
        word[len(clitic) :]
        for clitic in _proclitics()
        if word.startswith(clitic) and len(word) - len(clitic) >= _MIN_STEM
    )


def unglue(first: list[str], second: list[str]) -> tuple[list[str], list[str]]:
    """Two texts' words, each stripped of the proclitics that hide a word of the other."""
    words_first, words_second = set(first), set(second)
    return [bare_in(w, words_second) for w in first], [bare_in(w, words_first) for w in second]


def shared_words(first: Collection[str], second: Collection[str]) -> int:
    """How many words two texts share, a word with proclitics glued on counting as bare."""
    left, right = unglue(list(first), list(second))
    return len(set(left) & set(right))


@cache
def _stopwords() -> frozenset[str]:
    words = [w for language in ("ar", "en") for w in load(language, "stopwords").get("words", [])]
    return frozenset(stem(fold(word).text) for word in words)


@cache
def content_key(word: str) -> str | None:
    """A folded word as texts are compared by what they are about: stemmed; None for a
    stopword."""
    stemmed = stem(word)
    return None if stemmed in _stopwords() else stemmed
