"""The only two claims of a value in a story, each its article's only one, with a word of
what they measure beside both, are proposed whatever their windows share (rule FC002
`candidates.only_pair_kinds`), on ECB+ clusters each run alone."""

from __future__ import annotations

from tests.corpus.by_report import ecb_cluster, held_together


def test_one_count_told_in_other_words_agrees():
    # "Klitschko landing 178 of 369 punches thrown" (7_1ecb) / "landed 178 punches to just 30
    # for Rahman" (7_11ecb)
    report = ecb_cluster("7ecb")
    assert held_together(report, ("7_1ecb", 635), ("7_11ecb", 572))


def test_one_length_of_time_told_in_other_words_agrees():
    # "because he was furious over his firing four days earlier." (18_6ecbplus) / "A man fired
    # four days earlier from his job as an accountant" (18_10ecbplus)
    report = ecb_cluster("18ecbplus")
    assert held_together(report, ("18_6ecbplus", 670), ("18_10ecbplus", 12))
