"""What an article's lead says of when and where its event happened: the weekdays, the clock
times and the specific places (cities, districts, names learned from "the province of X") named
in its title and first lines.

Two articles about events of one kind (two earthquakes of one region, years apart; two fires
of one city on one day) share most of their words, and undated articles share no date. Their
leads still tell them apart: "struck ... on Sunday morning near The Geysers" is not "rattled
... early Thursday near Healdsburg", "at 9:27 a.m." is not "at 2:09 a.m.", "West Papua" is not
"Aceh", a magnitude 6.1 aftershock is not the 7.6 quake of three days before. Leads that both
name weekdays, clock times, specific places or an event's size (common/units.yaml
`names_event`), and share none of them (no two times within an hour, no two sizes of one unit
within its `names_event`), tell of different events, or of different days of one: figures that
may both be true, never a conflict (rules/conflict, `leads: agree`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.align.stories import LEAD_CHARS
from factcheck.extract.amounts import find_amounts
from factcheck.extract.clock_times import after_noon
from factcheck.extract.context import lead_places
from factcheck.extract.units import event_units
from factcheck.lang.detect import supported_languages
from factcheck.lang.lexicon import load
from factcheck.lang.normalize import fold, fold_text
from factcheck.lang.phrases import PhraseMatcher
from factcheck.models import LEARNED, Document

# "9:27", "2 : 09" (tokenised wire text); a score ("2:1") has one digit after the colon. Every
# such time of a lead, whatever comes before it: a figure's time (extract/clock_times.py) needs
# a noun or a preposition first, but a lead's tells its event apart without one ("2 : 16pm :
# take it with a ..."). None a comma or a stop follows: a round's "stopping the fight at 2 :
# 56." (7_3ecbplus), but also "until 3:59, but" (34_10ecb)
_CLOCK = re.compile(r"(?<![\d.,:])(\d{1,2})\s?:\s?([0-5]\d)(?![\d.,:])")
_DAY_MINUTES = 24 * 60


@dataclass(frozen=True, slots=True)
class Anchors:
    weekdays: frozenset[int]
    places: frozenset[str]
    times: frozenset[int]  # minutes after midnight
    sizes: frozenset[tuple[str, float]] = frozenset()  # an event's size: (unit, figure)

    def apart_from(
        self, other: Anchors, same_time_minutes: int, scripts_differ: bool, weekdays: bool = True
    ) -> bool:
        """`same_time_minutes`: two clock times at most this far apart are one moment (rule
        FC002 `lead_times_within_minutes`). `scripts_differ`: the articles are in different
        languages, so names learned from each ("~haouz", "~حوز") cannot be matched; only
        gazetteer places are compared. `weekdays`: whether the leads' weekdays tell them
        apart; not for a day both recall ("went to West Hill on May 29" in reports of two days
        of one trial). The events' sizes are a figure's, not an article's: `sizes_apart`."""
        places, others = self.places, other.places
        if scripts_differ:
            places, others = _gazetteer(places), _gazetteer(others)
        return (
            (weekdays and _disjoint(self.weekdays, other.weekdays))
            or _disjoint(places, others)
            or _times_apart(self.times, other.times, same_time_minutes)
        )


def _gazetteer(places: frozenset[str]) -> frozenset[str]:
    return frozenset(place for place in places if LEARNED not in place)


def _disjoint(x: frozenset, y: frozenset) -> bool:
    return bool(x) and bool(y) and not (x & y)


def _times_apart(x: frozenset[int], y: frozenset[int], within: int) -> bool:
    if not x or not y:
        return False
    return all(min(abs(a - b), _DAY_MINUTES - abs(a - b)) > within for a in x for b in y)


def sizes_apart(x: frozenset[tuple[str, float]], y: frozenset[tuple[str, float]]) -> bool:
    """Two sets of an event's sizes that share none: two events ("a magnitude-5.2 quake has
    injured three people" is not the 5.6 quake of the day before)."""
    within = event_units()
    pairs = [(a, b, within[unit]) for unit, a in x for other, b in y if unit == other]
    return bool(pairs) and all(abs(a - b) > same for a, b, same in pairs)


def event_sizes(sentence: str, document: Document) -> frozenset[tuple[str, float]]:
    """The sizes of the event a figure is of: those its sentence states, else its lead's."""
    return _sizes(sentence, document.language or "") or lead_sizes(document)


def stated_sizes(sentence: str, document: Document) -> frozenset[tuple[str, float]]:
    """The sizes of an event a figure's own sentence states, whichever event it is."""
    return _sizes(sentence, document.language or "")


def own_event_sizes(sentence: str, document: Document) -> frozenset[tuple[str, float]]:
    """The sizes of a figure's event when it is the article's own, the one its lead tells of:
    its sentence's, else its lead's; none when its sentence names only sizes its lead does not
    ("In 2004, a magnitude 9.1 quake off Indonesia triggered a tsunami" in a story of a 6.1
    quake), a figure of another event recalled, whose size the other article may not state."""
    stated = _sizes(sentence, document.language or "")
    lead = lead_sizes(document)
    if stated and lead and sizes_apart(stated, lead):
        return frozenset()
    return stated or lead


def lead_sizes(document: Document) -> frozenset[tuple[str, float]]:
    """The event's sizes its lead states, without the rest of its anchors: asked of a pair of
    figures 50 times as often as the anchors are (own_event_sizes), where the lead's places
    cost 0.9 s of the SaudiNewsNet week's alignment."""
    return _sizes(_lead(document), document.language or "")


def _times(folded: str, language: str) -> frozenset[int]:
    """Clock times in minutes after midnight; "p.m." or "مساء" right after adds twelve hours."""
    found = set()
    for match in _CLOCK.finditer(folded):
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour > 24:
            continue
        after = len(folded) - len(folded[match.end() :].lstrip())
        if hour < 12 and after_noon(language).at(folded, after) is not None:
            hour += 12
        found.add((hour % 24) * 60 + minute)
    return frozenset(found)


@cache
def _weekdays(language: str) -> PhraseMatcher:
    """A weekday's full name only, the first the lexicon lists ("Sunday", "الأحد"): "Sun" is a
    newspaper and "أحد" is "one of"."""
    names = load(language, "weekdays")
    return PhraseMatcher(((forms[0], int(day)) for day, forms in names.items() if forms), language)


def prepare(languages: Iterable[str]) -> None:
    """Loads what leads are read with in `languages` (the places of Arabic: 0.14 s), so that
    processes forked after it share it instead of each loading it again."""
    for language in supported_languages().intersection(languages):
        _weekdays(language)
        after_noon(language)
        lead_places("", language)


def anchors_of(document: Document) -> Anchors:
    """Read only for the few pairs a conflict rule gets this far with: most articles never are."""
    return _anchors(document.language or "", _lead(document))


def _lead(document: Document) -> str:
    return f"{document.title or ''}\n{document.body[:LEAD_CHARS]}"


@lru_cache(maxsize=4096)
def _anchors(language: str, lead: str) -> Anchors:
    if language not in supported_languages():
        return Anchors(frozenset(), frozenset(), frozenset())
    folded = fold_text(lead)
    days = frozenset(hit.key for hit in _weekdays(language).finditer(folded))
    places = lead_places(lead, language)
    return Anchors(days, places, _times(folded, language), _sizes(lead, language))


@cache
def _size_words(language: str) -> re.Pattern[str]:
    """Any word a unit of an event's size is written with (units.yaml), folded."""
    words = {
        fold_text(surface).split()[-1]
        for unit, surfaces in load(language, "units").items()
        if unit in event_units() and isinstance(surfaces, list)
        for surface in surfaces
    }
    return re.compile("|".join(sorted(map(re.escape, words))) or r"(?!)")


@lru_cache(maxsize=1 << 16)
def _sizes(lead: str, language: str) -> frozenset[tuple[str, float]]:
    """The figures of an event's size a text states ("a magnitude 6.1 earthquake"): read only
    for the few pairs a conflict rule gets as far as the leads with."""
    if language not in supported_languages():
        return frozenset()
    folded = fold(lead)
    if _size_words(language).search(folded.text) is None:
        return frozenset()  # no magnitude named: most texts, read without their figures
    document = Document(id="lead", path="", body=lead, language=language)
    units = event_units()
    return frozenset(
        (mention.unit, mention.value)
        for mention in find_amounts(lead, folded, document)
        if mention.unit in units and mention.value is not None
    )
