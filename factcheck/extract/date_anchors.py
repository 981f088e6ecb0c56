"""Where a date can start: digit runs and the date words of a language (found by the
document's one C-speed pass, document_words), each with the kinds of word it is, so that only
the date shapes that can start there are tried, and never at every character."""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.extract.number_parse import digit_runs

# A date's digits: a year (four digits), or a day or month (one or two) followed by a word
# ("26 يوليو", "2 weeks"), a date separator ("20/4/2024") or a glued conjunction and the next
# day ("يومي 17 و18 مارس"). "7,000" and "1.5" start none.
# (The runs of digits the numbers finder also starts from, filtered after: a regex led by a
# lookbehind is tried at every character.)
_AFTER_DAY = re.compile(r"\s*(?:[/.-]\s*\d|[/.-]?\s*[^\W\d_]{2}|[^\W\d_]\s?\d)")
_JOINERS = frozenset("/.-:,")
# Kinds of word that never end a date ("a", "this", "عام"): a space or a digit comes next
# (a part of the month may take a hyphen: "mid-June").
_LEADING = frozenset(
    {
        "amount",
        "this",
        "ago",
        "year_cue",
        "month_cue",
        "direction",
        "ordinal",
        "nth",
        "day_noun",
        "week_noun",
    }
)
DIGIT = frozenset({"digit"})


def anchors(
    text: str, words: Iterable[tuple[int, tuple[int, frozenset[str]]]], clitics: frozenset[str]
) -> list[tuple[int, frozenset[str]]]:
    """Sorted (offset, kinds) where a date digit run or a whole date word (maybe after one of
    the one-letter `clitics`) starts. `words`: where each date word of the text ends, as an
    Aho-Corasick pass yields it (last index, (length, kinds)), whole word or not."""
    found: dict[int, frozenset[str]] = {}
    for start, end in digit_runs(text):
        if start > 1 and text[start - 1] in _JOINERS and text[start - 2].isdigit():
            continue  # inside "1/1/1" or "2015-2016": the date starts at the first number
        if end - start == 4 or (end - start <= 2 and _AFTER_DAY.match(text, end)):
            found[start] = DIGIT
    size = len(text)
    for end, (length, kinds) in words:
        after = text[end + 1] if end + 1 < size else " "
        if after.isalpha():
            continue  # most raw hits ("آب" inside "الآباء"): one test, nothing else worked out
        start = end - length + 1
        if not (after.isspace() or after.isdigit()):
            kinds = kinds - _LEADING
            if not kinds:
                continue
        if start and text[start - 1].isalpha():
            clitic = text[start - 1] in clitics and (start < 2 or not text[start - 2].isalpha())
            if not clitic:
                continue
        found[start] = found[start] | kinds if start in found else kinds
    return sorted(found.items())
