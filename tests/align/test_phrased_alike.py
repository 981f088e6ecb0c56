"""Two figures of one value both write in digits, of two articles, whose sentences put one word
right beside both and share another content word near them, meet at the specific-value bar
(rule FC002 `phrased_alike_words`): on ECB+ clusters and SaudiNewsNet articles, each story
run alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus.by_report import ecb_cluster, held_together, run_alone, snn_lines


@pytest.mark.parametrize(
    ("cluster", "first", "second"),
    [
        # "Mormons renounced polygamy in 1890 as a condition of Utah's statehood." / "the
        # mainstream Church of Jesus Christ of Latter-day Saints disavowed polygamy in 1890."
        ("36ecb", ("36_1ecb", 1125), ("36_2ecb", 3028)),
        # "SeaMicro was founded in 2007 and is backed with $60 million" / "Launched in 2007,
        # SeaMicro quickly gained attention"
        ("43ecbplus", ("43_4ecbplus", 2713), ("43_13ecbplus", 327)),
        # "winning 21 of 25 light - heavyweight bouts" / "winning 21 of 25 club fights"
        ("26ecbplus", ("26_1ecbplus", 9492), ("26_6ecbplus", 2446)),
    ],
)
def test_one_value_phrased_alike_agrees(cluster, first, second):
    assert held_together(ecb_cluster(cluster), first, second)


def test_a_markets_template_of_two_days_does_not_agree(tmp_path: Path):
    # "وتباين أداء أبرز خمسة معايير في السوق ... 100 في المئة" of Monday's and of Tuesday's
    # markets report: one template, two days' shares, the words beside them alike
    ids = ["snn-2015-08-10-0924", "snn-2015-08-11-0929"]
    lines = snn_lines(ids)
    report = run_alone([lines[i] for i in ids], tmp_path / "markets.jsonl")
    shares = {
        claim.document.rsplit("#", 1)[1]: claim.start
        for claim in report.claims
        if claim.kind == "percent" and claim.text == "100 في المئة"
    }
    assert set(shares) == set(ids)
    assert not held_together(report, *((i, shares[i]) for i in ids))
