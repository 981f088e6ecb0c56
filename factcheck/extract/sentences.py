"""Sentence spans: a claim's `sentence` and the window its context is read from.

Sentences never cross a line break, so the index splits only the lines that hold a claim,
on first use: most lines of an article hold none, and splitting every line of the
SaudiNewsNet week cost 1.4 s of the run's CPU for sentences nobody read.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from factcheck.lang.detect import supported_languages
from factcheck.lang.lexicon import load
from factcheck.limits import MAX_SENTENCE_CHARS

# A sentence ends at . ! ? ؟ … or a line break, also after a figure ("وأصيب 16."); a dot
# between digits ("1.5") has no space after it, and one after a single Latin capital ("U.S.",
# "J. Smith") ends none. Between two Arabic words a mark ends one with no space after it
# ("والكندية.مشيراً إلى", one outlet's habit), not after an abbreviation's one or two
# letters ("د.محمد", "ص.ب", "سي.آر.بي", "سي.إن.إن"); an elision in a quote, "(...)", ends
# none. The first mark comes first and the lookbehind tests the character before it: a pattern
# that opens with a character set is searched by skipping to that set, 6x faster than trying
# lookbehinds at every character.
_END = re.compile(r"[.!?؟…](?<!\b[A-Z].)(?<!\(.)[.!?؟…]*(?=[\s\"'”»)]|$|(?<=[ء-ي]{3}[.!?؟])[ء-ي])")

_NEWLINE = re.compile("\n")
# Two dots join the parts of an Arabic headline or sentence ("بعد الفضيحة.. 1670 دعوى",
# "شاهد.. فيصل بن خالد يزور"): a pause, not an end, unless nothing follows on the line.
_PAUSE = ".."

Span = tuple[int, int]
# A month's short name before its day: "Oct. 10, 1972" goes on (ECB+ prints 23 such dates).
_SHORT_NAME = 5  # letters looked at before the dot: no short name is longer ("Sept")
# The last letters of a dotted abbreviation before its final dot, and the word after it
_DOTTED = re.compile(r"(?:^|.(?<![A-Za-z.]))[a-z]\.[a-z]")
# A lone lowercase letter and its dot before another such one: a dotted abbreviation a
# tokeniser spaced out ("8 : 30 p. m.", "e. g."), whose first dot ends nothing
_SPACED_FIRST = re.compile(r"(?<![A-Za-z.])[a-z]\. [a-z]\.")
_SPACED_LAST = re.compile(r"(?:^|.(?<![A-Za-z.]))[a-z]\. [a-z]")
_NEXT_WORD = re.compile(r"\s+([a-z])")
_NEXT_NAME = re.compile(r"\s+([A-Z][a-z]+)")
_NEXT_CAPITAL = re.compile(r"\s+[A-Z]")
_NEXT_DIGIT = re.compile(r"\s+\d")
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{1,5}$")


@cache
def _short_months() -> frozenset[str]:
    """Every name of a month but its first, full one, in each language (months.yaml)."""
    return frozenset(
        name
        for language in supported_languages()
        for variants in load(language, "months").values()
        for names in variants.values()
        for name in names[1:]
    )


@cache
def _abbreviations(before: str) -> frozenset[str]:
    """The abbreviations of each language whose dot ends no sentence before a name or a
    number (abbreviations.yaml `before_names`, `before_numbers`)."""
    return frozenset(
        word
        for language in supported_languages()
        for word in load(language, "abbreviations").get(before, ())
    )


@cache
def _weekday_names() -> frozenset[str]:
    """The full name of each weekday in each language (weekdays.yaml), folded to lowercase."""
    return frozenset(
        names[0].lower()
        for language in supported_languages()
        for names in load(language, "weekdays").values()
    )


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of text[start:end] in `text` offsets, without their outer whitespace."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    for line_start, line_end in _lines(text, start, end):
        begin = line_start
        for match in _END.finditer(text, line_start, line_end):
            if match.group() == _PAUSE and text[match.end() : line_end].strip():
                continue
            if (
                _month_before_its_day(text, match.start())
                or _dotted_goes_on(text, match)
                or _abbreviation_goes_on(text, match)
            ):
                continue
            _add(text, begin, match.end(), spans)
            begin = match.end()
        _add(text, begin, line_end, spans)
    return spans


def _month_before_its_day(text: str, dot: int) -> bool:
    """Whether the dot at `dot` ends a month's short name with its day after it."""
    if not text.startswith(" ", dot + 1) or not text[dot + 2 : dot + 3].isdigit():
        return False
    start = dot
    while start > 0 and dot - start < _SHORT_NAME and text[start - 1].isalpha():
        start -= 1
    return (start == 0 or not text[start - 1].isalnum()) and text[start:dot] in _short_months()


def _dotted_goes_on(text: str, match: re.Match[str]) -> bool:
    """Whether the mark ends a dotted abbreviation ("a.m.", "p.m.", "e.g.", spaced out or not)
    with a word in lowercase or a weekday's name after it: "the 4.4-magnitude temblor on Sunday
    at 9:27 a.m. was centered 23 miles north of Santa Rosa" (ECB+ 38_4ecb), "The shootings
    happened shortly after 8 : 30 p. m. Thursday" (22_2ecbplus) go on."""
    at = match.start()
    if _SPACED_FIRST.match(text, at - 1) is not None:
        return True
    if (
        _DOTTED.fullmatch(text, max(0, at - 4), at) is None
        and _SPACED_LAST.fullmatch(text, max(0, at - 5), at) is None
    ):
        return False
    after = _NEXT_WORD.match(text, match.end())
    if after is not None and after.group(1).islower():
        return True
    name = _NEXT_NAME.match(text, match.end())
    return name is not None and name.group(1).lower() in _weekday_names()


def _abbreviation_goes_on(text: str, match: re.Match[str]) -> bool:
    """Whether the dot ends a title before a capitalised name or a word before a number
    (abbreviations.yaml): "Ms. Mendes had obtained restraining orders against Mr. Gomes in
    2005 and 2006" (ECB+ 32_3ecb) is one sentence, whose date is not read with "Gomes in"
    alone; "the No. 2 official at the FBI" (28_7ecb) too."""
    if match.group() != ".":
        return False
    word = _WORD_BEFORE.search(text, max(0, match.start() - 6), match.start())
    if word is None:
        return False
    if word.group() in _abbreviations("before_names"):
        return _NEXT_CAPITAL.match(text, match.end()) is not None
    return (
        word.group() in _abbreviations("before_numbers")
        and _NEXT_DIGIT.match(text, match.end()) is not None
    )


def _lines(text: str, start: int, end: int) -> list[Span]:
    lines = []
    while start < end:
        newline = text.find("\n", start, end)
        stop = end if newline < 0 else newline
        lines.append((start, stop))
        start = stop + 1
    return lines


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


class SentenceIndex:
    """The sentence that holds an offset; each line is split once, when first asked about."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._by_line: dict[int, tuple[list[int], list[Span]]] = {}
        # Claims of one sentence share one string: a third less to pickle back from the
        # worker processes and to hold in memory.
        self._texts: dict[Span, str] = {}
        self._breaks: list[int] | None = None
        # Each claim's start is asked about twice (its sentence, then its context's span).
        self._spans: dict[int, Span] = {}

    def span_at(self, offset: int) -> Span:
        """The sentence around `offset`; an empty span at `offset` when it is between sentences."""
        span = self._spans.get(offset)
        if span is None:
            span = self._spans[offset] = self._span_at(offset)
        return span

    def _span_at(self, offset: int) -> Span:
        if self._breaks is None:
            # Line ends found once, not by scanning from each claim to its line's ends: that
            # was quadratic on a line of a megabyte with a number every few characters.
            self._breaks = [match.start() for match in _NEWLINE.finditer(self.text)]
        after = bisect.bisect_left(self._breaks, offset)
        line_start = self._breaks[after - 1] + 1 if after > 0 else 0
        line = self._by_line.get(line_start)
        if line is None:
            line_end = self._breaks[after] if after < len(self._breaks) else len(self.text)
            spans = sentence_spans(self.text, line_start, line_end)
            line = self._by_line[line_start] = ([start for start, _ in spans], spans)
        starts, spans = line
        index = bisect.bisect_right(starts, offset) - 1
        if index < 0 or spans[index][1] < offset:
            return (offset, offset)
        start, end = spans[index]
        if end - start <= MAX_SENTENCE_CHARS:
            return (start, end)
        # A line without a full stop must not become the sentence of each of its numbers: it
        # is cut into fixed pieces, so the claims of one piece still share one span (and one
        # context scan) and the work stays linear.
        piece = start + (offset - start) // MAX_SENTENCE_CHARS * MAX_SENTENCE_CHARS
        return (piece, min(end, piece + MAX_SENTENCE_CHARS))

    def sentence_at(self, offset: int) -> str:
        span = self.span_at(offset)
        text = self._texts.get(span)
        if text is None:
            text = self._texts[span] = self.text[span[0] : span[1]]
        return text
