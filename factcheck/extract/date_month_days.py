"""A day fixed inside a month: the Nth or last weekday ("ثالث ثلاثاء في أيلول 2014", "الاثنين
الأخير من شهر ثلاثة"), the Nth or last day ("اليوم الثالث من شهر عشرة", "آخر يوم بشهر عشرة"), a
part of it ("منتصف آذار", "بداية شهر 3"); and a month written as its number in words ("شهر
ثلاثة")."""

from __future__ import annotations

import calendar
from collections.abc import Iterable

from factcheck.extract import date_calendar as cal
from factcheck.extract.date_absolute import (
    CUED_YEARS,
    month_pattern,
    relative_year,
    with_weekday,
    year_from_now,
)
from factcheck.extract.date_lexicon import WORD_END, DateLexicon, alternation
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

_STEP = {"past": -1, "next": 1, "this": 0}
_LAST = -1
# An ordinal up to this after a weekday may count weekdays ("الأحد الثاني": the second Sunday).
_NTH_WEEKDAY = 5


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


def _month(lexicon: DateLexicon) -> str:
    """A month and, maybe, its year: "شهر عشرة سنة 2015", "أيلول", "شهر 3", "الشهر القادم",
    "مارس السنة القادمة"."""
    start = lexicon.word_start
    cue = _word(lexicon, "cue", lexicon.month_cues)
    # a number is a month only after the cue: "شهر ثلاثة"
    number = (
        rf"(?P<mnum>\d{{1,2}})(?![\d.,/-])|{_word(lexicon, 'mword', lexicon.month_number_words)}"
    )
    named = rf"(?:{cue}\s+)?(?:{month_pattern(lexicon)}|(?(cue)(?:{number})|(?!)))"
    months = (s for s, unit in lexicon.units("definite").items() if unit == "month")
    unit, direction = _word(lexicon, "unit", months), _word(lexicon, "dir", lexicon.directions)
    if lexicon.direction_after:  # "الشهر القادم", "يوليو الماضي"
        relative = rf"{unit}\s+{direction}"
        since = rf"|\s+{_word(lexicon, 'mdir', lexicon.directions)}"
    else:  # "next month"
        relative, since = rf"{direction}\s+{unit}", ""
    cues = alternation(lexicon.year_cues)
    year = rf"(?:{_link(lexicon)}{start}(?:{cues})\s+|[\s,،]*){YEAR}"
    return rf"(?:{relative}|{named}(?:{year}|{relative_year(lexicon)}{since})?)"


def shapes(lexicon: DateLexicon) -> list[Shape]:
    if not lexicon.nth_words:
        return []
    link, month = _link(lexicon), _month(lexicon)
    nth, noun = _word(lexicon, "nth", lexicon.nth_words), lexicon.words(lexicon.day_nouns)
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
            "month_part",
            # no particle after the part: "بداية من ديسمبر" is "starting in December"
            rf"(?:{_word(lexicon, 'part', lexicon.month_parts)}[\s-]+)?{month}",
            _month_part,
            ("month_part", "month_cue"),
        ),
    ]


def _year_month(hit: Hit, context: Context) -> tuple[int, int] | Reading | None:
    """The month's year and number, a Reading saying why not, or None for no month."""
    lexicon = context.lexicon
    if hit.get("unit") is not None:
        sense = lexicon.directions.get(hit.key("dir") or "")
        if sense is None:
            return None
        if context.published is None:
            return Reading(None, UNRESOLVED)
        return cal.add_months(context.published.year, context.published.month, _STEP[sense])
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
        return (year, month) if year in CUED_YEARS else None
    year = year_from_now(hit, context)
    if year is not None:
        return year, month
    if context.published is None:
        return Reading(None, UNRESOLVED)
    sense = lexicon.directions.get(hit.key("mdir") or "", "this")
    return cal.month_occurrence(context.published, month, sense), month


def _nth(hit: Hit, context: Context) -> int | None:
    if hit.get("last") is not None:
        return _LAST
    if hit.get("nth") is not None:
        return context.lexicon.nth_words.get(hit.key("nth") or "")
    return hit.day(context.lexicon)


def _nth_weekday(hit: Hit, context: Context) -> Reading | None:
    found, nth = _year_month(hit, context), _nth(hit, context)
    weekday = context.lexicon.weekdays.get(hit.key("weekday") or "")
    if not capitalised(hit, "weekday", context):
        return None
    if not isinstance(found, tuple) or nth is None or weekday is None:
        return found
    year, month = found
    if hit.get("ordinal") is not None:
        # "الثلاثاء الثالث من سبتمبر" is Tuesday the 3rd when the 3rd is a Tuesday (in a year
        # near publication, when none is written), else the month's third Tuesday.
        named = hit.get("year") is not None or hit.get("ydir") or hit.get("unit")
        date = cal.valid_date(year, month, nth)
        if not named and context.published is not None:
            date = with_weekday(context.published, month, nth, weekday) or date
        if date is not None and (date.isoweekday() == weekday or nth > _NTH_WEEKDAY):
            return Reading(cal.day_span(date))
    day = cal.nth_weekday(year, month, weekday, nth)
    return Reading(cal.day_span(day)) if day else None


def _nth_day(hit: Hit, context: Context) -> Reading | None:
    found, nth = _year_month(hit, context), _nth(hit, context)
    if not isinstance(found, tuple) or nth is None:
        return found
    if hit.get("month") is not None and hit.match.start() == hit.start("ordinal"):
        # "عامه العشرين في سبتمبر" is his twentieth year; an ordinal alone before a month
        # name is a day only with "من", which the day-and-month shape reads.
        return None
    year, month = found
    if nth == _LAST:
        nth = calendar.monthrange(year, month)[1]
    day = cal.valid_date(year, month, nth)
    return Reading(cal.day_span(day)) if day else None


def _month_part(hit: Hit, context: Context) -> Reading | None:
    found = _year_month(hit, context)
    if not isinstance(found, tuple):
        return found
    year, month = found
    part = hit.key("part")
    if part is None:  # "شهر ثلاثة": the month
        if hit.get("month") is not None or hit.get("unit") is not None:
            return None  # "شهر مارس", "الشهر الماضي" are read by the month and relative shapes
        # "يتقاضى كل شهر خمسة آلاف": a month and a count, unless a year or a cue says otherwise
        cued = previous_word(context, hit.match.start()) in context.lexicon.month_alone_cues
        if not cued and hit.get("year") is None and hit.get("ydir") is None:
            return None
        return Reading(cal.month_span(year, month))
    day = cal.valid_date(year, month, context.lexicon.month_parts[part])
    return Reading(cal.day_span(day)) if day else None
