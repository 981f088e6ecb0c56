"""What every finder returns: a mention in original-text offsets, before it becomes a Claim."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from factcheck.lang.normalize import Folded
from factcheck.models import ClaimKind, DateSpan, Qualifier


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    kind: ClaimKind
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    unit: str | None = None
    date: DateSpan | None = None
    note: str | None = None
    ordinal: bool = False  # Claim.ordinal
    elapsed: bool = False  # Claim.elapsed
    # Claim.subject: what the figure is of when the finder can tell it by itself (an age: "عن
    # عمر 90 عاما"); otherwise extract/context.py reads it from the sentence.
    subject: str | None = None
    # When two mentions overlap, the one with the higher priority, then the longer, wins:
    # "26 يوليو 2023" as a date beats "2023" as a bare number. The scale is PRIORITY below.
    priority: int = 0

    @property
    def length(self) -> int:
        return self.end - self.start


# Overlap priorities, shared by every finder so that they compose.
PRIORITY = {
    "date": 20,  # a date with a day or a month: "26 يوليو 2023", "March 2024"
    "unit": 15,  # money, percent, quantity: a number with its unit
    "count": 10,  # a number with its counted concept: "2000 جندي"
    # a count of times ("fire Felt five times") gives way to the count a cue reads in the same
    # number: "had previously been arrested four times" counts four arrests
    "times": 8,
    "year": 5,  # a bare year in running text: "عام 2018", "in 2018"
    "bare": 0,  # a number with nothing to say what it counts
    # a first named only by the words after it ("أول رحلة دولية") gives way to any figure
    # among them: "أول أربع مباريات" counts four matches, "أول مرة سنة 1962" dates a year
    "named_first": -1,
}


# Marks that folding drops (tatweel, harakat) still belong to the last word: "1445 هـ",
# "11عاماً".
_TRAILING_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]*")


def end_with_marks(body: str, end: int) -> int:
    """`end` moved past the marks that follow it in the original text."""
    return _TRAILING_MARKS.match(body, end).end()  # type: ignore[union-attr]


def exact_count(
    body: str,
    folded: Folded,
    start: int,
    end: int,
    value: float,
    priority: int,
    unit: str | None = None,
    kind: ClaimKind = "count",
    **fields: Any,
) -> Mention:
    """The figure `value` (a count unless `kind` says otherwise), said exactly by the words at
    folded `start`..`end`: a score's side, a dual, a group's size, a time of day, a definite
    plural of a unit ("الساعات الـ24"); `fields`: the Mention's others (note, ordinal, subject)."""
    return Mention(
        folded.start_of(start),
        end_with_marks(body, folded.end_of(end)),
        kind,
        value=value,
        low=value,
        high=value,
        unit=unit,
        priority=priority,
        **fields,
    )
