"""The alignment tunings that live in rule files (rules/comparable, rules/stories) rather than
in code: a wrong value names its file and line, and each value is the one the engine reads."""

from __future__ import annotations

import pytest

from factcheck.align import RuleFileError, load_rules
from factcheck.align.engine import align
from factcheck.align.rules import ComparableRule, RuleSet, load_rule
from factcheck.extract import extract_document
from factcheck.models import Document
from factcheck.resources import bundled_rules

COMPARABLE = bundled_rules() / "comparable" / "comparable.yaml"


@pytest.mark.parametrize(
    ("setting", "bad"),
    [
        ("word_overlap: 0.5", "word_overlap: 1.5"),
        ("same_value_overlap: 0.3", "same_value_overlap: -0.3"),
        ("same_value_claims: 16", "same_value_claims: 1"),
        ("all_pairs_up_to: 600", "all_pairs_up_to: many"),
        ("sentence_reach: 4", "sentence_reach: 4\n  sentence_rech: 4"),
    ],
)
def test_a_bad_candidates_setting_names_its_file_and_line(tmp_path, setting, bad):
    text = COMPARABLE.read_text(encoding="utf-8")
    assert text.count(setting) == 1
    path = tmp_path / "comparable.yaml"
    path.write_text(text.replace(setting, bad), encoding="utf-8")
    with pytest.raises(RuleFileError) as caught:
        load_rule(path)
    wrong = bad.splitlines()[-1].strip()
    assert caught.value.line == 1 + text.replace(setting, bad).splitlines().index(f"  {wrong}")
    assert f"candidates.{wrong.split(':')[0]}" in caught.value.message


def test_a_comparable_rule_without_candidates_is_refused(tmp_path):
    text = COMPARABLE.read_text(encoding="utf-8")
    path = tmp_path / "comparable.yaml"
    path.write_text(text.split("\ncandidates:")[0] + "\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match="candidates: Field required"):
        load_rule(path)


def test_without_a_comparable_rule_every_pair_is_compared():
    # no gate reads the windows, so nothing narrows the pairs: one day in two unlike
    # sentences agrees; the bundled gate keeps them apart
    texts = [
        "The match was played on May 1, 2005 in Leeds.",
        "Shares of the bank closed higher on May 1, 2005.",
    ]
    documents = [
        Document(id=f"d{i}", path=f"d{i}", body=text, language="en", published="2012-12-10")
        for i, text in enumerate(texts)
    ]
    claims = [claim for document in documents for claim in extract_document(document)]
    rules = load_rules([])
    gateless = RuleSet(rules=[r for r in rules.rules if not isinstance(r, ComparableRule)])
    assert [f.kind for f in align(claims, documents, rules)] == ["single_source"] * 2
    assert [f.kind for f in align(claims, documents, gateless)] == ["agreement"]
