"""Whose age a figure is, and whether two ages are two people's.

"20 - year - old Ka'loni Flynn", "Mahnefah Gray, 19": the person is the name right beside the
age (lexicons/en/holders: `age_then_name`), read as holders.py reads names; two ages of
different people never agree (rules: `persons: agree`).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from factcheck.extract.holders import (
    AGE_NAME_WORDS,
    Spans,
    capitalised,
    holder_lexicon,
    name_right_after,
)
from factcheck.lang.clitics import stem
from factcheck.lang.normalize import fold_word
from factcheck.lang.phrases import LETTERS

# "Mahnefah Gray, 19,": a name and an age in apposition, a comma (and spaces) between
_APPOSED = re.compile(r"\s*,\s*")
_PERSON_REACH = 40
_CONTENT_LETTERS = 3  # shorter words say nothing ("in", "of": stopwords.yaml)


def age_person(sentence: str, start: int, end: int, language: str, skip: Spans) -> str | None:
    """The name of the person an age at sentence[start:end] is of, where the sentence names
    them right beside it: "20 - year - old Ka'loni Flynn" (`age_then_name`), "Mahnefah Gray,
    19"; else None (a window's names may be anyone's: "a 61-year-old Vancouver man")."""
    lexicon = holder_lexicon(language)
    if not lexicon.cased:
        return None
    if lexicon.age_then_name:
        run = name_right_after(sentence, end, lexicon, skip)
        if run:
            # "a 61-year-old Vancouver man", "the 29 - year - old Hawaiian Gardens gang member":
            # capitalised words before a noun describe; a name ends at a word of no content
            name_end = _word_end(sentence, run[-1][0])
            following = LETTERS.search(sentence, name_end)
            word = following.group() if following is not None else ""
            if (
                following is not None
                and sentence[name_end : following.start()].strip() in ("", "-")
                and word.islower()
                and len(word) >= _CONTENT_LETTERS
                and stem(fold_word(word)) not in lexicon.stopwords
            ):
                return None
            return " ".join(name for _, name in run)
    if not sentence[max(0, start - 4) : start].rstrip().endswith(","):
        return None
    before = capitalised(sentence, max(0, start - _PERSON_REACH), start, lexicon, skip)
    # the name's own words, then only the comma: "Gray, 19", not "Gray said, 19"
    if not before or not _APPOSED.fullmatch(sentence, _word_end(sentence, before[-1][0]), start):
        return None
    run = [before[-1]]
    for item in reversed(before[:-1]):
        if sentence[_word_end(sentence, item[0]) : run[0][0]].strip():
            break
        run.insert(0, item)
    return " ".join(name for _, name in run[-AGE_NAME_WORDS:])


def persons_differ(x: str | None, y: str | None) -> bool:
    """Two people named: no name word in common, one spelling or another ("Katherine Gomes" and
    "Katherine" alone are one, and "Catherine" is "Katherine"; "King" and "Elverton Thomas" are
    two)."""
    if x is None or y is None:
        return False
    return not any(_one_name(a, b) for a in x.split() for b in y.split())


# one name spelt two ways ("catherine" / "katherine"): at least this alike (rapidfuzz ratio)
_SPELLINGS = 85


def _one_name(a: str, b: str) -> bool:
    return a == b or fuzz.ratio(a, b) >= _SPELLINGS


def _word_end(text: str, at: int) -> int:
    end = at
    while end < len(text) and not text[end].isspace() and text[end] != ",":
        end += 1
    return end
