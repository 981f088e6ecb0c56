"""A weekday or a day fixed by a week or month around publication: "الجمعة من الأسبوع المقبل",
"هذا الأسبوع يوم السبت", "الخميس في 21", "20 من الشهر القادم", "wednesday of next week"."""

from __future__ import annotations

import datetime as dt

from factcheck.extract import date_calendar as cal
from factcheck.extract.date_lexicon import DIRECTION_STEP, WORD_END, DateLexicon, alternation
from factcheck.extract.date_shapes import (
    UNRESOLVED,
    Context,
    Hit,
    Reading,
    Shape,
    day_pattern,
)
from factcheck.lang.tokens import COMMAS

# An ordinal up to this after a weekday counts weekdays ("الأحد الثاني": the second Sunday).
_NTH_WEEKDAY = 5


def shapes(lexicon: DateLexicon) -> list[Shape]:
    start, of = lexicon.word_start, alternation(lexicon.of)
    weekday = rf"{start}(?P<weekday>{alternation(lexicon.weekdays)}){WORD_END}"
    direction = rf"{start}(?P<dir>{alternation(lexicon.directions)}){WORD_END}"
    definite = lexicon.units("definite")
    week = rf"{start}(?P<unit>{alternation(s for s, u in definite.items() if u == 'week')})"
    month = rf"{start}(?P<unit>{alternation(s for s, u in definite.items() if u == 'month')})"
    this = (
        rf"(?:{start}(?P<this>{alternation(lexicon.this_before)})\s+)?"
        if lexicon.this_before
        else ""
    )
    day, links = day_pattern(lexicon), alternation(lexicon.weekday_links)
    cues = alternation(lexicon.day_cues)
    if lexicon.direction_after:
        relative_week = rf"{this}{week}{WORD_END}(?:\s+{direction})?"
        relative_month = rf"{this}{month}{WORD_END}(?:\s+{direction})?"
    else:
        relative_week = rf"{direction}\s+{week}{WORD_END}"
        relative_month = rf"{direction}\s+{month}{WORD_END}"
    in_month = rf"(?:\s+(?:{of})\s+{relative_month})?"
    return [
        Shape(
            "weekday_week",
            rf"{weekday}\s+(?:(?:{of})\s+)?{relative_week}",
            _weekday_of_week,
            ("weekday",),
        ),
        Shape(
            "week_weekday",
            rf"{relative_week}\s+(?:(?:{cues})\s+)?{weekday}",
            _weekday_of_week,
            ("this", "unit") if lexicon.direction_after else ("direction",),
        ),
        Shape(
            "weekday_day",
            # not the day of a numeric date after it ("الخميس ١٢/ ١١ / ١٤٣٦هـ"): that date's own
            rf"{weekday}[\s{COMMAS}]*(?:(?:{links}){WORD_END}\s*)?{day}(?!\s*[/.-]\s*\d){in_month}",
            _day_of_month,
            ("weekday",),
        ),
        Shape(
            "day_of_month",
            rf"{day}\s+(?:{of})\s+{relative_month}",
            _day_of_month,
            ("digit", "ordinal"),
        ),
    ]


def _sense(hit: Hit, context: Context) -> str | None:
    if hit.get("this") is not None:
        return "this"
    return context.lexicon.directions.get(hit.key("dir") or "")


def _weekday_of_week(hit: Hit, context: Context) -> Reading | None:
    """The weekday inside the ISO week that the phrase names around publication."""
    weekday, sense = context.lexicon.weekdays.get(hit.key("weekday") or ""), _sense(hit, context)
    if weekday is None or sense is None:
        return None
    if context.published is None:
        return Reading(None, UNRESOLVED)
    anchor = context.published + dt.timedelta(weeks=DIRECTION_STEP[sense])
    monday = anchor - dt.timedelta(days=anchor.weekday())
    return Reading(cal.day_span(monday + dt.timedelta(days=weekday - 1)))


def _day_of_month(hit: Hit, context: Context) -> Reading | None:
    """A day of the month with its weekday or its month named relative to publication: the
    publication's month (or the one its direction names), or the month next to it that puts
    the day on its weekday."""
    day = hit.day(context.lexicon)
    weekday = context.lexicon.weekdays.get(hit.key("weekday") or "")
    relative = hit.get("unit") is not None
    sense = _sense(hit, context) if relative else "this"
    if day is None or not 1 <= day <= 31 or sense is None or (not relative and weekday is None):
        return None
    if context.published is None:
        return Reading(None, UNRESOLVED)
    year, month = cal.add_months(
        context.published.year, context.published.month, DIRECTION_STEP[sense]
    )
    if weekday is not None and hit.get("ordinal") is not None and day <= _NTH_WEEKDAY:
        # "الأحد الثاني" is the month's second Sunday; "السبت السادس عشر" is Saturday the 16th.
        nth = cal.nth_weekday(year, month, weekday, day)
        return Reading(cal.day_span(nth)) if nth else None
    candidates = [(year, month)]
    if not relative:
        candidates += [cal.add_months(year, month, -1), cal.add_months(year, month, 1)]
    dates = [date for y, m in candidates if (date := cal.valid_date(y, m, day))]
    fitting = [date for date in dates if weekday is None or date.isoweekday() == weekday]
    options = fitting or dates
    chosen = options[0] if options else None
    return Reading(cal.day_span(chosen)) if chosen else None
