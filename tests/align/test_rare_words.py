"""Two claims of one value whose windows share the story's rare words read as one account
(rule FC002 `candidates.rare_words_share`), on ECB+ clusters each run alone."""

from __future__ import annotations

from tests.corpus.by_report import ecb_cluster, held_together


def test_one_attack_told_in_other_words_agrees():
    # "A fire - bomb attack on a bank in Greece killed at least three people Wednesday"
    # (8_2ecbplus) / "three people, including a pregnant woman, were killed when Greeks
    # protesting against government austerity measures threw petrol bombs at a bank in Athens
    # on Wednesday" (8_8ecbplus): few words shared, but "bank", "killed", "bomb"
    report = ecb_cluster("8ecbplus")
    assert held_together(report, ("8_2ecbplus", 70), ("8_8ecbplus", 159))


def test_one_fact_of_a_biography_told_in_other_words_agrees():
    # "He is also survived by two sons, ages 6 and 16." (16_5ecbplus) / "Ortiz, of Diamond
    # Bar, was an Army veteran and the father of two boys, ages 6 and 16." (16_7ecbplus)
    report = ecb_cluster("16ecbplus")
    assert held_together(report, ("16_5ecbplus", 1354), ("16_7ecbplus", 4088))
    # "The fire chief drove around the perimeter of this nine acre city block" (13_9ecbplus) /
    # "McNutt drove around the 9 - acre Mat Maid complex" (13_12ecbplus)
    report = ecb_cluster("13ecbplus")
    assert held_together(report, ("13_9ecbplus", 1041), ("13_12ecbplus", 847))


def test_a_value_every_report_states_is_not_proposed_by_its_rare_words():
    # "eight - year" is in every report of Teixeira's offers: the Red Sox's "eight - year deal
    # worth $184 million" (10_4ecbplus) is not the Nationals' "8 - year, $160 million
    # contract" (10_19ecbplus), a must-not pair of the hand gold
    report = ecb_cluster("10ecbplus")
    assert not held_together(report, ("10_4ecbplus", 470), ("10_19ecbplus", 67))
