"""Rounding-aware, qualifier-aware intervals under the bundled tolerance rules."""

from __future__ import annotations

import pytest

from factcheck.align import load_rules
from factcheck.align.intervals import interval_of, significant_unit, tolerance_rules
from factcheck.extract import extract_document
from factcheck.models import Claim, Document


def amount(value, qualifier="exact", kind="count", low=None, high=None) -> Claim:
    return Claim(
        id="x",
        document="d",
        start=0,
        end=1,
        text="x",
        sentence="x",
        kind=kind,
        value=value,
        qualifier=qualifier,
        low=low,
        high=high,
    )


def agree(a: Claim, b: Claim) -> bool:
    tolerances = tolerance_rules(load_rules([]))
    return interval_of(a, tolerances[a.kind]).overlaps(interval_of(b, tolerances[b.kind]))


@pytest.mark.parametrize(
    ("value", "unit"), [(2_500_000, 100_000), (2.5, 0.1), (1000, 1000), (2_512_000, 1000), (15, 1)]
)
def test_significant_unit(value, unit):
    assert significant_unit(value) == pytest.approx(unit)


def test_rounding_covers_the_stated_precision():
    assert agree(amount(2_500_000), amount(2_512_000))
    assert not agree(amount(1_200_000), amount(1_300_000))


def test_qualifiers_open_and_widen_intervals():
    more_than_1000 = amount(1000, "gt", low=1000)
    assert agree(more_than_1000, amount(1200))
    assert not agree(more_than_1000, amount(900))
    assert agree(amount(110e6, "approx", kind="money"), amount(112e6, kind="money"))
    assert agree(more_than_1000, amount(1000))


def test_vague_amounts_cover_their_plausible_bounds():
    hundreds = amount(None, "vague", low=100, high=999)
    assert not agree(hundreds, amount(2000))
    assert agree(hundreds, amount(300))


def test_small_counts_are_exact():
    assert not agree(amount(15), amount(35))
    assert not agree(amount(15), amount(16))
    assert agree(amount(15), amount(15))


def test_bounds_reach_only_so_far_from_their_figure():
    assert not agree(amount(22e6, "gt", low=22e6), amount(500e6, "gt", low=500e6))
    assert not agree(amount(1000, "gt", low=1000), amount(5000))
    assert agree(amount(100, "lt"), amount(80))
    assert not agree(amount(1e12, "le", kind="money"), amount(1e6, kind="money"))


def test_rounding_intervals_that_meet_in_floating_point_do_not_overlap():
    # ECB+ 35_6ecbplus: "a level of 0.07 percent - - just under the state legal limit of 0.08
    # percent"; 0.07 + 0.005 is 0.07500000000000001 in floating point, past 0.08 - 0.005
    assert not agree(amount(0.07, kind="percent"), amount(0.08, kind="percent"))
    assert not agree(amount(0.08, kind="percent"), amount(0.07, kind="percent"))
    assert agree(amount(0.07, kind="percent"), amount(0.07, kind="percent"))


def test_a_figure_of_many_digits_overlaps_itself():
    # SaudiNewsNet 2015-08-07: "لعائلة واحدة من 7 أفراد" read as 1/7, in six articles
    assert agree(amount(1 / 7), amount(1 / 7))


def _age(text: str) -> Claim:
    document = Document(id="d", path="d", body=text, language="en")
    return next(c for c in extract_document(document) if (c.subject or "").endswith("age"))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # ECB+ 33_3ecb and 33_2ecbplus: two girls of two shootings
        (
            "the gunman who killed 10-year-old Kathina Thomas in May",
            "Also shot were a woman named Unique Armstead, who was walking near Horton, and an"
            " 11 - year - old girl who was passing by.",
        ),
        # ECB+ 7_9ecbplus and 7_10ecb: two boxers; a round age is not rounded
        (
            "floored Thompson with a big right hand near the end of the fifth round at Stade de"
            " Suisse, and the 40 - year - old American never recovered.",
            "It was just the third fight in a decade for the 41-year-old American.",
        ),
    ],
)
def test_ages_a_year_apart_do_not_agree(first, second):
    # an age is the year being lived: 10 covers 10 to 11, which 11 only touches
    assert not agree(_age(first), _age(second))
    assert agree(_age(first), _age(first))
