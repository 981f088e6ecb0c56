"""The day a weekday or a month's day names in an article with no publication date.

Extraction leaves "fired Saturday" or "will be sentenced May 3" unresolved when the article is
undated (the contract: never guessed from the clock), and a date of no value is compared with
nothing. Yet two undated reports of one story that say "Saturday" of the firing name one day,
the weekday of that week, as two that say "May 3" name one day of that year. Alignment compares
them by what they name: a key below every day ordinal (a range of keys for a month of no year,
"available in February", whose days it names), which meets the same key, and a day a
dated article resolved only where that day is one the key names (a wire story printed undated by
one outlet and dated by another: "testimony Wednesday evening"); a day it does not name is not
another day either (of which week, nothing says), so the two never conflict.
"""

from __future__ import annotations

import calendar
import datetime as dt

from factcheck.align.intervals import Interval
from factcheck.extract.date_absolute import NO_YEAR
from factcheck.extract.date_lexicon import date_lexicon
from factcheck.extract.date_month_days import part_last_day
from factcheck.extract.date_shapes import UNRESOLVED
from factcheck.lang.normalize import fold_text
from factcheck.lang.tokens import DIGITS, LETTERS
from factcheck.models import Claim

_LONGEST_NAME = 3  # words of the longest month or weekday name ("كانون الثاني")
_WEEK = 7
_MONTH_DAYS = 32  # a key's room for each month's days
_HALF_YEAR = 183  # days a month's day of no year lies from its article's publication, at most
# A month's day said with its weekday ("Tuesday, Dec. 16"): its key is the day's, plus this
# times the weekday; it names what both name
_NAMED_WEEKDAY = 512


def undated_day(claim: Claim, language: str) -> Interval | None:
    """The key of the day an unresolved weekday or month's day names ("December 2", whose year
    an undated article leaves unsaid, too), or the keys of the days of a month or of a part of
    it ("available in February", "in mid-February": the month of the half year around the
    article); None for any other unresolved date ("last year", "last February": of which year,
    nothing says), and for every resolved one.
    A weekday said of the next week ("next Tuesday") is another key than one said alone."""
    if claim.note not in (UNRESOLVED, NO_YEAR) or not language:
        return None
    lexicon = date_lexicon(language)
    folded = fold_text(claim.text)
    words = LETTERS.findall(folded)
    names = [
        " ".join(words[at : at + size])
        for size in range(1, _LONGEST_NAME + 1)
        for at in range(len(words) - size + 1)
    ]
    months = {lexicon.months[name] for name in names if name in lexicon.months}
    weekdays = {lexicon.weekdays[name] for name in names if name in lexicon.weekdays}
    days = {int(digits) for digits in DIGITS.findall(folded) if 1 <= int(digits) <= 31}
    if len(months) == 1 and len(days) == 1:
        key = _WEEK * 2 + _MONTH_DAYS * months.pop() + days.pop()
        if len(weekdays) == 1:
            key += _NAMED_WEEKDAY * weekdays.pop()
    elif len(weekdays) == 1 and not months and not days:
        ahead = any(lexicon.directions.get(name) == "next" for name in names)
        key = weekdays.pop() + (_WEEK if ahead else 0)
    elif len(months) == 1 and not days and not weekdays:
        if any(lexicon.directions.get(name) in ("past", "next") for name in names):
            return None
        parts = {lexicon.month_parts[name] for name in names if name in lexicon.month_parts}
        first, last = 1, 31
        if len(parts) == 1:
            first = parts.pop()
            last = part_last_day(first, last)
        month = _WEEK * 2 + _MONTH_DAYS * months.pop()
        return Interval(-(month + last), -(month + first))
    else:
        return None
    return Interval(-key, -key)


def is_undated(values: Interval | None) -> bool:
    """Whether a date's values are a key of `undated_day`, not days."""
    return values is not None and values.high < 0


def names_weekday(values: Interval | None) -> bool:
    """Whether a date's values are the key of a weekday ("Saturday", "next Tuesday")."""
    return is_undated(values) and -values.low <= 2 * _WEEK  # type: ignore[union-attr]


def meet(x: Interval, y: Interval, published: tuple[int | None, int | None]) -> bool | None:
    """Whether two dates' values overlap; None for a key and a day it does not name, and for a
    key and a day further from its article's publication (`published`: the day ordinals of x's
    and y's) than the key reaches: a weekday names a day of the week its article was written
    in, and "4 November 2008" of an undated article's history is no Tuesday of this week's; a
    month's day names one of the half year around it ("Greece faces a May 19 due date", printed
    undated and in an article of May 5)."""
    if is_undated(x) and is_undated(y):
        return shared_key(x, y) is not None
    if is_undated(x) == is_undated(y):
        return x.overlaps(y)
    key, day, stamp = (x, y, published[1]) if is_undated(x) else (y, x, published[0])
    reach = _WEEK if -key.low <= 2 * _WEEK else _HALF_YEAR
    if stamp is None or abs(day.low - stamp) > reach:
        return None
    return True if shared_day(x, y) is not None else None


def shared_day(x: Interval, y: Interval) -> Interval | None:
    """Of a key and resolved days, the days the key names: a weekday names one resolved day
    only; a month's days name those of the resolved span in that month, of any year."""
    key, day = (x, y) if is_undated(x) else (y, x)
    if day.low < 1 or not is_undated(key):
        return None
    code = int(-key.low)
    if code > _NAMED_WEEKDAY:
        weekday, code = divmod(code, _NAMED_WEEKDAY)
        if day.low != day.high or dt.date.fromordinal(int(day.low)).isoweekday() != weekday:
            return None
        key = Interval(-code, -code)
    if code <= 2 * _WEEK:
        # "next Tuesday": of which week, nothing says
        named = code <= _WEEK and day.low == day.high
        return day if named and dt.date.fromordinal(int(day.low)).isoweekday() == code else None
    month, last = divmod(code - 2 * _WEEK, _MONTH_DAYS)
    first = int(-key.high) - 2 * _WEEK - _MONTH_DAYS * month
    start, end = dt.date.fromordinal(int(day.low)), dt.date.fromordinal(int(day.high))
    for year in range(start.year, end.year + 1):
        days = calendar.monthrange(year, month)[1]
        low = max(dt.date(year, month, min(first, days)).toordinal(), day.low)
        high = min(dt.date(year, month, min(last, days)).toordinal(), day.high)
        if low <= high:
            return Interval(low, high)
    return None


def shared_key(x: Interval, y: Interval) -> Interval | None:
    """Of two keys, the key of the days both name: "Tuesday, Dec. 16" names the Tuesday of
    its article's week and the December 16 of its half year, so it meets "Tuesday" and "Dec.
    16" and "December" (a funeral "planned for Tuesday" / "held Tuesday, Dec. 16", ECB+ 4_6ecb,
    4_8ecb)."""
    if x.overlaps(y):
        return Interval(max(x.low, y.low), min(x.high, y.high))
    for one, other in ((x, y), (y, x)):
        code = int(-one.low)
        if one.low != one.high or code <= _NAMED_WEEKDAY:
            continue
        weekday, day = divmod(code, _NAMED_WEEKDAY)
        if (other.low == other.high and -other.low == weekday) or -other.high <= day <= -other.low:
            return one
    return None
