"""The only two claims of a value in a story, each its article's only one, with a word of
what they measure beside both, are proposed whatever their windows share (rule FC002
`candidates.only_pair_kinds`), on ECB+ clusters each run alone."""

from __future__ import annotations

import pytest

from tests.corpus.by_report import ecb_cluster, held_together


@pytest.mark.parametrize(
    ("cluster", "first", "second"),
    [
        # "Klitschko landing 178 of 369 punches thrown" / "landed 178 punches to just 30 for
        # Rahman": one count told in other words
        ("7ecb", ("7_1ecb", 635), ("7_11ecb", 572)),
        # "because he was furious over his firing four days earlier." / "A man fired four days
        # earlier from his job as an accountant": one length of time
        ("18ecbplus", ("18_6ecbplus", 670), ("18_10ecbplus", 12)),
    ],
)
def test_the_only_two_claims_of_a_value_agree(cluster, first, second):
    assert held_together(ecb_cluster(cluster), first, second)
