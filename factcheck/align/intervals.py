"""The interval a stated figure covers: its qualifier, its rounding, and the rules' tolerances.

"2.5 million" was rounded to the hundred thousand, so it covers 2.45-2.55 million; "about"
widens by the tolerance of the figure's kind and magnitude; "more than 1,000" is open above.
Intervals are closed, but two that only touch at a rounding boundary do not overlap
("1.2 million" and "1,300,000"), nor do two ages a year apart (10 covers 10 to 11: the year
being lived).
"""

from __future__ import annotations

import math
from typing import NamedTuple

from factcheck.align.rules import Band, RuleSet, ToleranceRule
from factcheck.extract.ages import AGE
from factcheck.models import Claim, split_subject

INF = math.inf
_YEAR = "year"  # the unit of an age in whole years
_SAME_END = 1e-9  # of an interval's width: far above float error, far below its precision


# A named tuple, not a frozen dataclass: as immutable, equal and hashed by its fields alike,
# and built in a quarter of the time (a frozen dataclass sets each field through
# object.__setattr__): alignment builds 90,000 of them on the SaudiNewsNet week.
class Interval(NamedTuple):
    low: float
    high: float
    # "at least 3" is a floor: it agrees only up to its reach, but a larger figure (a toll
    # that rose to 10) does not contradict it.
    floor: bool = False

    def above_floor(self, other: Interval) -> bool:
        """Whether either is a floor the other lies wholly above: no conflict, though no
        agreement either."""
        return (self.floor and other.low >= self.low) or (other.floor and self.low >= other.low)

    def overlaps(self, other: Interval) -> bool:
        low, high = max(self.low, other.low), min(self.high, other.high)
        # Ends computed from two figures meet where floating point puts them: 0.07 + 0.005 is
        # 0.07500000000000001, past 0.08 - 0.005, so "a level of 0.07 percent - just under
        # the legal limit of 0.08 percent" overlapped. Ends closer than a billionth of the
        # narrower interval are one point.
        scale = min(self.high - self.low, other.high - other.low)
        if math.isinf(scale):
            scale = max(abs(low), abs(high)) if math.isfinite(low + high) else 0.0
        margin = _SAME_END * scale
        if high - low > margin:
            return True
        # Touching ends overlap only when one side is a single point (an exact stated value
        # against a bound), never when two rounding intervals merely meet.
        return high - low >= -margin and (self.low == self.high or other.low == other.high)


def significant_unit(value: float) -> float:
    """The place value of the last significant digit: 2500000 -> 100000, 2.5 -> 0.1."""
    text = f"{abs(value):.12g}"  # 12 digits: what a float of a stated figure can carry
    mantissa, _, exponent = text.partition("e")
    whole, _, fraction = mantissa.partition(".")
    if fraction:
        place = -len(fraction)
    else:
        place = len(whole) - len(whole.rstrip("0")) if whole != "0" else 0
    return 10.0 ** (place + int(exponent or 0))


def band_for(rule: ToleranceRule | None, value: float) -> Band | None:
    if rule is None:
        return None
    for band in rule.bands:
        if band.below is None or abs(value) < band.below:
            return band
    return rule.bands[-1]


def half_width(value: float, band: Band | None, approximate: bool) -> float:
    if band is None:
        return 0.0
    rounding = min(significant_unit(value) / 2, band.rounding_cap * abs(value))
    return max(rounding, band.approx * abs(value)) if approximate else rounding


def interval_of(claim: Claim, rule: ToleranceRule | None) -> Interval | None:
    """None when the claim states no amount that can be compared (a vague word without bounds)."""
    value, low, high = claim.value, claim.low, claim.high
    qualifier = claim.qualifier
    if qualifier in ("vague", "range"):
        if low is None and high is None:
            return None
        low_w = half_width(low, band_for(rule, low), False) if low is not None else 0.0
        high_w = half_width(high, band_for(rule, high), False) if high is not None else 0.0
        if qualifier == "vague":  # the plausible bounds are already the interval
            low_w = high_w = 0.0
        return Interval(
            low - low_w if low is not None else -INF, high + high_w if high is not None else INF
        )
    if value is None:
        return None
    band = band_for(rule, value)
    reach = band.bound_reach if band is not None else None
    if qualifier in ("gt", "ge"):
        if high is not None and high > value:
            return Interval(value, high)
        high = value + abs(value) * reach if reach is not None else INF
        return Interval(value, high, qualifier == "ge" and band is not None and band.floors)
    if qualifier in ("lt", "le"):
        if low is not None and low < value:
            return Interval(low, value)
        floor = value - abs(value) * reach if reach is not None else -INF
        return Interval(max(floor, 0.0) if value >= 0 else floor, value)
    width = half_width(value, band, qualifier == "approx")
    if _whole_years_of_age(claim):
        # an age is the year being lived, never rounded: "10-year-old" is 10 to 11, which an
        # 11-year-old only touches (where "10" as a count may be 9 to 11)
        approx = width if qualifier == "approx" else 0.0
        if approx and rule is not None and rule.age_approx_years is not None:
            approx = min(approx, rule.age_approx_years)
        return Interval(value - approx, value + 1 + approx)
    return Interval(value - width, value + width)


def _whole_years_of_age(claim: Claim) -> bool:
    return (
        claim.unit == _YEAR
        and split_subject(claim.subject)[1] == AGE
        and claim.value is not None
        and claim.value.is_integer()
    )


ORDINALS = "ordinals"  # the key of the tolerance of ordinals in `tolerance_rules`


def tolerance_rules(rules: RuleSet) -> dict[str, ToleranceRule]:
    """The tolerance rule of each claim kind, and of ordinals under ORDINALS (a later rule file
    overrides an earlier one). Built once per run: each block asks."""
    cached = rules.cache.get("tolerances")
    if cached is None:
        cached = {
            ORDINALS if rule.ordinals else kind: rule
            for rule in rules.of(ToleranceRule)
            for kind in rule.applies_to
        }
        rules.cache["tolerances"] = cached
    return cached
