"""Right-to-left text for terminals that print characters in the order they receive them.

Most terminals (xterm, tmux, the Linux console, VS Code's) neither reorder nor join Arabic:
fed logical text they show every word reversed and every letter in its isolated form. For them
each line is wrapped in logical order first, then shaped (arabic-reshaper) and reordered
(python-bidi); wrapping after reordering would put the end of a sentence on its first line.
Terminals that run the bidi algorithm themselves want logical text: `--bidi off`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from arabic_reshaper import ArabicReshaper

    from factcheck.settings import BidiMode

# A neutral, unmirrored, never-joining character that marks where the figure begins and ends
# while the line is reordered; it takes the direction of the text around it.
_MARK = "\u2e3b"
_STRONG_RTL = frozenset({"R", "AL"})
# python-bidi's algorithm predates the isolates (LRI, RLI, FSI, PDI) and fails on them; as
# word joiners (invisible, neutral) they keep every offset where it was.
_ISOLATES = str.maketrans(dict.fromkeys("\u2066\u2067\u2068\u2069", "\u2060"))


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    # The highlighted figure's columns in `text`, when the figure is on this line.
    span: tuple[int, int] | None
    rtl: bool


def reorders(mode: BidiMode, is_terminal: bool) -> bool:
    """Whether to hand the terminal visual-order text."""
    if mode != "auto":
        return mode == "on"
    # Pipes and files get logical text, which every program after us expects.
    return is_terminal and not _terminal_does_bidi()


def _terminal_does_bidi() -> bool:
    # mlterm and Konsole apply the bidi algorithm themselves; tmux in between redraws cell by
    # cell and defeats it, so inside tmux we reorder whatever the outer terminal is.
    if os.environ.get("TMUX"):
        return False
    return bool(os.environ.get("KONSOLE_VERSION")) or os.environ.get("TERM", "").startswith(
        "mlterm"
    )


def is_rtl(text: str) -> bool:
    """The paragraph direction the bidi algorithm gives: that of the first strong character."""
    from unicodedata import bidirectional

    for char in text:
        kind = bidirectional(char)
        if kind in _STRONG_RTL:
            return True
        if kind == "L":
            return False
    return False


def lines(
    text: str, width: int, span: tuple[int, int] | None = None, reorder: bool = True
) -> list[Line]:
    """`text` wrapped to `width` columns, each line in display order, the span carried along."""
    rtl = is_rtl(text)
    out = []
    for start, end in wrap(text, width):
        piece = text[start:end]
        local = None
        if span is not None and span[0] < end and span[1] > start:
            local = (max(span[0], start) - start, min(span[1], end) - start)
        if reorder and _has_rtl(piece):
            piece, local = _visual(piece, local, rtl)
        out.append(Line(piece, local, rtl))
    return out


def visual(text: str, reorder: bool = True) -> str:
    """One short string (a table cell, a title) in display order."""
    if not reorder or not _has_rtl(text):
        return text
    return _visual(text, None, is_rtl(text))[0]


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """(start, end) of each line: breaks at spaces, a word longer than a line is cut."""
    from rich.cells import cell_len

    spans: list[tuple[int, int]] = []
    start = 0
    text_len = len(text)
    while start < text_len:
        while start < text_len and text[start] == " ":
            start += 1
        if start >= text_len:
            break
        end, last_space = start, -1
        used = 0
        while end < text_len:
            used += cell_len(text[end])
            if used > width:
                break
            if text[end] == " ":
                last_space = end
            end += 1
        if end < text_len and last_space > start:
            end = last_space
        elif end == start:  # a single character wider than the line
            end += 1
        spans.append((start, end))
        start = end
    return spans


def _has_rtl(text: str) -> bool:
    from unicodedata import bidirectional

    return any(bidirectional(char) in _STRONG_RTL for char in text)


def _visual(
    piece: str, span: tuple[int, int] | None, rtl: bool
) -> tuple[str, tuple[int, int] | None]:
    from bidi.algorithm import get_display

    piece = piece.translate(_ISOLATES)
    marked = span is not None and _MARK not in piece
    if marked and span is not None:
        piece = f"{piece[: span[0]]}{_MARK}{piece[span[0] : span[1]]}{_MARK}{piece[span[1] :]}"
    shown = get_display(_reshaper().reshape(piece), base_dir="R" if rtl else "L")
    if not marked:
        return shown, None
    first = shown.index(_MARK)
    second = shown.index(_MARK, first + 1)
    return shown.replace(_MARK, ""), (first, second - 1)


@cache
def _reshaper() -> ArabicReshaper:
    from arabic_reshaper import ArabicReshaper

    # Diacritics stacked on a letter take a terminal cell of their own: drop them.
    return ArabicReshaper(configuration={"delete_harakat": True})
