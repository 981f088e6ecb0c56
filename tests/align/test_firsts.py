"""The first of a kind named by its noun (lexicons/ar/ranks.yaml `record` `construct`): two
articles' firsts agree only of one noun (comparable `own_kind_ranks`), so two firsts of one
story stay apart."""

from __future__ import annotations

from pathlib import Path

from tests.corpus.by_report import run_alone, snn_lines

# "هو أول أجنبي يخطف ويهدد بالقتل" and "وهي أول عملية خطف تستهدف كرواتيا" in both
_HOSTAGE = ["snn-2015-08-07-0181", "snn-2015-08-08-1139"]


def test_two_firsts_of_one_story_agree_each_with_its_own(tmp_path: Path):
    lines = snn_lines(_HOSTAGE)
    report = run_alone([lines[article] for article in _HOSTAGE], tmp_path / "firsts.jsonl")
    firsts = {c.id: c.text for c in report.claims if c.unit == "nth_of_kind"}
    held = [
        sorted(firsts[claim] for claim in finding.claims if claim in firsts)
        for finding in report.findings
        if finding.kind == "agreement" and any(claim in firsts for claim in finding.claims)
    ]
    assert sorted(held) == [["أول أجنبي", "أول أجنبي"], ["أول عملية", "أول عملية"]]
