"""The edition a year names, where it modifies a noun.

"Felt wrote in his 2006 memoir" and "Mr Woodward wrote in his 2006 expose" are two books'
years, "the 2005 Tony Awards" one show's, "an Emmy in 2005" another's: a bare year between a
determiner (lexicons/*/date_words.yaml `edition_before`, or a name's possessive) and a word that
is no function word is that word's edition ("~memoir", "~tony"), and so is one after such a
noun and a preposition (`edition_in`), read as the date's event where the clause names none.
Dates of two events are never compared (rule FC034), nor grouped.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.holders import holder_lexicon
from factcheck.extract.ordinals import ordinal_words
from factcheck.lang.clitics import stem, stopwords
from factcheck.lang.lexicon import folded_words, load
from factcheck.lang.normalize import fold_word
from factcheck.lang.tokens import LETTERS, TOKEN
from factcheck.models import LEARNED


@cache
def _words(language: str, key: str) -> frozenset[str]:
    return folded_words(language, "date_words", key)


# characters before a year searched for the name it ends: a noun, an acronym in brackets and
# "of" ("Act (ARRA) of 2009"); a window, not the text from the sentence's start (once a date)
_NAME_YEAR_REACH = 40


def names_a_year(text: str, start: int, language: str) -> str | None:
    """The noun whose name the year at text[start:] is part of, stemmed: a capitalised noun of
    `edition_of` and `edition_of_word` before it ("the American Recovery and Reinvestment Act
    (ARRA) of 2009": "act"); else None."""
    pattern = _name_year(language)
    if pattern is None:
        return None
    found = pattern.search(text, max(0, start - _NAME_YEAR_REACH), start)
    noun = stem(fold_word(found.group(1))) if found is not None else None
    return noun if noun in _words(language, "edition_of") else None


@cache
def _name_year(language: str) -> re.Pattern[str] | None:
    """A capitalised noun, maybe an acronym in brackets, then `edition_of_word`, ending where
    the year starts; None for a language with no such word."""
    word = load(language, "date_words").get("edition_of_word")
    initials = load(language, "holders").get("name_initials")
    if not word or not initials:
        return None
    return re.compile(rf"\b([{initials}][\w-]*)(?:\s*\([^()]{{1,12}}\))?\s+{re.escape(word)}\s+$")


def edition_of(sentence: str, start: int, end: int, language: str) -> str | None:
    """The noun a bare year at sentence[start:end] modifies, as a learned event key."""
    determiners = _words(language, "edition_before")
    if not determiners or not sentence[start:end].isdigit():
        return None
    before = sentence[:start].rstrip()
    written = TOKEN.findall(before[-40:])
    words = [fold_word(word) for word in written]
    # "winning an Emmy in 2005": the year of the name after a determiner, a preposition between
    # ("win the title in 2001" is the fight's year, "the President, in 1972" a campaign's)
    if (
        len(words) >= 3
        and words[-1] in _words(language, "edition_in")
        and words[-3] in determiners
        and written[-2][:1].isupper()
        and before.endswith(f"{written[-3]} {written[-2]} {written[-1]}")
    ):
        return LEARNED + stem(words[-2])
    named = names_a_year(sentence, start, language)
    if named is not None:
        return LEARNED + named
    possessive = holder_lexicon(language).possessive  # "Woodward's 2006 book"
    if possessive is None or possessive.search(before) is None:
        # "both the 2004 and 2005 Tony Awards": the year joined to one after a determiner
        if words[-3:-1] and words[-1] in _words(language, "edition_joins") and words[-2].isdigit():
            words = words[:-2]
        if not words or words[-1] not in determiners:
            return None
    after = LETTERS.match(sentence, end + 1) if sentence[end : end + 1] == " " else None
    if after is None:
        return None
    key = fold_word(after.group())
    if key in stopwords(language) or key in determiners:
        return None
    if ordinal_words(language).units.at(sentence, after.start()) is not None:
        return None  # "the 2006 second-overall pick" is the pick of "the 2006 Draft"
    return LEARNED + stem(key)
