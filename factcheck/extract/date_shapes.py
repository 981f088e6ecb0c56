"""The parts every date pattern shares: a Shape (regex + resolver), the Hit it sees, its Reading."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.extract.date_lexicon import WORD_END, DateLexicon, alternation, key
from factcheck.extract.qualifiers import range_joins
from factcheck.lang.clitics import bare_in
from factcheck.lang.normalize import Folded
from factcheck.lang.phrases import word_before
from factcheck.lang.tokens import COMMAS, LETTERS
from factcheck.models import DateSpan, Qualifier

UNRESOLVED = "relative date left unresolved: the article has no publication date"
WEEKDAY_MISMATCH = "date left unresolved: its weekday is not the weekday of the day it names"
_AHEAD_WORDS = 5  # "will be formally sentenced on": the words a future cue may stand back
_AHEAD_CHARS = 80
_CLAUSE_END = re.compile(r"[,;:.!?()\"]")
_WORD_REACH = 30  # characters of the word before a date that are read (its cue: "شهر")


@dataclass(frozen=True)
class Reading:
    """What a shape makes of its match: a span, or no span and a note saying why."""

    span: DateSpan | None
    note: str | None = None
    priority: str = "date"  # a key of extract.mention.PRIORITY
    qualifier: Qualifier = "exact"  # "vague": "a few months ago"


@dataclass(frozen=True)
class Context:
    lexicon: DateLexicon
    published: dt.date | None
    body: str
    folded: Folded


class Hit:
    """One shape's match; fields are the shape's named groups."""

    __slots__ = ("match", "shape")

    def __init__(self, match: re.Match[str], shape: str) -> None:
        self.match = match
        self.shape = shape

    def get(self, field: str) -> str | None:
        """The group's text; None when it did not take part, or the shape has no such group."""
        try:
            return self.match.group(field)
        except IndexError:
            return None

    def key(self, field: str) -> str | None:
        text = self.get(field)
        return key(text) if text is not None else None

    def start(self, field: str) -> int:
        return self.match.start(field)

    def number(self, field: str) -> int | None:
        text = self.get(field)
        return int(text) if text is not None else None

    def pairs_two_months(self, lexicon: DateLexicon) -> bool:
        """A month paired with another one ("May June") or with itself ("July July"): two
        dates side by side, not one month's two names ("يوليو تموز")."""
        other, month = self.key("month2"), self.key("month")
        return other is not None and (
            other == month or lexicon.months.get(other) != lexicon.months.get(month or "")
        )

    def opens_range(self, lexicon: DateLexicon) -> bool:
        """The day is the first of a range whose `last` day comes later ("15 - 19 December";
        "3 - 1 August" is a score before a date)."""
        first, last = self.day(lexicon), self.number("last")
        return first is not None and last is not None and first < last

    def day(self, lexicon: DateLexicon) -> int | None:
        """The day of the month, written in digits or as an ordinal word."""
        ordinal = self.key("ordinal")
        return lexicon.day_ordinals.get(ordinal) if ordinal else self.number("day")


@dataclass(frozen=True)
class Shape:
    """A named regex over folded text (groups named locally), the function that reads it, and
    the kinds of word it can begin with (`digit`, `month`, `weekday`...: DateLexicon.starts),
    so that at each anchor only the shapes that can start there are tried.

    The resolver returns None to reject a match (a month name that is only a verb here)."""

    name: str
    pattern: str
    resolve: Callable[[Hit, Context], Reading | None]
    starts: tuple[str, ...]


def previous_word(context: Context, start: int) -> str:
    """The folded word just before `start`, without a conjunction glued to it."""
    word = word_before(context.folded.text, start, _WORD_REACH)
    if len(word) > 2 and word[0] in context.lexicon.conjunctions:
        return word[1:] if word not in context.lexicon.day_cues else word
    return word


def said_ahead(context: Context, start: int) -> bool:
    """Whether the clause says the date at `start` is to come: a future cue (date_words.yaml
    `future_cues`) at most `_AHEAD_WORDS` words before it, no clause mark between ("Teixeira
    will be 29 in April")."""
    return _cued(context, start, context.lexicon.future_cues)


def said_behind(context: Context, start: int) -> bool:
    """Whether the clause says the date at `start` has come: a cue of time since (date_words.yaml
    `past_cues`) as near before it ("since the conflict began on December 27" in a paper of
    June is last December's)."""
    return _cued(context, start, context.lexicon.past_cues)


def _cued(context: Context, start: int, cues: frozenset[str]) -> bool:
    """One of `cues` at most `_AHEAD_WORDS` words before `start` in its clause, bare or with a
    proclitic glued to it ("ومنذ")."""
    if not cues:
        return False
    text = context.folded.text
    before = text[max(0, start - _AHEAD_CHARS) : start]
    clause = _CLAUSE_END.split(before)[-1]
    return any(bare_in(word, cues) in cues for word in LETTERS.findall(clause)[-_AHEAD_WORDS:])


def capitalised(hit: Hit, field: str, context: Context) -> bool:
    """False for a name that is also an everyday word ("may", "march") written in lower case."""
    if hit.key(field) not in context.lexicon.needs_capital:
        return True
    return context.body[context.folded.start_of(hit.start(field))].isupper()


def first_day_joins(language: str) -> str:
    """What joins the first day of a range to the last ("15 إلى 19", "15-19", "15 و19")."""
    needs_opener, alone = range_joins(language)
    return alternation(needs_opener | alone)


def day_pattern(lexicon: DateLexicon) -> str:
    """A day of the month in digits ("26", "21st": numbers.yaml `ordinal_suffixes`) or as an
    ordinal word ("الثالث", "third"); its digits neither glued to more digits nor part of a
    decimal or a clock time, though they may follow a word's point: "on Dec.14" (ECB+
    11_10ecb)."""
    suffixes = "|".join(map(re.escape, lexicon.ordinal_suffixes))
    suffix = f"(?:{suffixes})?" if suffixes else ""
    day = rf"(?<![\d,:])(?:(?<!\.)|(?<=[^\W\d_]{{2}}\.))(?P<day>[0-3]?\d){suffix}(?!\d|[.,:]\d)"
    ordinals = alternation(lexicon.day_ordinals)
    return rf"(?:{day}|{lexicon.word_start}(?P<ordinal>{ordinals}){WORD_END})"


def weekday_prefix(lexicon: DateLexicon) -> str:
    """An optional weekday before a date: "الاثنين 18 شباط", "Monday, Feb 18", "«السبت» ٢٣ /
    ١٠ / ١٤٣٦" (in quotes or brackets)."""
    weekdays, links = alternation(lexicon.weekdays), alternation(lexicon.weekday_links)
    return (
        rf"(?:(?:[«\"(]\s*)?{lexicon.word_start}(?P<weekday>{weekdays}){WORD_END}\.?"
        rf"(?:\s*[»\")])?[\s{COMMAS}]*(?:(?:{links}){WORD_END}\s*)?)?"
    )


# "سعوديا:2019" is a year; a side of a size is none ("a 1920x1200 pixel resolution", ECB+
# 40_5ecb; "بتنسيق \"2048X1536\" بكسيل", snn-2015-08-08-1132)
YEAR = (
    r"(?<![\d.,])(?<!\d:)(?<!\d[xX×])(?<!\d [xX×] )(?P<year>\d{4})"
    r"(?!\d|[.,:]\d|\s?[xX×]\s?\d)"
)


def weekday_checked(reading: Reading, hit: Hit, context: Context) -> Reading:
    """A numeric date whose stated weekday is another day's is a misprint of one of them
    ("الثلاثاء 26 /11 /1436هـ", a Thursday, for Tuesday 26 Shawwal): it is left unresolved."""
    weekday = context.lexicon.weekdays.get(hit.key("weekday") or "")
    span = reading.span
    if weekday is None or span is None or span.start != span.end:
        return reading
    if dt.date.fromisoformat(span.start).isoweekday() == weekday:
        return reading
    return Reading(None, WEEKDAY_MISMATCH)
