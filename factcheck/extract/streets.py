"""House numbers: a number before a street's name and noun ("at 2088 Philip Street") names a
house, no amount and no year (counts.yaml `streets`). Read by the amounts' labels and by the
dates' bare years, so kept apart from both."""

from __future__ import annotations

import re
from functools import cache

from factcheck.lang.clitics import stopwords
from factcheck.lang.lexicon import folded_list, load


@cache
def _street(language: str) -> re.Pattern[str] | None:
    """A street's name and noun after a house's number (counts.yaml `streets`)."""
    streets = load(language, "counts").get("streets") or {}
    nouns = folded_list(language, "counts", "streets", "nouns")
    if not nouns:
        return None
    names = int(streets.get("names") or 0)
    noun = "|".join(re.escape(word) for word in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"\s+((?:[^\W\d_]+\s+){{0,{names}}})(?:{noun})(?![^\W\d_])")


def street_number(text: str, end: int, language: str) -> bool:
    """Whether the number ending at folded `text[end]` is a house's, a street named after it:
    "at 2088 Philip Street" (counts.yaml `streets`); the words between are no stopwords."""
    pattern = _street(language)
    found = None if pattern is None else pattern.match(text, end)
    return found is not None and stopwords(language).isdisjoint(found.group(1).split())
