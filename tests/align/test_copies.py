"""Two articles that each print one value twice: which of the other's figures each joins (rule
FC301: two groups that each hold a figure of the same two articles stay two), on SaudiNewsNet
copies of one list."""

from __future__ import annotations

from pathlib import Path

from tests.corpus.by_report import held_together, run_alone, snn_lines


def test_two_figures_each_copy_states_twice_join_their_own_copies(tmp_path: Path):
    # "العريف أحمد موسى علي الربعي – 33 عاما" and "العريف عبدالله أحمد عبدالله عسيري – 33 عاما"
    # in one list of the Asir mosque's dead, printed by two papers: two men's ages, each joined
    # to its own line in the other paper, never one agreement of four
    ids = ["snn-2015-08-07-1189", "snn-2015-08-08-0723"]
    lines = snn_lines(ids)
    report = run_alone([lines[i] for i in ids], tmp_path / "ages.jsonl")
    texts = {claim.id: claim for claim in report.claims}
    held = [
        sorted(texts[c].sentence.split()[1] for c in finding.claims)
        for finding in report.findings
        if finding.kind == "agreement" and all("33" in texts[c].text for c in finding.claims)
    ]
    assert sorted(held) == [["أحمد", "أحمد"], ["عبدالله", "عبدالله"]]


def test_one_sentence_printed_twice_with_a_name_spelt_otherwise(tmp_path: Path):
    # "وهي تحتل الصدارة أمام إيطاليا (9) وإنجلترا (7)" (snn-2015-08-11-0167) / "... أمام إيطاليا
    # (9) وإنكلترا (7)" (-0453): one agency sentence, England transliterated two ways; the
    # first paper's sentence runs on from a January, so only the repeated words join the 9s
    ids = ["snn-2015-08-11-0167", "snn-2015-08-11-0453"]
    lines = snn_lines(ids)
    report = run_alone([lines[i] for i in ids], tmp_path / "titles.jsonl")
    assert held_together(report, ("snn-2015-08-11-0167", 1104), ("snn-2015-08-11-0453", 1080))
