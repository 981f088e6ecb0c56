"""What a bracket of numbers in a sports report holds: a player's height and weight after the
name (extract/bio_sizes.py), a won-lost record (extract/scores.py, counts.label_before)."""

from __future__ import annotations

from tests.corpus.by_report import ecb_cluster, held_together
from tests.extract.by_text import claims_in


def _read(text: str) -> list[tuple[str, str, float | None, str | None]]:
    return [
        (claim.text, claim.kind, claim.value, claim.unit)
        for claim in claims_in(text, "en", "2012-12-20")
    ]


def test_a_height_and_a_weight_in_a_bio_bracket():
    # ECB+ 25_10ecbplus
    assert _read(
        "Thomas' spot on the 53 - man roster was quickly filled with the signing of undrafted "
        "rookie running back Joique Bell (5 - 11, 220), who comes to the Black and Gold from the "
        "Philadelphia Eagles practice squad."
    )[-2:] == [("5 - 11", "quantity", 5 + 11 / 12, "ft"), ("220", "quantity", 220, "lb")]


def test_a_won_lost_record_in_brackets_stays_two_counts():
    # ECB+ 29_11ecb: a team's record states no weight
    assert _read(
        "The Jaguars (5-10) lost for the seventh time in the past nine games and fell to 2-6 at "
        "home this season."
    )[:2] == [("5", "count", 5, None), ("10", "count", 10, None)]


def test_the_bracket_agrees_with_the_height_and_weight_said_in_full():
    # "Bell (5 - foot - 11, 220 pounds) has spent time with the Indianapolis Colts" (25_15ecbplus)
    report = ecb_cluster("25ecbplus")
    assert held_together(report, ("25_10ecbplus", 291), ("25_15ecbplus", 2451))
    assert held_together(report, ("25_10ecbplus", 299), ("25_15ecbplus", 2466))


def test_a_won_lost_record_bracketed_after_a_label_word_is_no_label():
    # ECB+ 29_4ecb: "season" numbers a show's season ("Season 5"), but a bracketed pair of sides
    # after it is the season's record, as 29_8ecb's "they went 5-11 in Del Rio's first season"
    assert _read(
        "Jacksonville fell to 5-10 on its way to its first losing year since Coach Jack Del "
        "Rio's initial season (5-11) in 2003."
    )[2:4] == [("5", "count", 5, None), ("11", "count", 11, None)]
