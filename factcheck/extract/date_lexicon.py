"""Date vocabulary of one language, loaded once from lexicons/ and turned into regex pieces."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from factcheck.extract.number_words import ordinal_suffixes
from factcheck.lang.clitics import DEFINITE, definite_ends
from factcheck.lang.lexicon import load
from factcheck.lang.normalize import fold_word

# A word starts where no letter precedes it, or after a one-letter clitic glued to it
# (ar/clitics.yaml `date_words`), which stays outside the mention: "وفي مارس" -> "مارس".
LETTER_BEFORE = r"(?<![^\W\d_])"
WORD_END = r"(?![^\W\d_])"
# How many units a direction of relative_dates.yaml moves from publication ("الشهر الماضي": one
# month back, "this week": none).
DIRECTION_STEP = {"past": -1, "next": 1, "this": 0}


def key(text: str) -> str:
    """The lookup key of a matched surface: folded text with single spaces."""
    return " ".join(text.split())


def alternation(surfaces: Iterable[str]) -> str:
    """A regex matching any of the folded surfaces, longest first, a space matching any run of
    them. Built as a trie ("ju(?:ly|ne?)"): Python's regex engine tries the branches of a
    plain alternation one by one, a trie only along the letters read."""
    trie: dict = {}
    for surface in set(surfaces):
        node = trie
        for char in " ".join(surface.split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"


def _surfaces(values: Iterable[str]) -> list[str]:
    return [fold_word(str(value)) for value in values]


def _by_surface(mapping: Mapping[Any, Iterable[str]]) -> dict[str, int]:
    return {
        surface: int(number) for number, values in mapping.items() for surface in _surfaces(values)
    }


def _month_surfaces(variants: Mapping[str, Iterable[str]]) -> list[str]:
    return [surface for values in variants.values() for surface in values]


@dataclass(frozen=True, eq=False)
class DateLexicon:
    language: str
    word_start: str
    word_clitics: frozenset[str]  # one-letter proclitics glued to a date word: و ف ب ل
    conjunctions: frozenset[str]  # those left off the word before a date: و ف
    months: dict[str, int]
    day_ordinals: dict[str, int]
    ordinal_suffixes: tuple[str, ...]  # after a day in digits: "21st"
    weekdays: dict[str, int]
    weekday_full_names: frozenset[str]  # the first form of each: "sunday", not "sun"
    hijri_months: dict[str, int]
    hijri_era: tuple[str, ...]
    hijri_needs_year: frozenset[str]
    hijri_by_default: bool
    holidays: dict[str, tuple[int, int]]  # surface -> Hijri (month, day)
    holiday_epithets: tuple[str, ...]
    fixed_holidays: dict[str, tuple[int, int]]  # surface -> Gregorian (month, day)
    holidays_alone: frozenset[str]  # a date with no year, direction or preposition
    holiday_prepositions: frozenset[str]  # before a bare name that makes it a date ("on")
    holiday_not_after: frozenset[str]  # before the preposition: no date ("the War on Christmas")
    holiday_year_links: tuple[str, ...]  # between a holiday and its year: "Eid al-Fitr in 2018"
    year_cues: tuple[str, ...]
    old_year_before: frozenset[str]  # before a year under 1900 with no cue: "in 1890"
    old_year_next: frozenset[str]  # after it, where no mark is: "in 1890 as a condition"
    span_year_cues: tuple[str, ...]  # the dual before a period's first year: "بين عامي 1950"
    month_cues: tuple[str, ...]
    era: tuple[str, ...]
    of: tuple[str, ...]
    weekday_links: tuple[str, ...]
    # "the last week of Ramadan", "in the last year of his term": the last of something else,
    # where this article stands before the direction and "of" after the unit
    part_articles: tuple[str, ...]
    same_date_links: tuple[str, ...]
    day_cues: frozenset[str]
    spanned_day_cues: tuple[str, ...]
    month_alone_cues: frozenset[str]
    # "an October interview": a month between these and a noun in lower case, not one of those
    month_before_noun: frozenset[str]
    month_noun_not: frozenset[str]
    future_cues: frozenset[str]  # "will be 29 in April": the month to come
    past_cues: frozenset[str]  # "since December 27": the last one that has come
    bare_months: bool  # a Gregorian month name with no cue is a date
    month_needs_cue: frozenset[str]
    month_needs_more: frozenset[str]  # not a date after a bare preposition either ("في إب")
    digits_after_month_need_year: bool  # "مارس 3" is a verb and a number more often than a date
    month_as_name_after: frozenset[str]
    month_as_name_before: frozenset[str]  # "the September 11 attacks": the event's name
    weekdays_alone: frozenset[int]  # ISO weekdays whose name alone, with no cue, is a date
    weekday_as_name_after: frozenset[str]  # "صلاة" in "صلاة الجمعة": the weekday names a prayer
    # "every Tuesday", "كل يوم خميس", "on Tuesday of each month": every such day, no one day
    recurrence_before: frozenset[str]
    recurrence_after: tuple[str, ...]
    weekdays_alone_in_full: bool  # only a full name alone is a date ("Sun" is a newspaper)
    weekday_alone_prefixes: tuple[str, ...]  # a name alone is a date only in such a form ("ال")
    needs_capital: frozenset[str]
    seasons: dict[str, str]
    # parts of a year read only with the year named ("early 2014", "منتصف العام الماضي"): "منذ
    # بداية العام" of a market report is the year to date, in every report of every index
    year_parts: frozenset[str]
    season_months: dict[str, tuple[int, ...]]
    directed_seasons: frozenset[str]  # seasons a direction moves: "last summer", "الصيف الماضي"
    days: dict[str, int]
    name_before: frozenset[str]
    today_is_a_noun: bool  # "اليوم" is also "the day"
    day_words_in_names: bool  # "USA Today", "CBS This Morning": a capitalised one ends a name
    unquoted_days: frozenset[str]  # day words read only outside quotes ("tonight")
    weekend_days: tuple[int, ...]  # ISO weekdays, in order
    weekends: dict[str, str]  # "over the weekend" -> near, "last weekend" -> past
    directions: dict[str, str]
    within_this: dict[str, str]  # "earlier" -> before: "earlier this year" up to publication
    within_links: tuple[str, ...]  # between it and the unit: "في وقت سابق من هذا العام"
    direction_after: bool
    this_before: tuple[str, ...]
    unit_forms: dict[str, dict[str, str]]  # form (definite, singular...) -> surface -> unit
    unit_multiples: dict[str, tuple[str, int]]  # "fortnight" -> two weeks
    ago: tuple[str, ...]
    since: frozenset[str]  # ago words that also mean "for"
    since_dates: frozenset[str]  # the units in which they still date, with a count
    later: tuple[str, ...]
    counted_from: tuple[str, ...]  # after an offset, it counts from an event: "قبل أسبوع من"
    not_counted_from: tuple[str, ...]  # ...unless it opens one of these: "من أجل" (in order to)
    one_after_unit: tuple[str, ...]  # "one" after a singular unit: "قبل يوم واحد من"
    counted_from_later: tuple[str, ...]  # the same after a later word only: "بعد أسبوع على"
    makes: tuple[str, ...]  # makers' names after a model year: "a 2008 GMC Sierra"
    model_year_words: frozenset[str]  # before a model year: "موديل 2015"
    # how a name in the possessive ends (holders.yaml): "Christmas's" qualifies a noun, no date
    possessive_ends: tuple[str, ...]
    halves: tuple[str, ...]  # a half after the unit ("قبل عام ونصف", "a year and a half ago")
    halves_after_amount: tuple[str, ...]  # before the unit: "four and a half years ago"
    amounts: dict[str, int]  # the vague ones at their low bound
    vague_amounts: dict[str, tuple[int, int]]  # "a few": (2, 5)
    month_number_words: dict[str, int]  # after a month cue: "شهر ثلاثة"
    month_links: tuple[str, ...]  # between a day and its month: "الثالث من شهر عشرة"
    month_clitics: tuple[str, ...]  # the same, glued to the month: "بشهر عشرة"
    nth_words: dict[str, int]  # before a day or weekday: "ثالث ثلاثاء"; -1 the last
    last_after: tuple[str, ...]  # after one: "الاثنين الأخير"
    day_nouns: tuple[str, ...]
    week_nouns: tuple[str, ...]  # "week" after or before an ordinal: "the first week of October"
    month_parts: dict[str, int]  # the day a part of the month is read as: "منتصف" 15
    month_after_part: tuple[str, ...]  # "نهاية الشهر", "the end of the month": this month
    year_after_part: tuple[str, ...]  # "الأشهر الستة الأولى من العام": this year
    decades: dict[str, int]  # "التسعينيات": 1990
    decade_later: tuple[str, ...]  # after one, a century on: "عشرينيات القرن الحالي"
    decade_suffixes: tuple[str, ...]  # after a decade's first year in digits: "1950s"
    decade_of_age: tuple[str, ...]  # after one, an age: "في الثلاثينيات من عمره"
    centuries: dict[str, int]  # "التاسع عشر", "19th": the nineteenth, with `century_nouns`
    century_nouns: tuple[str, ...]  # "القرن", "century"
    century_not_after: tuple[str, ...]  # "القرن الرابع الهجري" is no Gregorian century
    century_noun_first: bool  # "القرن التاسع عشر"; English says "the 19th century"
    century_not_before: tuple[str, ...]  # "dramas of the 20th century" describes, dates nothing

    def words(self, surfaces: Iterable[str]) -> str:
        """A group-free alternation of whole words (clitics allowed before them)."""
        return f"{self.word_start}(?:{alternation(surfaces)}){WORD_END}"

    def units(self, form: str) -> dict[str, str]:
        return self.unit_forms.get(form, {})

    def starts(self) -> dict[str, Iterable[str]]:
        """The kinds of word a date shape can begin with (digits aside), and their surfaces."""
        return {
            "month": self.months,
            "ordinal": self.day_ordinals,
            "hmonth": self.hijri_months,
            "holiday": self.holidays,
            "fixed_holiday": self.fixed_holidays,
            "weekday": self.weekdays,
            "season": self.seasons,
            "dayword": self.days,
            "weekend": self.weekends,
            "this": self.this_before,
            "unit": self.units("definite"),
            "ago": (*self.ago, *self.later),
            "year_cue": self.year_cues + self.span_year_cues,
            "month_cue": self.month_cues,
            "direction": self.directions,
            "within": self.within_this,
            "amount": self.amounts,
            "nth": self.nth_words,
            "day_noun": self.day_nouns,
            "week_noun": self.week_nouns,
            "month_part": self.month_parts,
            "decade": self.decades,
            "century": self.century_nouns if self.century_noun_first else self.centuries,
        }


@cache
def date_lexicon(language: str) -> DateLexicon:
    words = load(language, "date_words")
    relative = load(language, "relative_dates")
    vague = relative.get("vague_amounts") or {}
    hijri = load(language, "hijri_months")
    months = load(language, "months")
    holidays = load(language, "holidays")
    clitics = load(language, "clitics")
    word_clitics = frozenset(_surfaces(clitics.get("date_words", [])))
    return DateLexicon(
        language=language,
        word_start=_word_start(word_clitics),
        word_clitics=word_clitics,
        conjunctions=frozenset(_surfaces(clitics.get("conjunctions", []))),
        months={
            surface: int(number)
            for number, variants in months.items()
            for surface in _surfaces(_month_surfaces(variants))
        },
        day_ordinals=_with_lam(_by_surface(load(language, "day_ordinals")), language),
        ordinal_suffixes=ordinal_suffixes(language),
        weekdays=_by_surface(load(language, "weekdays")),
        weekday_full_names=frozenset(
            _surfaces(forms[0] for forms in load(language, "weekdays").values() if forms)
        ),
        hijri_months=_by_surface(hijri.get("months", {})),
        hijri_era=tuple(_surfaces(hijri.get("era", []))),
        hijri_needs_year=frozenset(_surfaces(hijri.get("needs_year", []))),
        hijri_by_default=bool(hijri.get("hijri_by_default", False)),
        holidays={
            surface: (int(entry["hijri"][0]), int(entry["hijri"][1]))
            for entry in holidays.get("holidays", {}).values()
            for surface in _surfaces(entry["names"])
        },
        holiday_epithets=tuple(_surfaces(holidays.get("epithets", []))),
        fixed_holidays={
            surface: (int(entry["gregorian"][0]), int(entry["gregorian"][1]))
            for entry in holidays.get("fixed", {}).values()
            for surface in _surfaces([*entry.get("names", []), *entry.get("alone", [])])
        },
        holidays_alone=frozenset(
            _surfaces(
                name
                for entry in holidays.get("fixed", {}).values()
                for name in entry.get("alone", [])
            )
        ),
        holiday_prepositions=frozenset(_surfaces(holidays.get("prepositions", []))),
        holiday_not_after=frozenset(_surfaces(holidays.get("not_after", []))),
        holiday_year_links=tuple(_surfaces(holidays.get("year_links", []))),
        year_cues=tuple(_surfaces(words.get("year_cues", []))),
        old_year_before=frozenset(_surfaces(words.get("old_year_before") or ())),
        old_year_next=frozenset(_surfaces(words.get("old_year_next") or ())),
        span_year_cues=tuple(_surfaces(words.get("span_year_cues", []))),
        month_cues=tuple(_surfaces(words.get("month_cues", []))),
        era=tuple(_surfaces(words.get("era", []))),
        of=tuple(_surfaces(words.get("of", []))),
        weekday_links=tuple(_surfaces(words.get("weekday_links", []))),
        part_articles=tuple(_surfaces(words.get("part_articles", []))),
        same_date_links=tuple(_surfaces(words.get("same_date_links", []))),
        day_cues=frozenset(_surfaces(words.get("day_cues", []))),
        # longest first: "منتصف ليل" before "ليل"
        spanned_day_cues=tuple(
            sorted(_surfaces(words.get("spanned_day_cues") or ()), key=len, reverse=True)
        ),
        month_alone_cues=frozenset(_surfaces(words.get("month_alone_cues", []))),
        month_before_noun=frozenset(_surfaces(words.get("month_before_noun") or ())),
        month_noun_not=frozenset(_surfaces(words.get("month_noun_not") or ())),
        future_cues=frozenset(_surfaces(words.get("future_cues") or ())),
        past_cues=frozenset(_surfaces(words.get("past_cues") or ())),
        bare_months=bool(words.get("bare_months", False)),
        month_needs_cue=frozenset(_surfaces(words.get("month_needs_cue", []))),
        month_needs_more=frozenset(_surfaces(words.get("month_needs_more") or ())),
        digits_after_month_need_year=bool(words.get("digits_after_month_need_year", False)),
        month_as_name_after=frozenset(_surfaces(words.get("month_as_name_after", []))),
        month_as_name_before=frozenset(_surfaces(words.get("month_as_name_before") or [])),
        weekdays_alone=frozenset(words.get("weekdays_alone") or ()),
        weekday_as_name_after=frozenset(_surfaces(words.get("weekday_as_name_after") or ())),
        recurrence_before=frozenset(_surfaces(words.get("recurrence_before") or ())),
        recurrence_after=tuple(_surfaces(words.get("recurrence_after") or ())),
        weekdays_alone_in_full=bool(words.get("weekdays_alone_in_full", False)),
        weekday_alone_prefixes=tuple(_surfaces(words.get("weekday_alone_prefixes") or ())),
        needs_capital=frozenset(_surfaces(words.get("needs_capital", []))),
        seasons={
            surface: season
            for season, values in (words.get("seasons", {}) | words.get("year_parts", {})).items()
            for surface in _surfaces(values)
        },
        year_parts=frozenset(words.get("year_parts", {})),
        directed_seasons=frozenset(words.get("directed_seasons", [])),
        season_months={
            season: tuple(months) for season, months in load("common", "seasons").items()
        },
        days=_by_surface(relative.get("days", {})),
        name_before=frozenset(_surfaces(relative.get("name_before", []))),
        today_is_a_noun=bool(relative.get("today_is_a_noun", False)),
        day_words_in_names=bool(relative.get("day_words_in_names", False)),
        unquoted_days=frozenset(_surfaces(relative.get("unquoted_days", []))),
        weekend_days=tuple(relative.get("weekend_days") or ()),
        weekends={
            surface: sense
            for sense, values in (relative.get("weekends") or {}).items()
            for surface in _surfaces(values)
        },
        directions={
            surface: sense
            for sense, values in relative.get("directions", {}).items()
            for surface in _surfaces(values)
        },
        within_this={
            surface: sense
            for sense, values in (relative.get("within_this") or {}).items()
            for surface in _surfaces(values)
        },
        within_links=tuple(_surfaces(relative.get("within_links") or [])),
        direction_after=relative.get("direction_position", "after") == "after",
        this_before=tuple(_surfaces(relative.get("this_before", []))),
        unit_forms=_unit_forms(relative.get("units", {})),
        unit_multiples={
            unit: (str(base), int(times))
            for unit, (base, times) in (relative.get("unit_multiples") or {}).items()
        },
        ago=tuple(_surfaces(relative.get("ago", []))),
        since=frozenset(_surfaces(relative.get("since", []))),
        since_dates=frozenset(relative.get("since_dates", [])),
        later=tuple(_surfaces(relative.get("later", []))),
        counted_from=tuple(_surfaces(relative.get("counted_from", []))),
        not_counted_from=tuple(_surfaces(relative.get("not_counted_from", []))),
        one_after_unit=tuple(_surfaces(relative.get("one_after_unit", []))),
        counted_from_later=tuple(_surfaces(relative.get("counted_from_later", []))),
        halves=tuple(_surfaces(load(language, "durations").get("half_after") or [])),
        halves_after_amount=tuple(_surfaces(relative.get("halves_after_amount") or [])),
        makes=tuple(_surfaces(load(language, "model_names").get("makes") or [])),
        possessive_ends=tuple(load(language, "holders").get("possessive_ends") or ()),
        model_year_words=frozenset(
            _surfaces(load(language, "model_names").get("model_year_words") or [])
        ),
        amounts={
            fold_word(word): int(n)
            for word, n in (
                *relative.get("amounts", {}).items(),
                *((word, low) for word, (low, _) in vague.items()),
            )
        },
        vague_amounts={
            fold_word(word): (int(low), int(high)) for word, (low, high) in vague.items()
        },
        month_number_words=_by_surface(words.get("month_number_words", {})),
        month_links=tuple(_surfaces(words.get("month_links", []))),
        month_clitics=tuple(_surfaces(words.get("month_clitics", []))),
        nth_words=_by_surface(words.get("nth_words", {})),
        last_after=tuple(_surfaces(words.get("last_after", []))),
        day_nouns=tuple(_surfaces(words.get("day_nouns", []))),
        week_nouns=tuple(_surfaces(words.get("week_nouns", []))),
        month_parts=_by_surface(words.get("month_parts", {})),
        month_after_part=tuple(_surfaces(words.get("month_after_part", []))),
        year_after_part=tuple(_surfaces(words.get("year_after_part", []))),
        decades=_by_surface(words.get("decades", {})),
        decade_later=tuple(_surfaces(words.get("decade_later", []))),
        decade_suffixes=tuple(words.get("decade_suffixes", [])),
        decade_of_age=tuple(_surfaces(words.get("decade_of_age", []))),
        centuries=_by_surface(words.get("centuries", {})),
        century_nouns=tuple(_surfaces(words.get("century_nouns", []))),
        century_not_after=tuple(_surfaces(words.get("century_not_after", []))),
        century_noun_first=bool(words.get("century_noun_first", False)),
        century_not_before=tuple(words.get("century_not_before", [])),
    )


def _with_lam(ordinals: dict[str, int], language: str) -> dict[str, int]:
    """The ordinals also as "ل" before their article writes them ("للرابع من ديسمبر"), after
    the article's other ends in clitics.yaml `definite_ends`."""
    ends = [end for end in definite_ends(language) if end != DEFINITE]
    glued = {
        end + surface[len(DEFINITE) :]: value
        for surface, value in ordinals.items()
        if surface.startswith(DEFINITE)
        for end in ends
    }
    return {**ordinals, **glued}


def _word_start(clitics: frozenset[str]) -> str:
    if not clitics:
        return LETTER_BEFORE
    letters = "".join(re.escape(clitic) for clitic in sorted(clitics))
    return rf"(?:{LETTER_BEFORE}|(?<=(?<![^\W\d_])[{letters}]))"


def _unit_forms(units: Mapping[str, Mapping[str, Iterable[str]]]) -> dict[str, dict[str, str]]:
    forms: dict[str, dict[str, str]] = {}
    for unit, by_form in units.items():
        for form, values in by_form.items():
            for surface in _surfaces(values):
                forms.setdefault(form, {})[surface] = unit
    return forms
