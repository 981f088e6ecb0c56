"""Holidays fixed in the Hijri calendar, with a year or a direction: "عيد الفطر 1445",
"عيد الأضحى 2013", "عيد الفطر الماضي", "Eid al-Adha 2018" -> the Gregorian day; and holidays on
a fixed Gregorian day, read like a day and month ("on Christmas Day", "Halloween 2008")."""

from __future__ import annotations

import datetime as dt
import re

from factcheck.extract import date_calendar as cal
from factcheck.extract.date_absolute import NO_YEAR
from factcheck.extract.date_lexicon import WORD_END, DateLexicon, alternation
from factcheck.extract.date_shapes import (
    UNRESOLVED,
    Context,
    Hit,
    Reading,
    Shape,
    previous_word,
)
from factcheck.extract.hijri import hijri_date, hijri_year_of
from factcheck.lang.tokens import COMMAS

# Years from here on are Gregorian: "عيد الفطر 2013" is the one that fell in 2013.
FIRST_GREGORIAN_YEAR = 1600


def shapes(lexicon: DateLexicon) -> list[Shape]:
    return [*_hijri_shapes(lexicon), *_fixed_shapes(lexicon)]


def _fixed_shapes(lexicon: DateLexicon) -> list[Shape]:
    if not lexicon.fixed_holidays:
        return []
    start, names = lexicon.word_start, alternation(lexicon.fixed_holidays)
    dirs = alternation(lexicon.directions)
    year = rf"(?:[\s,]+(?:{alternation(lexicon.year_cues)}\s+)?(?P<year>\d{{4}})(?!\d))?"
    # wire text spaces a possessive's end: "Christmas ' s"
    ends = "|".join(r"\s*".join(map(re.escape, end)) for end in lexicon.possessive_ends)
    pattern = (
        rf"(?:{start}(?P<dir>{dirs}){WORD_END}\s+)?{start}(?P<fixed>{names}){WORD_END}{year}"
        + (rf"(?!\s*(?:{ends})\b)" if ends else "")
    )
    return [Shape("fixed_holiday", pattern, _fixed_holiday, ("fixed_holiday", "direction"))]


def _fixed_holiday(hit: Hit, context: Context) -> Reading | None:
    """A name that is a date on its own ("Christmas Day"), or one with a year, a direction or
    a preposition ("Halloween 2008", "last Christmas", "on Christmas"); not a name that
    qualifies a noun ("a Christmas party", "a Halloween display")."""
    lexicon = context.lexicon
    name = hit.key("fixed") or ""
    month_day = lexicon.fixed_holidays.get(name)
    year, sense = hit.number("year"), lexicon.directions.get(hit.key("dir") or "")
    if month_day is None:
        return None
    if year is None and sense is None and name not in lexicon.holidays_alone:
        before = previous_word(context, hit.start("fixed"))
        if before not in lexicon.holiday_prepositions:
            return None
        on = context.folded.text.rfind(before, 0, hit.start("fixed"))
        if previous_word(context, on) in lexicon.holiday_not_after:
            return None
    if year is not None:
        date = cal.valid_date(year, *month_day)
    elif context.published is None:
        return Reading(None, NO_YEAR)
    else:
        date = cal.day_occurrence(context.published, *month_day, sense or "this")
    return Reading(cal.day_span(date)) if date else None


def _hijri_shapes(lexicon: DateLexicon) -> list[Shape]:
    if not lexicon.holidays:
        return []
    start = lexicon.word_start
    names, epithets = alternation(lexicon.holidays), alternation(lexicon.holiday_epithets)
    era, dirs = alternation(lexicon.hijri_era), alternation(lexicon.directions)
    epithet = rf"(?:\s+{start}(?:{epithets}){WORD_END})?" if epithets else ""
    direction = rf"{start}(?P<dir>{dirs}){WORD_END}"
    year = rf"(?:{start}(?:{alternation(lexicon.year_cues)})\s+)?(?P<year>\d{{4}})(?!\d)"
    if lexicon.holiday_year_links:
        year = rf"(?:(?:{alternation(lexicon.holiday_year_links)})\s+)?{year}"
    if lexicon.direction_after:
        pattern = (
            rf"{start}(?P<holiday>{names}){WORD_END}{epithet}"
            rf"(?:[\s{COMMAS}]+{year}(?:\s*(?:{era}){WORD_END})?|\s+{direction})"
        )
        starts: tuple[str, ...] = ("holiday",)
    else:
        pattern = (
            rf"(?:{direction}\s+)?{start}(?P<holiday>{names}){WORD_END}"
            rf"(?:[\s,]+{year})?"
        )
        starts = ("holiday", "direction")
    return [Shape("holiday", pattern, _holiday, starts)]


def _holiday(hit: Hit, context: Context) -> Reading | None:
    month_day = context.lexicon.holidays.get(hit.key("holiday") or "")
    year, sense = hit.number("year"), context.lexicon.directions.get(hit.key("dir") or "")
    if month_day is None or (year is None and sense is None):
        return None
    if year is not None:
        date = _in_year(year, *month_day)
    elif context.published is None:
        return Reading(None, UNRESOLVED)
    else:
        date = _around(context.published, sense or "this", *month_day)
    return Reading(cal.day_span(date)) if date else None


def _in_year(year: int, month: int, day: int) -> dt.date | None:
    if year < FIRST_GREGORIAN_YEAR:
        return hijri_date(year, month, day)
    hijri_year = hijri_year_of(dt.date(year, 12, 31))
    if hijri_year is None:
        return None
    for candidate in (hijri_year, hijri_year - 1):
        date = hijri_date(candidate, month, day)
        if date and date.year == year:
            return date
    return None


def _around(anchor: dt.date, sense: str, month: int, day: int) -> dt.date | None:
    """The occurrence the direction names: past the last before publication, next the first
    after it, this the one of publication's Hijri year."""
    hijri_year = hijri_year_of(anchor)
    if hijri_year is None:
        return None
    dates = [hijri_date(y, month, day) for y in (hijri_year - 1, hijri_year, hijri_year + 1)]
    if sense == "past":
        return max((d for d in dates if d and d < anchor), default=None)
    if sense == "next":
        return min((d for d in dates if d and d > anchor), default=None)
    return dates[1]
