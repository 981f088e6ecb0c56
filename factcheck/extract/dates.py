"""Dates: absolute, relative to the publication date, and Hijri, resolved to a DateSpan.

Every date shape of a language is one alternative of a single regex compiled once. One
Aho-Corasick pass finds where a date can start (date_anchors); the regex is tried only there,
and the shape that matched reads its own groups.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from factcheck.extract import date_absolute, date_relative, hijri
from factcheck.extract.date_anchors import anchors
from factcheck.extract.date_calendar import parse_published
from factcheck.extract.date_lexicon import DateLexicon, alternation, date_lexicon
from factcheck.extract.date_shapes import Context, Hit, Reading, Shape
from factcheck.extract.mention import PRIORITY, Mention
from factcheck.lang.normalize import Folded
from factcheck.models import Document

LANGUAGES = ("ar", "en")
GRANULARITY_RANK = {"day": 0, "month": 1, "year": 2}
# Marks that folding drops (tatweel, harakat) still belong to the last word: "1445 هـ".
_TRAILING_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]*")
_CLOSING_PAREN = re.compile(r"\s*\)")
Resolver = Callable[[Hit, Context], Reading | None]


@dataclass
class _Found:
    start: int  # folded offsets
    end: int
    reading: Reading


def _local_groups(shape: Shape) -> str:
    """The shape's pattern with its group names made unique: `day` -> `day_month__day`."""
    return re.sub(r"\(\?(P<|P=|\()(\w+)", rf"(?\1{shape.name}__\2", shape.pattern)


@cache
def matcher(language: str) -> tuple[re.Pattern[str], dict[str, Resolver], re.Pattern[str]]:
    """The date regex of a language, its resolvers, and the link between two writings of one
    date ("الموافق", an opening parenthesis)."""
    lexicon = date_lexicon(language)
    # Order matters where two shapes match at one place: the longer, more specific first.
    shapes = [
        *hijri.shapes(lexicon),
        *date_absolute.shapes(lexicon),
        # before the relative shapes: "العام 2003" is a year, "العام الماضي" a relative one
        date_absolute.year_shape(lexicon),
        *date_relative.shapes(lexicon),
    ]
    pattern = "|".join(f"(?P<{shape.name}>{_local_groups(shape)})" for shape in shapes)
    return (
        re.compile(pattern),
        {shape.name: shape.resolve for shape in shapes},
        _same_date_link(lexicon),
    )


def _same_date_link(lexicon: DateLexicon) -> re.Pattern[str]:
    links = alternation(lexicon.same_date_links)
    words = rf"|(?:{links})\s*" if links else ""
    return re.compile(rf"[\s,،]*(?:\({words})\s*")


def find_dates(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    language = document.language if document.language in LANGUAGES else "en"
    pattern, resolvers, link = matcher(language)
    context = Context(date_lexicon(language), parse_published(document.published), body, folded)
    for found in _merged(_scan(pattern, resolvers, context), folded.text, link):
        end = folded.end_of(found.end)
        yield Mention(
            start=folded.start_of(found.start),
            end=_TRAILING_MARKS.match(body, end).end(),  # type: ignore[union-attr]
            kind="date",
            date=found.reading.span,
            note=found.reading.note,
            priority=PRIORITY[found.reading.priority],
        )


def _scan(
    pattern: re.Pattern[str], resolvers: dict[str, Resolver], context: Context
) -> Iterator[_Found]:
    text = context.folded.text
    taken = 0
    for anchor in anchors(text, context.lexicon):
        if anchor < taken or (match := pattern.match(text, anchor)) is None:
            continue
        shape = match.lastgroup or ""
        reading = resolvers[shape](Hit(match, shape), context)
        if reading is None:  # not a date here (a verb, a name): later anchors may still be
            continue
        taken = match.end()
        yield _Found(match.start(), match.end(), reading)


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
