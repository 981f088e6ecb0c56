"""Finds lexicon phrases in folded text, whole words only, with Arabic proclitics glued on.

One matcher per lexicon and language, built once per process (`phrase_matcher` is cached):
the surfaces are folded like running text (lang.normalize.fold) and compiled into one
Aho-Corasick automaton, so a document is scanned once however many phrases there are.

A hit counts when it is a whole word (or words) of the text: the character after it is not a
letter, and the letters before it, up to the start of the word, are empty or one of the
language's proclitics (lexicons/ar/clitics.yaml: و ف ب ك ل ال لل وبال ...), so "وبالآلاف"
matches the surface "آلاف" and lexicons never list clitic variants. Digits are not letters,
so "11عاما" matches "عاما". An edge of a surface that is not a letter ("$", "%") needs no
boundary. Multi-word surfaces match with single spaces between their words.

    matcher = PhraseMatcher.from_mapping({"troops": ["جندي", "جنود"]}, language="ar")
    for hit in matcher.finditer(folded.text): hit.start, hit.end, hit.key
    matcher.at(text, pos)          # the longest phrase that starts at pos, or None
    matcher.ending_at(text, end)   # the longest phrase that ends at end, or None
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from functools import cache, cached_property
from typing import Any, NamedTuple

import ahocorasick

from factcheck.lang.lexicon import folded_words, load
from factcheck.lang.normalize import fold_word
from factcheck.lang.tokens import COMMAS, WORD

# A clause break, or another figure: no cue of a figure reaches back past it.
_BREAK = re.compile(r"[.,;:!?،؛()\d]")
# what may end a word the common case of _words reads inline: a space, a stop or a comma
_WORD_ENDS = " ." + COMMAS
_EDGE = 4  # characters of a phrase's start and end kept for the cheap first tests
_Found = tuple[int, int, Any, int]  # a whole-word hit: (start, -end, key, stem)
# An automaton's value is (length, key, raw): `raw` is what a raw surface of PhraseMatchers
# stands for (None for the others), `key` is _RAW_ONLY for a raw surface that is no phrase.
_RAW_ONLY = object()


class RawHits(NamedTuple):
    """The hits of PhraseMatchers' raw surfaces: where each ends (last index) and what it
    stands for, as two lists, not a tuple per hit: 200,000 tuples kept alive at once (a
    megabyte of month names) set the cycle collector walking a test run's whole heap."""

    lasts: list[int]
    values: list[Any]


# A named tuple, not a frozen dataclass: as immutable, and built in half the time (a frozen
# dataclass sets each field through object.__setattr__), which counts for the 190,000 hits of
# the SaudiNewsNet week.
class PhraseMatch(NamedTuple):
    start: int  # where the word starts, clitics included
    end: int  # exclusive
    key: Any  # the canonical key the surface stands for
    stem: int  # where the surface itself starts (after the clitics)

    @property
    def clitic_length(self) -> int:
        return self.stem - self.start


@cache
def proclitics(language: str) -> frozenset[str]:
    return folded_words(language, "clitics", "proclitics")


class PhraseMatcher:
    """Whole-word phrase lookup over folded text; keys are whatever the lexicon maps to."""

    def __init__(self, entries: Iterable[tuple[str, Hashable]], language: str) -> None:
        self.language = language
        self._clitics = proclitics(language)
        self._max_clitic = max(map(len, self._clitics), default=0)
        self._clitic_sizes = sorted({len(clitic) for clitic in self._clitics})
        self._keys: dict[str, Hashable] = {}
        for surface, key in entries:
            folded = " ".join(fold_word(surface).split())
            if not folded:
                continue
            known = self._keys.setdefault(folded, key)
            if known != key:
                raise ValueError(f"{surface!r} stands for both {known!r} and {key!r}")
        self._max_words = max((s.count(" ") + 1 for s in self._keys), default=0)
        self._max_length = max(map(len, self._keys), default=0)

    # The automaton and the edges are built where first needed: a language's one lexicon
    # matcher (extract/context.py) is only scanned, its place names only looked up at a
    # position, and building all for both cost 0.1 s of Arabic start-up (each surface glued to
    # 23 proclitics) and 0.03 s of English (13,000 names of the generated gazetteer).

    @cached_property
    def _automaton(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for folded, key in self._keys.items():
            automaton.add_word(folded, (len(folded), key, None))
        if self._keys:
            automaton.make_automaton()
        return automaton

    def _key_of(self, word: str) -> tuple[Hashable, int] | None:
        """The key of the surface `word` is, bare or with a clitic glued on, and the clitic's
        length; the shortest clitic wins where two readings spell one string. Tried length by
        length, not looked up in a table of every surface with every clitic: the table of the
        Arabic place names alone held 93,000 strings (18 MB, 0.035 s to build in every
        process), those of the 55 Arabic matchers looked up took 0.12 s, and the tries cost
        the week's 240,000 lookups 0.14 s more."""
        if word in self._keys:
            return self._keys[word], 0
        for size in self._clitic_sizes:
            if word[:size] in self._clitics and word[size:] in self._keys:
                return self._keys[word[size:]], size
        return None

    # Cheap first tests for at() and ending_at(): the few characters a phrase (with any
    # clitic) can start with, and those it can end with; most positions fail them at once.

    @cached_property
    def _heads(self) -> set[str]:
        return {
            (clitic + folded)[:_EDGE] for clitic in ("", *self._clitics) for folded in self._keys
        }

    @cached_property
    def _tails(self) -> set[str]:
        return {key[-_EDGE:] for key in self._keys}

    @cached_property
    def _short_heads(self) -> dict[str, list[int]]:
        return _short_edges(self._heads, 0)

    @cached_property
    def _short_tails(self) -> dict[str, list[int]]:
        return _short_edges(self._tails, -1)

    @classmethod
    def from_mapping(
        cls, mapping: Mapping[Hashable, Iterable[str]], language: str
    ) -> PhraseMatcher:
        """From a lexicon section shaped `key: [surface, ...]` (a bare string is one surface)."""
        return cls(
            (
                (surface, key)
                for key, surfaces in mapping.items()
                for surface in ([surfaces] if isinstance(surfaces, str) else surfaces)
            ),
            language,
        )

    @classmethod
    def of_surfaces(cls, surfaces: Iterable[str] | None, language: str) -> PhraseMatcher:
        """From a lexicon list of surfaces, each keyed True: whether one stands there."""
        return cls(((surface, True) for surface in surfaces or ()), language)

    def __contains__(self, surface: str) -> bool:
        return " ".join(fold_word(surface).split()) in self._keys

    def finditer(self, text: str) -> list[PhraseMatch]:
        """Every whole-word hit, leftmost first, longest at each start, none overlapping."""
        if not self._keys:
            return []
        return _leftmost_longest(self._words(self._automaton, text, RawHits([], [])))

    def _words(self, automaton: ahocorasick.Automaton, text: str, raw: RawHits) -> list[_Found]:
        """(start, -end, value, stem) of each hit of `automaton` that is a whole word of `text`,
        clitics included: a list, not a generator, in the order _leftmost_longest sorts by
        (300,000 raw hits on the SaudiNewsNet week). `raw` gets each hit of a raw surface
        (PhraseMatchers), in the same pass."""
        size = len(text)
        found: list[_Found] = []
        add_last, add_value = raw.lasts.append, raw.values.append
        for last, (length, value, other) in automaton.iter(text):
            if other is not None:
                add_last(last)
                add_value(other)
                if value is _RAW_ONLY:
                    continue
            end = last + 1
            stem = end - length
            # The common case inline (a word between spaces); _word_start for the rest.
            if (stem == 0 or text[stem - 1] == " ") and (end == size or text[end] in _WORD_ENDS):
                found.append((stem, -end, value, stem))
            # Half the raw hits end inside a word ("آب" in "الآباء"): dropped at once.
            elif not (end < size and text[end].isalpha() and text[end - 1].isalpha()):
                start = self._word_start(text, stem)
                if start is not None:
                    found.append((start, -end, value, stem))
        return found

    def at(self, text: str, pos: int) -> PhraseMatch | None:
        """The longest phrase whose word (clitics included) starts exactly at `pos`."""
        if 0 < pos < len(text) and text[pos - 1].isalpha() and text[pos].isalpha():
            return None
        # The cheap first test, on one slice and without a generator: with its twin in
        # ending_at, called 400,000 times on the SaudiNewsNet week (half the time of any()),
        # and failed by nine in ten. Most heads are _EDGE long: one lookup; the few shorter
        # ones are tried only after a character that one of them starts with.
        head = text[pos : pos + _EDGE]
        if head not in self._heads:
            for size in self._short_heads.get(head[:1], ()):
                if head[:size] in self._heads:
                    break
            else:
                return None
        window = text[pos : pos + self._max_length + self._max_clitic]
        for end in self._word_ends(window):
            after = pos + end
            if after < len(text) and text[after - 1].isalpha() and text[after].isalpha():
                continue  # the window cut a word in two
            found = self._key_of(window[:end])
            if found is not None:
                return PhraseMatch(pos, pos + end, found[0], pos + found[1])
        return None

    def ending_at(self, text: str, end: int) -> PhraseMatch | None:
        """The longest phrase that ends exactly at `end` (a whole word, clitics allowed)."""
        if end < len(text) and end > 0 and text[end - 1].isalpha() and text[end].isalpha():
            return None
        tail = text[max(0, end - _EDGE) : end]
        if tail not in self._tails:
            for size in self._short_tails.get(tail[-1:], ()):
                if tail[-size:] in self._tails:
                    break
            else:
                return None
        begin = max(0, end - self._max_length - self._max_clitic)
        window = text[begin:end]
        for start in self._word_starts(window):
            if start == 0 and begin > 0 and text[begin - 1].isalpha():
                continue  # the window cut a word in two
            found = self._key_of(window[start:])
            if found is not None:
                return PhraseMatch(begin + start, end, found[0], begin + start + found[1])
        return None

    def _word_start(self, text: str, stem: int) -> int | None:
        """Where the word holding a hit that starts at `stem` and ends a word starts, or None
        if it is no whole word."""
        if not text[stem].isalpha():
            return stem
        start = stem
        while start > 0 and text[start - 1].isalpha():
            start -= 1
            if stem - start > self._max_clitic:
                return None
        if start == stem or text[start:stem] in self._clitics:
            return start
        return None

    def _word_ends(self, window: str) -> list[int]:
        """Ends of the first 1..max_words words of `window`, longest first."""
        ends: list[int] = []
        index, size = 0, len(window)
        while index < size and len(ends) < self._max_words:
            if window[index].isspace():
                break
            if window[index].isalpha():
                while index < size and window[index].isalpha():
                    index += 1
            else:
                index += 1
            ends.append(index)
            if index < size and window[index] == " ":
                index += 1
        return ends[::-1]

    def _word_starts(self, window: str) -> list[int]:
        """Starts of the last 1..max_words words of `window`, longest phrase first."""
        starts: list[int] = []
        index = len(window)
        while index > 0 and len(starts) < self._max_words:
            if window[index - 1].isspace():
                break
            if window[index - 1].isalpha():
                while index > 0 and window[index - 1].isalpha():
                    index -= 1
            else:
                index -= 1
            starts.append(index)
            if index > 0 and window[index - 1] == " ":
                index -= 1
        return starts[::-1]


def _short_edges(edges: set[str], side: int) -> dict[str, list[int]]:
    """The lengths of the edges shorter than _EDGE, shortest first, by their character on
    `side` (0: the first, -1: the last): which of them a text's edge may hold."""
    lengths: dict[str, set[int]] = {}
    for edge in edges:
        if len(edge) < _EDGE:
            lengths.setdefault(edge[side], set()).add(len(edge))
    return {character: sorted(sizes) for character, sizes in lengths.items()}


def _leftmost_longest(hits: list[_Found]) -> list[PhraseMatch]:
    """Of hits (start, -end, key, stem): leftmost first, longest at each start, none overlapping."""
    hits.sort()
    chosen: list[PhraseMatch] = []
    reach = -1
    for start, negative_end, key, stem in hits:
        if start >= reach:
            chosen.append(PhraseMatch(start, -negative_end, key, stem))
            reach = -negative_end
    return chosen


class PhraseMatchers:
    """Several matchers of one language over one text in one automaton pass: for each, what
    its finditer() returns. A document is read whole for five lexicons (number words, duration
    words, length and age cues): one scan instead of five saved 0.25 s of the SaudiNewsNet
    week's 7.3 s of extraction.

    `raw`: more surfaces (folded) with a value each, found in the same pass wherever they
    occur, whole words or not, for a caller that tests their edges its own way (the words a
    date starts with). The automaton's cost is per character of the text, whatever it holds."""

    def __init__(
        self, matchers: Sequence[PhraseMatcher], raw: Mapping[str, Hashable] | None = None
    ) -> None:
        if len({matcher.language for matcher in matchers}) != 1:
            raise ValueError("matchers of one language only: word boundaries are the language's")
        self._matchers = matchers
        raw = raw or {}
        surfaces: dict[str, list[tuple[int, Hashable]]] = {}
        for index, matcher in enumerate(matchers):
            for surface, key in matcher._keys.items():
                surfaces.setdefault(surface, []).append((index, key))
        self._automaton = ahocorasick.Automaton()
        for surface in [*surfaces, *(surface for surface in raw if surface not in surfaces)]:
            keys = tuple(surfaces[surface]) if surface in surfaces else _RAW_ONLY
            value = (len(surface), raw[surface]) if surface in raw else None
            self._automaton.add_word(surface, (len(surface), keys, value))
        self._empty = not surfaces and not raw
        if not self._empty:
            self._automaton.make_automaton()

    def finditer(self, text: str) -> list[list[PhraseMatch]]:
        """matcher.finditer(text) for each matcher, in their order."""
        return self.scan(text)[0]

    def scan(self, text: str) -> tuple[list[list[PhraseMatch]], RawHits]:
        """finditer(text), and the hits of the `raw` surfaces, in the order of their ends: each
        one's value is (length, what the surface stands for)."""
        hits: list[list[_Found]] = [[] for _ in self._matchers]
        raw = RawHits([], [])
        if not self._empty:
            for start, negative_end, keys, stem in self._matchers[0]._words(
                self._automaton, text, raw
            ):
                for index, key in keys:
                    hits[index].append((start, negative_end, key, stem))
        return [_leftmost_longest(found) for found in hits], raw


@cache
def phrase_matcher(language: str, lexicon: str, section: str | None = None) -> PhraseMatcher:
    """The matcher of `lexicons/<language>/<lexicon>.yaml` (or one top-level section of it):
    a mapping `key: [surface, ...]`, or a list of surfaces, each keyed True."""
    data = load(language, lexicon)
    if section is not None:
        data = data.get(section) or {}
    if isinstance(data, list):
        return PhraseMatcher.of_surfaces(data, language)
    return PhraseMatcher.from_mapping(data, language)


def skip_spaces(text: str, pos: int, limit: int | None = None) -> int:
    """The first position from `pos` on that is no space (at most `limit` skipped): where a
    phrase looked up after a word starts. Folded text has one kind of blank."""
    end = len(text) if limit is None else min(len(text), pos + limit)
    while pos < end and text[pos] == " ":
        pos += 1
    return pos


def back_spaces(text: str, pos: int, limit: int | None = None) -> int:
    """Where the spaces right before `pos` begin (at most `limit` of them): where a phrase
    looked up before a word ends."""
    start = 0 if limit is None else max(0, pos - limit)
    while pos > start and text[pos - 1] == " ":
        pos -= 1
    return pos


def word_before(text: str, start: int, reach: int | None = None, openers: str = "") -> str:
    """The word that ends before `start`, past the blanks (and any of `openers`, a bracket or
    a quote: "إلى (2.3)") between them. With `reach`, at most that many characters are read
    back from where the word ends, where a word is looked for near a figure in text that may
    run on without a blank; without it, the whole word (the article or cue a lexicon lists
    right before a figure: "a second round", "منذ بداية العام")."""
    end = start
    while end > 0 and (text[end - 1].isspace() or text[end - 1] in openers):
        end -= 1
    begin, floor = end, 0 if reach is None else max(0, end - reach)
    while begin > floor and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end].lstrip(openers)


def word_start(text: str, end: int) -> int:
    """Where the letters right before `end` begin (`end` itself after no letter): the start of
    the word that ends there."""
    while end > 0 and text[end - 1].isalpha():
        end -= 1
    return end


def word_ends_in_clause(text: str, start: int, reach: int) -> list[int]:
    """Where the words within `reach` characters before `start` end, those past the last
    clause break or other figure among them: where a cue that stands a few words before its
    figure ("ارتفع عدد ركاب القطار من", a verb before its subject) may end."""
    begin = max(0, start - reach)
    cut = max((match.end() for match in _BREAK.finditer(text, begin, start)), default=begin)
    return [word.end() for word in WORD.finditer(text, cut, start)]
