"""Which market index a figure is of.

A markets report gives several indexes' levels and changes in one sentence: "وصعد مؤشر داو
جونز الصناعي 92.93 نقطة ... وستاندرد اند بورز 500 بواقع 11.82 نقطة ... ومؤشر ناسداك المجمع
38.80 نقطة". A figure after an index's name (lexicons/*/indexes.yaml) in its paragraph, up to
the next index named, is that index's (Claim.index): a round-up names each market once and
gives its figures in the sentences after it ("وفي بورصة قطر ... وارتفعت أسعار أسهم 16 شركة").
The Dow's 30.64 points of one day and the Nasdaq's 30.64 of another are never compared, nor
one index's figures of two trading days (rule FC038). A figure whose paragraph names no index
may still meet any. A number in an index's name ("ستاندرد اند بورز 500", "كاك 40")
counts nothing.

The names are found in the one pass over the document that several finders share
(document_words), so a figure costs a bisect.
"""

from __future__ import annotations

import bisect

from factcheck.extract.document_words import document_words
from factcheck.lang.normalize import Folded


class Indexes:
    """The index names of one article, read on the first figure that asks."""

    def __init__(self, body: str, folded: Folded | None, language: str) -> None:
        self._body, self._folded, self._language = body, folded, language
        self._ends: list[int] | None = None
        self._keys: list[str] = []

    def at(self, start: int) -> str | None:
        """The index of a figure starting at body `start`: the last index named before it in
        its paragraph."""
        if self._ends is None:
            self._read()
        assert self._ends is not None
        index = bisect.bisect_right(self._ends, start) - 1
        if index < 0 or "\n" in self._body[self._ends[index] : start]:
            return None
        return self._keys[index]

    def _read(self) -> None:
        self._ends = []
        if self._folded is None:
            return
        for hit in document_words(self._folded.text, self._language, "indexes"):
            self._ends.append(self._folded.end_of(hit.end))
            self._keys.append(str(hit.key))


def in_index_name(text: str, start: int, language: str) -> bool:
    """Whether folded `text`'s character at `start` lies in the name of an index. Asked of
    every number: the names are found in order and never overlap, so the one that may hold it
    is the last to start at or before it."""
    names = document_words(text, language, "indexes")
    index = bisect.bisect_right(names, start, key=lambda hit: hit.start) - 1
    return index >= 0 and start < names[index].end
