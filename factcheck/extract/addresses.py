"""Numbers of an address, no amounts: a house's number before a street's name and noun ("at
2088 Philip Street", counts.yaml `streets`), read by the amounts' labels and by the dates' bare
years, and a telephone number ("800-800-3855", numbers.yaml `phone_cues`), read by the
amounts."""

from __future__ import annotations

import re
from functools import cache

from factcheck.lang.clitics import stopwords
from factcheck.lang.lexicon import folded_list, load
from factcheck.lang.phrases import phrase_matcher


@cache
def _street(language: str) -> re.Pattern[str] | None:
    """A street's name and noun after a house's number (counts.yaml `streets`)."""
    streets = load(language, "counts").get("streets") or {}
    nouns = folded_list(language, "counts", "streets", "nouns")
    if not nouns:
        return None
    names = int(streets.get("names") or 0)
    noun = "|".join(re.escape(word) for word in sorted(nouns, key=len, reverse=True))
    # a name's word is letters, a numbered street's ordinal ("at 40 East 5th Ave.", ECB+
    # 18_8ecb) or a bearing's initial ("at 200 W. American Blvd", 21_1ecb)
    word = r"(?:[^\W\d_]+|\d+[^\W\d_]+|[^\W\d_]\.)"
    return re.compile(rf"\s+((?:{word}\s+){{0,{names}}})(?:{noun})(?![^\W\d_])")


def street_number(text: str, end: int, language: str) -> bool:
    """Whether the number ending at folded `text[end]` is a house's, a street named after it:
    "at 2088 Philip Street" (counts.yaml `streets`); the words between are no stopwords."""
    pattern = _street(language)
    found = None if pattern is None else pattern.match(text, end)
    return found is not None and stopwords(language).isdisjoint(found.group(1).split())


# a telephone number written whole: "310-555-1234", "1-800-555-0199", "(213) 555-1234"; seven
# digits alone ("527-3247") only after a word of calling (numbers.yaml `phone_cues`), as "500-1000
# people" is a range
_PHONE = re.compile(r"(?:1-)?(?:\(?\d{3}\)?[-. ]?)\d{3}-\d{4}")
_LOCAL_PHONE = re.compile(r"\d{3}-\d{4}")
_TOKEN_EDGES = "()[],.;:\"'"
_PHONE_CUE_REACH = 40  # characters before a local number read for a word of calling


def phone_number(text: str, start: int, end: int, language: str) -> bool:
    """Whether the number at folded `text[start:end]` is part of a telephone number: the run of
    text around it with no space, its brackets and marks left off, has a telephone's shape."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    token = text[start:end].strip(_TOKEN_EDGES)
    if _PHONE.fullmatch(token):
        return True
    if not _LOCAL_PHONE.fullmatch(token):
        return False
    before = text[max(0, start - _PHONE_CUE_REACH) : start]
    return bool(phrase_matcher(language, "numbers", "phone_cues").finditer(before))
