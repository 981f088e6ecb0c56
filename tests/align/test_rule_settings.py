"""The alignment tunings that live in rule files (rules/comparable, rules/stories) rather than
in code: a wrong value names its file and line, and each value is the one the engine reads."""

from __future__ import annotations

import pytest

from factcheck.align import RuleFileError, load_rules
from factcheck.align.engine import align
from factcheck.align.rules import ComparableRule, RuleSet, load_rule
from factcheck.extract import extract_document
from factcheck.models import Document
from factcheck.read import read_inputs
from factcheck.resources import bundled_rules
from tests.conftest import shared_path

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
    # sentences agrees; the bundled gate keeps them apart, the papers' own day being any news's
    texts = [
        "The match was played on May 1, 2005 in Leeds.",
        "Shares of the bank closed higher on May 1, 2005.",
    ]
    rules = load_rules([])
    gateless = RuleSet(rules=[r for r in rules.rules if not isinstance(r, ComparableRule)])
    days = ["2005-05-01", "2005-05-01"]
    assert _aligned(texts, rules, days) == {"single_source"}
    assert _aligned(texts, gateless, days) == {"agreement"}


def _aligned(texts: list[str], rules: RuleSet, published: list[str | None]) -> set[str]:
    documents = [
        Document(id=f"d{i}", path=f"d{i}", body=text, language="en", published=day)
        for i, (text, day) in enumerate(zip(texts, published, strict=True))
    ]
    claims = [claim for document in documents for claim in extract_document(document)]
    return {f.kind for f in align(claims, documents, rules)}


def _gate(**update: object) -> RuleSet:
    rules = load_rules([])
    return RuleSet(
        rules=[
            rule.model_copy(update=update) if isinstance(rule, ComparableRule) else rule
            for rule in rules.rules
        ]
    )


@pytest.mark.parametrize(
    ("texts", "published", "looser"),
    [
        # a missed 43-yard kick and a season's 43 catches (ECB+ 29_12ecbplus, 29_3ecbplus): a
        # bare count is as often a score or a tally of anything
        (
            [
                "Kicker Ryan Succop showed his Jekyll / Hyde nature in the first quarter by "
                "nailing a 47 - yard field goal that looked good the moment he kicked it, but "
                "then missing a 43 - yarder that would have made the score 7 - 6.",
                "Allen had three catches on Sunday, bringing his season total to 43.",
            ],
            ["2012-12-23", "2012-12-23"],
            {"specific_value_kinds": ["money", "quantity", "count"]},
        ),
        # a man fired four days before a shooting and a jury's four days of deliberation
        # (ECB+ 18_10ecbplus, 3_1ecb): one significant digit is as often another span
        (
            [
                "A man fired four days earlier from his job as an accountant walked into his old "
                "office, passed by the receptionist and made his way to a manager's office with "
                "the purpose of killing him with a shotgun, a police sergeant said Wednesday "
                "during the man's arraignment.",
                "After four days deliberating on whether to recommend the death penalty, the jury "
                "deadlocked at 9-3.",
            ],
            ["2007-04-11", None],
            {"specific_value_digits": 1},
        ),
    ],
)
def test_a_value_not_specific_enough_needs_alike_words(texts, published, looser):
    assert _aligned(texts, load_rules([]), published) == {"single_source"}
    assert "agreement" in _aligned(texts, _gate(**looser), published)


def test_two_leads_of_one_moment_let_a_quakes_two_magnitudes_conflict():
    # ECB+ 38ecb: "about 9:30 a.m." and "9:27 a.m." lead two reports of one quake, measured
    # 4.4 by one and 4.2 by the other; read as two moments, the leads keep them apart
    folder = shared_path("corpus", "ecbplus", "clusters", "38ecb.jsonl")
    documents, _ = read_inputs([str(folder)], 1 << 24)
    documents = [d for d in documents if d.id.endswith(("#38_1ecb", "#38_2ecb"))]
    claims = [claim for document in documents for claim in extract_document(document)]

    def conflicts(rules: RuleSet) -> list[list[str]]:
        texts = {claim.id: claim.text for claim in claims}
        return [
            sorted(texts[c] for c in f.claims)
            for f in align(claims, documents, rules)
            if f.kind == "conflict"
        ]

    assert conflicts(load_rules([])) == [["4.2 magnitude", "magnitude of 4.4"]]
    assert conflicts(_gate(lead_times_within_minutes=0)) == []


@pytest.mark.parametrize(
    "texts",
    [
        # ECB+ 37_4ecb, 37_6ecb (49 alike): a population told of people and of no noun
        [
            "Residents in Manokwari - a jumble of low-lying brick and cement structures home to "
            "167,000 people - remained wary of aftershocks, with many staying outdoors in case "
            "fresh tremors caused more buildings to collapse.",
            "Electricity was cut off to the coastal city of population 167,000, where people "
            "fled their homes in the dark fearing a tsunami, said Hasim Rumatiga, a local health "
            "official.",
        ],
        # ECB+ 2_3ecb, 2_7ecb: the viewers of the 1998 Oscars, with and without their noun
        [
            "Ratings for last year's Oscars plunged to a record low, with about 32 million "
            "people tuning in, compared with 55.3 million a decade ago.",
            "A total of 55.3 million people tuned in to watch who took home the golden statuettes.",
        ],
    ],
)
def test_a_count_of_many_digits_agrees_in_unlike_words(texts):
    value = "167,000" if "167,000" in texts[0] else "55.3 million"
    assert _agreed(texts, load_rules([])) == [sorted([value, f"{value} people"])]
    assert _agreed(texts, _gate(specific_count_digits=4)) == []


def _agreed(texts: list[str], rules: RuleSet) -> list[list[str]]:
    """The claims each agreement holds, as texts, of articles of no publication date."""
    documents = [
        Document(id=f"d{i}", path=f"d{i}", body=text, language="en") for i, text in enumerate(texts)
    ]
    claims = [claim for document in documents for claim in extract_document(document)]
    shown = {claim.id: claim.text for claim in claims}
    return [
        sorted(shown[c] for c in f.claims)
        for f in align(claims, documents, rules)
        if f.kind == "agreement"
    ]


def test_one_number_qualified_two_ways_is_one_value_for_the_gate():
    # ECB+ 3_6ecb, 3_9ecb (67 alike): a bound and the number it bounds read as one value,
    # asked windows `same_value_similarity` alike, not `unknown_concept_similarity`
    texts = [
        "The jury was unable to come to a decision after 30 hours of deliberation.",
        "After four days and more than 30 hours of deliberations, the jury was deadlocked at "
        "9-3, with nine in favor of the death penalty and three voting for life without parole.",
    ]
    assert _agreed(texts, load_rules([])) == [["30 hours", "more than 30 hours"]]
    assert _agreed(texts, _gate(same_value_similarity=70)) == []
