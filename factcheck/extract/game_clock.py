"""A game clock's reading: "with 7:42 left in the first half", "with 10 : 03 to play" (wire text
spaces the colon), "with :29 remaining". Minutes and seconds before a word of the time left
(scores.yaml `game_clock`) are that time, in seconds: the quantity "7 minutes 42 seconds to go"
states, so that papers that write it either way agree. Its scope is the game clock's, a moment
and no length (lexicons/*/scopes.yaml `clock`, rule FC035).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factcheck.extract.mention import PRIORITY, Mention, exact_count
from factcheck.lang.lexicon import load
from factcheck.lang.normalize import Folded
from factcheck.lang.phrases import PhraseMatcher, skip_spaces
from factcheck.models import Document

# Minutes (none: under a minute, ":29") and the two digits of seconds; not a part of a longer
# time ("2:09:30"), a ratio or a decimal
_READING = re.compile(r"(?<![\d:.,])(?:(\d{1,2}) ?: ?|(?<= ):)([0-5]\d)(?![\d:]| ?[.,]\d)")
_SECOND = "second"
_BEFORE_COLON = 3  # "12 :"
_AFTER_COLON = 8  # " 03", then what the pattern looks ahead at: " .5", ":30"


def _readings(text: str) -> Iterator[re.Match[str]]:
    """The readings of the text, looked for around each colon only: a search of the whole text
    tries the pattern at every character of every English article."""
    colon = text.find(":")
    while colon >= 0:
        found = _READING.search(text, max(0, colon - _BEFORE_COLON), colon + _AFTER_COLON)
        if found is not None and found.start() <= colon < found.end():
            yield found
        colon = text.find(":", colon + 1)


@cache
def _left(language: str) -> PhraseMatcher | None:
    words = (load(language, "scores").get("game_clock") or {}).get("after")
    return PhraseMatcher.of_surfaces(words, language) if words else None


def find_game_clocks(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    left = _left(document.language or "")
    if left is None:
        return
    text = folded.text
    for found in _readings(text):
        if left.at(text, skip_spaces(text, found.end())) is None:
            continue
        seconds = int(found.group(1) or 0) * 60 + int(found.group(2))
        yield exact_count(
            body, folded, found.start(), found.end(), seconds, PRIORITY["unit"], _SECOND, "quantity"
        )
