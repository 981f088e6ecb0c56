"""Strips the Arabic article (and و before it) from a folded word that no lexicon checks, and
tells the words that say what a text is about from stopwords.

Comparing the words of two sentences ("البرنت" / "برنت", "والرئاسية" / "الرئاسية") must not
hinge on the article; which clitics are safe to strip blindly is lexicon data (ar/clitics.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import cache

from factcheck.lang.detect import supported_languages
from factcheck.lang.lexicon import folded_list, folded_words, load
from factcheck.lang.normalize import fold_word

_MIN_STEM = 3  # what is left must still be a word: "الي" is not "ال" + "ي"
# The Arabic article, which finders test for where it is glued to a word or to digits
# ("الأسبوعين", "الـ90" folds to "ال90").
DEFINITE = "ال"


@cache
def _strippable() -> re.Pattern[str]:
    """The first strippable clitic, in the lexicon's order, that leaves a word: one regex call,
    as telling stories apart stems every distinct word of a week's articles once."""
    clitics = folded_list("ar", "clitics", "strippable")
    alternatives = "|".join(re.escape(clitic) for clitic in clitics) or "(?!)"
    return re.compile(rf"(?:{alternatives})(?=.{{{_MIN_STEM}}})", re.DOTALL)


@cache
def stem(word: str) -> str:
    """A folded word without its leading article or conjunction, when a word is left."""
    clitic = _strippable().match(word)
    return word[clitic.end() :] if clitic else word


def without_article(word: str) -> str:
    """A folded word without its leading article ("الاقليم" -> "اقليم"), when a word is left;
    unlike `stem`, a word that starts with و keeps it ("وادي")."""
    if word.startswith(DEFINITE) and len(word) - len(DEFINITE) >= _MIN_STEM:
        return word[len(DEFINITE) :]
    return word


@cache
def definite_ends(language: str) -> tuple[str, ...]:
    """How the proclitics that hold the article end ("ال", "لل": clitics.yaml)."""
    return folded_list(language, "clitics", "definite_ends")


@cache
def prepositional(language: str) -> frozenset[str]:
    """The proclitics that hold a preposition ("ب", "لل", "وبال": clitics.yaml `prepositions`):
    the word glued after one is a noun, no adjective."""
    return folded_words(language, "clitics", "prepositions")


@cache
def glued_conjunctions() -> frozenset[str]:
    """The one-letter conjunctions written glued to the next word, of every language that has
    them (Arabic و ف): "و-18 درجة" is "and -18 degrees"."""
    return frozenset(
        fold_word(word)
        for language in supported_languages()
        for word in load(language, "clitics").get("conjunctions", ())
        if len(word) == 1
    )


@cache
def _proclitics() -> frozenset[str]:
    """Every proclitic and combination of them."""
    return folded_words("ar", "clitics", "proclitics")


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
    proclitics = _proclitics()
    # a word's prefixes looked up, longest first: two proclitics of one length cannot both
    # start it
    longest = min(max(map(len, proclitics), default=0), len(word) - _MIN_STEM)
    return tuple(word[k:] for k in range(longest, 0, -1) if word[:k] in proclitics)


class Words:
    """A text's words made ready to be compared with many other texts': which of them may
    carry a proclitic, and what each would leave, is worked out once per text, so that a pair
    looks only at those few (`bare_in` on every word of both texts, for each of the SaudiNewsNet
    week's 84,000 comparisons, was a third of alignment's time)."""

    __slots__ = ("_glued", "bag", "order")

    def __init__(self, words: Iterable[str]) -> None:
        self.order = tuple(words)  # as written, repeats kept
        self.bag = frozenset(self.order)
        self._glued: tuple[tuple[str, tuple[str, ...]], ...] | None = None

    @property
    def glued(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(word, its bare forms), where it has any; asked only once the text meets another
        (most bags of words only propose pairs: pairs.py)."""
        if self._glued is None:
            bag = self.bag
            forms = map(_bare_forms, bag)
            self._glued = tuple([(w, f) for w, f in zip(bag, forms, strict=True) if f])
        return self._glued


def _swaps(words: Words, other: frozenset[str]) -> dict[str, str]:
    """`bare_in(word, other)` for each of `words` that it changes."""
    swaps = {}
    for word, forms in words.glued:
        if word not in other:
            for rest in forms:
                if rest in other:
                    swaps[word] = rest
                    break
    return swaps


def unglue_words(first: Words, second: Words) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Two texts' words in order, each stripped of the proclitics that hide a word of the
    other; a text that loses none is returned as it is (`order`, the very tuple)."""
    left, right = _swaps(first, second.bag), _swaps(second, first.bag)
    return (
        tuple(map(left.get, first.order, first.order)) if left else first.order,
        tuple(map(right.get, second.order, second.order)) if right else second.order,
    )


def shared_bags(first: Words, second: Words) -> int:
    """How many distinct words two texts share, a word with proclitics glued on counting as
    bare."""
    left, right = _swaps(first, second.bag), _swaps(second, first.bag)
    if not left and not right:
        return len(first.bag & second.bag)
    return len(
        set(map(left.get, first.bag, first.bag)) & set(map(right.get, second.bag, second.bag))
    )


def unglue(first: list[str], second: list[str]) -> tuple[list[str], list[str]]:
    """Two texts' words, each stripped of the proclitics that hide a word of the other."""
    left, right = unglue_words(Words(first), Words(second))
    return list(left), list(right)


def shared_words(first: Collection[str], second: Collection[str]) -> int:
    """How many words two texts share, a word with proclitics glued on counting as bare."""
    return shared_bags(Words(first), Words(second))


@cache
def stopwords(language: str) -> frozenset[str]:
    """The folded words of a language that say nothing about what a text is about."""
    return folded_words(language, "stopwords", "words")


@cache
def _stopwords() -> frozenset[str]:
    """Every language's stopwords, stemmed as content_key stems the words it compares."""
    return frozenset(
        stem(word) for language in supported_languages() for word in stopwords(language)
    )


@cache
def content_key(word: str) -> str | None:
    """A folded word as texts are compared by what they are about: stemmed; None for a
    stopword."""
    stemmed = stem(word)
    return None if stemmed in _stopwords() else stemmed
