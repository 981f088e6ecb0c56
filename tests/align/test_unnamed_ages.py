"""An age said of nobody named and one of a person named beside it are one person's only where
the unnamed one's article names that person in its headline, its lead or right before the
age's sentence (align/compare._unnamed_other), on a real ECB+ cluster run alone."""

from __future__ import annotations

from tests.corpus.by_report import ecb_cluster, held_together


def test_an_age_of_the_person_named_in_the_sentence_before_is_that_persons():
    # "On the undercard, former heavyweight champion Riddick Bowe made a modest comeback ...
    # It was just the third fight in a decade for the 41-year-old American" (7_10ecb, whose
    # lead tells of Klitschko and Rahman) / "The 41-year-old Bowe was fighting for the first
    # time since 2005" (7_11ecb)
    report = ecb_cluster("7ecb")
    assert held_together(report, ("7_10ecb", 2151), ("7_11ecb", 1555))
