"""The tokens finders read in text, one definition each.

Imports nothing of the package: language detection, which reading imports before any lexicon
is loaded, reads words too.
"""

from __future__ import annotations

import re

# A word as the blanks around it delimit it, its punctuation kept: what finders count and step
# over when they read a few words around a figure.
WORD = re.compile(r"\S+")
# A word's letters alone, without digits, punctuation or the underscore: what a word says.
LETTERS = re.compile(r"[^\W\d_]+")
# A word's letters and digits, its punctuation left out: a word or a number ("11عاما" is one).
TOKEN = re.compile(r"[^\W_]+")
# A number written in digits, up to its first separator.
DIGITS = re.compile(r"\d+")
# The comma in either script: the Latin one and the Arabic one ("،"), which Arabic news also
# writes as the Latin one.
COMMAS = ",،"
# The quotation marks news of either script opens a quote with, each with the one that closes
# it; a straight quote closes itself.
QUOTES = {"«": "»", "“": "”", '"': '"'}
# ...those that close themselves; tokenised wire text closes a '"' with two apostrophes ("should
# consider, '' Angels general manager Tony Reagins said": 284 in ECB+)
STRAIGHT_QUOTES = (*(mark for mark, closing in QUOTES.items() if mark == closing), "''")
_PAIRED_QUOTES = {mark: closing for mark, closing in QUOTES.items() if mark != closing}


def inside_quotes(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` opens a quotation it does not close: more paired quotes opened
    than closed, or an odd number of straight ones."""
    opened = sum(text.count(mark, start, end) for mark in _PAIRED_QUOTES)
    closed = sum(text.count(mark, start, end) for mark in _PAIRED_QUOTES.values())
    straight = sum(text.count(mark, start, end) for mark in STRAIGHT_QUOTES)
    return opened > closed or straight % 2 == 1


# What parts the clauses of one sentence: a comma, a semicolon or a colon, in either script;
# not one between two digits, which groups a number or tells a time ("2,000", "10:24 a.m.").
CLAUSE_MARK = re.compile(rf"(?<!\d)[{COMMAS};:؛]|[{COMMAS};:؛](?!\d)")
# The one dash of folded text: lang.normalize folds every dash typography varies to it.
HYPHEN = "-"
