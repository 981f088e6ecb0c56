"""What every claim must satisfy whatever the input: checked on generated text and on the corpus."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable

from factcheck.extract.mention import Mention
from factcheck.models import Claim, DateSpan


def claim_faults(body: str, claims: Iterable[Claim]) -> list[str]:
    """Every broken invariant, as readable lines (empty when all hold)."""
    faults: list[str] = []
    seen: set[str] = set()
    previous_end = 0
    for claim in claims:
        where = f"{claim.id} {claim.text!r}"
        if claim.id in seen:
            faults.append(f"{where}: duplicate claim id")
        seen.add(claim.id)
        if not 0 <= claim.start < claim.end <= len(body):
            faults.append(f"{where}: span {claim.start}-{claim.end} outside a body of {len(body)}")
        elif body[claim.start : claim.end] != claim.text:
            faults.append(
                f"{where}: text is not body[start:end] = {body[claim.start : claim.end]!r}"
            )
        if claim.start < previous_end:
            faults.append(f"{where}: overlaps the previous claim or is out of text order")
        previous_end = max(previous_end, claim.end)
        faults += [f"{where}: {fault}" for fault in number_faults(claim)]
        for name, span in (("date", claim.date), ("as_of", claim.as_of)):
            faults += [f"{where}: {name} {fault}" for fault in _span_faults(span)]
        if claim.kind != "date" and claim.date is not None:
            faults.append(f"{where}: kind {claim.kind} with date {claim.date}")
        # The contract leaves a relative date unresolved without a publication date, and the
        # claim's note must then say so.
        if claim.kind == "date" and claim.date is None and not claim.note:
            faults.append(f"{where}: date claim without a date or a note saying why")
    return faults


def number_faults(claim: Claim | Mention) -> list[str]:
    faults = []
    numbers = {"value": claim.value, "low": claim.low, "high": claim.high}
    for name, number in numbers.items():
        if number is not None and not math.isfinite(number):
            faults.append(f"{name} is {number}")
    if faults:
        return faults
    low = claim.low if claim.low is not None else -math.inf
    high = claim.high if claim.high is not None else math.inf
    if low > high:
        faults.append(f"low {claim.low} > high {claim.high}")
    if claim.value is not None and not low <= claim.value <= high:
        faults.append(f"value {claim.value} outside [{claim.low}, {claim.high}]")
    return faults


def mention_faults(body: str, mentions: Iterable[Mention]) -> list[str]:
    faults = []
    for mention in mentions:
        where = f"{mention.kind} {mention.start}-{mention.end}"
        if not 0 <= mention.start < mention.end <= len(body):
            faults.append(f"{where}: outside a body of {len(body)}")
        faults += [f"{where}: {fault}" for fault in number_faults(mention)]
        faults += [f"{where}: date {fault}" for fault in _span_faults(mention.date)]
    return faults


def _span_faults(span: DateSpan | None) -> list[str]:
    if span is None:
        return []
    try:
        start = dt.date.fromisoformat(span.start)
        end = dt.date.fromisoformat(span.end)
    except ValueError as exc:
        return [f"is not ISO: {span} ({exc})"]
    if len(span.start) != 10 or len(span.end) != 10:
        return [f"is not YYYY-MM-DD: {span}"]
    if start > end:
        return [f"starts after it ends: {span}"]
    return []
