"""Which numbered occasion a figure falls under.

A report of two race meetings, festivals or league rounds names each with an ordinal and lists
its items after it: "ويتكون حفل السباق الـ 7 يوم الجمعة من سبعة أشواط ... الشوط الخامس ...
ومسافته 1200 متر" is the seventh meeting's, "فيما يقام حفل السباق الـ 8 ... الشوط الخامس ...
ومسافته 2400 متر" the eighth's: one round of two meetings, not two accounts of one. A figure
after such a heading, up to the next one of its article, is that occasion's (Claim.occasion,
"meeting:7"); figures of two occasions of one kind are never compared (rule FC036). A heading of
several ("حفل سباق الخيل الـ 7 و 8") names none: what follows it may be either's.

The nouns are found in the one pass over the document that several finders share
(document_words), so a document costs one ordinal read per noun found, and a figure a bisect.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

from factcheck.extract.document_words import document_words
from factcheck.extract.ordinals import ordinal_at, ordinal_words
from factcheck.extract.units import durations, unit_matcher
from factcheck.lang.clitics import DEFINITE
from factcheck.lang.detect import cased
from factcheck.lang.lexicon import load
from factcheck.lang.normalize import Folded
from factcheck.lang.phrases import skip_spaces
from factcheck.lang.tokens import LETTERS

_SEPARATOR = ":"  # "meeting:7"


@dataclass(frozen=True)
class _Lexicon:
    complement_words: int
    bare_digits: bool
    joined_by: tuple[str, ...]
    capitalised: bool  # a heading's noun starts with a capital ("Game 7", not "last week 3")


@cache
def _lexicon(language: str) -> _Lexicon:
    data = load(language, "occasions")
    return _Lexicon(
        int(data.get("complement_words", 0)),
        bool(data.get("bare_digits")),
        tuple(data.get("joined_by") or ()),
        cased(language),
    )


class Occasions:
    """The occasion headings of one article, read on the first figure that asks."""

    def __init__(self, body: str, folded: Folded | None, language: str) -> None:
        self._body, self._folded, self._language = body, folded, language
        self._ends: list[int] | None = None
        self._keys: list[str | None] = []

    def at(self, end: int) -> str | None:
        """The occasion of a figure ending at body `end`: the last heading ending before it, or
        the heading whose ordinal it is ("الجولة الثالثة" is the third round's own rank)."""
        if self._ends is None:
            self._read()
        assert self._ends is not None
        index = bisect.bisect_right(self._ends, end) - 1
        return self._keys[index] if index >= 0 else None

    def _read(self) -> None:
        self._ends = []
        if self._folded is None:
            return
        text, lexicon = self._folded.text, _lexicon(self._language)
        ordinals = ordinal_words(self._language)
        for hit in document_words(text, self._language, "occasions"):
            body_at = self._folded.start_of(hit.stem)
            if lexicon.capitalised and not self._body[body_at : body_at + 1].isupper():
                continue
            at = skip_spaces(text, hit.end)
            found = ordinal_at(text, at, ordinals, lexicon.bare_digits)
            for _ in range(lexicon.complement_words):
                if found is not None:
                    break
                word = LETTERS.match(text, at)
                if word is None or not word.group().startswith(DEFINITE):
                    break
                at = skip_spaces(text, word.end())
                found = ordinal_at(text, at, ordinals, lexicon.bare_digits)
            if found is None or self._measures(text, at, found[1]):
                continue
            value, end = found
            several = self._joined(text, end, lexicon)
            self._ends.append(self._folded.start_of(end))
            self._keys.append(None if several else f"{hit.key}{_SEPARATOR}{value}")

    def _measures(self, text: str, start: int, end: int) -> bool:
        """ "سباق الـ 100 متر": digits before a unit (not of time: "الـ 7 يوم الجمعة") measure."""
        if not any(char.isdigit() for char in text[start:end]):
            return False
        unit = unit_matcher(self._language).at(text, skip_spaces(text, end))
        return unit is not None and unit.key[1] not in durations()

    def _joined(self, text: str, end: int, lexicon: _Lexicon) -> bool:
        """A second number joined to the heading's ordinal: "الـ 7 و 8", "Games 3 and 4"."""
        at = skip_spaces(text, end)
        for join in lexicon.joined_by:
            if text.startswith(join, at):
                after = skip_spaces(text, at + len(join))
                if text.startswith(DEFINITE, after):
                    after = skip_spaces(text, after + len(DEFINITE))
                return after < len(text) and text[after].isdigit()
        return False


def occasions_apart(x: str | None, y: str | None) -> bool:
    """Two numbered occasions of one kind ("meeting:7", "meeting:8"); unknown on either side,
    or of two kinds, they cannot be told apart."""
    if x is None or y is None or x == y:
        return False
    return x.partition(_SEPARATOR)[0] == y.partition(_SEPARATOR)[0]
