"""The day after (or before) a day its sentence names: "في مهرجان ... يوم الجمعة، واستمتع في
اليوم التالي" is the Saturday after that Friday, whatever the article's date. Read only where a
single day stands before it in the sentence; with none ("وكان يستعد للعودة إلى بيته في اليوم
التالي", after "آخر يوم عمل له") or with the event it follows named after it ("في اليوم التالي
لمقابلة إدريس"), nothing is read: the article's date is never the day it follows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import cache

from factcheck.lang.lexicon import load
from factcheck.lang.normalize import fold_word
from factcheck.lang.phrases import PhraseMatcher, skip_spaces
from factcheck.models import DateSpan

_SENTENCE_ENDS = frozenset(".!?؟\n")


@cache
def _following(language: str) -> tuple[PhraseMatcher, tuple[str, ...], frozenset[str]]:
    """relative_dates.yaml `following`: the phrases by their offset in days, the words that
    find them cheaply, and the clitics that glue the event they follow after them."""
    section = load(language, "relative_dates").get("following") or {}
    phrases = section.get("days") or {}
    return (
        PhraseMatcher.from_mapping(phrases, language),
        tuple(fold_word(word) for word in section.get("cue_words") or ()),
        frozenset(fold_word(word) for word in section.get("of_an_event") or ()),
    )


def following_days(
    text: str, days: list[tuple[int, int, DateSpan]], published: dt.date | None, language: str
) -> Iterator[tuple[int, int, DateSpan]]:
    """(start, end, span) of each "اليوم التالي" of folded `text` after a single day `days`
    holds (folded start, end, span, in order) in its sentence, that day moved by its offset.
    Not after the day of publication: a paper says "غدا" of the day after its own, and "اليوم"
    before it is another day of the story ("في اليوم، الذي سبق الحادثة ... سيزورهم في اليوم
    التالي", SaudiNewsNet 2015-08-08-0868; "من نفس اليوم، ثم تواصل أحداثها في اليوم التالي",
    2015-08-11-0631)."""
    matcher, cues, of_an_event = _following(language)
    if not days or not any(cue in text for cue in cues):
        return
    for hit in matcher.finditer(text):
        after = skip_spaces(text, hit.end)
        if text[after : after + 1] in of_an_event:
            continue  # "في اليوم التالي لمقابلة إدريس": the day after an event, not a date
        before = [day for day in days if day[1] <= hit.start]
        if not before:
            continue
        _, end, span = before[-1]
        if (
            span.granularity != "day"
            or span.start != span.end
            or (published is not None and span.start == published.isoformat())
            or _ends_sentence(text, end, hit.start)
        ):
            continue
        day = dt.date.fromisoformat(span.start) + dt.timedelta(days=int(hit.key))
        yield (
            hit.start,
            hit.end,
            DateSpan(start=day.isoformat(), end=day.isoformat(), granularity="day"),
        )


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends between `start` and `end` (a decimal point does not)."""
    return any(
        text[index] in _SENTENCE_ENDS
        and not (text[index] == "." and text[index - 1 : index].isdigit())
        for index in range(start, end)
    )
