"""Who may vote and who did: a count of people eligible or registered is no count of those who
cast their ballots (lexicons/*/death_cues.yaml `eligible`, `voters`; common/concepts.yaml), and
a cue after a part put between commas that states a number of its own is still the first
figure's (extract/counts.py `_clause_end`). Sentences of ECB+ 11ecb, the Turkmen parliamentary
election of December 2008."""

from __future__ import annotations

import pytest

from tests.corpus.by_report import ecb_cluster, held_together
from tests.extract.by_text import claims_by_text


@pytest.mark.parametrize(
    ("sentence", "figure", "concept"),
    [
        (  # 11_1ecb: the cue after the insertion, past its "88.41"
            "Some 2.44 million people, accounting for some 88.41 percent of the country's "
            "eligible voters, cast their ballots as of 4:00 p.m. local time (1100 GMT).",
            "Some 2.44 million people",
            "voters",
        ),
        (  # 11_2ecb
            "Over 2.5 million people were eligible to vote in the election, held under the "
            "framework of a new constitution approved in September.",
            "Over 2.5 million people",
            "eligible",
        ),
        (  # 11_4ecb: the nearest cue wins over "cast their votes"
            "Almost all of the 2.5 million people eligible cast their votes, reports said.",
            "2.5 million people",
            "eligible",
        ),
        (  # 11_9ecb
            "The elections, the first since the country adopted a new constitution earlier "
            "this year, had 2.5 million eligible voters picking between 288 candidates for 125 "
            "seats in the revived parliament.",
            "2.5 million eligible voters",
            "eligible",
        ),
    ],
)
def test_the_eligible_and_those_who_voted_are_two_counts(
    sentence: str, figure: str, concept: str
) -> None:
    assert claims_by_text(sentence, "en")[figure].unit == concept


def test_the_turnout_does_not_agree_with_the_electorate() -> None:
    report = ecb_cluster("11ecb")
    # "Some 2.44 million people ... cast their ballots" (11_1ecb) is no "Over 2.5 million
    # people were eligible to vote" (11_2ecb); the two papers' electorates agree
    assert not held_together(report, ("11_1ecb", 383), ("11_2ecb", 583))
    assert held_together(report, ("11_2ecb", 583), ("11_9ecb", 253))
