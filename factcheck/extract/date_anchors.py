"""Where a date can start: digit runs and the date words of a language, found in one C-speed
pass (Aho-Corasick) so the date regex is tried only there and never at every character."""

from __future__ import annotations

import re
from functools import cache

import ahocorasick

from factcheck.extract.date_lexicon import DateLexicon

_DIGITS = re.compile(r"\d+")
_CLITICS = frozenset("\u0648\u0641\u0628\u0644")  # و ف ب ل


@cache
def _automaton(lexicon: DateLexicon) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in lexicon.start_words():
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


def anchors(text: str, lexicon: DateLexicon) -> list[int]:
    """Sorted offsets where a digit run or a whole date word (maybe after a clitic) starts."""
    found = {match.start() for match in _DIGITS.finditer(text)}
    size = len(text)
    for end, length in _automaton(lexicon).iter(text):
        start = end - length + 1
        if end + 1 < size and text[end + 1].isalpha():
            continue
        if start and text[start - 1].isalpha():
            clitic = text[start - 1] in _CLITICS and (start < 2 or not text[start - 2].isalpha())
            if not clitic:
                continue
        found.add(start)
    return sorted(found)
