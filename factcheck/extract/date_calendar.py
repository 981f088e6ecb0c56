"""Calendar arithmetic for dates: intervals of a day, month, season or year, and moves in time."""

from __future__ import annotations

import calendar
import datetime as dt
from functools import cache

from factcheck.models import DateSpan


@cache  # frozen spans are shared: a long article names the same years often
def day_span(day: dt.date) -> DateSpan:
    return DateSpan(start=day.isoformat(), end=day.isoformat(), granularity="day")


def days_span(first: dt.date, last: dt.date) -> DateSpan:
    return DateSpan(start=first.isoformat(), end=last.isoformat(), granularity="day")


@cache
def month_span(
    year: int, month: int, last_year: int | None = None, last_month: int | None = None
) -> DateSpan:
    """One month, or the months from (year, month) to (last_year, last_month) inclusive."""
    end_year = year if last_year is None else last_year
    end_month = month if last_month is None else last_month
    end = dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    return DateSpan(
        start=dt.date(year, month, 1).isoformat(), end=end.isoformat(), granularity="month"
    )


@cache
def year_span(year: int) -> DateSpan:
    return DateSpan(start=f"{year:04d}-01-01", end=f"{year:04d}-12-31", granularity="year")


def week_span(day: dt.date) -> DateSpan:
    """The ISO week (Monday to Sunday) that holds `day`, at day granularity."""
    monday = day - dt.timedelta(days=day.weekday())
    return days_span(monday, monday + dt.timedelta(days=6))


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift_months(day: dt.date, months: int) -> dt.date:
    year, month = add_months(day.year, day.month, months)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def weekday_near(anchor: dt.date, iso_weekday: int, direction: str) -> dt.date:
    """The weekday nearest `anchor` on the side `direction` says: `past` strictly before it,
    `next` strictly after it, `recent` on or before it, `this` within its ISO week."""
    delta = iso_weekday - anchor.isoweekday()
    if direction == "this":
        return anchor + dt.timedelta(days=delta)
    if direction == "next":
        return anchor + dt.timedelta(days=delta if delta > 0 else delta + 7)
    back = -delta if delta <= 0 else 7 - delta
    if direction == "past" and back == 0:
        back = 7
    return anchor - dt.timedelta(days=back)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date | None:
    """The month's `nth` such weekday; nth -1 is its last one."""
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return weekday_between(dt.date(year, month, 1), last, weekday, nth)


def weekday_between(first: dt.date, last: dt.date, weekday: int, nth: int) -> dt.date | None:
    """The `nth` such weekday from `first` on (-1: the last one up to `last`), within them."""
    if nth < 0:
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    date = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    return date if date <= last else None


# A month or day without a year more than ten months (310 days) after publication is last year's:
# news reports the recent past far more than the far future (ECB+: "On Dec. 8" in January).
# Nearer dates stay ahead: "October 3" in February is as often ahead as behind (Duckling's
# suites resolve it ahead).
_MONTHS_AHEAD = 10
# the direction of a date a clause says is to come ("will be 29 in April"): no lexicon's word
AHEAD = "ahead"
# ...and of one a clause says has come ("since December 27"): no lexicon's word either
BEHIND = "behind"
_DAYS_AHEAD = 310


def month_occurrence(anchor: dt.date, month: int, direction: str) -> int:
    """The year of the month named with `direction`: `past` the most recent one before the
    anchor's month, `next` the first after it, `AHEAD` the anchor's own or the first after it
    (a month a clause says is to come), `BEHIND` the anchor's own or the last before it (one
    it says has come), otherwise the anchor's own year (the year before when the month is over
    ten months ahead)."""
    if direction == "past":
        return anchor.year if month < anchor.month else anchor.year - 1
    if direction == "next":
        return anchor.year if month > anchor.month else anchor.year + 1
    if direction == AHEAD:
        return anchor.year if month >= anchor.month else anchor.year + 1
    if direction == BEHIND:
        return anchor.year if month <= anchor.month else anchor.year - 1
    return anchor.year - 1 if month - anchor.month > _MONTHS_AHEAD else anchor.year


def day_occurrence(anchor: dt.date, month: int, day: int, direction: str) -> dt.date | None:
    """A day and month without a year: `past` the most recent one before the anchor, `next`
    the first after it, `AHEAD` the anchor itself or the first after it, `BEHIND` the anchor
    itself or the last before it, otherwise in the anchor's year (the year before when that is
    over ten months ahead)."""
    year = anchor.year
    candidate = valid_date(year, month, day)
    if direction == "past" and (candidate is None or candidate >= anchor):
        candidate = valid_date(year - 1, month, day)
    elif direction in ("next", AHEAD) and (
        candidate is None or candidate < anchor or (direction == "next" and candidate == anchor)
    ):
        candidate = valid_date(year + 1, month, day)
    elif (direction == BEHIND and (candidate is None or candidate > anchor)) or (
        direction == "this" and candidate and (candidate - anchor).days > _DAYS_AHEAD
    ):
        candidate = valid_date(year - 1, month, day)
    return candidate


# Relative dates count up to 999 units from publication ("قبل 999 عاما"), so a publication
# date this close to the calendar's ends (a placeholder such as 0001-01-01) resolves none.
_MARGIN_YEARS = 1000


def parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    if not dt.MINYEAR + _MARGIN_YEARS <= day.year <= dt.MAXYEAR - _MARGIN_YEARS:
        return None
    return day
