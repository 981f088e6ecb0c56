"""Sentence spans: a claim's `sentence` and the window its context is read from."""

from __future__ import annotations

import bisect
import re

# A sentence ends at . ! ? ؟ … or a line break; a dot between digits ("1.5") or after a
# single Latin capital ("U.S.", "J. Smith") does not end one.
_END = re.compile(r"(?<!\b[A-Z])(?<!\d)[.!?؟…]+(?=[\s\"'”»)]|$)|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end() if match.group()[0] != "\n" else match.start()
        _add(text, start, end, spans)
        start = match.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


class SentenceIndex:
    """Finds the sentence that holds an offset, in O(log n)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = sentence_spans(text)
        self._starts = [start for start, _ in self.spans]

    def span_at(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return (0, 0)
        return self.spans[index]

    def sentence_at(self, offset: int) -> str:
        start, end = self.span_at(offset)
        return self.text[start:end]
