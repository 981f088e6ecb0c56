"""Two claims of one value, each its article's only one, proposed at the lower word share
when they write the number alike (align/pairs.py `_written_alike`), on ECB+ clusters each run
alone."""

from __future__ import annotations

from tests.corpus.by_report import ecb_cluster, held_together


def test_a_measure_opened_by_two_words_of_about_agrees():
    # "battled for about eight hours in minus-20 degree temperatures" (13_2ecb) / "was battled
    # by firefighters for nearly eight hours before it was fully extinguished" (13_18ecb)
    report = ecb_cluster("13ecb")
    assert held_together(report, ("13_2ecb", 501), ("13_18ecb", 913))


def test_a_measure_opened_by_other_words_is_not_written_alike():
    # "arrived within a minute or two" (13_9ecbplus) / "In the next minute or two, the entire
    # roof was in flames" (13_13ecbplus): two spans of a fire, a must-not pair of the hand gold
    report = ecb_cluster("13ecbplus")
    assert not held_together(report, ("13_9ecbplus", 971), ("13_13ecbplus", 501))


def test_a_compound_adjective_and_its_plural_noun_are_written_alike():
    # "to change the venue of her 90 - day treatment" (1_15ecbplus) / "the court that ordered
    # her to serve 90 days of treatment" (1_7ecbplus): one stay, a hyphen and a plural apart
    report = ecb_cluster("1ecbplus")
    assert held_together(report, ("1_15ecbplus", 244), ("1_7ecbplus", 163))
