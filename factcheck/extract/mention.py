"""What every finder returns: a mention in original-text offsets, before it becomes a Claim."""

from __future__ import annotations

from dataclasses import dataclass

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
    # When two mentions overlap, the one with the higher priority, then the longer, wins:
    # "26 يوليو 2023" as a date beats "2023" as a bare number.
    priority: int = 0

    @property
    def length(self) -> int:
        return self.end - self.start
