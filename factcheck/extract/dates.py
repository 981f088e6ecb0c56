"""Dates: absolute, relative to the publication date, and Hijri, resolved to a DateSpan.

Each date shape of a language is a regex compiled once. The document's one Aho-Corasick pass
(document_words) finds the words a date can start with, date_anchors where a date can start;
only there, and only the shapes that can start with that kind
of word, are tried, in order; the first shape that matches reads its own groups.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

from factcheck.extract.date_anchors import anchors
from factcheck.extract.date_calendar import parse_published
from factcheck.extract.date_following import following_days
from factcheck.extract.date_grammar import shapes
from factcheck.extract.date_lexicon import DateLexicon, alternation, date_lexicon
from factcheck.extract.date_shapes import Context, Hit, Reading
from factcheck.extract.document_words import date_words
from factcheck.extract.mention import PRIORITY, Mention, end_with_marks
from factcheck.extract.qualifiers import range_joins
from factcheck.lang.detect import supported_languages
from factcheck.lang.normalize import Folded
from factcheck.lang.phrases import back_spaces
from factcheck.lang.tokens import COMMAS
from factcheck.models import DateSpan, Document

GRANULARITY_RANK = {"day": 0, "month": 1, "year": 2}
_CLOSING_PAREN = re.compile(r"\s*\)")
# How far a shape's regex looks behind its anchor and how far it and its resolver read ahead;
# the reach of the rejection memo in DateMatcher.scan.
_BACK, _AHEAD = 32, 96
Resolver = Callable[[Hit, Context], Reading | None]


@dataclass
class _Found:
    start: int  # folded offsets
    end: int
    reading: Reading


class DateMatcher:
    """A language's date shapes, compiled once each, and per set of anchor kinds the shapes
    that can start there, in the order that settles two shapes matching at one place."""

    def __init__(self, language: str) -> None:
        self.lexicon = lexicon = date_lexicon(language)
        self.shapes = shapes(language)
        self.resolvers: dict[str, Resolver] = {shape.name: shape.resolve for shape in self.shapes}
        self.language = language
        self.link = _same_date_link(lexicon)
        # Each shape's regex on its own, tried one after another: the first that matches is
        # what one alternation of them would match. An alternation per set of kinds compiled
        # the same shapes again for each of 26 sets (0.17 s of CPU in every process, against
        # 0.04 s), and matched no faster.
        self._compiled = [
            (shape.name, shape.starts, re.compile(shape.pattern)) for shape in self.shapes
        ]
        self._tried: dict[frozenset[str], list[tuple[str, re.Pattern[str]]]] = {}

    def patterns(self, kinds: frozenset[str]) -> list[tuple[str, re.Pattern[str]]]:
        """(shape name, regex) of the shapes that can start at an anchor of these kinds."""
        tried = self._tried.get(kinds)
        if tried is None:
            tried = self._tried[kinds] = [
                (name, pattern)
                for name, starts, pattern in self._compiled
                if kinds.intersection(starts)
            ]
        return tried

    def match(
        self, text: str, anchor: int, kinds: frozenset[str], end: int | None = None
    ) -> Hit | None:
        """The first shape that matches at `anchor`, within text[:end] if given."""
        for shape, pattern in self.patterns(kinds):
            match = pattern.match(text, anchor, len(text) if end is None else end)
            if match is not None:
                return Hit(match, shape)
        return None

    def scan(self, context: Context) -> Iterator[_Found]:
        text = context.folded.text
        taken = 0
        # Text around an anchor that was no date: the same text (boilerplate, a table, a
        # pathological repeat) is then skipped without running the regex and resolver again.
        rejected: set[tuple[int, str]] = set()
        words = date_words(text, self.language)
        found = anchors(text, words, self.lexicon.word_clitics)
        kinds_at = dict(found)
        for anchor, kinds in found:
            if anchor < taken:
                continue
            back = min(anchor, _BACK)
            window = (back, text[anchor - back : anchor + _AHEAD])
            if window in rejected:
                continue
            hit = self.match(text, anchor, kinds)
            period: tuple[Reading, int] | Literal[False] | None = None
            if hit is not None and hit.pairs_two_months(self.lexicon):
                # two months side by side are two dates, the first read on its own; two joined
                # as a range's ends ("خلال الفترة سبتمبر-نوفمبر من هذا العام") are one period,
                # or none where the second reads as no date ("in September-November")
                period = self._months_period(hit, text, kinds_at, context)
                first = self.match(text, anchor, kinds, hit.match.end("month"))
                hit = None if period is False else first
            reading = self.resolvers[hit.shape](hit, context) if hit is not None else None
            if hit is None or reading is None:  # a verb, a name: later anchors may be dates
                rejected.add(window)
                continue
            taken = hit.match.end()
            if isinstance(period, tuple):
                joined = _joined(reading, period[0])
                if joined is not None:
                    reading, taken = joined, period[1]
            yield _Found(hit.match.start(), taken, reading)

    def _months_period(
        self, hit: Hit, text: str, kinds_at: dict[int, frozenset[str]], context: Context
    ) -> tuple[Reading, int] | Literal[False] | None:
        """The second month's reading and end where a range's join (qualifiers.yaml
        `range_join_alone`: "-", "إلى", "to") stands between two months; False where the
        second reads as no date, None where no such join stands."""
        joint = " ".join(text[hit.match.end("month") : hit.start("month2")].split())
        if joint not in range_joins(self.language)[1]:
            return None
        second = hit.start("month2")
        other = self.match(text, second, kinds_at.get(second, frozenset()))
        reading = self.resolvers[other.shape](other, context) if other is not None else None
        return False if other is None or reading is None else (reading, other.match.end())


def _joined(first: Reading, last: Reading) -> Reading | None:
    """The months from the first's to the last's as one period; None where the two are no
    months in order ("نوفمبر-فبراير" may cross a year not stated)."""
    if (
        first.span is None
        or last.span is None
        or first.span.granularity != "month"
        or last.span.granularity != "month"
        or last.span.start <= first.span.end
    ):
        return None
    return Reading(DateSpan(start=first.span.start, end=last.span.end, granularity="month"))


@cache
def matcher(language: str) -> DateMatcher:
    return DateMatcher(language)


def _same_date_link(lexicon: DateLexicon) -> re.Pattern[str]:
    """Between two writings of one date: "الموافق", an opening parenthesis."""
    links = alternation(lexicon.same_date_links)
    words = rf"|(?:{links})\s*" if links else ""
    return re.compile(rf"[\s{COMMAS}]*(?:\({words})\s*")


def find_dates(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    language = document.language if document.language in supported_languages() else "en"
    dates = matcher(language)
    context = Context(dates.lexicon, parse_published(document.published), body, folded)
    merged = list(_merged(dates.scan(context), folded.text, dates.link))
    days = [(found.start, found.end, found.reading.span) for found in merged if found.reading.span]
    following = [
        _Found(start, end, Reading(span))
        for start, end, span in following_days(folded.text, days, context.published, language)
    ]
    for found in sorted([*merged, *following], key=lambda found: found.start):
        end = folded.end_of(found.end)
        yield Mention(
            start=folded.start_of(_with_day_cue(folded.text, found.start, dates.lexicon)),
            end=end_with_marks(body, end),
            kind="date",
            date=found.reading.span,
            note=found.reading.note,
            qualifier=found.reading.qualifier,
            priority=PRIORITY[found.reading.priority],
        )


def _with_day_cue(text: str, start: int, lexicon: DateLexicon) -> int:
    """Where a date at folded `start` begins with the cue before its weekday that names its
    day or the part of it ("مساء السبت": date_words.yaml `spanned_day_cues`)."""
    edge = back_spaces(text, start)
    if edge == start:
        return start
    for cue in lexicon.spanned_day_cues:  # the few cues first, the many weekday forms after
        begin = edge - len(cue)
        if text.startswith(cue, begin) and (begin == 0 or text[begin - 1] == " "):
            weekday = any(text.startswith(name, start) for name in lexicon.weekdays)
            return begin if weekday else start
    return start


def _merged(found: Iterator[_Found], text: str, link: re.Pattern[str]) -> Iterator[_Found]:
    """One mention for one date written twice: "7 شوال 1436 الموافق 23 يوليو 2015",
    "الأربعاء المقبل (12 أغسطس)"; the finer of the two readings is kept."""
    previous: _Found | None = None
    for current in found:
        if (
            previous is not None
            and link.fullmatch(text, previous.end, current.start)
            and _overlap(previous.reading, current.reading)
        ):
            end = current.end
            if "(" in text[previous.end : current.start]:
                closing = _CLOSING_PAREN.match(text, end)
                end = closing.end() if closing else end
            previous = _Found(previous.start, end, _finer(previous.reading, current.reading))
            continue
        if previous is not None:
            yield previous
        previous = current
    if previous is not None:
        yield previous


def _overlap(first: Reading, second: Reading) -> bool:
    """Two writings of one date must agree; an unresolved one agrees with anything."""
    if first.span is None or second.span is None:
        return True
    return first.span.start <= second.span.end and second.span.start <= first.span.end


def _finer(first: Reading, second: Reading) -> Reading:
    if first.span is None or second.span is None:
        return second if second.span is not None else first
    rank = GRANULARITY_RANK
    return first if rank[first.span.granularity] < rank[second.span.granularity] else second
