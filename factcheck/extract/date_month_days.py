"""A day fixed inside a Gregorian or Hijri month: the Nth or last weekday ("ثالث ثلاثاء في
أيلول 2014", "آخر جمعة من رمضان"), the Nth or last day ("اليوم الثالث من شهر عشرة", "آخر يوم
بشهر عشرة"), a part of it ("منتصف آذار", "مطلع شهر شوال"); and a month written as its number
in words ("شهر ثلاثة")."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable

from factcheck.extract import date_calendar as cal
from factcheck.extract.date_absolute import (
    CUED_YEARS,
    month_pattern,
    relative_year,
    with_weekday,
    year_from_now,
)
from factcheck.extract.date_lexicon import DIRECTION_STEP, WORD_END, DateLexicon, alternation
from factcheck.extract.date_shapes import (
    UNRESOLVED,
    YEAR,
    Context,
    Hit,
    Reading,
    Shape,
    capitalised,
    previous_word,
)
from factcheck.extract.hijri import hijri_month_in, hijri_month_near
from factcheck.lang.tokens import COMMAS

_LAST = -1
# An ordinal up to this after a weekday may count weekdays ("الأحد الثاني": the second Sunday).
_NTH_WEEKDAY = 5
# A part of a month ("mid-June", "مطلع آذار") covers ten days from the one the lexicon names.
_PART_DAYS = 10
# A month's day right after it ("Aug. 2", "August 2,"), not a year ("August 2008") nor a time
_DAY_AFTER = re.compile(r"\.?\s+\d{1,2}(?![\d:])")
_WEEK = 7
_WEEKS_IN_MONTH = 5  # "the fifth week of" a month holds its last days


def part_last_day(first: int, month_days: int) -> int:
    """The last day of the part of a month that begins on day `first`; the last part runs to
    the month's end: "the end of May" holds May 31. Alignment reads an undated "mid-February"
    by it too (align/undated.py), so both say one span."""
    return month_days if first > 2 * _PART_DAYS else first + _PART_DAYS - 1


def _word(lexicon: DateLexicon, group: str, surfaces: Iterable[str]) -> str:
    """A word of `surfaces` as the group; a language without such words never matches it."""
    words = alternation(surfaces)
    return rf"{lexicon.word_start}(?P<{group}>{words}){WORD_END}" if words else f"(?P<{group}>(?!))"


def _link(lexicon: DateLexicon) -> str:
    """What stands between a day and its month, or a month and its year: a space, a particle
    ("من", "في") or a clitic glued to the next word ("بشهر عشرة", "لعام 2014")."""
    words, clitics = alternation(lexicon.month_links), alternation(lexicon.month_clitics)
    glued = rf"|(?:{clitics})(?=[^\W\d_]{{2}})" if clitics else ""
    return rf"\s+(?:(?:{words})\s+{glued})?"


def _month(lexicon: DateLexicon, after_part: bool = False) -> str:
    """A month and, maybe, its year: "شهر عشرة سنة 2015", "أيلول", "شهر 3", "الشهر القادم",
    "مارس السنة القادمة"; `after_part`: also the month of publication unnamed after a part of
    it ("نهاية الشهر", "the end of the month")."""
    start = lexicon.word_start
    cue = _word(lexicon, "cue", lexicon.month_cues)
    # a number is a month only after the cue: "شهر ثلاثة"
    number = (
        rf"(?P<mnum>\d{{1,2}})(?![\d.,/-])|{_word(lexicon, 'mword', lexicon.month_number_words)}"
    )
    hijri = _word(lexicon, "hmonth", lexicon.hijri_months)
    named = rf"(?:{cue}\s+)?(?:{month_pattern(lexicon)}|{hijri}|(?(cue)(?:{number})|(?!)))"
    months = (s for s, unit in lexicon.units("definite").items() if unit == "month")
    unit, direction = _word(lexicon, "unit", months), _word(lexicon, "dir", lexicon.directions)
    if lexicon.direction_after:  # "الشهر القادم", "يوليو الماضي"
        relative = rf"{unit}\s+{direction}"
        since = rf"|\s+{_word(lexicon, 'mdir', lexicon.directions)}"
    else:  # "next month"
        relative, since = rf"{direction}\s+{unit}", ""
    cues = alternation(lexicon.year_cues)
    era = alternation(lexicon.hijri_era)
    year = (
        rf"(?:{_link(lexicon)}{start}(?:{cues})\s+|[\s{COMMAS}]*)"
        rf"{YEAR}(?:\s*(?:{era}){WORD_END})?"
    )
    this = f"|(?(part){_word(lexicon, 'this_month', lexicon.month_after_part)}|(?!))" * after_part
    return rf"(?:{relative}|{named}(?:{year}|{relative_year(lexicon)}{since})?{this})"


def shapes(lexicon: DateLexicon) -> list[Shape]:
    if not lexicon.nth_words:
        return []
    link, month = _link(lexicon), _month(lexicon)
    nth, noun = _word(lexicon, "nth", lexicon.nth_words), lexicon.words(lexicon.day_nouns)
    week = lexicon.words(lexicon.week_nouns) if lexicon.week_nouns else "(?!)"
    weekday = _word(lexicon, "weekday", lexicon.weekdays)
    ordinal = _word(lexicon, "ordinal", lexicon.day_ordinals)
    last = _word(lexicon, "last", lexicon.last_after)
    return [
        Shape(
            "nth_weekday",
            rf"(?:{nth}\s+(?:{noun}\s+)?)?{weekday}(?(nth)|\s+(?:{ordinal}|{last})){link}{month}",
            _nth_weekday,
            ("nth", "weekday"),
        ),
        Shape(
            "nth_day",
            rf"(?:{nth}\s+{noun}|(?:{noun}\s+)?(?:{ordinal}|{last})){link}{month}",
            _nth_day,
            ("nth", "day_noun", "ordinal"),
        ),
        Shape(
            "nth_week",
            rf"(?:{nth}\s+{week}|{week}\s+(?:{ordinal}|{last})){link}{month}",
            _nth_week,
            ("nth", "week_noun"),
        ),
        Shape(
            "month_part",
            # no particle after the part: "بداية من ديسمبر" is "starting in December"
            rf"(?:{_word(lexicon, 'part', lexicon.month_parts)}[\s-]+)?{_month(lexicon, True)}",
            _month_part,
            ("month_part", "month_cue"),
        ),
    ]


def _half_of_a_length(hit: Hit, context: Context) -> bool:
    """Whether a part of this month is the half a length of time ends on (durations.yaml
    `half_after`, its conjunction glued on before the match): "أدنى مستوياته في أربعة أشهر
    ونصف الشهر" is four months and a half (SaudiNewsNet 2015-08-07-0314), no mid-August."""
    text, start, end = context.folded.text, hit.match.start(), hit.match.end()
    return any(
        end - len(half) < start and text.startswith(half, end - len(half))
        for half in context.lexicon.halves
    )


def _month_days(hit: Hit, context: Context) -> tuple[dt.date, dt.date] | Reading | None:
    """The month's first and last day, a Reading saying why there are none, or None for no
    month."""
    lexicon = context.lexicon
    if hit.get("hmonth") is not None:
        return _hijri_days(hit, context)
    if hit.get("this_month") is not None:
        if context.published is None:
            return Reading(None, UNRESOLVED)
        return _gregorian_days(context.published.year, context.published.month)
    if hit.get("unit") is not None:
        sense = lexicon.directions.get(hit.key("dir") or "")
        if sense is None:
            return None
        if context.published is None:
            return Reading(None, UNRESOLVED)
        return _gregorian_days(
            *cal.add_months(context.published.year, context.published.month, DIRECTION_STEP[sense])
        )
    month: int | None
    if hit.get("month") is not None:
        if not capitalised(hit, "month", context):  # "may", "march" in lower case
            return None
        month = lexicon.months.get(hit.key("month") or "")
    elif hit.get("cue") is None:  # "3" or "ثلاثة" is a month only after "شهر"
        return None
    else:
        month = hit.number("mnum") or lexicon.month_number_words.get(hit.key("mword") or "")
    if month is None or not 1 <= month <= 12:
        return None
    year = hit.number("year")
    if year is not None:
        return _gregorian_days(year, month) if year in CUED_YEARS else None
    year = year_from_now(hit, context)
    if year is not None:
        return _gregorian_days(year, month)
    if context.published is None:
        return Reading(None, UNRESOLVED)
    sense = lexicon.directions.get(hit.key("mdir") or "", "this")
    return _gregorian_days(cal.month_occurrence(context.published, month, sense), month)


def _gregorian_days(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _hijri_days(hit: Hit, context: Context) -> tuple[dt.date, dt.date] | Reading | None:
    """ "منتصف رمضان", "آخر جمعة من رمضان": the Hijri month of the year written, else of
    the publication's Hijri year (or the one its direction points to)."""
    lexicon, name = context.lexicon, hit.key("hmonth") or ""
    month, year = lexicon.hijri_months.get(name), hit.number("year")
    if month is None or (year is None and name in lexicon.hijri_needs_year):
        return None
    if year is not None:
        span = hijri_month_in(year, month)
    elif context.published is None:
        return Reading(None, UNRESOLVED)
    else:
        sense = lexicon.directions.get(hit.key("mdir") or "", "this")
        span = hijri_month_near(context.published, month, sense)
    if span is None:
        return None
    return dt.date.fromisoformat(span.start), dt.date.fromisoformat(span.end)


def _nth(hit: Hit, context: Context) -> int | None:
    if hit.get("last") is not None:
        return _LAST
    if hit.get("nth") is not None:
        return context.lexicon.nth_words.get(hit.key("nth") or "")
    return hit.day(context.lexicon)


def _day_in(first: dt.date, last: dt.date, nth: int) -> dt.date | None:
    if nth == _LAST:
        return last
    day = first + dt.timedelta(days=nth - 1)
    return day if nth >= 1 and day <= last else None


def _nth_weekday(hit: Hit, context: Context) -> Reading | None:
    found, nth = _month_days(hit, context), _nth(hit, context)
    weekday = context.lexicon.weekdays.get(hit.key("weekday") or "")
    if not capitalised(hit, "weekday", context):
        return None
    if not isinstance(found, tuple):
        return found
    if nth is None or weekday is None:
        return None  # a month, but no day in it that the words name
    first, last = found
    if hit.get("ordinal") is not None:
        # "الثلاثاء الثالث من سبتمبر" is Tuesday the 3rd when the 3rd is a Tuesday (in a year
        # near publication, when none is written), else the month's third Tuesday.
        date = _day_in(first, last, nth)
        named = hit.get("year") or hit.get("ydir") or hit.get("unit") or hit.get("hmonth")
        if not named and context.published is not None:
            date = with_weekday(context.published, first.month, nth, weekday) or date
        if date is not None and (date.isoweekday() == weekday or nth > _NTH_WEEKDAY):
            return Reading(cal.day_span(date))
    day = cal.weekday_between(first, last, weekday, nth)
    return Reading(cal.day_span(day)) if day else None


def _nth_day(hit: Hit, context: Context) -> Reading | None:
    found, nth = _month_days(hit, context), _nth(hit, context)
    if not isinstance(found, tuple):
        return found
    if nth is None:
        return None  # a month, but no day in it that the words name
    named = hit.get("month") is not None or hit.get("hmonth") is not None
    if named and hit.match.start() == hit.start("ordinal"):
        # "عامه العشرين في سبتمبر" is his twentieth year; an ordinal alone before a month
        # name is a day only with "من", which the day-and-month shapes read.
        return None
    day = _day_in(*found, nth)
    return Reading(cal.day_span(day)) if day else None


def _nth_week(hit: Hit, context: Context) -> Reading | None:
    found, nth = _month_days(hit, context), _nth(hit, context)
    if not isinstance(found, tuple):
        return found
    first, last = found
    if nth == _LAST:
        return Reading(cal.days_span(last - dt.timedelta(days=_WEEK - 1), last))
    if nth is None or not 1 <= nth <= _WEEKS_IN_MONTH:
        return None
    start = first + dt.timedelta(days=(nth - 1) * _WEEK)
    return Reading(cal.days_span(start, min(last, start + dt.timedelta(days=_WEEK - 1))))


def _month_part(hit: Hit, context: Context) -> Reading | None:
    part = hit.key("part")
    if part is not None and _half_of_a_length(hit, context):
        return None
    if (
        part is not None
        and not context.lexicon.digits_after_month_need_year
        and _DAY_AFTER.match(context.folded.text, hit.match.end())
    ):
        # "early Aug. 2" is early in that day, not the month's first ten days (ECB+ 16_1ecb):
        # the day's own shape reads it; where digits after a month are no day ("مطلع آذار 3
        # أشخاص"), the part stands
        return None
    found = _month_days(hit, context)
    if not isinstance(found, tuple):
        return found
    if part is None:  # "شهر ثلاثة": the month
        if hit.get("mnum") is None and hit.get("mword") is None:
            return None  # "شهر مارس", "الشهر الماضي" are read by the month and relative shapes
        # "يتقاضى كل شهر خمسة آلاف": a month and a count, unless a year or a cue says otherwise
        cued = previous_word(context, hit.match.start()) in context.lexicon.month_alone_cues
        if not cued and hit.get("year") is None and hit.get("ydir") is None:
            return None
        return Reading(cal.month_span(found[0].year, found[0].month))
    day = _day_in(*found, context.lexicon.month_parts[part])
    if not day:
        return None
    last = part_last_day((day - found[0]).days + 1, (found[1] - found[0]).days + 1)
    end = found[0] + dt.timedelta(days=last - 1)
    return Reading(cal.days_span(day, end))
