"""Strips the Arabic article (and و before it) from a folded word that no lexicon checks, and
tells the words that say what a text is about from stopwords.

Comparing the words of two sentences ("البرنت" / "برنت", "والرئاسية" / "الرئاسية") must not
hinge on the article; which clitics are safe to strip blindly is lexicon data (ar/clitics.yaml).
"""

from __future__ import annotations

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
def _stopwords() -> frozenset[str]:
    words = [w for language in ("ar", "en") for w in load(language, "stopwords").get("words", [])]
    return frozenset(stem(fold(word).text) for word in words)


@cache
def content_key(word: str) -> str | None:
    """A folded word as texts are compared by what they are about: stemmed; None for a
    stopword."""
    stemmed = stem(word)
    return None if stemmed in _stopwords() else stemmed
