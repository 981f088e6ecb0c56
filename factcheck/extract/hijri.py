"""Hijri dates ("15 رمضان 1445", "21/10/1436هـ", "1445 هـ") as Gregorian intervals (hijridate)."""

from __future__ import annotations

import datetime as dt
from functools import cache

from hijridate import Gregorian, Hijri

from factcheck.extract import date_calendar as cal
from factcheck.extract.date_lexicon import WORD_END, DateLexicon, alternation
from factcheck.extract.date_shapes import (
    UNRESOLVED,
    Context,
    Hit,
    Reading,
    Shape,
    day_pattern,
    first_day_joins,
    previous_word,
    weekday_checked,
    weekday_prefix,
)
from factcheck.lang.clitics import stem
from factcheck.lang.lexicon import folded_words
from factcheck.lang.phrases import back_spaces, proclitics, word_before
from factcheck.lang.tokens import COMMAS
from factcheck.models import DateSpan, Granularity

_NOUN_REACH = 12  # characters of the word before a listed month read for its noun

# hijridate's Umm al-Qura tables cover 1343-1500 AH (1924-2077); outside them a date
# stays a mention without a span rather than a guess.
OUT_OF_RANGE = "Hijri date outside the calendar tables (1343-1500 AH) left unresolved"


def hijri_date(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Hijri one, or None outside the tables or the month."""
    return _gregorian(year, month, day)


def _gregorian(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (OverflowError, ValueError):
        return None


def _month_length(year: int, month: int) -> int | None:
    try:
        return Hijri(year, month, 1).month_length()
    except (OverflowError, ValueError):
        return None


def hijri_day(year: int, month: int, day: int) -> DateSpan | None:
    date = _gregorian(year, month, day)
    return cal.day_span(date) if date else None


def hijri_months(year: int, month: int, last_month: int | None = None) -> DateSpan | None:
    """The Gregorian days of one Hijri month, or of months `month`..`last_month` of a year."""
    last_month = last_month or month
    length = _month_length(year, last_month)
    first = _gregorian(year, month, 1)
    last = _gregorian(year, last_month, length) if length else None
    if first is None or last is None:
        return None
    granularity: Granularity = "month" if last_month == month else "year"
    return DateSpan(start=first.isoformat(), end=last.isoformat(), granularity=granularity)


def hijri_year_of(day: dt.date) -> int | None:
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (OverflowError, ValueError):
        return None


def shapes(lexicon: DateLexicon) -> list[Shape]:
    months = alternation(lexicon.hijri_months)
    era = rf"(?:{alternation(lexicon.hijri_era)}){WORD_END}"
    of, cues = alternation(lexicon.of), alternation(lexicon.year_cues)
    directions, month_cues = alternation(lexicon.directions), alternation(lexicon.month_cues)
    start = lexicon.word_start
    month = rf"{start}(?P<hmonth>{months}){WORD_END}"
    year = rf"[\s{COMMAS}]*(?:(?:{of})\s+)?(?:(?:{cues})\s+)?(?P<year>\d{{4}})(?!\d)"
    numbers = r"(?P<a>\d{1,4})\s*(?P<sep>[/.-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<c>\d{1,4})"
    return [
        Shape(
            "hijri_numeric",
            rf"{weekday_prefix(lexicon)}(?<!\d)(?<!\d[/.-]){numbers}\s*{era}",
            _numeric,
            ("digit", "weekday"),  # "الخميس ١٢/ ١١ / ١٤٣٦هـ": the weekday is the date's
        ),
        Shape(
            "hijri_day",
            rf"{weekday_prefix(lexicon)}{day_pattern(lexicon)}\s*[-./]?\s*"
            rf"(?:(?:{of})\s+)?(?:(?:{month_cues})\s+)?{month}(?:{year})?(?:\s*{era})?",
            _day,
            ("digit", "ordinal", "weekday"),
        ),
        Shape(
            # "يومي 17 و18 رمضان": the first day of a range, in the month said after the last
            "hijri_first_day",
            rf"{day_pattern(lexicon)}(?=\s*(?:{first_day_joins(lexicon.language)})\s*"
            rf"(?P<last>[0-3]?\d)\s*[-./]?\s*(?:(?:{of})\s+)?(?:(?:{month_cues})\s+)?{month}"
            rf"(?:{year})?(?:\s*{era})?)",
            _first_day,
            ("digit",),
        ),
        Shape("hijri_month_year", rf"{month}{year}(?:\s*{era})?", _month_year, ("hmonth",)),
        Shape(
            "hijri_month",
            rf"(?:(?P<cue>{month_cues})\s+)?{month}"
            rf"(?:\s+{start}(?P<dir>{directions}){WORD_END})?",
            _month,
            ("hmonth", "month_cue"),
        ),
        Shape(
            "hijri_year",
            rf"(?:{start}(?:{cues})\s+)?(?<![\d.,:])(?:(?P<first>\d{{4}})\s*[-/]\s*)?"
            rf"(?P<year>\d{{3,4}})\s*{era}",
            _year,
            ("digit", "year_cue"),
        ),
    ]


def _published_year(context: Context) -> int | None:
    return hijri_year_of(context.published) if context.published else None


def _numeric(hit: Hit, context: Context) -> Reading | None:
    a, b, c = hit.get("a") or "", hit.number("b") or 0, hit.get("c") or ""
    year, day = (int(a), int(c)) if len(a) >= 3 else (int(c), int(a))
    if year < 100:
        year += 1400
    span = hijri_day(year, b, day)
    return weekday_checked(Reading(span), hit, context) if span else Reading(None, OUT_OF_RANGE)


def _day(hit: Hit, context: Context) -> Reading | None:
    month = context.lexicon.hijri_months.get(hit.key("hmonth") or "")
    day, year = hit.day(context.lexicon), hit.number("year")
    if month is None or day is None or not 1 <= day <= 30:
        return None
    if year is None and hit.key("hmonth") in context.lexicon.hijri_needs_year:
        return None
    year = year or _published_year(context)
    if year is None:
        return Reading(None, UNRESOLVED)
    span = hijri_day(year, month, day)
    return Reading(span) if span else Reading(None, OUT_OF_RANGE)


def _first_day(hit: Hit, context: Context) -> Reading | None:
    return _day(hit, context) if hit.opens_range(context.lexicon) else None


def _month_year(hit: Hit, context: Context) -> Reading | None:
    month = context.lexicon.hijri_months.get(hit.key("hmonth") or "")
    year = hit.number("year")
    if month is None or year is None:
        return None
    span = hijri_month_in(year, month)
    if span is None and year >= 1600:
        return None
    return Reading(span) if span else Reading(None, OUT_OF_RANGE)


def hijri_month_in(year: int, month: int) -> DateSpan | None:
    """The Hijri month of a Hijri year, or of a Gregorian one: "رمضان 2019" is the Ramadan
    that began in 2019."""
    if year < 1600:
        return hijri_months(year, month)
    hijri_year = hijri_year_of(dt.date(year, 12, 31))
    span = hijri_months(hijri_year, month) if hijri_year else None
    if span and span.start[:4] != str(year) and hijri_year:
        span = hijri_months(hijri_year - 1, month)
    return span


def _month(hit: Hit, context: Context) -> Reading | None:
    """ "شهر رمضان", "رمضان الماضي": the month in the Hijri year of publication, or the one
    its direction word points to. A bare "رمضان" is more often a name than a date."""
    month = context.lexicon.hijri_months.get(hit.key("hmonth") or "")
    said = (
        hit.get("cue") is not None
        or hit.get("dir") is not None
        or previous_word(context, hit.match.start()) in context.lexicon.month_alone_cues
        or _listed(context, hit.match.start())
    )
    if month is None or not said:  # "في رمضان" is a month, "رمضان صبحي" a footballer
        return None
    if context.published is None:
        return Reading(None, UNRESOLVED)
    sense = context.lexicon.directions.get(hit.key("dir") or "", "this")
    span = hijri_month_near(context.published, month, sense)
    return Reading(span) if span else None


_LISTED_MONTHS = 4  # months of one list read back to its noun: "شهري رجب وشعبان ورمضان"
_OPENERS = "("


def _listed(context: Context, start: int) -> bool:
    """ "للأشهر (محرم وربيع الأول)": a month in a list after the plural or the dual of
    "month" (hijri_months.yaml `list_nouns`), past the months before it in the list."""
    text, lexicon = context.folded.text, context.lexicon
    nouns, months = _list_nouns(lexicon.language), lexicon.hijri_months
    clitics = proclitics(lexicon.language)
    for _ in range(_LISTED_MONTHS):
        word = word_before(text, start, _NOUN_REACH, _OPENERS)
        if ({stem(word)} | {word[len(c) :] for c in clitics if word.startswith(c)}) & nouns:
            return True
        if text[start - 1 : start] in lexicon.conjunctions:
            start -= 1  # "وربيع الأول": the conjunction glued to the month
        end = back_spaces(text, start)
        if end > 0 and text[end - 1] in _OPENERS:
            end = back_spaces(text, end - 1)
        before = next((month for month in months if text.endswith(month, 0, end)), None)
        if before is None:
            return False
        start = end - len(before)
    return False


@cache
def _list_nouns(language: str) -> frozenset[str]:
    return folded_words(language, "hijri_months", "list_nouns")


def hijri_month_near(published: dt.date, month: int, sense: str) -> DateSpan | None:
    """The Hijri month in the Hijri year of publication, or the one `sense` (past, next)
    points to."""
    year = hijri_year_of(published)
    span = hijri_months(year, month) if year else None
    if span and year and sense == "past" and span.start >= published.isoformat():
        span = hijri_months(year - 1, month)
    elif span and year and sense == "next" and span.end <= published.isoformat():
        span = hijri_months(year + 1, month)
    return span


def _year(hit: Hit, context: Context) -> Reading | None:
    """ "1445 هـ", or a span of years "1436-1437هـ" (a school or fiscal year)."""
    year, first = hit.number("year"), hit.number("first")
    if year is None or (first is not None and not 0 < year - first <= 5):
        return None
    start, end = hijri_months(first or year, 1, 12), hijri_months(year, 1, 12)
    if start is None or end is None:
        return Reading(None, OUT_OF_RANGE)
    return Reading(DateSpan(start=start.start, end=end.end, granularity="year"))
