"""Absolute Gregorian dates: "26 يوليو (تموز) 2023", "April 20, 2024", "20/4/2024", "عام 2018"."""

from __future__ import annotations

import datetime as dt
import re

from factcheck.extract import date_calendar as cal
from factcheck.extract.addresses import street_number
from factcheck.extract.date_lexicon import (
    DIRECTION_STEP,
    LETTER_BEFORE,
    WORD_END,
    DateLexicon,
    alternation,
)
from factcheck.extract.date_shapes import (
    UNRESOLVED,
    YEAR,
    Context,
    Hit,
    Reading,
    Shape,
    capitalised,
    day_pattern,
    first_day_joins,
    previous_word,
    said_ahead,
    said_behind,
    weekday_checked,
    weekday_prefix,
)
from factcheck.extract.hijri import hijri_day, hijri_months
from factcheck.extract.model_years import is_model_year
from factcheck.extract.qualifiers import range_joins, range_openers
from factcheck.lang.clitics import DEFINITE, bare_in
from factcheck.lang.normalize import fold_word
from factcheck.lang.phrases import phrase_matcher, skip_spaces, word_before
from factcheck.lang.tokens import COMMAS
from factcheck.models import DateSpan

NO_YEAR = "date without a year left unresolved: the article has no publication date"
NAMED_DAY = "the day and month of an event named by them, its year not said"
# Years a bare four-digit number is read as: wider with a cue word ("عام 1948").
BARE_YEARS = range(1900, 2100)
CUED_YEARS = range(1000, 2200)  # "عام 2122م", a comet's next visit
# A numeric date whose year falls here is Hijri (Saudi papers write "21/10/1436").
HIJRI_YEARS = range(1300, 1501)
_HALF_YEAR = 183


def month_pattern(lexicon: DateLexicon) -> str:
    """A month name, alone or paired with its other name: "يوليو (تموز)", "نيسان/أبريل", and
    Reuters' Arabic "يوليو تموز" with a space alone."""
    months = alternation(lexicon.months)
    start = lexicon.word_start
    return (
        f"{start}(?P<month>{months}){WORD_END}"
        rf"(?:(?:\s*(?:(?P<paren>\()|[/-])\s*|\s+)(?P<month2>{months}){WORD_END}(?(paren)\s*\)))?"
    )


def year_tail(lexicon: DateLexicon) -> str:
    of, cues, era = (alternation(words) for words in (lexicon.of, lexicon.year_cues, lexicon.era))
    return (
        rf"[\s{COMMAS}./-]*(?:(?:{of})\s+)?(?:(?P<cue>{cues})\s+)?"
        rf"{YEAR}(?:\s*(?:{era}){WORD_END})?"
    )


def direction(lexicon: DateLexicon) -> str:
    return f"{lexicon.word_start}(?P<dir>{alternation(lexicon.directions)}){WORD_END}"


# between a part of a year and its year: "mid-2014", wire text's "the mid - 1980s"
_PART_GAP = r"(?:\s*-\s*|\s+)"


def relative_year(lexicon: DateLexicon) -> str:
    """A year named from publication after a month: "مارس من العام الماضي", "April last year"."""
    start, of = lexicon.word_start, alternation(lexicon.of)
    years = alternation(s for s, unit in lexicon.units("definite").items() if unit == "year")
    dirs = alternation(lexicon.directions)
    if not lexicon.direction_after:
        return rf"\s+(?:(?:{of})\s+)?{start}(?P<ydir>{dirs})\s+(?:{years}){WORD_END}"
    this = alternation(lexicon.this_before)
    return (
        rf"\s+(?:(?:{of})\s+)?(?:{start}(?P<ythis>{this})\s+{start}(?:{years}){WORD_END}"
        rf"|{start}(?:{years})\s+{start}(?P<ydir>{dirs}){WORD_END})"
    )


def shapes(lexicon: DateLexicon) -> list[Shape]:
    month, tail, weekday = month_pattern(lexicon), year_tail(lexicon), weekday_prefix(lexicon)
    of, day = alternation(lexicon.of), day_pattern(lexicon)
    years_from_now = relative_year(lexicon)
    # "March 17-18", "March 17 and 18.": the days from the first to the last; not where a word
    # follows, which the number may count ("on March 17 and 18 people were hurt")
    joins = first_day_joins(lexicon.language)
    last_day = rf"(?:\s*(?:{joins})\s*(?P<until>[0-3]?\d)(?!\d|[.,:]\d)(?!\s*[^\W\d_]))?"
    after = rf"(?:{tail}|{years_from_now}|\s+{direction(lexicon)})?"
    lead = () if lexicon.direction_after else ("direction",)  # what "last March" starts with
    leading_dir = "" if lexicon.direction_after else rf"(?:{direction(lexicon)}\s+)?"
    trailing_dir = rf"(?:\s+{direction(lexicon)})?" if lexicon.direction_after else ""
    month_cue = rf"(?:(?:{alternation(lexicon.month_cues)})\s+)?"
    seasons, cues = alternation(lexicon.seasons), alternation(lexicon.year_cues)
    suffixes = alternation(lexicon.decade_suffixes) or "(?!)"
    era = rf"(?:\s*(?:{alternation(lexicon.era)}){WORD_END})?" if lexicon.era else ""
    articles = alternation(lexicon.part_articles) or "(?!)"
    this_year = alternation(lexicon.year_after_part) or "(?!)"
    return [
        Shape(
            "day_month",
            rf"{weekday}{day}\s*[-./]?\s*(?:(?:{of})\s+)?{month_cue}{month}{after}"
            # "on 10 Nov 11.": wire text's two-digit year, where the sentence or clause ends
            # (not a decimal's: "حتى 31 يوليو 45.6 ألف ريال", snn-2015-08-11-1250)
            r"(?:\s+(?P<yy>\d{2})(?=\s*(?:[.,;](?!\d)|$)))?",
            _day_month,
            ("digit", "ordinal", "weekday"),
        ),
        Shape(
            # "من 15 إلى 19 ديسمبر المقبل", "15 - 19 December": the first day of a range of days,
            # in the month said after the last (which the shape above reads on its own)
            "first_day",
            rf"{day}(?=\s*(?:{first_day_joins(lexicon.language)})\s*(?P<last>[0-3]?\d)"
            rf"\s*[-./]?\s*(?:(?:{of})\s+)?{month_cue}{month}{after})",
            _first_day,
            ("digit",),
        ),
        Shape(
            "iso",
            r"(?<!\d)(?<!\d[/.-])(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)"
            r"(?P<day>\d{1,2})(?![\d])",
            _iso,
            ("digit",),
        ),
        Shape(
            "numeric",
            rf"{weekday}(?<!\d)(?<!\d[/.-])(?P<a>\d{{1,2}})\s*(?P<sep>[/.-])\s*(?P<b>\d{{1,2}})"
            r"\s*(?P=sep)\s*(?P<year>\d{4}|\d{2})(?!\d|[.,:]\d)",
            _numeric,
            ("digit", "weekday"),
        ),
        Shape(
            "month_number",
            rf"{lexicon.word_start}(?:{alternation(lexicon.month_cues)})\s*(?P<month>\d{{1,2}})"
            rf"\s*[/-]\s*{YEAR}",
            _month_number_year,
            ("month_cue",),
        ),
        Shape(
            "season",
            # "صيف عام 2024", "الربع الثاني من العام الجاري", "the first half of the year"
            # "mid-2014"; "the early 1990s", "مطلع التسعينات": a decade's part
            rf"{lexicon.word_start}(?P<season>{seasons}){WORD_END}(?:{_PART_GAP}"
            rf"(?:(?:{of})\s+)?(?:(?P<cue>{cues})\s+)?{YEAR}(?!{suffixes}){era}|{years_from_now}"
            rf"|{_PART_GAP}(?:(?:{of})\s+)?(?:(?:{articles})\s+)?{_decade_pattern(lexicon)}"
            rf"|\s+(?:(?:{of})\s+)?{lexicon.word_start}(?P<ybare>{this_year}){WORD_END}"
            rf"(?!\s+{DEFINITE}))",  # "بداية العام الدراسي" is the school year's
            _season,
            ("season",),
        ),
        Shape(
            # "In an interview last summer with The Sun Herald" (ECB+ 28_7ecbplus), "في الصيف
            # الماضي": a season moved from publication
            "season_dir",
            (
                rf"{lexicon.word_start}(?P<season>{seasons}){WORD_END}\s+{direction(lexicon)}"
                if lexicon.direction_after
                else rf"{direction(lexicon)}\s+{lexicon.word_start}(?P<season>{seasons}){WORD_END}"
            ),
            _season_dir,
            lead or ("season",),
        ),
        # Every date that starts with its month, in one alternative so that the month names
        # are read once: "April 20, 2024", "March 2024", "في مارس", "last March", "يوليو الماضي".
        Shape(
            "month_first",
            rf"{weekday}{leading_dir}{month_cue}{month}(?:\s*[-.]?\s*{day}{last_day})?"
            rf"(?:{tail}|{years_from_now})?{trailing_dir}",
            _month_first,
            ("month", "weekday", "month_cue", *lead),
        ),
    ]


def _decade_pattern(lexicon: DateLexicon) -> str:
    """A decade: "التسعينيات من القرن الماضي", "عشرينيات القرن الحالي", "the 1950s"."""
    words = alternation(lexicon.decades) or "(?!)"
    of, later = alternation(lexicon.of) or "(?!)", alternation(lexicon.decade_later) or "(?!)"
    suffixes = alternation(lexicon.decade_suffixes) or "(?!)"
    ages = alternation(lexicon.decade_of_age) or "(?!)"
    return (
        rf"(?:{lexicon.word_start}(?P<decade>{words}){WORD_END}(?!\s+(?:{ages}){WORD_END})"
        rf"(?:\s+(?:(?:{of})\s+)?(?P<later>{later}))?"
        rf"|(?<![\d.,])(?P<first>\d{{3}}0)(?:{suffixes}){WORD_END})"
    )


def decade_shape(lexicon: DateLexicon) -> Shape:
    """A decade alone, its ten years; a part of one is a season's shape (`_decade_part`)."""
    return Shape("decade", _decade_pattern(lexicon), _decade, ("decade", "digit"))


def _first_of_decade(hit: Hit, context: Context) -> int | None:
    first = hit.number("first")
    if first is None:
        first = context.lexicon.decades.get(hit.key("decade") or "")
        if first is not None and hit.get("later") is not None:
            first += 100
    return first if first in CUED_YEARS else None


def _decade(hit: Hit, context: Context) -> Reading | None:
    first = _first_of_decade(hit, context)
    if first is None:
        return None
    span = DateSpan(start=f"{first:04d}-01-01", end=f"{first + 9:04d}-12-31", granularity="year")
    return Reading(span, priority="year" if hit.get("first") else "date")


def century_shape(lexicon: DateLexicon) -> Shape:
    """A century by its ordinal and its noun, in the language's order ("القرن التاسع عشر", "the
    19th century", "the nineteenth-century"): its hundred years, both ends' years in (1800 to
    1900), as "the nineteenth century" is said of either; not a century of another era."""
    ordinals, nouns = alternation(lexicon.centuries), alternation(lexicon.century_nouns)
    other_era = alternation(lexicon.century_not_after) or "(?!)"
    start = lexicon.word_start
    # each a look-behind of its own: their lengths differ
    describing = "".join(rf"(?<!{re.escape(words)}\s)" for words in lexicon.century_not_before)
    ordinal = rf"{describing}{start}(?P<century>{ordinals}){WORD_END}"
    noun = rf"{start}(?:{nouns}){WORD_END}"
    return Shape(
        "century",
        (rf"{noun}\s+{ordinal}" if lexicon.century_noun_first else rf"{ordinal}\s*-?\s*{noun}")
        + rf"(?!\s+(?:{other_era}){WORD_END})",
        _century,
        ("century",),
    )


def _century(hit: Hit, context: Context) -> Reading | None:
    number = context.lexicon.centuries.get(hit.key("century") or "")
    if number is None:
        return None
    first, last = (number - 1) * 100, number * 100
    span = DateSpan(start=f"{first:04d}-01-01", end=f"{last:04d}-12-31", granularity="year")
    return Reading(span, priority="year")


def year_shape(lexicon: DateLexicon) -> Shape:
    """A year on its own; after every shape that can start with its digits or its cue word."""
    cues, era = alternation(lexicon.year_cues), alternation(lexicon.era)
    hijri_era = alternation(lexicon.hijri_era)
    return Shape(
        "year",
        rf"(?:{lexicon.word_start}(?P<cue>{cues})\s+)?(?<!\d[-/]){YEAR}"
        rf"(?:\s*[-–/]\s*(?P<last>\d{{4}}|\d{{2}}))?(?![-/]?\d|\s*(?:{hijri_era}){WORD_END})"
        rf"(?:\s*(?P<era>{era}){WORD_END})?",
        _year,
        ("digit", "year_cue"),
    )


def year_span_shape(lexicon: DateLexicon) -> Shape:
    """The years of a period in words, "from 1995 through 1998", "بين 2012 و2014", "من عام
    1998 حتى عام 2012": one span, as "1995-1998" is. Read only after a word that opens a range
    (its look-behind), so that "in 1995 and 1998" stays two years; before the year alone."""
    cues = alternation(lexicon.year_cues + lexicon.span_year_cues)
    needs_opener, alone = range_joins(lexicon.language)
    clitics = ["", *sorted(lexicon.conjunctions)]
    after_opener = "|".join(
        rf"(?<={LETTER_BEFORE}{re.escape(clitic + opener)}\s)"
        for opener in sorted(range_openers(lexicon.language))
        for clitic in clitics
    )
    cue = rf"(?:{lexicon.word_start}(?:{cues})\s+)?"
    return Shape(
        "year_span",
        rf"(?:{after_opener}){cue}{YEAR}\s+(?:{alternation(needs_opener | alone)})\s*{cue}"
        rf"(?P<last>\d{{4}})(?!\d|[.,:]\d)",
        _year,
        ("digit", "year_cue"),
    )


def _month_number(hit: Hit, context: Context) -> int | None:
    """The month's number; "may" and "march" in lower case only with a year ("may 20" is
    more often "may twenty")."""
    name = hit.key("month")
    if name is None or not (hit.get("year") or capitalised(hit, "month", context)):
        return None
    return context.lexicon.months.get(name)


def year_from_now(hit: Hit, context: Context) -> int | None:
    """The year "من العام الماضي" / "last year" names, or None where none is named."""
    if hit.get("ythis") is not None:
        step = 0
    elif hit.get("ydir") is not None:
        step = DIRECTION_STEP.get(context.lexicon.directions.get(hit.key("ydir") or "", ""), 0)
    else:
        return None
    return context.published.year + step if context.published else None


def _names_a_year(hit: Hit) -> bool:
    return any(hit.get(field) is not None for field in ("year", "ythis", "ydir"))


def _names_an_event_after(hit: Hit, context: Context) -> bool:
    """ "the September 11 attacks": the noun of an event right after the day and month
    (date_words.yaml `month_as_name_before`)."""
    nouns = context.lexicon.month_as_name_before
    following = _NEXT_WORD.match(context.folded.text, hit.match.end()) if nouns else None
    return following is not None and following.group(1) in nouns


def _day_month(hit: Hit, context: Context) -> Reading | None:
    month, day = _month_number(hit, context), hit.day(context.lexicon)
    year = hit.number("year") or _two_digits(hit.number("yy")) or year_from_now(hit, context)
    if month is None or day is None or not 1 <= day <= 31:
        return None
    if year is None and _names_a_year(hit):
        return Reading(None, UNRESOLVED)
    if year is not None:
        date = cal.valid_date(year, month, day)
        return Reading(cal.day_span(date)) if date else None
    if hit.get("dir") is None and (
        previous_word(context, hit.match.start()) in context.lexicon.month_as_name_after
        or _names_an_event_after(hit, context)
    ):
        # "منذ هجمات 11 سبتمبر", "ثورة 25 يناير": the event's name, of a year the text does not
        # say, not this year's day (SaudiNewsNet 2015-08-10: "التي جاءت بعد هجمات 11 سبتمبر")
        return Reading(None, NAMED_DAY)
    if context.published is None:
        return Reading(None, NO_YEAR)
    sense = context.lexicon.directions.get(hit.key("dir") or "", "this")
    if sense == "this":
        sense = _said_when(context, hit.match.start(), sense, hit.get("dir") is not None)
    weekday = context.lexicon.weekdays.get(hit.key("weekday") or "")
    date = None
    if weekday and hit.get("dir") is None:
        date = with_weekday(context.published, month, day, weekday)
    date = date or cal.day_occurrence(context.published, month, day, sense)
    return Reading(cal.day_span(date)) if date else None


def _said_when(context: Context, start: int, sense: str, directed: bool) -> str:
    """The direction a clause gives a month or a day of no year: to come ("will"), come
    ("since"; not one `directed` this month, "منذ في 20 أغسطس الحالي" of a deadline still to
    come, snn-2015-08-08-0075), or none (`sense`)."""
    if said_ahead(context, start):
        return cal.AHEAD
    return cal.BEHIND if not directed and said_behind(context, start) else sense


def with_weekday(anchor: dt.date, month: int, day: int, weekday: int) -> dt.date | None:
    """A day and month written with their weekday fix the year: the one within half a year of
    publication that fits (a weekday that fits no such year is a slip, and fixes nothing)."""
    for year in (anchor.year, anchor.year + 1, anchor.year - 1):
        date = cal.valid_date(year, month, day)
        if date and date.isoweekday() == weekday and abs((date - anchor).days) <= _HALF_YEAR:
            return date
    return None


def _iso(hit: Hit, context: Context) -> Reading | None:
    year, month, day = hit.number("year") or 0, hit.number("month") or 0, hit.number("day") or 0
    if year in HIJRI_YEARS:  # "1431/5/18": Saudi papers write Hijri dates year first too
        span = hijri_day(year, month, day)
        return Reading(span) if span else None
    date = cal.valid_date(year, month, day)
    return Reading(cal.day_span(date)) if date else None


def _first_day(hit: Hit, context: Context) -> Reading | None:
    return _day_month(hit, context) if hit.opens_range(context.lexicon) else None


def _two_digits(year: int | None) -> int | None:
    """A year written with two digits: "11" is 2011, "74" 1974."""
    if year is None:
        return None
    return year + (2000 if year < _CENTURY_TURN else 1900)


_CENTURY_TURN = 50  # two digits under it are of this century
_SHORT_SPAN = 10  # most years a span ending in two digits runs over ("2015-20")


def _numeric(hit: Hit, context: Context) -> Reading | None:
    """Day first, as Arabic and most English outside the US write it; month first only where
    the day cannot be a month ("10/31/1974")."""
    first, second, year = hit.number("a") or 0, hit.number("b") or 0, hit.get("year") or ""
    day, month = (second, first) if second > 12 >= first else (first, second)
    number = int(year)
    if len(year) == 2:
        number = _two_digits(number) or number
    elif number in HIJRI_YEARS:
        span = hijri_day(number, month, day)
        return weekday_checked(Reading(span), hit, context) if span else None
    date = cal.valid_date(number, month, day)
    return weekday_checked(Reading(cal.day_span(date)), hit, context) if date else None


def _month_year(hit: Hit, context: Context) -> Reading | None:
    month = _month_number(hit, context)
    year = hit.number("year") or year_from_now(hit, context)
    if month is not None and year is None and _names_a_year(hit):
        return Reading(None, UNRESOLVED)
    if month is None or year is None or year not in CUED_YEARS:
        return None
    return Reading(cal.month_span(year, month))


def _month_number_year(hit: Hit, context: Context) -> Reading | None:
    """ "شهر 5/2015": a month written as its number after the word for month."""
    month, year = hit.number("month") or 0, hit.number("year") or 0
    if not 1 <= month <= 12 or year not in CUED_YEARS:
        return None
    return Reading(cal.month_span(year, month))


def _season(hit: Hit, context: Context) -> Reading | None:
    season = context.lexicon.seasons.get(hit.key("season") or "")
    if season is None or _deadline(hit, context):
        return None
    months = context.lexicon.season_months[season]
    if hit.get("first") is not None or hit.get("decade") is not None:
        return _decade_part(_first_of_decade(hit, context), months)
    year = hit.number("year") or year_from_now(hit, context)
    if hit.get("ybare") is not None:
        if season in context.lexicon.year_parts and not _since(hit, context):
            return None
        year = context.published.year if context.published is not None else None
    if year is None or year not in CUED_YEARS:
        return None
    if context.lexicon.hijri_by_default and year in HIJRI_YEARS:
        return _hijri_season(months, year, season in context.lexicon.year_parts)
    return Reading(_season_span(months, year))


def _deadline(hit: Hit, context: Context) -> bool:
    """ "by the end of 2007", "بنهاية العام 2010": a deadline, read as the year (date_words.yaml
    `year_end_deadlines`); "in the end of 2014" is its late part."""
    deadlines = phrase_matcher(context.lexicon.language, "date_words", "year_end_deadlines")
    return deadlines.ending_at(context.folded.text, hit.match.end("season")) is not None


def _hijri_season(months: tuple[int, ...], year: int, part: bool) -> Reading | None:
    """A part of a Hijri year ("في أواخر عام 1431هـ", SaudiNewsNet 2015-08-07-0485): those of
    its months; a season of one ("لصيف 1436هـ"): the Gregorian season that falls within it."""
    if part:
        span = hijri_months(year, months[0], months[-1])
        return Reading(span.model_copy(update={"granularity": "month"})) if span else None
    whole = hijri_months(year, 1, 12)
    if whole is None:
        return None
    for gregorian in range(int(whole.start[:4]), int(whole.end[:4]) + 1):
        span = _season_span(months, gregorian)
        if whole.start <= span.start and span.end <= whole.end:
            return Reading(span)
    return None


def _season_span(months: tuple[int, ...], year: int) -> DateSpan:
    """A season's months in `year`; a winter that starts in December, from the year before."""
    first_year = year - 1 if months[0] > months[-1] else year
    return cal.month_span(first_year, months[0], year, months[-1])


def _season_dir(hit: Hit, context: Context) -> Reading | None:
    """The last season of its name before publication, the next one after it, or this one
    (that publication falls in); a season with no direction is no date ("the summer heat")."""
    season = context.lexicon.seasons.get(hit.key("season") or "")
    sense = context.lexicon.directions.get(hit.key("dir") or "")
    if season not in context.lexicon.directed_seasons or sense is None:
        return None
    if context.published is None:
        return Reading(None, UNRESOLVED)
    months, day = context.lexicon.season_months[season], context.published
    spans = [_season_span(months, year) for year in (day.year - 1, day.year, day.year + 1)]
    today = day.isoformat()
    if sense == "past":
        found = [span for span in spans if span.end < today][-1:]
    elif sense == "next":
        found = [span for span in spans if span.start > today][:1]
    else:
        found = [span for span in spans if span.start <= today <= span.end]
    return Reading(found[0]) if found else None


def _since(hit: Hit, context: Context) -> bool:
    """ "منذ بداية العام", "ومنذ بداية العام فقد ارتفع المؤشر العام 3.86%": a part of the year,
    unnamed, right after a word of since (relative_dates.yaml `since`) is of the year that runs
    to the paper's day, the year to date; elsewhere it may be any year the story tells of ("أدى
    بحياة 140 ألف شخص بحلول نهاية العام" of 1945) or a school year ("لبداية العام")."""
    since = context.lexicon.since
    # a proclitic glued before it ("ومنذ") left off as alignment leaves it (clitics.bare_in)
    return bare_in(word_before(hit.match.string, hit.match.start()), since) in since


def _decade_part(first: int | None, months: tuple[int, ...]) -> Reading | None:
    """The years of a decade that a part of a year's months stands for, in proportion: "the
    early 1990s" (the first half of a year's months) 1990 to 1994, "the mid-1990s" 1992 to
    1997, "أواخر التسعينيات" 1995 to 1999."""
    if first is None or months[0] > months[-1]:
        return None  # a winter of a decade says nothing
    start = first + (months[0] - 1) * 10 // 12
    end = first + -(-months[-1] * 10 // 12) - 1
    return Reading(DateSpan(start=f"{start:04d}-01-01", end=f"{end:04d}-12-31", granularity="year"))


def _month_first(hit: Hit, context: Context) -> Reading | None:
    if hit.get("day") is not None or hit.get("ordinal") is not None:
        # "مارس 3" is more often a verb and a number than a date: digits after the month need
        # a year where the lexicon says so ("مايو الحادي عشر" needs none).
        lexicon = context.lexicon
        if lexicon.digits_after_month_need_year and not _names_a_year(hit) and hit.get("day"):
            return None
        return _until(_day_month(hit, context), hit.number("until"))
    if _names_a_year(hit):
        return _month_year(hit, context)
    return _month(hit, context)


def _until(reading: Reading | None, last: int | None) -> Reading | None:
    """A day's reading stretched to the `last` day of its month, when that day is later."""
    if reading is None or reading.span is None or last is None:
        return reading
    first = dt.date.fromisoformat(reading.span.start)
    end = cal.valid_date(first.year, first.month, last)
    return Reading(cal.days_span(first, end)) if end and end > first else reading


def _month(hit: Hit, context: Context) -> Reading | None:
    """A month without a day or year: a date only when something says so (a cue word before
    it, its paired name, a direction); its year is the publication's, or the direction's."""
    sense = hit.key("dir")
    before = previous_word(context, hit.match.start())
    said = (
        sense is not None
        or hit.get("month2") is not None
        or hit.match.start() < hit.start("month")  # a cue noun in the span: "شهر مارس"
        or (
            before in context.lexicon.month_alone_cues
            and hit.key("month") not in context.lexicon.month_needs_more
        )
        or _bare_month(hit, before, context.lexicon)
        or (before in context.lexicon.month_before_noun and _before_noun(hit, context))
    )
    month = _month_number(hit, context) if said else None
    if month is None:
        return None
    if context.published is None:
        return Reading(None, NO_YEAR if sense is None else UNRESOLVED)
    sense_name = context.lexicon.directions.get(sense or "", "this")
    if sense_name == "this":
        sense_name = _said_when(context, hit.match.start(), sense_name, sense is not None)
    year = cal.month_occurrence(context.published, month, sense_name)
    return Reading(cal.month_span(year, month))


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)\b(?![-'’])")


def _before_noun(hit: Hit, context: Context) -> bool:
    """Whether a month's name stands right before a word in lower case that it modifies, "an
    October interview" (date_words.yaml `month_before_noun`); not a capitalised name's part
    ("the October Revolution") nor a word that makes the month a name ("a March for Our
    Lives event")."""
    following = _NEXT_WORD.match(context.body, context.folded.end_of(hit.match.end()))
    if following is None or not following.group(1)[0].islower():
        return False
    return fold_word(following.group(1)) not in context.lexicon.month_noun_not


def _bare_month(hit: Hit, before: str, lexicon: DateLexicon) -> bool:
    """ "كذبة أبريل": a month name that is seldom anything else, after no event's name and
    no other month's."""
    return (
        lexicon.bare_months
        and hit.key("month") not in lexicon.month_needs_cue
        and before not in lexicon.month_as_name_after
        and before not in lexicon.months  # "في مارس آذار": the other name of the month before
    )


def _model_year(hit: Hit, context: Context) -> bool:
    """ "a 2008 GMC Sierra", "a 2007 silver Ford Fusion", "موديل 2015": the year a car was made
    in, not a date (extract/model_years.py)."""
    before = previous_word(context, hit.start("year"))
    return is_model_year(context.folded.text, hit.match.end(), context.lexicon.language, before)


def _house_number(hit: Hit, context: Context) -> bool:
    """ "at 2088 Philip Street": a house's number, no year (extract/addresses.py); not after a
    preposition of time: "in 2008 Wall Street" is a year."""
    lexicon = context.lexicon
    if previous_word(context, hit.start("year")) in lexicon.old_year_before:
        return False
    return street_number(context.folded.text, hit.match.end(), lexicon.language)


def _old_year(hit: Hit, context: Context) -> bool:
    """A year before the bare ones, told by a preposition before it and a mark or a word that
    is no noun after it (date_words.yaml `old_year_before`, `old_year_next`)."""
    lexicon = context.lexicon
    year = hit.number("year")
    if year is None or year >= BARE_YEARS.start or not lexicon.old_year_before:
        return False
    if previous_word(context, hit.match.start()) not in lexicon.old_year_before:
        return False
    text, end = context.folded.text, hit.match.end()
    following = _NEXT_WORD.match(text, end)
    if following is None:
        after = skip_spaces(text, end)
        return not text[after : after + 1].isalnum()
    return following.group(1) in lexicon.old_year_next


def _year(hit: Hit, context: Context) -> Reading | None:
    """ "عام 2018", "1948", or the years "2010-2020" as one span."""
    year, last = hit.number("year"), hit.number("last")
    cued = hit.get("cue") is not None or _old_year(hit, context)
    if year is None or year not in (CUED_YEARS if cued else BARE_YEARS):
        return None
    if not hit.get("cue") and (_model_year(hit, context) or _house_number(hit, context)):
        return None
    if context.lexicon.hijri_by_default and year in HIJRI_YEARS and hit.get("era") is None:
        # "عام 1436" in an Arabic paper is the Hijri year, era marker or not.
        first, final = hijri_months(year, 1, 12), hijri_months(last or year, 1, 12)
        if first is None or final is None or not 0 <= (last or year) - year <= 5:
            return None
        return Reading(DateSpan(start=first.start, end=final.end, granularity="year"))
    if last is None:
        return Reading(cal.year_span(year), priority="year")
    if last < 100:
        # "2019-20", "2016/17": a fiscal year or a season, over two years; "during 2015-20, as
        # compared to 2012-15" (QuanTemp): a plan's years, of one decade
        last += year - year % 100 + (100 if last <= year % 100 else 0)  # "1999-00"
        if last - year > _SHORT_SPAN:
            return None
    if not 0 < last - year <= 100:
        return None
    span = DateSpan(start=f"{year:04d}-01-01", end=f"{last:04d}-12-31", granularity="year")
    return Reading(span, priority="year")
