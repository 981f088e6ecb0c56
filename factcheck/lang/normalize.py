"""Folds text for matching (digits, letter variants, marks) and maps offsets back to the original.

Matching runs on folded text; claims must point into the original body. Most folds are one
character for one (C-speed `str.replace` calls); only marks that carry no meaning
(diacritics, tatweel, zero-width and bidi controls) are dropped, and their positions are kept
so any folded offset maps back exactly.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, cached_property

_ONE_FOR_ONE = {
    # Arabic-Indic and Extended Arabic-Indic digits -> ASCII
    **{0x0660 + i: ord("0") + i for i in range(10)},
    **{0x06F0 + i: ord("0") + i for i in range(10)},
    0x066B: ord("."),  # Arabic decimal separator
    0x066C: ord(","),  # Arabic thousands separator
    0x066A: ord("%"),  # Arabic percent sign
    # Letter variants that spelling treats as one: hamza seats, alef forms, taa marbuta,
    # alef maqsura, Persian kaf/yeh used in Arabic text.
    0x0623: 0x0627,  # أ
    0x0625: 0x0627,  # إ
    0x0622: 0x0627,  # آ
    0x0671: 0x0627,  # ٱ
    0x0629: 0x0647,  # ة -> ه
    0x0649: 0x064A,  # ى -> ي
    0x06CC: 0x064A,  # ی -> ي
    0x06A9: 0x0643,  # ک -> ك
    # Spaces and dashes that typography varies
    0x00A0: ord(" "),
    0x2007: ord(" "),
    0x2009: ord(" "),
    0x202F: ord(" "),
    0x2010: ord("-"),
    0x2011: ord("-"),
    0x2012: ord("-"),
    0x2013: ord("-"),
    0x2014: ord("-"),
    0x2212: ord("-"),
    # ASCII case: folded here and not with str.lower(), which can change a string's length
    **{ord("A") + i: ord("a") + i for i in range(26)},
}
# A chain of str.replace is four times faster than str.translate with a dict on Arabic text
# (measured on the SaudiNewsNet week: 0.18 s against 0.78 s), since translate looks every
# character up in the dict while replace scans for one code point at C speed.
_PAIRS = tuple((chr(source), chr(target)) for source, target in _ONE_FOR_ONE.items())
# A short string (a sentence, a word) holds few of the 60-odd sources: finding which ones in
# one regex pass, then replacing only those, is three times faster there than trying every
# pair; past a few hundred characters the plain chain wins again.
_TARGET_OF = dict(_PAIRS)
_SOURCES = re.compile("[" + "".join(re.escape(source) for source in _TARGET_OF) + "]")
_SHORT = 200

# Harakat, superscript alef, tatweel, zero-width and bidi controls (the Arabic letter mark
# too), BOM. The class, then the class repeated, not the class with "+": a pattern that opens
# with one class is searched by skipping to it in C, one that opens with a repeat is tried at
# every character (the SaudiNewsNet week's bodies: 0.13 s against 0.06 s).
_MARK = "[\u064b-\u065f\u0670\u0640\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
_DROPPED = re.compile(f"{_MARK}{_MARK}*")
# A direction mark right after a decimal point means the page stored the number in visual
# order, fraction first: all 60 such numbers of the SaudiNewsNet week read so
# ("عند 6.\u200f62 في المائة" is 62.6 where other papers print it; "0721.\u200f1 مقابل
# اليورو" is 1.0721). That is the order of the Saudi decimal mark, so the point folds to "ر".
# It is done here, in the fold every matcher shares, because the fold drops the mark that tells
# the order: the number parser downstream could no longer see it.
# The point first, then the digit behind it: a literal scan, 5x faster than a lookbehind first.
_VISUAL_DECIMAL = re.compile("\\.(?<=\\d\\.)(?=[\u061c\u200e\u200f]\\d)")
_FRACTION_FIRST = "\u0631"
# Tatweel stretches a letter joined to it; a run of it between two numbers stretches none: it
# is their dash ("الشوط الثاني 25 ــ 22", "9ــ10 ــ 1436هـ", "الفترة 2013 ــ 2022"). Its first
# character folds to "-" one for one, the rest of the run is dropped as tatweel is. Before a
# number alone it opens a list item ("ــ 80 % نسبة الأعمال المنجزة"), no minus sign.
_TATWEEL = "\u0640"
_TATWEEL_DASH = re.compile("(?:(?<=\\d)|(?<=\\d ))\u0640(?=\u0640* ?\\d)")


@dataclass(frozen=True)
class Folded:
    """Folded text plus the original positions of every dropped character (sorted)."""

    text: str
    dropped: tuple[int, ...] = ()

    def start_of(self, index: int) -> int:
        """Original offset of the folded character at `index`, in O(log n)."""
        if not self.dropped:
            return index
        positions, shifts = self._runs
        run = bisect.bisect_right(positions, index) - 1
        return index + shifts[run] if run >= 0 else index

    @cached_property
    def _runs(self) -> tuple[list[int], list[int]]:
        """Each run of dropped characters as the folded index it sits before, and the number
        dropped up to and including it. A per-lookup search of `dropped` instead went
        quadratic on text that is mostly marks (a digit every 200 bidi controls)."""
        positions: list[int] = []
        shifts: list[int] = []
        previous = -2
        for before, position in enumerate(self.dropped):
            if position != previous + 1:
                positions.append(position - before)
                shifts.append(0)
            shifts[-1] = before + 1
            previous = position
        return positions, shifts

    def index_of(self, offset: int) -> int:
        """Folded index of the original character at `offset` (of the next kept one, for a
        dropped mark): start_of's inverse, in O(log n)."""
        return offset - bisect.bisect_left(self.dropped, offset) if self.dropped else offset

    def end_of(self, index: int) -> int:
        """Original offset just after folded character `index - 1` (an exclusive end)."""
        return self.start_of(index - 1) + 1 if index > 0 else 0


def _translated(text: str) -> str:
    """The one-for-one folds, without the dropped marks' removal."""
    translated = _TATWEEL_DASH.sub("-", text) if _TATWEEL in text else text
    if len(text) < _SHORT:
        for source in set(_SOURCES.findall(text)):
            translated = translated.replace(source, _TARGET_OF[source])
    else:
        for source, target in _PAIRS:
            if source in translated:
                translated = translated.replace(source, target)
    return translated


def fold(text: str) -> Folded:
    translated = _translated(text)
    # One scan for the marks, the kept text joined from the slices between them: a search,
    # a finditer and a sub over each body were three scans (0.26 s of the SaudiNewsNet week).
    marks = [match.span() for match in _DROPPED.finditer(translated)]
    if not marks:
        return Folded(translated)
    # One character for one: the marks' positions stand.
    translated = _VISUAL_DECIMAL.sub(_FRACTION_FIRST, translated)
    kept: list[str] = []
    dropped: list[int] = []
    previous = 0
    for start, end in marks:
        kept.append(translated[previous:start])
        dropped.extend(range(start, end))
        previous = end
    kept.append(translated[previous:])
    return Folded("".join(kept), tuple(dropped))


@cache
def fold_word(text: str) -> str:
    """Fold a lexicon surface the way running text is folded (cached: lexicons repeat)."""
    return fold(text).text.strip()


def fold_text(text: str) -> str:
    """Folded text without an offset map (a claim's surroundings, a word): the same text as
    fold(text).text. Finding a short string's few sources and replacing them is 2.4x faster
    than str.translate with the fold table (42,000 windows of the SaudiNewsNet week)."""
    return _DROPPED.sub("", _VISUAL_DECIMAL.sub(_FRACTION_FIRST, _translated(text)))
