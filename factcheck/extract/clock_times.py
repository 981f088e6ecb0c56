"""Times of day: "بحلول الساعة 0647 بتوقيت جرينتش", "نحو الساعة (11:00 بتوقيت غرينتش)", "نحو
الساعة السابعة", "الساعة 9:30 مساء". A time is a rank of the day's minutes (an ordinal count of
unit `clock`, or `clock_gmt` when given in Greenwich time: a time of another zone or of none is
another reading of the day), its value the minutes after midnight. Like a game's minute it is a
moment (common/units.yaml `on_clock`): a story names several of one day, so two never conflict.

The time is read right after its noun (lexicons/*/time_words.yaml `clock`): hours and minutes in
digits ("11:00", "7,00", "0647"), an hour alone in digits or as an ordinal word ("العاشرة",
"الحادية عشرة والنصف"), then a word of the afternoon or evening (`after_noon`) and a zone.
English names no noun: after a preposition ("at about 9 : 25 Thursday morning", "around 10
a.m."), digits are a time when a colon parts hours and minutes (a score's minutes have one
digit, a race time has seconds after) or a mark of the day's half or a zone follows ("9.25 a.
m.", "at 0737 GMT"): "at 9.25" alone may be a rate, "about 10" a count. In any language,
digits in brackets that a zone follows are a time, the moment again in Greenwich time: "at
17:06 pm (1336 GMT)", "بالتوقيت المحلي(1700 بتوقيت جرينتش)". A time's name is a time after any
opener ("shortly before midnight"), and a word of a range's other end opens one only right after
a time ("from midnight to 7am", "Between 10 : 37 and 10 : 58 p. m.", whose mark says both halves
of the day).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from factcheck.extract.mention import PRIORITY, Mention, exact_count
from factcheck.extract.ordinals import ordinal_at, ordinal_words
from factcheck.lang.detect import supported_languages
from factcheck.lang.lexicon import folded_words, load
from factcheck.lang.normalize import Folded, fold_word
from factcheck.lang.phrases import PhraseMatcher, phrase_matcher, skip_spaces
from factcheck.models import Document

CLOCK = "clock"  # the unit of a time in no stated zone; a zone's is `clock_<zone>`
_HOURS = 24
_MINUTES = 60
_NOON = 12
# "11:00", "7,00", "9.30" (the separator Arabic papers use), or "0647", "1100" (Reuters' four
# digits); then an hour alone
_DIGITS = re.compile(r"(\d{1,2})\s?[:.,]\s?(\d{2})(?!\d)|(\d{2})(\d{2})(?!\d)|(\d{1,2})(?![\d.,:])")
# hours and minutes parted by a colon, no seconds after: a time without a mark ("at 12:45")
_FOUR_DIGITS = re.compile(r"\d{4}")  # a military time: "1100 hours"
_COLON = re.compile(r"\d{1,2}\s?:\s?\d{2}(?!\s?:\s?\d)")
_OPENERS = '(«"'
# a bracket that opens digits: "at 17:06 pm (1336 GMT)", the moment again in Greenwich time
_BRACKET = re.compile(r"\(\s?(?=\d)")
# characters from a time to the preposition that may open the other end of its range: the
# time's part of the day ("الخامسة عصرا إلى 11 مساءً")
_RANGE_GAP = 12
# what opens a time: a noun ("الساعة"), a preposition ("at"), the other end of a range ("to")
_NOUN, _PREPOSITION, _RANGE_END = "noun", "preposition", "range_end"


class _ReadTime(NamedTuple):
    start: int
    end: int
    minutes: int
    unit: str
    unsaid: bool  # no mark, zone, name nor part of the day says its half of the day
    # a military time's mark ("at 1100 hours") outranks the duration its digits and noun read as
    military: bool = False


@cache
def _matchers(language: str) -> tuple[PhraseMatcher, ...]:
    words = load(language, "time_words")
    clock = words.get("clock") or {}
    # A noun is always followed by a time; a preposition, only by one a colon, mark or zone
    # shows; a word of a range's other end, only so shown right after a time.
    return (
        PhraseMatcher(
            [
                *((noun, _NOUN) for noun in clock.get("nouns") or ()),
                *((word, _PREPOSITION) for word in clock.get("prepositions") or ()),
                *((word, _RANGE_END) for word in clock.get("range_ends") or ()),
            ],
            language,
        ),
        PhraseMatcher.from_mapping(clock.get("fractions") or {}, language),
        PhraseMatcher.from_mapping(clock.get("names") or {}, language),
        after_noon(language),
        PhraseMatcher.from_mapping(clock.get("zones") or {}, language),
        PhraseMatcher.of_surfaces(clock.get("marks"), language),
        PhraseMatcher.of_surfaces(clock.get("four_digit_marks"), language),
    )


def after_noon(language: str) -> PhraseMatcher:
    """The words of the afternoon or evening that put a time after noon ("p.m.", "مساء")."""
    return phrase_matcher(language, "time_words", "after_noon")


@cache
def _links(language: str) -> tuple[str, ...]:
    """The words between a time and its part of the day, each with the space after it (too
    short for a phrase matcher's word lookup)."""
    clock = load(language, "time_words").get("clock") or {}
    return tuple(f"{fold_word(word)} " for word in clock.get("links") or ())


def find_clock_times(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    language = document.language or ""
    if language not in supported_languages() or "clock" not in load(language, "time_words"):
        return
    openers, fractions, names, after_noon, zones, marks, four_digit_marks = _matchers(language)
    links = _links(language)
    text = folded.text
    # by where they start, found once: `at` reads a word as its letters or one sign, and
    # "p.m." is four of them
    marks_at = {mark.start: mark for mark in marks.finditer(text)}
    after_noon_at = {word.start for word in after_noon.finditer(text)}
    # the morning's words make an hour said as a word a time too ("حتى السابعة صباحا")
    before_noon = phrase_matcher(language, "time_words", "before_noon")
    day_parts_at = after_noon_at | {word.start for word in before_noon.finditer(text)}
    last_end = -_RANGE_GAP - 1  # where the last time read ends
    # kept until all are read: a range's later end may move its first into the afternoon
    read_times: list[_ReadTime] = []
    # (start, end, what opens it: a word's kind, or None for a bracket), in the text's order
    opening = sorted(
        [(word.start, word.end, str(word.key)) for word in openers.finditer(text)]
        + [(bracket.end(), bracket.end(), None) for bracket in _BRACKET.finditer(text)],
        key=lambda opening: opening[0],
    )
    for start, opened, opener in opening:
        if opener == _RANGE_END and start - last_end > _RANGE_GAP:
            continue  # "to", "and" of anything but a range of times
        at = skip_spaces(text, opened)
        while at < len(text) and text[at] in _OPENERS:
            at = skip_spaces(text, at + 1)
        # a time's name is a time after any opener: "from midnight to 7am", "around noon"
        name = names.at(text, at)
        read = (int(name.key), name.end) if name else _time_at(text, at, language, fractions)
        if read is None:
            continue
        minutes, end = read
        after = skip_spaces(text, end)
        link = next((link for link in links if text.startswith(link, after)), None)
        if link is not None:  # "السابعة من صباح الجمعة"
            after = skip_spaces(text, after + len(link))
        mark = marks_at.get(after)
        military = (
            mark is None
            and _FOUR_DIGITS.fullmatch(text, at, end) is not None
            # after a preposition of time_words.yaml `four_digit_after` ("at 1100 hours")
            and text[start:opened]
            in folded_words(language, "time_words", "clock", "four_digit_after")
        )
        if military:
            mark = four_digit_marks.at(text, after)  # "at 1100 hours"
            military = mark is not None
        zone = zones.at(text, after if mark is None else skip_spaces(text, mark.end))
        in_words = name is None and not text[at].isdigit()
        # the other end of a range a time opened: "من الساعة الخامسة عصرا إلى 11 مساءً"
        range_end = after in day_parts_at and start - last_end <= _RANGE_GAP
        if opener is None:
            if zone is None or in_words:
                continue  # "(3 : 37 a. m. EDT)", "(2 : 1)": no zone every wire converts to
        elif not (opener == _NOUN or range_end or name) and (
            # a zone names a time as a mark does: "The quake struck inland at 0737 GMT"
            (mark is None and zone is None and _COLON.match(text, at) is None and not in_words)
            or (in_words and after not in day_parts_at)
        ):
            continue  # after a preposition: "at 9.25" may be a rate, "حتى العاشرة" a rank
        unsaid = (
            mark is None
            and zone is None
            and name is None
            and after not in day_parts_at
            and minutes < _NOON * _MINUTES
        )
        if minutes < _NOON * _MINUTES and after in after_noon_at:
            minutes += _NOON * _MINUTES
            previous = read_times[-1] if read_times else None
            if (
                opener == _RANGE_END
                and previous
                and previous.unsaid
                and previous.minutes + _NOON * _MINUTES <= minutes
            ):
                # "Between 10 : 37 and 10 : 58 p. m.": the other end's mark says both halves
                read_times[-1] = previous._replace(minutes=previous.minutes + _NOON * _MINUTES)
        if mark is not None:
            end = mark.end
        last_end = end
        unit = CLOCK if zone is None else f"{CLOCK}_{zone.key}"
        read_times.append(_ReadTime(start, end, minutes, unit, unsaid, military))
    for start, end, minutes, unit, _unsaid, military in read_times:
        yield exact_count(
            body,
            folded,
            start,
            end,
            minutes,
            PRIORITY["unit" if military else "count"],
            unit,
            note="ordinal",
            ordinal=True,
            subject=unit,
        )


def _time_at(text: str, at: int, language: str, fractions: PhraseMatcher) -> tuple[int, int] | None:
    """The minutes after midnight of the time written at `at`, and where it ends."""
    digits = _DIGITS.match(text, at)
    if digits is not None:
        hour, minute = (
            (digits.group(1), digits.group(2))
            if digits.group(1)
            else (digits.group(3), digits.group(4))
            if digits.group(3)
            else (digits.group(5), "0")
        )
        if int(hour) > _HOURS or int(minute) >= _MINUTES:
            return None
        return (int(hour) % _HOURS) * _MINUTES + int(minute), digits.end()
    word = ordinal_at(text, at, ordinal_words(language))
    if word is None or not 0 < word[0] <= _NOON:
        return None
    minutes, end = word[0] * _MINUTES, word[1]
    fraction = fractions.at(text, skip_spaces(text, end))
    if fraction is not None:
        minutes, end = minutes + int(fraction.key), fraction.end
    return minutes, end
