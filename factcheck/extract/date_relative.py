"""Dates relative to publication: "أمس الجمعة", "الشهر الماضي", "منذ ثلاثة أيام", "last month"."""

from __future__ import annotations

import datetime as dt
import re

from factcheck.extract import date_calendar as cal
from factcheck.extract.date_lexicon import DIRECTION_STEP, WORD_END, DateLexicon, alternation
from factcheck.extract.date_shapes import (
    UNRESOLVED,
    Context,
    Hit,
    Reading,
    Shape,
    capitalised,
    previous_word,
)
from factcheck.lang.clitics import DEFINITE, stopwords
from factcheck.lang.phrases import back_spaces, word_start
from factcheck.lang.tokens import COMMAS, inside_quotes
from factcheck.models import DateSpan

# how many days a publication stamp may lag the day its text was written
_STAMP_LATE_DAYS = 2
# "اليوم" followed by a definite adjective is "the day" ("اليوم الوطني"), not "today"; in
# quotes it is the newspaper al-Yaum.
_NOT_TODAY = re.compile(rf"\s*(?:[»\"”']|\S*{DEFINITE})")


def shapes(lexicon: DateLexicon) -> list[Shape]:
    start = lexicon.word_start
    days, weekdays = alternation(lexicon.days), alternation(lexicon.weekdays)
    dirs = alternation(lexicon.directions)
    # "the day" with a direction counts from an event in the story ("اليوم التالي"), so only
    # weeks, months and years are read against publication.
    definite = alternation(s for s, unit in lexicon.units("definite").items() if unit != "day")
    counted = alternation(s for form in ("singular", "dual", "plural") for s in lexicon.units(form))
    amounts = alternation(lexicon.amounts)
    ago, later = alternation(lexicon.ago), alternation(lexicon.later)
    # "قبل عام ونصف", "a year and a half ago": the half after the unit moves the date on;
    # possessive, so that "قبل شهرين ونصف من الانتخابات" is not read as "قبل شهرين"
    half = rf"(?:\s+(?P<half>{alternation(lexicon.halves)}){WORD_END})?+" if lexicon.halves else ""
    weekday = rf"{start}(?P<weekday>{weekdays}){WORD_END}"
    direction = rf"{start}(?P<dir>{dirs}){WORD_END}"
    unit = rf"{start}(?P<unit>{definite}){WORD_END}"
    amount_half = (
        rf"(?:(?P<amount_half>{alternation(lexicon.halves_after_amount)})\s+)?"
        if lexicon.halves_after_amount
        else ""
    )
    count = rf"(?:(?P<n>\d{{1,3}}|{amounts})\s+{amount_half})?{start}(?P<unit>{counted}){WORD_END}"
    # Arabic writes the direction after what it moves ("الشهر الماضي"), English before it.
    after = lexicon.direction_after
    if after:
        this_before = alternation(lexicon.this_before)
        unit_dir = rf"(?:{start}(?P<this>{this_before})\s+)?{unit}(?:\s+{direction})?"
        weekday_dir = rf"{weekday}\s+{direction}"
        # "قبل أسبوع من الانتخابات" counts from the elections, not from publication.
        unless = (
            rf"(?!{alternation(lexicon.not_counted_from)}{WORD_END})"
            if lexicon.not_counted_from
            else ""
        )
        event = (
            rf"|{unless}{alternation(lexicon.counted_from)}{WORD_END}"
            if lexicon.counted_from
            else ""
        )
        # The conditional applies the later-only words where the later group matched.
        event_later = (
            rf"(?(later)(?![\s{COMMAS}]*{alternation(lexicon.counted_from_later)}{WORD_END}))"
            if lexicon.counted_from_later
            else ""
        )
        # "منذ شهر يونيو 2012", "قبل شهر رمضان", "منذ يوم الخميس الماضي": a cue before the
        # month or the weekday it names, no month or day back ("قبل أربعة أيام صفر- 3" is four
        # days ago, zero - 3, not Safar)
        months = alternation([*lexicon.months, *lexicon.hijri_months])
        named = (
            rf"(?:{alternation(lexicon.month_cues)})\s+(?:{months}){WORD_END}"
            rf"|(?:{alternation(lexicon.day_cues)})\s+(?:{weekdays}){WORD_END}"
        )
        # "قبل يوم الاقتراع", "قبل أسبوع العودة": a unit with no count before a definite noun
        # is in construct with it (the day of the vote), no day back; not before a direction
        # nor before a stopword that opens with the article ("منذ أسبوع إلى وضع خطة")
        stops = alternation(w for w in stopwords(lexicon.language) if w.startswith(DEFINITE))
        construct = rf"(?(n)|(?!\s+(?!(?:{dirs}|{stops}){WORD_END}){DEFINITE}))"
        one = (
            rf"(?:(?:{alternation(lexicon.one_after_unit)})\s+)?" if lexicon.one_after_unit else ""
        )
        offset = (
            rf"{start}(?P<ago>{ago}|(?P<later>{later}))\s+(?!{named})"
            rf"{count}{construct}{half}(?![\s{COMMAS}]*{one}(?:\d{event})){event_later}"
        )
    else:
        # "the last week of Ramadan", "in the last year of his term": the last of something
        # else; not "found guilty last month of murdering a judge"
        articles = alternation(lexicon.part_articles) or "(?!)"
        part_of = rf"(?!\s+(?:{alternation(lexicon.of)}){WORD_END})"
        after_article = rf"(?:(?<=\b(?:{articles})\s)(?P<the>)|(?<!\b(?:{articles})\s))"
        unit_dir = rf"{after_article}{direction}\s+{unit}(?(the){part_of})"
        weekday_dir = rf"{direction}\s+{weekday}"
        offset = rf"(?<![\w-]){count}{half}\s+(?P<ago>{ago}|{later}){WORD_END}"
    weekend = (
        [
            Shape(
                "weekend",
                # "the weekend of March 5" is that day's
                rf"{start}(?P<weekend>{alternation(lexicon.weekends)}){WORD_END}"
                rf"(?!\s+(?:{alternation(lexicon.of)}){WORD_END})",
                _weekend,
                ("weekend",),
            )
        ]
        if lexicon.weekends and lexicon.weekend_days
        else []
    )
    links = rf"(?:{alternation(lexicon.within_links)}\s+)?" if lexicon.within_links else ""
    within = (
        [
            Shape(
                "within_this",
                rf"{start}(?P<within>{alternation(lexicon.within_this)}){WORD_END}\s+{links}"
                rf"{unit_dir}",
                _within_this,
                ("within",),
            )
        ]
        if lexicon.within_this
        else []
    )
    return [
        *weekend,
        *within,
        Shape(
            "dayword",
            rf"{start}(?P<dayword>{days}){WORD_END}"
            rf"(?:[\s{COMMAS}]*\(?\s*{weekday}(?:\s*\))?)?",
            _dayword,
            ("dayword",),
        ),
        Shape("unit_dir", unit_dir, _unit_dir, ("this", "unit") if after else ("direction",)),
        Shape("weekday_dir", weekday_dir, _weekday_dir, ("weekday",) if after else ("direction",)),
        Shape("offset", offset, _offset, ("ago",) if after else ("digit", "amount")),
        Shape("weekday", weekday, _weekday, ("weekday",)),
    ]


def _dayword(hit: Hit, context: Context) -> Reading | None:
    offset = context.lexicon.days.get(hit.key("dayword") or "")
    if offset is None:
        return None
    if offset == 0 and hit.get("weekday") is None and _names_a_day(hit, context):
        return None
    if _ends_a_name(hit, context) or (
        hit.key("dayword") in context.lexicon.unquoted_days and _quoted(hit, context)
    ):
        return None
    if context.published is None:
        return Reading(None, UNRESOLVED)
    day = context.published + dt.timedelta(days=offset)
    # "اليوم الاثنين" stamped on a Tuesday: the stamp is a day or two late (SaudiNewsNet's is the
    # crawl date), and the weekday the writer named is the day meant
    weekday = context.lexicon.weekdays.get(hit.key("weekday") or "") if hit.get("weekday") else None
    if weekday is not None and 0 < (late := (day.isoweekday() - weekday) % 7) <= _STAMP_LATE_DAYS:
        day -= dt.timedelta(days=late)
    return Reading(cal.day_span(day))


def _weekend(hit: Hit, context: Context) -> Reading | None:
    """The weekend a phrase places around publication (relative_dates.yaml `weekends`)."""
    sense = context.lexicon.weekends.get(hit.key("weekend") or "")
    if sense is None:
        return None
    if context.published is None:
        return Reading(None, UNRESOLVED)
    published, days = context.published, context.lexicon.weekend_days
    length = dt.timedelta(days=len(days) - 1)
    last = cal.weekday_near(published, days[0], "recent")
    coming = cal.weekday_near(published, days[0], "next")
    within = published <= last + length
    if sense == "past":
        first = last - dt.timedelta(weeks=1) if within else last
    elif sense == "next" or (not within and coming - published < published - (last + length)):
        first = coming
    else:
        first = last
    return Reading(cal.days_span(first, first + length))


def _names_a_day(hit: Hit, context: Context) -> bool:
    text = context.folded.text
    end = hit.match.end()
    before = text[hit.match.start() - 1] if hit.match.start() else ""
    return context.lexicon.today_is_a_noun and (
        (before != "" and before in "«\"“'")
        or _NOT_TODAY.match(text, end) is not None
        or previous_word(context, hit.match.start()) in context.lexicon.name_before
    )


def _ends_a_name(hit: Hit, context: Context) -> bool:
    """ "according to a report in USA Today", "ABC's World News Tonight", "CBS This Morning": in
    a language that capitalises names alone (relative_dates.yaml `day_words_in_names`), a day
    word capitalised right after a capitalised word, in mid-sentence, ends the name of a paper or
    a show. Not one a comma or a capitalised word follows, which opens a sentence a headline ran
    into ("Nominee for Surgeon General Today, President Barack Obama announced", "iTunes goes
    DRM-free Today Apple announced": ECB+ 34_1ecbplus, 40_5ecb), nor a headline in capitals
    ("AVAILABLE TODAY")."""
    if not context.lexicon.day_words_in_names:
        return False
    body = context.body
    start = context.folded.start_of(hit.match.start())
    end = context.folded.start_of(hit.match.end() - 1) + 1
    before, after = body[:start].rstrip(), body[end:].lstrip()
    if not body[start:end].istitle() or not before or not before[-1].isalpha():
        return False
    opens = after[:1] in COMMAS or after[:1].isupper()
    return before.split()[-1][0].isupper() and not opens


def _quoted(hit: Hit, context: Context) -> bool:
    """Whether the day word is inside quotes its paragraph opened before it."""
    start = context.folded.start_of(hit.match.start())
    return inside_quotes(context.body, context.body.rfind("\n", 0, start) + 1, start)


def _unit_dir(hit: Hit, context: Context) -> Reading | None:
    moved = _unit_and_sense(hit, context)
    if moved is None:
        return None
    if context.published is None:
        return Reading(None, UNRESOLVED)
    unit, sense = moved
    return Reading(_unit_span(context.published, unit, DIRECTION_STEP[sense]))


def _unit_and_sense(hit: Hit, context: Context) -> tuple[str, str] | None:
    """The calendar unit a direction moves and the direction's sense ("last month": month,
    past; "هذا العام", "العام الجاري": year, this)."""
    unit = context.lexicon.units("definite").get(hit.key("unit") or "")
    sense = "this" if hit.get("this") else context.lexicon.directions.get(hit.key("dir") or "")
    return None if unit is None or sense is None else (unit, sense)


def _within_this(hit: Hit, context: Context) -> Reading | None:
    """The part of this week, month or year before publication ("earlier this year", "في وقت
    سابق من هذا العام") or after it ("later this month", "في وقت لاحق من الشهر الحالي"),
    publication's day in both (relative_dates.yaml `within_this`)."""
    moved = _unit_and_sense(hit, context)
    side = context.lexicon.within_this.get(hit.key("within") or "")
    if moved is None or moved[1] != "this" or side is None:
        return None
    if context.published is None:
        return Reading(None, UNRESOLVED)
    span = _unit_span(context.published, moved[0], 0)
    if side == "before":
        return Reading(cal.days_span(dt.date.fromisoformat(span.start), context.published))
    return Reading(cal.days_span(context.published, dt.date.fromisoformat(span.end)))


def _unit_span(anchor: dt.date, unit: str, step: int) -> DateSpan:
    if unit == "week":
        return cal.week_span(anchor + dt.timedelta(weeks=step))
    if unit == "month":
        return cal.month_span(*cal.add_months(anchor.year, anchor.month, step))
    if unit == "year":
        return cal.year_span(anchor.year + step)
    return cal.day_span(anchor + dt.timedelta(days=step))


def _weekday_dir(hit: Hit, context: Context) -> Reading | None:
    weekday = context.lexicon.weekdays.get(hit.key("weekday") or "")
    sense = context.lexicon.directions.get(hit.key("dir") or "")
    if weekday is None or sense is None or not capitalised(hit, "weekday", context):
        return None
    if context.published is None:
        return Reading(None, UNRESOLVED)
    return Reading(cal.day_span(cal.weekday_near(context.published, weekday, sense)))


def _offset(hit: Hit, context: Context) -> Reading | None:
    """ "منذ ثلاثة أيام", "two weeks ago": days and weeks to the day, months to the month and
    years to the year, as precisely as such a phrase is meant."""
    lexicon = context.lexicon
    word = hit.key("unit") or ""
    unit = next(
        (
            units[word]
            for form in ("singular", "dual", "plural")
            if word in (units := lexicon.units(form))
        ),
        None,
    )
    amount = _amount(hit, lexicon, word)
    if unit is None or amount is None or _after_a_unit(hit, context):
        return None
    if unit in lexicon.unit_multiples:  # "a fortnight ago": two weeks back
        if hit.key("n") in lexicon.vague_amounts or hit.get("half") or hit.get("amount_half"):
            return None
        unit, times = lexicon.unit_multiples[unit]
        amount *= times
    if hit.get("n") is not None and _a_span(hit, lexicon, unit):
        return None
    if context.published is None:
        return Reading(None, UNRESOLVED)
    step = amount if (hit.key("ago") or "") in lexicon.later else -amount
    bounds = lexicon.vague_amounts.get(hit.key("n") or "")
    if bounds is not None:
        return _vague_offset(context.published, unit, bounds, 1 if step > 0 else -1)
    if hit.get("half") is not None or hit.get("amount_half") is not None:
        return _and_a_half(context.published, unit, step)
    if unit == "week":
        return Reading(cal.day_span(context.published + dt.timedelta(weeks=step)))
    return Reading(_unit_span(context.published, unit, step))


def _vague_offset(published: dt.date, unit: str, bounds: tuple[int, int], sign: int) -> Reading:
    """ "a few months ago", "منذ عدة أيام": every date its plausible amounts reach, at the
    unit's granularity, vague; three months back is only one of them."""
    ends = [sign * amount for amount in bounds]
    first, last = min(ends), max(ends)
    if unit == "year":
        span = DateSpan(
            start=cal.year_span(published.year + first).start,
            end=cal.year_span(published.year + last).end,
            granularity="year",
        )
    elif unit == "month":
        span = cal.month_span(
            *cal.add_months(published.year, published.month, first),
            *cal.add_months(published.year, published.month, last),
        )
    else:
        days = 7 if unit == "week" else 1
        span = cal.days_span(
            published + dt.timedelta(days=first * days), published + dt.timedelta(days=last * days)
        )
    return Reading(span, qualifier="vague")


def _and_a_half(published: dt.date, unit: str, step: int) -> Reading:
    """A year and a half back is a month (18 months back), a month and a half a month (45
    days), a week and a half a day (10 days); a day and a half back is one of two days."""
    sign = 1 if step > 0 else -1
    if unit == "year":
        moved = cal.add_months(published.year, published.month, step * 12 + sign * 6)
        return Reading(cal.month_span(*moved))
    if unit == "month":
        day = cal.shift_months(published, step) + dt.timedelta(days=sign * 15)
        return Reading(cal.month_span(day.year, day.month))
    if unit == "week":
        return Reading(cal.day_span(published + dt.timedelta(days=step * 7 + sign * 3)))
    days = sorted(published + dt.timedelta(days=step + extra) for extra in (0, sign))
    return Reading(cal.days_span(*days))


def _a_span(hit: Hit, lexicon: DateLexicon, unit: str) -> bool:
    """ "منذ 35 عاما" is "for 35 years": the amounts finder reads it as a duration."""
    return (hit.key("ago") or "") in lexicon.since and unit not in lexicon.since_dates


def _after_a_unit(hit: Hit, context: Context) -> bool:
    """ "يوما بعد يوم" is "day after day", no date."""
    before = previous_word(context, hit.match.start())
    return any(before in context.lexicon.units(form) for form in ("singular", "plural"))


def _amount(hit: Hit, lexicon: DateLexicon, word: str) -> int | None:
    said = hit.key("n")
    plural = word in lexicon.units("plural")
    if said is None:  # "قبل يومين", "قبل أسبوع"; a bare plural ("منذ أيام") has no number
        return None if plural else 2 if word in lexicon.units("dual") else 1
    if word in lexicon.units("dual"):
        return None
    return int(said) if said.isdigit() else lexicon.amounts.get(said)


def _weekday_said(weekday: int, surface: str, before: str, context: Context) -> bool:
    """After a cue ("يوم الاثنين"), or alone when the name is no other word ("سددت الخميس"),
    in the form that stands alone ("الجمعة", not the given name "جمعة") and no noun before
    makes it a name ("صلاة الجمعة")."""
    lexicon = context.lexicon
    if before in lexicon.day_cues:
        return True
    prefixes = lexicon.weekday_alone_prefixes
    return (
        weekday in lexicon.weekdays_alone
        and before not in lexicon.weekday_as_name_after
        and (not prefixes or surface.startswith(prefixes))
    )


def _recurring(hit: Hit, context: Context) -> bool:
    """A weekday every such day is, not one day (date_words.yaml `recurrence_before`,
    `recurrence_after`): "releases patches on the second on Tuesday of each month" (ECB+
    27_17ecb), "يقام كل يوم خميس", "يوم السبت من كل أسبوع"; the cue of a day between
    ("كل يوم خميس") too."""
    lexicon = context.lexicon
    text, start = context.folded.text, hit.match.start()
    before = previous_word(context, start)
    if before in lexicon.day_cues:
        before = previous_word(context, word_start(text, back_spaces(text, start)))
    if before in lexicon.recurrence_before:
        return True
    after = hit.match.end()
    return any(text.startswith(f" {phrase}", after) for phrase in lexicon.recurrence_after)


_DEFINITE_NEXT = re.compile(rf"\s+{DEFINITE}")


def _in_construct(hit: Hit, context: Context) -> bool:
    """A weekday's name without its article before a definite noun is in construct with it:
    "في صباح أحد الأيام" is one morning of the days, "فجر أحد العصاة" one of the rebels blew
    himself up (SaudiNewsNet 2015-08-11-0000, -1220), not a Sunday."""
    name = hit.key("weekday") or ""
    return not name.startswith(DEFINITE) and bool(
        _DEFINITE_NEXT.match(context.folded.text, hit.match.end())
    )


def _weekday(hit: Hit, context: Context) -> Reading | None:
    """A weekday alone is the most recent one on or before publication ("on Monday"). English
    needs its full name ("Sun" is a newspaper, "Wed" a verb); Arabic a cue ("يوم الاثنين",
    "صباح الجمعة"), or a name that is no other word: "الاثنين" is also "the two"."""
    lexicon = context.lexicon
    weekday = lexicon.weekdays.get(hit.key("weekday") or "")
    if weekday is None:
        return None
    if lexicon.weekdays_alone_in_full and not (
        hit.key("weekday") in lexicon.weekday_full_names and capitalised(hit, "weekday", context)
    ):
        return None
    said = _weekday_said(
        weekday, hit.key("weekday") or "", previous_word(context, hit.match.start()), context
    )
    if not said or _in_construct(hit, context) or _recurring(hit, context):
        return None
    if context.published is None:
        return Reading(None, UNRESOLVED)
    return Reading(cal.day_span(cal.weekday_near(context.published, weekday, "recent")))
